package dev.attain.cli;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command tree and runs one command line, returning its exit code. */
public final class Cli {
  private Cli() {}

  /** When standard output cannot take the report (followed by the cause when it is known). */
  static final String STDOUT_FAILED = "cannot write the report to standard output";

  /** What became of what a command wrote to standard output. */
  enum Stdout {
    /** All of it was written. */
    WRITTEN,
    /** Its reader went away (a broken pipe: {@code | head}): the rest was dropped, as asked. */
    READER_GONE,
    /** A write failed (a full disk): the report is incomplete, an error. */
    FAILED
  }

  /**
   * The environment a command runs in: where relative paths resolve, and its three streams. {@code
   * outStream}, when not null, is the stream under {@code out} and knows why writing it failed.
   */
  record Context(Path workDir, InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal,
      StdoutStream outStream) {
    Context(Path workDir, InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal) {
      this(workDir, in, out, err, outIsTerminal, null);
    }

    Path resolve(String path) {
      return workDir.resolve(path);
    }

    /** Flushes standard output and says what became of it. */
    Stdout stdout() {
      if (!out.checkError()) {
        return Stdout.WRITTEN;
      }
      return outStream != null && outStream.readerGone() ? Stdout.READER_GONE : Stdout.FAILED;
    }

    /** The error for {@link Stdout#FAILED}, with the system's reason when it is known. */
    InputException stdoutFailed() {
      IOException cause = outStream == null ? null : outStream.failure();
      String why = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
      return new InputException(Location.of("<stdout>"), STDOUT_FAILED + why);
    }
  }

  /**
   * The types whose converters picocli is told not to register ({@code picocli.converters.excludes}):
   * it registers them by reflection for every command it builds, and loading and initialising the
   * classes of java.time and java.sql took about 10 ms of every start. No option is of these types.
   */
  static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

  /**
   * Sets up the process for one run, as early as can be: picocli's unused converters left out, and
   * Logback started on its own thread. For {@code Main} only (tests set the same properties in the
   * build).
   */
  public static void startProcess() {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    LogConfigurator.startInBackground();
  }

  /**
   * Runs {@code args} and returns the exit code of SPEC §1. Never throws, never exits. {@code out}
   * is taken for not a terminal ({@code --color auto} gives no colour).
   *
   * @param workDir the folder relative paths resolve against
   */
  public static int run(Path workDir, InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(new Context(workDir, in, out, err, false), args);
  }

  /**
   * Runs {@code args} writing UTF-8 to {@code out}, which is not flushed or closed by the command
   * but at the end. A write that fails because the reader has gone (a broken pipe: {@code attain
   * check | head -1}) ends the output quietly and the command goes on; any other write failure is
   * an error (exit 3).
   */
  public static int run(Path workDir, InputStream in, OutputStream out, PrintWriter err, String... args) {
    return run(workDir, in, out, err, false, args);
  }

  /**
   * Runs {@code args} on the JVM's own standard output, as {@link #run(Path, InputStream,
   * OutputStream, PrintWriter, String...)}: {@code --color auto} then colours when that is a
   * terminal.
   */
  public static int runOnStdout(Path workDir, InputStream in, OutputStream out, PrintWriter err, String... args) {
    return run(workDir, in, new StdoutStream(out, StdoutStream.stdoutIsPipe()), err, ColorChoice.stdoutIsTerminal(),
        args);
  }

  private static int run(Path workDir, InputStream in, OutputStream out, PrintWriter err, boolean outIsTerminal,
      String... args) {
    StdoutStream stream = out instanceof StdoutStream s ? s : new StdoutStream(out);
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    return run(new Context(workDir, in, writer, err, outIsTerminal, stream), args);
  }

