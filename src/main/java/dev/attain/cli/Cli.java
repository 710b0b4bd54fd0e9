package dev.attain.cli;

import dev.attain.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command tree and runs one command line, returning its exit code. */
public final class Cli {
  private Cli() {}

  /** When standard output cannot take the report. */
  static final String STDOUT_FAILED = "cannot write the report to standard output (disk full, or nothing reads it)";

  /** The environment a command runs in: where relative paths resolve, and its three streams. */
  record Context(Path workDir, InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal) {
    Path resolve(String path) {
      return workDir.resolve(path);
    }
  }

  /**
   * Runs {@code args} and returns the exit code of SPEC §1. Never throws, never exits. {@code out}
   * is taken for not a terminal ({@code --color auto} gives no colour).
   *
   * @param workDir the folder relative paths resolve against
   */
  public static int run(Path workDir, InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(workDir, in, out, err, false, args);
  }

  /**
   * Runs {@code args} on the JVM's own standard output: {@code --color auto} then colours when that
   * is a terminal.
   */
  public static int runOnStdout(Path workDir, InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(workDir, in, out, err, ColorChoice.stdoutIsTerminal(), args);
  }

  private static int run(Path workDir, InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal,
      String... args) {
    ErrAppender.target(err); // (each command sets the log level from its -q/-v)
    Context ctx = new Context(workDir, in, out, err, outIsTerminal);
    CommandLine cmd = commandLine(ctx, args.length > 0 ? args[0] : null);
    try {
      int code = cmd.execute(args);
      if (code <= ExitCode.MISSED && out.checkError()) { // units, schema, validate: same rule as check
        err.println("<stdout>: " + STDOUT_FAILED);
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
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("check", () -> new CheckCommand(ctx));
    commands.put("validate", () -> new ValidateCommand(ctx));
    commands.put("units", () -> new UnitsCommand(ctx));
    commands.put("schema", () -> new SchemaCommand(ctx));
    CommandLine cmd = new CommandLine(new AttainCommand());
    if (first != null && commands.containsKey(first)) {
      cmd.addSubcommand(first, commands.get(first).get());
    } else {
      commands.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
      // listed in --help like the other commands: it is how a user learns that completion exists
      CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
      completion.getCommandSpec().usageMessage().description(
          "Prints the bash/zsh completion script.",
          "To load it in the current shell: source <(attain generate-completion)");
      cmd.addSubcommand("generate-completion", completion);
    }
    Converters.registerEnums(cmd);
    cmd.setOut(ctx.out());
    cmd.setErr(ctx.err());
    Map<String, String> codes = ExitCode.meanings();
    applyToAll(cmd, codes);
    cmd.setParameterExceptionHandler(new UsageHandler(ctx.err()));
    cmd.setExecutionExceptionHandler(new ErrorHandler(ctx.err()));
    return cmd;
  }

  private static void applyToAll(CommandLine cmd, Map<String, String> codes) {
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cmd.setExitCodeExceptionMapper(t -> t instanceof InputException ? ExitCode.INPUT : ExitCode.INTERNAL);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      applyToAll(sub, codes);
    }
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
