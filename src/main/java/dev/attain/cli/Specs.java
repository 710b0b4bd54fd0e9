package dev.attain.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Range;

/**
 * The command models, written in code rather than read from annotations: Java makes a proxy class
 * at run time for every annotation type it reads and class-data sharing cannot keep them, and
 * reading a command's fields, their generic types and its annotations took picocli about five
 * times as long as building the same model in code (README, "Start-up"). Each option is declared as
 * {@code @Option} would declare it (same names, arity, types, initial values), so help, usage,
 * parsing and the completion script are what they were.
 */
final class Specs {
  private Specs() {}

  /** The name under which picocli keeps {@code -h} and {@code -V} ({@code mixinStandardHelpOptions}). */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";

  /** {@code attain --version} and every command's {@code -V}. */
  static final IVersionProvider VERSION = () -> new String[] {"attain " + Cli.version()};

  /**
   * A command run by picocli as {@code command} ({@code Runnable} or {@code Callable}), its name
   * and description; its options follow, then {@link #standardHelpOptions}.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.usageMessage().description(description);
    return spec;
  }

  /** A flag: no value, {@code false} until given. */
  static OptionSpec.Builder flag(String... names) {
    return OptionSpec.builder(names).type(boolean.class).arity(Range.valueOf("0").unspecified(true)).initialValue(false);
  }

  /**
   * {@code -h, --help} and {@code -V, --version}, last, as {@code mixinStandardHelpOptions = true}
   * adds them (the same names, which the picocli.help.name.* and picocli.version.name.* system
   * properties can change, and the same descriptions).
   */
  static CommandSpec standardHelpOptions(CommandSpec spec) {
    CommandSpec help = CommandSpec.create();
    help.addOption(flag("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").usageHelp(true)
        .descriptionKey("mixinStandardHelpOptions.help").paramLabel("<helpRequested>")
        .description("Show this help message and exit.").build());
    help.addOption(flag("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").versionHelp(true)
        .descriptionKey("mixinStandardHelpOptions.version").paramLabel("<versionRequested>")
        .description("Print version information and exit.").build());
    return spec.addMixin(STANDARD_HELP, help);
  }

  /** The value of the option named {@code name}: as given, or its default or initial value. */
  static <T> T value(CommandSpec spec, String name) {
    return spec.findOption(name).getValue();
  }
}
