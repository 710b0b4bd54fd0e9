package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliTest {
  @TempDir Path dir;

  @Command(name = "crash")
  static final class Crash implements Runnable {
    @CommandLine.Mixin LoggingOptions logging;

    @Override
    public void run() {
      throw new IllegalStateException("boom");
    }
  }

  private int runWithCrash(StringWriter err, String... args) {
    Cli.Context ctx = new Cli.Context(dir, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), false);
    CommandLine cmd = Cli.commandLine(ctx);
    cmd.addSubcommand("crash", new Crash());
    return cmd.execute(args);
  }

  @Test
  void aBugIsExitFourWithOneLineAndNoStackTrace() {
    StringWriter err = new StringWriter();
    assertThat(runWithCrash(err, "crash")).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).isEqualTo(
        "attain: internal error: java.lang.IllegalStateException: boom (this is a bug; run with -v for the stack trace)\n");
  }

  @Test
  void aBugShowsItsStackTraceWithVerbose() {
    StringWriter err = new StringWriter();
    assertThat(runWithCrash(err, "crash", "-v")).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).startsWith("attain: internal error: java.lang.IllegalStateException: boom")
        .contains("\tat dev.attain.cli.CliTest$Crash.run(");
  }

  @Test
  void aReportThatStandardOutputCannotTakeIsExitThreeAndWritesNoReportFile() throws Exception {
    java.nio.file.Path root = Run.repoRoot();
    java.nio.file.Path json = dir.resolve("report.json");
    java.io.Writer full = new java.io.Writer() { // a full disk, or a reader that went away
      @Override
      public void write(char[] b, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int code = dev.attain.Main.run(root, new ByteArrayInputStream(new byte[0]), new PrintWriter(full),
        new PrintWriter(err, true), "check", "-o", "json=" + json);
    assertThat(code).isEqualTo(ExitCode.INPUT);
    assertThat(err.toString()).isEqualTo(
        "<stdout>: cannot write the report to standard output (disk full, or nothing reads it)\n");
    assertThat(json).doesNotExist();
  }

  @Test
  void helpListsEveryExitCode() {
    Run run = Run.of(dir, "check", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Exit codes:")
        .contains("  0   every evaluated target met")
        .contains("  1   at least one target FAIL")
        .contains("  2   usage error")
        .contains("  3   invalid input")
        .contains("  4   internal error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void versionNamesTheProduct() {
    Run run = Run.of(dir, "--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("attain \\d+\\.\\d+\\.\\d+\\R");
  }

  @Test
  void doubleVerboseSaysWhereTheTimeOfACheckWent() {
    Run run = Run.of(Run.repoRoot(), "check", "-vv", "--summary");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).containsPattern(
        "(?m)^attain: debug: reading and checking rates \\d+ ms, evaluation \\d+ ms, reports \\d+ ms$");
    Run quiet = Run.of(Run.repoRoot(), "check", "-v", "--summary");
    assertThat(quiet.err()).doesNotContain("reading and checking rates");
  }
}
