package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Bound;
import dev.attain.model.Finding;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Progress;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import dev.attain.model.Summary;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates every target against the figures: measure (value, growth, change, time progress),
 * then judge; checks the consistency of reported growth rates. Pure: no I/O.
 *
 * <p>Order: targets in file order; for each, the entities in order of first appearance in the
 * data (a target with {@code entity:} only that one). Every target and entity gives one {@link
 * Result}; a figure that cannot be measured or judged gives a MISSING result with its reason, never
 * an exception. The only exception is an {@link dev.attain.model.InputException} for a level whose
 * unit does not convert to the target's (another dimension).
 *
 * <p>Time progress (SPEC §4.6): a target for a whole year Y is judged on {@code asOf} when that
 * falls in Y (even when the year's figure is present; absent, the result is MISSING), else on the
 * year's figure, else on the latest year-to-date period of Y in the data for that indicator and
 * entity. On a year-to-date figure a flow's value or change target is judged against its fixed
 * bounds and tolerance scaled to the elapsed share (both at_least and at_most); bounds that are
 * references are taken at the same year-to-date period and not scaled. Stocks, rates and growth
 * are judged as they stand. The result's attainment is then of the annual target.
 *
 * <p>References ({@code at_least: {indicator: gdp}}) are measured by the same rules as any
 * figure, for the same entity and evaluated period. They cannot form cycles: measuring an
 * indicator never involves a threshold.
 */
public final class Evaluator {
  private Evaluator() {}

  /** The report of {@code targets} against {@code figures}. */
  public static Report evaluate(TargetSet targets, FigureTable figures, EvaluationOptions options) {
    return evaluate(targets, figures,
        ConsistencyChecker.rates(targets, figures, options.entities(), options.findings()), options);
  }

  /**
   * The report of {@code targets} against {@code figures}, with the growth rates already checked
   * (as {@link FigureStream} does while the data streams in).
   */
  public static Report evaluate(TargetSet targets, FigureTable figures, CheckedRates rates,
      EvaluationOptions options) {
    List<String> scope = entitiesInScope(targets, figures, options.entities());
    Evaluation ev = new Evaluation(targets, figures, options);
    List<Result> results = new ArrayList<>();
    Set<String> evaluated = new LinkedHashSet<>();
    for (Target t : targets.targets()) {
      if (options.period() != null && !t.period().equals(options.period())) {
        continue;
      }
      List<String> entities;
      if (t.entity() != null) {
        boolean wanted = options.entities().isEmpty() || options.entities().contains(t.entity());
        entities = wanted ? List.of(t.entity()) : List.of();
      } else {
        entities = scope;
      }
      for (String e : entities) {
        results.add(ev.evaluate(t, e));
        evaluated.add(e);
      }
    }
    Summary summary = rates.summary(results, options.failOn(), options.missing());
    Period period = options.period() != null ? options.period() : targets.period();
    return new Report(targets.title(), period, inDataOrder(evaluated, figures.entities()), results, rates.listed(),
        rates.realGrowth(), options.findings(), summary);
  }

  /**
   * The entities targets without {@code entity:} are evaluated for: those of the data in order of
   * first appearance (only the filtered ones, then filtered names absent from the data, sorted);
   * with no data at all, the targets file's {@code entity:} (or "").
   */
  static List<String> entitiesInScope(TargetSet targets, FigureTable figures, Set<String> filter) {
    List<String> data = figures.entities();
    if (data.isEmpty() && filter.isEmpty()) {
      return List.of(targets.entity() == null ? "" : targets.entity());
    }
    if (filter.isEmpty()) {
      return data;
    }
    List<String> out = new ArrayList<>();
    for (String e : data) {
      if (filter.contains(e)) {
        out.add(e);
      }
    }
    TreeSet<String> absent = new TreeSet<>(filter);
    absent.removeAll(data);
    out.addAll(absent);
    return out;
  }

  private static List<String> inDataOrder(Set<String> evaluated, List<String> data) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      index.put(data.get(i), i);
    }
    List<String> out = new ArrayList<>(evaluated);
    out.sort(Comparator.comparingInt(e -> index.getOrDefault(e, Integer.MAX_VALUE))); // stable: others keep their order
    return out;
  }

  /** One run's state: the figures and the options. */
  private static final class Evaluation {
    private final TargetSet targets;
    private final FigureTable figures;
    private final EvaluationOptions options;
    private final Measurer measurer;

    Evaluation(TargetSet targets, FigureTable figures, EvaluationOptions options) {
      this.targets = targets;
      this.figures = figures;
      this.options = options;
      this.measurer = new Measurer(figures);
    }

    Result evaluate(Target t, String entity) {
      Threshold th = t.threshold();
      Period at = evaluatedPeriod(t, entity);
      Unit unit = t.measure() == Measure.GROWTH ? UnitTable.percent() : th.unit();
      if (!figures.hasEntity(entity)) {
        return Result.missing(t, entity, at, unit, "no rows for " + (entity.isEmpty() ? "this entity" : entity)
            + " in the data");
      }
      Measurement m = measurer.measure(t.indicator(), t.measure(), entity, at, unit);
      if (m.isMissing()) {
        return Result.missing(t, entity, at, unit, m.reason());
      }
      Resolved lo = resolve(th.atLeast(), entity, at, unit);
      Resolved hi = resolve(th.atMost(), entity, at, unit);
      for (Resolved r : List.of(lo, hi)) {
        if (r.reason() != null) {
          return Result.missing(t, entity, at, unit, r.reason());
        }
      }
      Scaled scaled = at.equals(t.period())
          ? new Scaled(new Judge.Bounds(lo.number(), hi.number(), th.tolerance()), null, null)
          : yearToDate(t, at, lo, hi, m.actual());
      List<String> notes = new ArrayList<>(m.notes());
      if (scaled.note() != null) {
        notes.add(scaled.note());
      }
      return judge(t, entity, at, unit, m, scaled, notes);
    }

    /**
     * A year target judged on a year-to-date figure at {@code at}. A flow's value or change: its
     * fixed bounds and tolerance shrink to the share of the year elapsed (the scaled threshold is
     * the result's own: reports show it), its progress is the attainment of the annual target
     * against that share; references are taken at {@code at}, not scaled. Growth, stocks and rates
     * keep their bounds and are judged as they stand, with the elapsed share only.
     */
    private Scaled yearToDate(Target t, Period at, Resolved lo, Resolved hi, Amount actual) {
      Indicator ind = t.indicator();
      BigDecimal tolerance = t.threshold().tolerance() == null ? BigDecimal.ZERO : t.threshold().tolerance();
      BigDecimal share = TimeProgress.share(targets.scheduleOf(ind), at.months());
      BigDecimal elapsed = Rounding.round(share, 1);
      if (ind.type() != IndicatorType.FLOW || t.measure() == Measure.GROWTH) {
        String note = t.measure() == Measure.GROWTH
            ? "year-to-date growth over " + at.base() + ", judged against the annual target"
            : "year-to-date " + at + ": " + (ind.type() == IndicatorType.STOCK ? "a stock" : "a rate")
                + " is judged as it stands";
        return new Scaled(new Judge.Bounds(lo.number(), hi.number(), tolerance),
            new Progress(elapsed, null, null, null), note);
      }
      BigDecimal loNum = lo.fixed() ? TimeProgress.scale(lo.number(), share) : lo.number();
      BigDecimal hiNum = hi.fixed() ? TimeProgress.scale(hi.number(), share) : hi.number();
      BigDecimal attainment = lo.fixed() && actual.isExact() ? Judge.attainment(actual.number(), lo.number()) : null;
      BigDecimal ahead = attainment == null ? null : attainment.subtract(elapsed);
      BigDecimal expected = lo.fixed() ? loNum : hi.fixed() ? hiNum : null;
      String note = !lo.fixed() && !hi.fixed()
          ? "year-to-date " + at + ": the referenced figures are taken at " + at + ", not scaled"
          : null;
      return new Scaled(new Judge.Bounds(loNum, hiNum, TimeProgress.scale(tolerance, share)),
          new Progress(elapsed, expected, attainment, ahead), note);
    }

    /** The result of measurement {@code m} judged against {@code scaled}: status, gap, attainment. */
    private static Result judge(Target t, String entity, Period at, Unit unit, Measurement m, Scaled scaled,
        List<String> notes) {
      Amount actual = m.actual();
      Judge.Bounds bounds = scaled.bounds();
      Progress progress = scaled.progress();
      Optional<Status> status = Judge.judge(actual, bounds, t.severity());
      if (status.isEmpty()) {
        return new Result(t, entity, at, Status.MISSING, null, actual.relation(), unit, null, bounds.atLeast(),
            bounds.atMost(), null, null, progress, Measurer.onlyAs(actual), notes);
      }
      BigDecimal gap = null;
      BigDecimal attainment = null;
      if (actual.isExact()) {
        gap = Judge.gap(actual.number(), bounds);
        if (t.measure() != Measure.GROWTH) {
          attainment = progress != null && progress.expected() != null
              ? progress.attainment()
              : Judge.attainment(actual.number(), bounds.atLeast());
        }
      }
      return new Result(t, entity, at, status.get(), actual.number(), actual.relation(), unit, m.source(),
          bounds.atLeast(), bounds.atMost(), gap, attainment, progress, null, notes);
    }

    /**
     * The period to judge: the target's; for a year target, {@code --as-of} when it falls in that
     * year, else (when the year's figure is absent) the latest year-to-date period of that year in
     * the data for this indicator and entity.
     */
    private Period evaluatedPeriod(Target t, String entity) {
      Period p = t.period();
      if (!p.isYear()) {
        return p;
      }
      Period asOf = options.asOf();
      if (asOf != null && asOf.year() == p.year()) {
        return asOf;
      }
      if (figures.get(entity, t.indicator().id(), p).isPresent()) {
        return p;
      }
      NavigableSet<Period> present = figures.periods(entity, t.indicator().id());
      Period latest = present.lower(p);
      return latest != null && latest.year() == p.year() ? latest : p;
    }

    private Resolved resolve(Bound b, String entity, Period at, Unit unit) {
      if (b == null) {
        return new Resolved(null, false, null);
      }
      if (b instanceof Bound.Fixed f) {
        return new Resolved(f.number(), true, null);
      }
      Bound.Reference ref = (Bound.Reference) b;
      String what = "reference " + ref.indicator() + " " + ref.measure().key() + ": ";
      Optional<Indicator> ind = targets.indicator(ref.indicator());
      if (ind.isEmpty()) {
        return new Resolved(null, false, what + "unknown indicator");
      }
      Measurement m = measurer.measure(ind.get(), ref.measure(), entity, at, unit);
      if (m.isMissing()) {
        return new Resolved(null, false, what + m.reason());
      }
      if (!m.actual().isExact()) {
        return new Resolved(null, false, what + Measurer.onlyAs(m.actual()));
      }
      BigDecimal n = m.actual().number();
      if (ref.measure() == Measure.GROWTH && !unit.symbol().equals("%")) {
        n = UnitTable.percent().convert(n, unit); // a growth rate in a ‰ threshold: 8 % is 80 ‰
      }
      return new Resolved(n.add(ref.plus()), false, null);
    }
  }

  /** A bound resolved to a number ({@code fixed} when written as one), or why it cannot be. */
  private record Resolved(BigDecimal number, boolean fixed, String reason) {}

  /**
   * The bounds and tolerance a figure is judged against, its time progress ({@code null} unless
   * year to date) and the note that explains them ({@code null} when none is needed).
   */
  private record Scaled(Judge.Bounds bounds, Progress progress, String note) {}
}
