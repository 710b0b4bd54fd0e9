package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command tree is built whole only when the command line names no command (or asks for the
 * completion script); a command named first is built alone, and must be the same command.
 */
class CommandTreeTest {
  private static Cli.Context context() {
    return new Cli.Context(Run.repoRoot(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
  }

  private static String usage(CommandLine cmd) {
    return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "validate", "units", "schema"})
  void aCommandNamedFirstIsBuiltAloneWithTheUsageTextItHasInTheWholeTree(String name) {
    CommandLine alone = Cli.commandLine(context(), name);
    CommandLine whole = Cli.commandLine(context());
    assertThat(alone.getSubcommands()).containsOnlyKeys(name);
    assertThat(whole.getSubcommands()).containsOnlyKeys("check", "validate", "units", "schema", "generate-completion");
    assertThat(usage(alone.getSubcommands().get(name))).isEqualTo(usage(whole.getSubcommands().get(name)))
        .startsWith("Usage: attain " + name + " [-h");
    assertThat(Run.of(Run.repoRoot(), name, "--help").out()).isEqualTo(usage(whole.getSubcommands().get(name)));
  }

  @Test
  void anUnknownCommandIsParsedAgainstTheWholeTreeAndGetsPicocliSuggestions() {
    Run run = Run.of(Run.repoRoot(), "chek", "--summary");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("attain: Unmatched arguments from index 0: 'chek', '--summary'\n"
        + "Did you mean: attain check or attain schema?\n"
        + "Try 'attain --help' for more information.\n");
  }

  @Test
  void optionsBeforeTheCommandAreParsedAgainstTheWholeTree() {
    Run run = Run.of(Run.repoRoot(), "-V", "check");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("attain " + Cli.version() + "\n");
  }

  @Test
  void noOptionIsOfATypeWhoseConverterPicocliIsToldToLeaveOut() {
    assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(Cli.UNUSED_CONVERTERS); // (as Main sets it)
    List<String> types = new ArrayList<>();
    for (CommandLine sub : Cli.commandLine(context()).getSubcommands().values()) {
      for (CommandLine.Model.ArgSpec arg : sub.getCommandSpec().args()) {
        types.add(arg.type().getName());
        for (Class<?> t : arg.auxiliaryTypes()) {
          types.add(t.getName());
        }
      }
    }
    assertThat(types).contains("java.nio.file.Path", "dev.attain.model.Period")
        .noneMatch(t -> t.matches(Cli.UNUSED_CONVERTERS));
  }

  @Test
  void theTopHelpListsEveryCommand() {
    assertThat(Run.of(Run.repoRoot(), "--help").out()).contains("Commands:\n  check ", "\n  validate ", "\n  units ",
        "\n  schema ", "\n  generate-completion ");
  }
}
