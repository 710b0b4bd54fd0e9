package dev.attain.cli;

import dev.attain.io.TargetsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code attain schema}: the JSON Schema of the targets file, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = AttainCommand.Version.class,
    description = "Prints the JSON Schema (draft 2020-12) of the targets file, for editor completion and validation.")
final class SchemaCommand implements Callable<Integer> {
  private final Cli.Context ctx;

  SchemaCommand(Cli.Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ctx.out().print(TargetsSchema.text());
    ctx.out().flush();
    return ExitCode.OK;
  }
}
