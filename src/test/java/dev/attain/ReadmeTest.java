package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first command and its output: what a new user sees first must be true. */
class ReadmeTest {
  @Test
  void theReadmeShowsTheRealOutputOfTheBundledSample() throws IOException {
    Path root = Run.repoRoot();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String begin = "<!-- sample-output:begin -->\n```\n";
    String end = "```\n<!-- sample-output:end -->";
    int from = readme.indexOf(begin);
    int to = readme.indexOf(end);
    assertThat(from).as("README has the sample output block").isNotNegative();
    String shown = readme.substring(from + begin.length(), to);

    Run run = Run.of(root, "check");

    assertThat(run.exit()).as("the sample misses some targets").isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(shown).isEqualTo(run.out());
  }

  @Test
  void theReadmeStartsWithTheTwoCommands() throws IOException {
    String readme = Files.readString(Run.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("scripts/attain check ").contains("mvn -B verify");
    assertThat(readme.indexOf("scripts/attain check")).isLessThan(readme.indexOf("## Commands"));
  }
}
