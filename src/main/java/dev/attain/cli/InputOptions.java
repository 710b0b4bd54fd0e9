package dev.attain.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The inputs of {@code check} and {@code validate}: targets file, actuals files, encoding. */
record InputOptions(Path targets, List<String> actuals, Charset encoding) {
  /** Adds {@code -t}, the actuals files and {@code --encoding} to {@code spec}. */
  static void addTo(CommandSpec spec) {
    CommandSpec options = CommandSpec.create();
    options.addOption(OptionSpec.builder("-t", "--targets").paramLabel("FILE").type(Path.class)
        .defaultValue("targets.yaml").converters(new Converters.FileNameConverter())
        .description("The targets file (default: ${DEFAULT-VALUE} in the current folder).").build());
    // (declared as paths: shell completion offers file names; kept as given, "-" included)
    options.addPositional(PositionalParamSpec.builder().paramLabel("ACTUALS").arity("0..*")
        .type(List.class).auxiliaryTypes(Path.class).converters(new Converters.AsGiven())
        .initialValue(new ArrayList<String>())
        .description("CSV files of figures, merged; - reads standard input. "
            + "Default: the files under actuals: in the targets file.").build());
    options.addOption(OptionSpec.builder("--encoding").paramLabel("CHARSET").type(Charset.class)
        .converters(new Converters.CharsetConverter())
        .description("Force the encoding of the CSV files (default: UTF-8, or GB18030 when detected).").build());
    spec.addMixin("inputs", options);
  }

  /** What the command line of {@code spec} gave. */
  static InputOptions of(CommandSpec spec) {
    List<String> actuals = spec.positionalParameters().get(0).getValue();
    return new InputOptions(Specs.value(spec, "-t"), actuals, Specs.value(spec, "--encoding"));
  }

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
