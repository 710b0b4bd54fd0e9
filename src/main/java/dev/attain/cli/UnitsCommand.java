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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attain units}: the known units by dimension, with their size in the dimension's base unit. */
@Command(
    name = "units",
    mixinStandardHelpOptions = true,
    versionProvider = AttainCommand.Version.class,
    description = {
      "Lists the known units and their conversions.",
      "With -t, also the units the targets file adds."
    })
final class UnitsCommand implements Callable<Integer> {
  private final Cli.Context ctx;

  @Mixin LoggingOptions logging;

  @Option(names = {"-t", "--targets"}, paramLabel = "FILE", converter = Converters.FileNameConverter.class,
      description = "Also list the units this targets file adds.")
  java.nio.file.Path targets;

  UnitsCommand(Cli.Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    logging.apply();
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
