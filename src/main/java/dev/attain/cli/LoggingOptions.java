package dev.attain.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code -q} and {@code -v}: the level of log lines on standard error. */
final class LoggingOptions {
  @Option(names = {"-v", "--verbose"}, description = "More detail on standard error: stack traces of errors; with check, -vv also how long reading,"
      + " evaluation and reports took.")
  boolean[] verbose = new boolean[0];

  @Option(names = {"-q", "--quiet"}, description = "Only errors on standard error.")
  boolean quiet;

  void apply() {
    LogConfigurator.level(verbose.length, quiet);
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
