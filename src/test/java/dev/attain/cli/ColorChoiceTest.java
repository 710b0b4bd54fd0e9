package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.cli.Converters.Color;
import dev.attain.testutil.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColorChoiceTest {
  @Test
  void alwaysAndNeverIgnoreTheEnvironment() {
    assertThat(ColorChoice.useColor(Color.ALWAYS, false, "1", "dumb")).isTrue();
    assertThat(ColorChoice.useColor(Color.NEVER, true, null, "xterm-256color")).isFalse();
  }

  @Test
  void autoColoursATerminalOnly() {
    assertThat(ColorChoice.useColor(Color.AUTO, true, null, "xterm-256color")).isTrue();
    assertThat(ColorChoice.useColor(Color.AUTO, false, null, "xterm-256color")).isFalse();
  }

  @Test
  void autoHonoursAnyNonEmptyNoColor() {
    assertThat(ColorChoice.useColor(Color.AUTO, true, "1", "xterm")).isFalse();
    assertThat(ColorChoice.useColor(Color.AUTO, true, "0", "xterm")).isFalse();
    assertThat(ColorChoice.useColor(Color.AUTO, true, "false", "xterm")).isFalse();
  }

  @Test
  void anEmptyNoColorIsUnset() {
    assertThat(ColorChoice.useColor(Color.AUTO, true, "", "xterm")).isTrue();
  }

  @Test
  void autoLeavesADumbTerminalPlain() {
    assertThat(ColorChoice.useColor(Color.AUTO, true, null, "dumb")).isFalse();
  }

  @Test
  void inProcessRunsAreNotATerminal() {
    Path root = Run.repoRoot();
    Run auto = Run.of(root, "check", "--color", "auto");
    Run never = Run.of(root, "check", "--color", "never");
    Run always = Run.of(root, "check", "--color", "always");
    assertThat(auto.out()).doesNotContain("\u001b[").isEqualTo(never.out());
    assertThat(always.out()).contains("\u001b[");
    assertThat(always.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(never.out());
  }

  @Test
  void summaryIsTheOneLineOnly() {
    Run run = Run.of(Run.repoRoot(), "check", "--summary");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(
        "洛隆县2024年主要预期目标: FAIL — 3 failed, 1 warning, 11 passed, 1 missing, 1 inconsistent\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void summaryStaysPlainUnlessColourIsAskedFor() {
    Run never = Run.of(Run.repoRoot(), "check", "--summary", "--color", "never");
    Run always = Run.of(Run.repoRoot(), "check", "--summary", "--color", "always");
    assertThat(never.out()).doesNotContain("\u001b[");
    assertThat(always.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(never.out());
  }

  @Test
  void summaryWithAnotherFormatIsRefused() {
    Run run = Run.of(Run.repoRoot(), "check", "--summary", "-f", "json");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("attain: --summary prints the text summary line; it cannot be combined with -f json\n");
  }
}
