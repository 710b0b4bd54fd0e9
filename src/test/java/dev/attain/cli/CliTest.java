package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Main;
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
    @CommandLine.Option(names = {"-v", "--verbose"})
    boolean[] verbose;

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

  /** Standard input that fails with {@code error} on the first read. */
  private static java.io.InputStream failingWith(Error error) {
    return new java.io.InputStream() {
      @Override
      public int read() {
        throw error;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw error;
      }
    };
  }

  @Test
  void runningOutOfMemoryIsExitFourWithOneLineThatSaysWhatToDo() {
    StringWriter err = new StringWriter();
    int code = Main.run(Run.repoRoot(), failingWith(new OutOfMemoryError("Java heap space")),
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), "check", "-");
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).matches("attain: out of memory: the Java heap \\(\\d+ MB\\) is too small for this "
        + "input; give a larger one, e\\.g\\. ATTAIN_JAVA_OPTS=-Xmx2g\n");
  }

  @Test
  void logLinesQuotingTheInputStayOneLineToo() throws Exception {
    java.nio.file.Files.copy(Run.repoRoot().resolve("targets.yaml"), dir.resolve("targets.yaml"));
    java.nio.file.Files.writeString(dir.resolve("a.csv"),
        "指标,时期,数值\n\"X\u001b[31mY\u2028Z\",2024,1\n地区生产总值,2024,60\n");
    Run run = Run.of(dir, "check", "--summary", "a.csv");
    assertThat(run.err()).isEqualTo("attain: a.csv: skipped 1 row whose indicator is not in the targets file "
        + "(e.g. X\\u001B[31mY\\u2028Z)\n");
  }

  @Test
  void logbacksOwnWarningsAreOneLineOnStandardErrorAndItsInfoIsNot() {
    Run.of(Run.repoRoot(), "units"); // Logback is configured once a command has run
    ch.qos.logback.classic.LoggerContext context =
        (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    assertThat(context.getStatusManager().getCopyOfStatusListenerList())
        .hasAtLeastOneElementOfType(LogConfigurator.Problems.class); // (so its status printer is skipped)
    StringWriter err = new StringWriter();
    ErrAppender.target(new PrintWriter(err, true));
    try {
      LogConfigurator.Problems problems = new LogConfigurator.Problems();
      problems.addStatusEvent(new ch.qos.logback.core.status.InfoStatus("Setting level of logger", this));
      problems.addStatusEvent(new ch.qos.logback.core.status.WarnStatus("Appender [x] failed\nto start", this));
      problems.addStatusEvent(new ch.qos.logback.core.status.ErrorStatus("No output stream", this));
    } finally {
      ErrAppender.target(new PrintWriter(System.err, true));
    }
    assertThat(err.toString())
        .isEqualTo("attain: logging: Appender [x] failed\\nto start\nattain: logging: No output stream\n");
  }

  @Test
  void logbackIsStartedByOurProviderWithoutItsAutoConfiguration() {
    Run.of(Run.repoRoot(), "units");
    assertThat(System.getProperty("slf4j.provider")).isEqualTo(LogProvider.class.getName()); // (as Main sets it)
    ch.qos.logback.classic.LoggerContext context =
        (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    // Logback's auto-configuration reports its version and each configurator it ran, as status messages
    assertThat(context.getStatusManager().getCopyOfStatusList()).extracting(ch.qos.logback.core.status.Status::getMessage)
        .noneMatch(m -> m.contains("logback-classic version") || m.contains("configurator"));
    assertThat(context.getLogger("dev.attain").getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel())
        .isEqualTo(ch.qos.logback.classic.Level.WARN);
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("stderr")).isInstanceOf(ErrAppender.class);
  }

  @Test
  void anArgumentQuotedInAUsageErrorStaysOnItsLine() {
    Run run = Run.of(Run.repoRoot(), "check", "--period", "20\n24");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).isEqualTo("attain: Invalid value for option '--period': period '20\\n24' is not understood (expected "
        + "2024, 2024年, 2024-06, 2024年6月, 2024年1-6月, 2024-Q2, 2024-H1, 2024年上半年 or 2024年前三季度)\n"
        + "Try 'attain check --help' for more information.\n");
  }

  @Test
  void aSingleQuarterOnTheCommandLineIsRefusedWithWhatToWrite() {
    Run run = Run.of(Run.repoRoot(), "check", "--as-of", "2024年第三季度");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("attain: Invalid value for option '--as-of': period '2024年第三季度' is the third quarter "
        + "alone; figures are cumulative from January: write 2024年前三季度 or 2024年1-9月\n"
        + "Try 'attain check --help' for more information.\n");
    Run month = Run.of(Run.repoRoot(), "check", "--period", "2024年9月份");
    assertThat(month.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(month.err()).startsWith("attain: Invalid value for option '--period': period '2024年9月份' reads as September "
        + "alone (bulletins write 9月份 for the single month); figures are cumulative from January: write 2024年1-9月 "
        + "or 2024年9月\n");
  }

  @Test
  void anyOtherErrorIsABug() {
    StringWriter err = new StringWriter();
    int code = Main.run(Run.repoRoot(), failingWith(new StackOverflowError()),
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), "check", "-");
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .isEqualTo("attain: internal error: java.lang.StackOverflowError (this is a bug; run with -v for the stack trace)\n");
  }

  /**
   * Standard output that takes {@code limit} bytes, then fails every write with {@code
   * IOException(message)}: "Broken pipe" when the reader has gone ({@code | head -1}), "No space
   * left on device" when a redirection filled the disk. Counts the writes tried after the failure.
   */
  private static final class FailingOut extends java.io.OutputStream {
    final java.io.ByteArrayOutputStream taken = new java.io.ByteArrayOutputStream();
    final int limit;
    final String message;
    int writesAfterFailure;
    boolean failed;

    FailingOut(int limit, String message) {
      this.limit = limit;
      this.message = message;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      if (failed) {
        writesAfterFailure++;
      }
      int room = Math.min(len, limit - taken.size());
      taken.write(b, off, Math.max(room, 0));
      if (room < len) {
        failed = true;
        throw new java.io.IOException(message);
      }
    }
  }

  private record Outcome(int exit, String err, FailingOut out) {}

  private static Outcome runOn(FailingOut out, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(Run.repoRoot(), new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true), args);
    return new Outcome(code, err.toString(), out);
  }

  @Test
  void aReaderThatGoesAwayEndsStandardOutputQuietlyAndTheReportFilesAreStillWritten() throws Exception {
    Path json = dir.resolve("report.json");
    Path html = dir.resolve("report.html");
    Outcome o = runOn(new FailingOut(100, "Broken pipe"), "check", "-o", "json=" + json, "-o", "html=" + html);
    assertThat(o.err()).isEmpty();
    assertThat(o.exit()).isEqualTo(ExitCode.MISSED); // the verdict's code: the sample misses targets
    assertThat(o.out().taken.size()).isEqualTo(100);
    assertThat(o.out().writesAfterFailure).isZero(); // nothing more is sent to a reader that has gone

    Path whole = dir.resolve("whole.json");
    Run complete = Run.of(Run.repoRoot(), "check", "-o", "json=" + whole);
    assertThat(complete.exit()).isEqualTo(ExitCode.MISSED);
    assertThat(json).hasSameBinaryContentAs(whole);
    assertThat(html).exists();
  }

  @Test
  void aReportThatStandardOutputCannotTakeIsExitThreeWithTheCauseAndWritesNoReportFile() {
    Path json = dir.resolve("report.json");
    Outcome o = runOn(new FailingOut(100, "No space left on device"), "check", "-o", "json=" + json);
    assertThat(o.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(o.err()).isEqualTo("<stdout>: cannot write the report to standard output: No space left on device\n");
    assertThat(json).doesNotExist();
  }

  @Test
  void aWriterThatFailsForAnUnknownReasonIsExitThree() {
    Path json = dir.resolve("report.json");
    java.io.Writer full = new java.io.Writer() { // through the PrintWriter entry point, no cause is known
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
    int code = Main.run(Run.repoRoot(), new ByteArrayInputStream(new byte[0]), new PrintWriter(full),
        new PrintWriter(err, true), "check", "-o", "json=" + json);
    assertThat(code).isEqualTo(ExitCode.INPUT);
    assertThat(err.toString()).isEqualTo("<stdout>: cannot write the report to standard output\n");
    assertThat(json).doesNotExist();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "units", "schema", "check --help", "--version"})
  void everyCommandTreatsAReaderThatGoesAwayAsNoErrorAndAFullDiskAsOne(String command) {
    String[] args = command.split(" ");
    Outcome gone = runOn(new FailingOut(10, "Broken pipe"), args);
    assertThat(gone.exit()).isZero();
    assertThat(gone.err()).isEmpty();
    Outcome full = runOn(new FailingOut(10, "No space left on device"), args);
    assertThat(full.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(full.err()).isEqualTo("<stdout>: cannot write the report to standard output: No space left on device\n");
  }

  /** {@code --entity "$COUNTY"}, {@code -t "$TARGETS"} with the variable unset in a cron line. */
  @Test
  void anEmptyEntityOrFileNameIsAUsageError() {
    Path root = Run.repoRoot();
    Path json = dir.resolve("report.json");
    for (String entity : new String[] {"", " ", "\u3000"}) {
      Run run = Run.of(root, "check", "--entity", entity, "-o", "json=" + json);
      assertThat(run.exit()).as("--entity '%s'", entity).isEqualTo(ExitCode.USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("attain: Invalid value for option '--entity' (NAME): empty entity name "
          + "(name an entity as the data's entity column gives it)\n"
          + "Try 'attain check --help' for more information.\n");
    }
    assertThat(json).doesNotExist();

    Run targets = Run.of(root, "check", "-t", "");
    assertThat(targets.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(targets.err()).isEqualTo("attain: Invalid value for option '--targets': empty file name\n"
        + "Try 'attain check --help' for more information.\n");
    Run actuals = Run.of(root, "check", "");
    assertThat(actuals.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(actuals.err()).isEqualTo("attain: ACTUALS: empty file name\n"
        + "Try 'attain check --help' for more information.\n");
    for (String[] args : new String[][] {{"validate", "-t", ""}, {"validate", ""}, {"units", "-t", ""}}) {
      Run run = Run.of(root, args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("empty file name");
    }
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
