package dev.attain.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of {@code check} and {@code validate}: targets file, actuals files, encoding. */
final class InputOptions {
  @Option(names = {"-t", "--targets"}, paramLabel = "FILE", defaultValue = "targets.yaml",
      converter = Converters.FileNameConverter.class,
      description = "The targets file (default: ${DEFAULT-VALUE} in the current folder).")
  Path targets;

  // (declared as paths: shell completion offers file names; kept as given, "-" included)
  @Parameters(paramLabel = "ACTUALS", arity = "0..*", type = Path.class, converter = Converters.AsGiven.class,
      description = "CSV files of figures, merged; - reads standard input. "
          + "Default: the files under actuals: in the targets file.")
  List<String> actuals = new ArrayList<>();

  @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetConverter.class,
      description = "Force the encoding of the CSV files (default: UTF-8, or GB18030 when detected).")
  Charset encoding;

  /**
   * Refuses an empty actuals file name ({@code attain check "$FILE"} with the variable unset),
   * which would name the current folder. (Not a converter: picocli takes a positional parameter
   * that a converter refuses for an unmatched argument.)
   */
  void refuseEmptyNames() {
    if (actuals.contains("")) {
      throw new UsageException("ACTUALS: empty file name");
    }
  }
}
