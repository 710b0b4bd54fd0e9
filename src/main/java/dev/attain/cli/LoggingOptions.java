package dev.attain.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Range;

/** {@code -q} and {@code -v}: the level of log lines on standard error. */
record LoggingOptions(int verbosity, boolean quiet) {
  /** Adds {@code -v} and {@code -q} to {@code spec}. */
  static void addTo(CommandSpec spec) {
    CommandSpec options = CommandSpec.create();
    // (counted: -vv; picocli takes a boolean[] for an option with a value, see CompletionCommand)
    options.addOption(OptionSpec.builder("-v", "--verbose").type(boolean[].class)
        .arity(Range.valueOf("0").unspecified(true)).initialValue(new boolean[0]).paramLabel("<verbose>")
        .description("More detail on standard error: stack traces of errors; with check, -vv also how long reading,"
            + " evaluation and reports took.").build());
    options.addOption(Specs.flag("-q", "--quiet").paramLabel("<quiet>")
        .description("Only errors on standard error.").build());
    spec.addMixin("logging", options);
  }

  /** What the command line of {@code spec} gave. */
  static LoggingOptions of(CommandSpec spec) {
    boolean[] verbose = Specs.value(spec, "-v");
    return new LoggingOptions(verbose.length, Specs.<Boolean>value(spec, "-q"));
  }

  void apply() {
    LogConfigurator.level(verbosity, quiet);
  }

  static boolean verbose(ParseResult parseResult) {
    ParseResult p = parseResult;
    while (p != null) {
      if (p.hasMatchedOption("-v")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }
}
