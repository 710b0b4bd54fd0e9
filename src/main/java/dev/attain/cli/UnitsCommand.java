package dev.attain.cli;

import dev.attain.io.ProblemHandler;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code attain units}: the known units by dimension, with their size in the dimension's base unit. */
final class UnitsCommand implements Callable<Integer> {
  private final Cli.Context ctx;
  private final CommandSpec spec;

  UnitsCommand(Cli.Context ctx) {
    this.ctx = ctx;
    spec = Specs.command(this, "units", "Lists the known units and their conversions.",
        "With -t, also the units the targets file adds.");
    spec.versionProvider(Specs.VERSION);
    LoggingOptions.addTo(spec);
    spec.addOption(OptionSpec.builder("-t", "--targets").paramLabel("FILE").type(java.nio.file.Path.class)
        .converters(new Converters.FileNameConverter())
        .description("Also list the units this targets file adds.").build());
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    LoggingOptions.of(spec).apply();
    java.nio.file.Path targets = Specs.value(spec, "-t");
    UnitTable table = UnitTable.builtIn();
    if (targets != null) {
      table = Inputs.targets(ctx, targets.toString(), ProblemHandler.FAIL_FAST).units();
    }
    Map<String, List<Unit>> byDimension = new LinkedHashMap<>();
    for (Unit u : table.all()) {
      byDimension.computeIfAbsent(u.dimension(), d -> new ArrayList<>()).add(u);
    }
    ctx.out().println("dimension\tunit\tequals");
    for (Map.Entry<String, List<Unit>> e : byDimension.entrySet()) {
      Unit base = e.getValue().stream().filter(u -> u.factor().compareTo(BigDecimal.ONE) == 0)
          .findFirst().orElse(e.getValue().get(0));
      for (Unit u : e.getValue()) {
        String equals = u == base ? "(base)" : u.convert(BigDecimal.ONE, base).toPlainString() + " " + base.symbol();
        ctx.out().println(e.getKey() + "\t" + u.symbol() + "\t" + equals);
      }
    }
    ctx.out().println();
    ctx.out().println("Units convert only within a dimension. A difference of two rates is in percentage points (pp, also written 百分点): the unit of a change target on a % rate.");
    return ExitCode.OK;
  }
}
