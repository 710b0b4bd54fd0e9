package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script {@code attain generate-completion} prints: {@code -v} is a flag, file
 * options and the actuals offer file names, enum options offer their values as they are written.
 */
class CompletionCommandTest {
  static String script() {
    Run r = Run.of(Run.repoRoot(), "generate-completion");
    assertThat(r.exit()).isZero();
    return r.out();
  }

  @Test
  void verboseIsAFlagOfEveryCommandThatHasIt() {
    String script = script();
    List<String> flags = script.lines().filter(l -> l.contains("local flag_opts=")).toList();
    List<String> args = script.lines().filter(l -> l.contains("local arg_opts=")).toList();
    assertThat(flags.stream().filter(l -> l.contains("'-v' '--verbose'"))).hasSize(3); // check, validate, units
    assertThat(args).noneMatch(l -> l.contains("'-v'"));
    assertThat(script).doesNotContain("'-v'|'--verbose')");
    assertThat(args).anyMatch(l -> l.equals("  local arg_opts=\"'-t' '--targets' '--encoding'\"")); // validate
  }

  @Test
  void theScriptCompletesAsAUserTypes(@TempDir Path dir) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "bash is needed to run the script");
    Files.writeString(dir.resolve("attain.sh"), script());
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/actuals.csv"), "");
    Files.writeString(dir.resolve("data/targets.yaml"), "");
    String driver = "source attain.sh\n"
        + "try() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _complete_attain;"
        + " echo \"${COMPREPLY[*]}\"; }\n"
        + "try attain check -v --sum\n"
        + "try attain check -t data/tar\n"
        + "try attain check data/act\n"
        + "try attain check --fail-on w\n"
        + "try attain check --color al\n";
    Files.writeString(dir.resolve("driver.sh"), driver);
    Process p = new ProcessBuilder(bash.toString(), "driver.sh").directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD) // (compopt: "not currently executing completion function")
        .start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out.lines().toList())
        .containsExactly("--summary", "data/targets.yaml", "data/actuals.csv", "warn", "always");
  }
}
