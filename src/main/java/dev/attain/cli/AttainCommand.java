package dev.attain.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code attain}: the top of the command tree; alone it asks for a command. */
final class AttainCommand implements Runnable {
  private final CommandSpec spec;

  AttainCommand() {
    spec = Specs.command(this, "attain",
        "Checks reported figures against targets: growth rates, attainment,",
        "year-to-date progress.",
        "",
        "Examples:",
        "  attain check                    targets.yaml here, against its actuals: files",
        "  attain check -t t.yaml a.csv    other targets, other figures",
        "  attain check -f json            the report for scripts",
        "");
    spec.versionProvider(Specs.VERSION);
    spec.usageMessage().synopsisSubcommandLabel("COMMAND");
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required: check, validate, units, schema or generate-completion");
  }
}
