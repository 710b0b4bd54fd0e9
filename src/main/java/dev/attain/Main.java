package dev.attain;

import dev.attain.cli.Cli;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: the only place that exits the JVM. Everything else returns an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(runProcess(args));
  }

  /** The process's run of {@code args} on its own streams, to the exit code; {@link Rehearsal} runs it too. */
  static int runProcess(String... args) {
    Cli.startProcess();
    // the file descriptor itself, not System.out: a PrintStream hides write errors and their cause
    // (a full disk is an error, a reader that has gone is not)
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.runOnStdout(Path.of(""), System.in, out, err, args);
    err.flush();
    return code;
  }

  /**
   * Runs one command in-process and returns its exit code (SPEC §1): tests call this.
   *
   * @param workDir the folder relative paths on the command line resolve against
   * @param in standard input (read for the actuals file {@code -})
   * @param out standard output: the report only
   * @param err standard error: logs and error messages
   */
  public static int run(Path workDir, InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return Cli.run(workDir, in, out, err, args);
  }

  /**
   * Runs one command in-process on a byte stream as standard output, as {@link #main} does: a
   * write that fails with a broken pipe (the reader has gone) ends standard output quietly, any
   * other write failure is an error.
   *
   * @param out standard output: the report only, in UTF-8; flushed, not closed
   */
  public static int run(Path workDir, InputStream in, OutputStream out, PrintWriter err, String... args) {
    return Cli.run(workDir, in, out, err, args);
  }
}
