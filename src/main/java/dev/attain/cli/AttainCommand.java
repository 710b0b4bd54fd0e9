package dev.attain.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code attain}: the top of the command tree; alone it asks for a command. */
@Command(
    name = "attain",
    mixinStandardHelpOptions = true,
    versionProvider = AttainCommand.Version.class,
    description = {
      "Checks reported figures against targets: growth rates, attainment,",
      "year-to-date progress.",
      "",
      "Examples:",
      "  attain check                    targets.yaml here, against its actuals: files",
      "  attain check -t t.yaml a.csv    other targets, other figures",
      "  attain check -f json            the report for scripts",
      "",
    },
    synopsisSubcommandLabel = "COMMAND")
final class AttainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required: check, validate, units, schema or generate-completion");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"attain " + Cli.version()};
    }
  }
}
