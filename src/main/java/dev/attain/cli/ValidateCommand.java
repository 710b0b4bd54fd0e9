package dev.attain.cli;

import dev.attain.engine.FigureTable;
import dev.attain.io.ProblemHandler;
import dev.attain.model.InputException;
import dev.attain.model.TargetSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attain validate}: reads and checks the inputs, evaluates nothing. Lists every problem it
 * finds in one run, so a submitted file is fixed in one pass; exit 0 when there are none, else 3.
 * A targets file with problems is reported alone: the actuals are read against its vocabulary.
 */
final class ValidateCommand implements Callable<Integer> {
  /** More problems than this and validate stops: the file is probably not a CSV of figures. */
  static final int MAX_PROBLEMS = 200;

  private final Cli.Context ctx;
  private final CommandSpec spec;

  ValidateCommand(Cli.Context ctx) {
    this.ctx = ctx;
    spec = Specs.command(this, "validate",
        "Reads and checks the targets and actuals files, lists every problem, evaluates nothing.");
    spec.versionProvider(Specs.VERSION);
    LoggingOptions.addTo(spec);
    InputOptions.addTo(spec);
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    LoggingOptions.of(spec).apply();
    InputOptions inputs = InputOptions.of(spec);
    inputs.refuseEmptyNames();
    ProblemHandler.Collecting problems = new ProblemHandler.Collecting(MAX_PROBLEMS);
    int figures = 0;
    TargetSet targets = null;
    List<Inputs.Source> sources = List.of();
    try {
      targets = Inputs.targets(ctx, inputs.targets().toString(), problems);
      if (!problems.problems().isEmpty()) {
        // the actuals are read against the targets file's vocabulary: with part of it missing,
        // rows would be skipped or refused for the wrong reason
        return listed(problems.problems());
      }
      sources = Inputs.sources(ctx, targets, inputs.actuals());
      FigureTable table = Inputs.figures(ctx, targets, sources, inputs.encoding(), problems);
      figures = table.size();
    } catch (ProblemHandler.Collecting.LimitReached e) {
      listed(problems.problems());
      print(e);
      return ExitCode.INPUT;
    } catch (InputException e) {
      // the problem that stopped reading is listed after the others, and counted with them
      return listed(concat(problems.problems(), e));
    }
    List<InputException> found = problems.problems();
    if (!found.isEmpty()) {
      return listed(found);
    }
    if (figures == 0) {
      ctx.err().println("attain: warning: no row matched an indicator of " + targets.file()
          + " (every target would be MISSING)");
    }
    ctx.out().println(targets.file() + ": " + count(targets.targets().size(), "target", "targets") + ", "
        + count(targets.indicators().size(), "indicator", "indicators") + "; "
        + count(sources.size(), "actuals file", "actuals files") + ", " + count(figures, "figure", "figures") + ": ok");
    return ExitCode.OK;
  }

  /** {@code 1 figure}, {@code 0 figures}, {@code 2 figures}. */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Prints each problem on its line, then their count: exit 3. */
  private int listed(List<InputException> found) {
    for (InputException p : found) {
      print(p);
    }
    ctx.err().println("attain: " + count(found.size(), "problem", "problems") + " found");
    return ExitCode.INPUT;
  }

  private static List<InputException> concat(List<InputException> list, InputException last) {
    List<InputException> all = new java.util.ArrayList<>(list);
    all.add(last);
    return all;
  }

  private void print(InputException e) {
    ctx.err().println(e.location() == null ? "attain: " + e.getMessage() : e.getMessage());
  }
}
