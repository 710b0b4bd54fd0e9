package dev.attain.cli;

import dev.attain.io.TargetsSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attain schema}: the JSON Schema of the targets file, for editors. */
final class SchemaCommand implements Callable<Integer> {
  private final Cli.Context ctx;
  private final CommandSpec spec;

  SchemaCommand(Cli.Context ctx) {
    this.ctx = ctx;
    spec = Specs.command(this, "schema",
        "Prints the JSON Schema (draft 2020-12) of the targets file, for editor completion and validation.");
    spec.versionProvider(Specs.VERSION);
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    ctx.out().print(TargetsSchema.text());
    ctx.out().flush();
    return ExitCode.OK;
  }
}