  private static int run(Context ctx, String... args) {
    PrintWriter out = ctx.out();
    PrintWriter err = ctx.err();
    ErrAppender.target(err); // (each command sets the log level from its -q/-v)
    CommandLine cmd = commandLine(ctx, args.length > 0 ? args[0] : null);
    try {
      int code = cmd.execute(args);
      // units, schema, validate, --help: the same rule as check (a reader that has gone is no error)
      if (code <= ExitCode.MISSED && ctx.stdout() == Stdout.FAILED) {
        err.println(ctx.stdoutFailed().getMessage());
        return ExitCode.INPUT;
      }
      return code;
    } catch (OutOfMemoryError e) { // (picocli hands errors on: only exceptions reach ErrorHandler)
      err.println("attain: out of memory: the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB) is too small for this input; give a larger one, e.g. ATTAIN_JAVA_OPTS=-Xmx2g");
      return ExitCode.INTERNAL;
    } catch (Error e) {
      List<String> given = Arrays.asList(args);
      return internalError(e, err, given.contains("-v") || given.contains("-vv") || given.contains("--verbose"));
    } finally {
      out.flush();
      err.flush();
      LogConfigurator.resetLevel();
    }
  }

  /** The whole command tree. */
  static CommandLine commandLine(Context ctx) {
    return commandLine(ctx, null);
  }

  /**
   * The command tree; when {@code first} names a command (and not the completion script, which
   * needs them all), only that one: picocli reads every command's annotations when it is added,
   * and start-up counts for cron and CI.
   */
  static CommandLine commandLine(Context ctx, String first) {
    Map<String, Supplier<CommandSpec>> commands = new LinkedHashMap<>();
    commands.put("check", () -> new CheckCommand(ctx).spec());
    commands.put("validate", () -> new ValidateCommand(ctx).spec());
    commands.put("units", () -> new UnitsCommand(ctx).spec());
    commands.put("schema", () -> new SchemaCommand(ctx).spec());
    CommandLine cmd = new CommandLine(new AttainCommand().spec());
    if (first != null && commands.containsKey(first)) {
      cmd.addSubcommand(first, commands.get(first).get());
    } else {
      commands.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
      // listed in --help like the other commands: it is how a user learns that completion exists
      cmd.addSubcommand("generate-completion", new CompletionCommand().spec());
    }
    Converters.registerEnums(cmd);
    cmd.setOut(ctx.out());
    cmd.setErr(ctx.err());
    applyToAll(cmd, null);
    cmd.setParameterExceptionHandler(new UsageHandler(ctx.err()));
    cmd.setExecutionExceptionHandler(new ErrorHandler(ctx.err()));
    return cmd;
  }

  /** Exit codes in every command's help (those it can give) and its exception mapper; {@code name} null for attain. */
  private static void applyToAll(CommandLine cmd, String name) {
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.meanings(name));
    cmd.setExitCodeExceptionMapper(t -> t instanceof InputException ? ExitCode.INPUT : ExitCode.INTERNAL);
    cmd.getSubcommands().forEach((subName, sub) -> applyToAll(sub, subName));
  }

  /** The product version, from the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Cli.class.getResourceAsStream("/dev/attain/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /** Bad option or argument: one line, a hint, exit 2. */
  private record UsageHandler(PrintWriter err) implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      err.println(InputException.oneLine("attain: " + ex.getMessage())); // an argument quoted: one line
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE;
    }
  }

  /** Expected errors as one line (exit 2 or 3); anything else is a bug (exit 4). */
  private record ErrorHandler(PrintWriter err) implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      if (ex instanceof InputException input) {
        err.println(input.location() == null ? "attain: " + input.getMessage() : input.getMessage());
        return ExitCode.INPUT;
      }
      if (ex instanceof UsageException usage) {
        err.println(InputException.oneLine("attain: " + usage.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
      }
      return internalError(ex, err, LoggingOptions.verbose(parseResult));
    }
  }

  /** A bug: one line, exit 4; the stack trace only with {@code -v}. */
  private static int internalError(Throwable e, PrintWriter err, boolean verbose) {
    err.println(InputException.oneLine("attain: internal error: " + e + " (this is a bug; run with -v for the stack trace)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }
}
