package dev.attain.cli;

import dev.attain.engine.BlankCells;
import dev.attain.engine.EvaluationOptions;
import dev.attain.engine.FigureStream;
import dev.attain.io.ProblemHandler;
import dev.attain.model.FailOn;
import dev.attain.model.FindingsMode;
import dev.attain.model.Folding;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.Report;
import dev.attain.model.TargetSet;
import dev.attain.report.RenderOptions;
import dev.attain.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code attain check}: evaluate the targets, write the reports, exit 0 or 1. */
final class CheckCommand implements Callable<Integer> {
  private final Cli.Context ctx;
  private final CommandSpec spec;

  // the command line, read from spec when the command runs
  private LoggingOptions logging;
  private InputOptions inputs;
  private Period period;
  private Period asOf;
  private List<String> entities;
  private ReportFormat format;
  private List<Converters.Output> outputs;
  private FailOn failOn;
  private FindingsMode findings;
  private MissingPolicy missing;
  private Converters.Color color;
  private boolean summaryOnly;

  CheckCommand(Cli.Context ctx) {
    this.ctx = ctx;
    spec = Specs.command(this, "check", "Evaluates the targets against the actuals and writes the report.");
    spec.versionProvider(Specs.VERSION);
    LoggingOptions.addTo(spec);
    InputOptions.addTo(spec);
    spec.addOption(OptionSpec.builder("--period").paramLabel("P").type(Period.class)
        .converters(new Converters.PeriodConverter())
        .description("Evaluate only targets of this period (default: all in the file).").build());
    spec.addOption(OptionSpec.builder("--as-of").paramLabel("P").type(Period.class)
        .converters(new Converters.PeriodConverter())
        .description("Judge year targets on this cumulative period, e.g. 2024-06 (time progress).").build());
    spec.addOption(OptionSpec.builder("--entity").paramLabel("NAME").type(List.class).auxiliaryTypes(String.class)
        .converters(new Converters.EntityConverter()).initialValue(new ArrayList<String>())
        .description("Evaluate only this entity (repeatable).").build());
    spec.addOption(OptionSpec.builder("-f", "--format").paramLabel("FMT").type(ReportFormat.class)
        .completionCandidates(new Converters.FormatNames()).defaultValue("text")
        .description("Format on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FMT=PATH").type(List.class)
        .auxiliaryTypes(Converters.Output.class).converters(new Converters.OutputConverter())
        .initialValue(new ArrayList<Converters.Output>())
        .description("Also write that format to that file, atomically (repeatable).").build());
    spec.addOption(OptionSpec.builder("--fail-on").paramLabel("fail|warn|never").type(FailOn.class)
        .completionCandidates(new Converters.FailOnNames()).defaultValue("fail")
        .description("Which statuses make exit code 1 (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--findings").paramLabel("problems|all").type(FindingsMode.class)
        .completionCandidates(new Converters.FindingsNames()).defaultValue("problems")
        .description("Which consistency findings are listed one by one: problems (the default) lists the inconsistent"
            + " and uncheckable rates, real-growth ones counted per indicator; all lists every rate.").build());
    spec.addOption(OptionSpec.builder("--missing").paramLabel("fail|warn|ignore").type(MissingPolicy.class)
        .completionCandidates(new Converters.MissingNames()).defaultValue("fail")
        .description("How a target with no data counts (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(OptionSpec.builder("--color").paramLabel("auto|always|never").type(Converters.Color.class)
        .completionCandidates(new Converters.ColorNames()).defaultValue("auto")
        .description("ANSI colour in text output (default: ${DEFAULT-VALUE}: only on a terminal, unless NO_COLOR is set).")
        .build());
    spec.addOption(Specs.flag("--summary").paramLabel("<summaryOnly>")
        .description("Text output: only the one-line summary (for a mail subject).").build());
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  private void readCommandLine() {
    logging = LoggingOptions.of(spec);
    inputs = InputOptions.of(spec);
    period = Specs.value(spec, "--period");
    asOf = Specs.value(spec, "--as-of");
    entities = Specs.value(spec, "--entity");
    format = Specs.value(spec, "-f");
    outputs = Specs.value(spec, "-o");
    failOn = Specs.value(spec, "--fail-on");
    findings = Specs.value(spec, "--findings");
    missing = Specs.value(spec, "--missing");
    color = Specs.value(spec, "--color");
    summaryOnly = Specs.value(spec, "--summary");
  }

  @Override
  public Integer call() throws IOException {
    readCommandLine();
    logging.apply();
    inputs.refuseEmptyNames();
    if (summaryOnly && format != ReportFormat.TEXT) {
      throw new UsageException("--summary prints the text summary line; it cannot be combined with -f " + format.key());
    }
    TargetSet targets = Inputs.targets(ctx, inputs.targets().toString(), ProblemHandler.FAIL_FAST);
    refuseFiltersThatMatchNoTarget(targets);
    if (inputs.actuals().stream().filter(Inputs.STDIN::equals).count() > 1) {
      throw new UsageException("standard input (-) can be read only once");
    }
    for (Converters.Output o : outputs) {
      if (o.path().equals(Inputs.STDIN)) {
        throw new UsageException("-o " + o.format().key() + "=- : standard output takes -f " + o.format().key()
            + "; -o names a file");
      }
    }
    List<Inputs.Source> sources = Inputs.sources(ctx, targets, inputs.actuals());
    refuseOutputOverInput(sources);
    EvaluationOptions options = new EvaluationOptions(period, asOf, foldedEntities(), failOn, missing, findings);
    // streaming: only the figures the targets need are kept; growth rates are checked as rows come
    FigureStream stream = new FigureStream(targets, options);
    long t0 = System.nanoTime();
    BlankCells blanks = new BlankCells(targets, options);
    List<String> entitiesOfData = Inputs.readConcurrently(ctx, targets, sources, inputs.encoding(),
        ProblemHandler.FAIL_FAST, blanks, stream::accept);
    stream.table().entitiesOfData(entitiesOfData); // an entity whose rows report nothing is still present
    stream.table().blanks(blanks); // read once reading is over (the reader's thread has ended)
    long t1 = System.nanoTime();
    Report report = stream.evaluate(options);
    long t2 = System.nanoTime();
    if (options.entities().isEmpty()) {
      unjudged(stream.table().entities(), report.entities());
    }

    RenderOptions render = new RenderOptions(useColor(), summaryOnly);
    OutputFiles files = new OutputFiles();
    for (Converters.Output o : outputs) {
      // files never carry ANSI codes
      files.stage(o.path(), ctx.resolve(o.path()), w -> o.format().writer(new RenderOptions(false, false)).write(report, w));
    }
    format.writer(render).write(report, ctx.out());
    // a full disk must not pass as success; a reader that has gone (| head) took what it wanted:
    // the report files are still written and the exit code is still the verdict's
    if (ctx.stdout() == Cli.Stdout.FAILED) {
      files.abort();
      throw ctx.stdoutFailed();
    }
    files.commit();
    Logger log = LoggerFactory.getLogger(CheckCommand.class); // (not at class load: see LogConfigurator)
    if (log.isTraceEnabled()) { // -vv: where the time of a large check goes
      log.trace("reading and checking rates {} ms, evaluation {} ms, reports {} ms", millis(t0, t1), millis(t1, t2),
          millis(t2, System.nanoTime()));
    }
    return report.summary().exitCode();
  }

  /**
   * Says which entities of the data no result is for (every target names its {@code entity:}, and
   * not these): a county spelt otherwise than in the targets file would else go unseen.
   */
  private static void unjudged(List<String> ofData, List<String> judged) {
    java.util.Set<String> done = new java.util.HashSet<>(judged);
    List<String> left = new java.util.ArrayList<>();
    for (String e : ofData) {
      if (!done.contains(e)) {
        left.add(e);
      }
    }
    if (!left.isEmpty()) {
      LoggerFactory.getLogger(CheckCommand.class).info("rows of {} the targets do not name were not judged: {}{}",
          left.size() == 1 ? "1 entity" : left.size() + " entities", String.join(", ", left.subList(0,
              Math.min(5, left.size()))), left.size() > 5 ? " …" : "");
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  /** The --entity names, folded as the data's entity cells are. */
  private LinkedHashSet<String> foldedEntities() {
    LinkedHashSet<String> folded = new LinkedHashSet<>();
    for (String e : entities) {
      folded.add(Folding.entity(e));
    }
    return folded;
  }

  /** A --period, --as-of or --entity that no target can use is a mistake, not an empty report. */
  private void refuseFiltersThatMatchNoTarget(TargetSet targets) {
    java.util.SortedSet<String> periods = new java.util.TreeSet<>();
    targets.targets().forEach(t -> periods.add(t.period().toString()));
    String have = " (the targets are for " + String.join(", ", periods) + ")";
    if (period != null && targets.targets().stream().noneMatch(t -> t.period().equals(period))) {
      throw new UsageException("--period " + period + " matches no target" + have);
    }
    if (asOf != null && targets.targets().stream()
        .noneMatch(t -> t.period().isYear() && t.period().year() == asOf.year()
            && (period == null || t.period().equals(period)))) {
      throw new UsageException("--as-of " + asOf + " is not in the year of any "
          + (period == null ? "" : period + " ") + "whole-year target" + have);
    }
    // an --entity that no target is for would give an empty report that passes: a typo in a
    // county's name must not read as a county with nothing to check
    java.util.List<dev.attain.model.Target> inPeriod = targets.targets().stream()
        .filter(t -> period == null || t.period().equals(period)).toList();
    if (inPeriod.stream().anyMatch(t -> t.entity() == null)) {
      return; // a target for every entity: each name is evaluated (MISSING when it has no rows)
    }
    for (String e : foldedEntities()) {
      if (inPeriod.stream().noneMatch(t -> t.entity().equals(e))) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>(); // in the targets file's order
        inPeriod.forEach(t -> named.add(t.entity()));
        throw new UsageException("--entity " + e + " matches no target (the targets are for "
            + String.join(", ", named) + ")");
      }
    }
  }

  private boolean useColor() {
    return ColorChoice.useColor(color, ctx.outIsTerminal(), System.getenv("NO_COLOR"), System.getenv("TERM"));
  }

  private void refuseOutputOverInput(List<Inputs.Source> sources) throws IOException {
    List<Path> inputsPaths = new ArrayList<>();
    inputsPaths.add(ctx.resolve(inputs.targets().toString()));
    for (Inputs.Source s : sources) {
      if (!s.isStdin()) {
        inputsPaths.add(s.path());
      }
    }
    List<Path> seen = new ArrayList<>();
    for (Converters.Output o : outputs) {
      Path out = ctx.resolve(o.path()).toAbsolutePath().normalize();
      int same = seen.indexOf(out);
      if (same >= 0) {
        Converters.Output first = outputs.get(same);
        throw new UsageException("-o " + o.format().key() + "=" + o.path() + " names the same file as -o "
            + first.format().key() + "=" + first.path());
      }
      seen.add(out);
      for (Path in : inputsPaths) {
        Path abs = in.toAbsolutePath().normalize();
        if (abs.equals(out) || (Files.exists(out) && Files.exists(abs) && Files.isSameFile(abs, out))) {
          throw new UsageException("-o " + o.format().key() + "=" + o.path() + " would overwrite an input file");
        }
      }
    }
  }
}
