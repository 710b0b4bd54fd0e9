package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Bound;
import dev.attain.model.Figure;
import dev.attain.model.Finding;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Progress;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Schedule;
import dev.attain.model.Source;
import dev.attain.model.Status;
import dev.attain.model.Summary;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * latest period of Y (the year, else a year-to-date period) in the data for that indicator and
 * entity that has what the measure needs (a level; for growth a rate or both levels), a later one
 * that has not being named in a remark. On a year-to-date figure a flow's value or change target is judged against its fixed
 * bounds and tolerance scaled to the elapsed share (both at_least and at_most); bounds that are
 * references are taken at the same year-to-date period and not scaled. Stocks, rates and growth
 * are judged as they stand. The result's attainment is then of the annual target.
 *
 * <p>Judging is exact: the figure (a unit conversion need not terminate), the bounds and the
 * tolerance (a share of the year need not either) are fractions compared by cross-multiplying.
 * Only the numbers a result shows are rounded, by {@link Shown}: the same on every row of a target,
 * and never so as to read against the status.
 *
 * <p>References ({@code at_least: {indicator: gdp}}) are measured by the same rules as any
 * figure, for the same entity and evaluated period. They cannot form cycles: measuring an
 * indicator never involves a threshold. A referenced figure reported only as a bound is a bound
 * known only as one: {@link Judge} decides where every value it (and a bounded actual) allows gets
 * the same status; the result then shows no number for it, no gap and no attainment.
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
    /** Per indicator, measure and year, the latest period of that year any entity is judged on. */
    private final java.util.Map<String, Period> latestOfAll = new java.util.HashMap<>();

    Evaluation(TargetSet targets, FigureTable figures, EvaluationOptions options) {
      this.targets = targets;
      this.figures = figures;
      this.options = options;
      this.measurer = new Measurer(figures);
    }

    Result evaluate(Target t, String entity) {
      Threshold th = t.threshold();
      Judged judged = evaluatedPeriod(t, entity);
      Period at = judged.period();
      Unit unit = t.measure() == Measure.GROWTH ? UnitTable.percent() : th.unit();
      if (!figures.hasEntity(entity)) {
        return Result.missing(t, entity, at, unit, "no rows for " + (entity.isEmpty() ? "this entity" : entity)
            + " in the data" + similar(entity));
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
          ? new Scaled(lo.value(), hi.value(), Fraction.of(tolerance(th)), shown(th), null, null, false, null)
          : yearToDate(t, at, lo, hi);
      List<String> notes = new ArrayList<>(m.notes());
      Indicator ind = t.indicator();
      if (ind.type() == IndicatorType.FLOW && !ind.unit().isRate()) {
        String fell = fell(ind, entity, at);
        if (fell == null && (t.measure() == Measure.CHANGE || m.source() == Source.COMPUTED && t.measure() == Measure.GROWTH)) {
          fell = fell(ind, entity, at.base());
        }
        if (fell != null) {
          notes.add(0, fell);
        }
      }
      if (scaled.note() != null) {
        notes.add(scaled.note());
      }
      if (judged.skipped() != null) {
        notes.add(judged.skipped());
      }
      Period others = at.equals(t.period()) || options.asOf() != null ? null : latestOfAll(t);
      if (others != null && others.compareTo(at) > 0) { // this entity's later figures are not there, or not usable
        notes.add("others are judged on " + others + (judged.skipped() == null ? ": no later figure for this entity" : ""));
      }
      return judge(t, entity, at, unit, m, lo, hi, scaled, notes);
    }

    /**
     * A year target judged on a year-to-date figure at {@code at}. A flow's value or change: its
     * fixed bounds and tolerance shrink to the share of the year due (the calendar's, or the
     * schedule's, which reports then tell from the calendar's), exactly (the share need
     * not terminate: July is 7/12); references are taken at {@code at}, not scaled. Growth, stocks
     * and rates keep their bounds and are judged as they stand, with the elapsed share only.
     */
    private Scaled yearToDate(Target t, Period at, Resolved lo, Resolved hi) {
      Indicator ind = t.indicator();
      BigDecimal tolerance = tolerance(t.threshold());
      Schedule schedule = targets.scheduleOf(ind);
      Fraction share = TimeProgress.share(schedule, at.months());
      // under a schedule, the share due is not the share of the year elapsed: reports give both
      Fraction calendar = schedule == null || schedule.isEven() ? null : TimeProgress.share(null, at.months());
      if (ind.type() != IndicatorType.FLOW || t.measure() == Measure.GROWTH) {
        String note = t.measure() == Measure.GROWTH
            ? "year-to-date growth over " + at.base() + ", judged against the annual target"
            : "year-to-date " + at + ": " + (ind.type() == IndicatorType.STOCK ? "a stock" : "a rate")
                + " is judged as it stands";
        return new Scaled(lo.value(), hi.value(), Fraction.of(tolerance), shown(t.threshold()), share, calendar, false,
            note);
      }
      Fraction portion = share.dividedBy(Rounding.HUNDRED);
      String note = !lo.fixed() && !hi.fixed()
          ? "year-to-date " + at + ": the referenced figures are taken at " + at + ", not scaled"
          : null;
      return new Scaled(lo.fixed() ? portion.times(lo.number()) : lo.value(),
          hi.fixed() ? portion.times(hi.number()) : hi.value(), portion.times(tolerance), shown(t.threshold()), share,
          calendar, true, note);
    }

    /**
     * The result of measurement {@code m} judged against {@code scaled}: status, gap, attainment,
     * time progress. The status compares the exact figure with the exact bounds (cross-multiplied
     * over one denominator); what reports show of them is {@link Shown}: rounded only where a
     * quotient does not terminate, the same on every row of a target, and never read against the
     * status. The gap is measured between the numbers shown.
     */
    private static Result judge(Target t, String entity, Period at, Unit unit, Measurement m, Resolved lo,
        Resolved hi, Scaled scaled, List<String> notes) {
      Amount actual = m.actual();
      Fraction a = m.exact();
      BigDecimal k = scaled.denominator(a);
      Optional<Status> status = Judge.judge(actual.withNumber(over(a, k)), bound(scaled.atLeast(), lo, k),
          bound(scaled.atMost(), hi, k), over(scaled.tolerance(), k), t.severity());
      Fraction tolerance = t.threshold().tolerance() == null ? null : scaled.tolerance();
      // a bound known only as a bound is not shown as a number: its number is not the threshold
      Fraction atLeast = lo.isExact() ? scaled.atLeast() : null;
      Fraction atMost = hi.isExact() ? scaled.atMost() : null;
      boolean exact = actual.isExact() && lo.isExact() && hi.isExact();
      for (Resolved r : List.of(lo, hi)) {
        if (r.onlyAs() != null && status.isPresent() && !notes.contains(r.onlyAs())) {
          notes.add(r.onlyAs()); // a reference for both bounds, said once
        }
      }
      // attainment is a ratio of two levels: never of two rates (growth, or a figure in %, ‰ or pp)
      boolean ratio = t.measure() != Measure.GROWTH && !unit.isRate() && t.indicator().type() != IndicatorType.RATE;
      Shown.Numbers shown = status.isEmpty()
          ? scaled.shown().common(a, atLeast, atMost, tolerance)
          : scaled.shown().of(a, atLeast, atMost, tolerance);
      Progress progress = null;
      if (scaled.share() != null) {
        BigDecimal elapsed = scaled.share().round(1);
        if (!scaled.scaledFlow()) {
          progress = new Progress(elapsed, null, null, null);
        } else {
          progress = progress(elapsed, scaled, a, exact && status.isPresent(), ratio, lo, hi, shown);
        }
        if (scaled.calendar() != null) {
          progress = progress.bySchedule(scaled.calendar().round(1));
        }
      }
      if (status.isEmpty()) {
        List<String> why = new ArrayList<>();
        if (!actual.isExact()) {
          why.add(m.onlyAs(t.measure().key(), shown.actual()));
        }
        for (Resolved r : List.of(lo, hi)) {
          if (r.onlyAs() != null && !why.contains(r.onlyAs())) {
            why.add(r.onlyAs());
          }
        }
        return new Result(t, entity, at, Status.MISSING, null, actual.relation(), unit, null, shown.atLeast(),
            shown.atMost(), shown.tolerance(), null, null, progress, String.join("; ", why), notes);
      }
      BigDecimal gap = null;
      BigDecimal attainment = null;
      if (exact) {
        gap = Judge.gap(shown.actual(), new Judge.Bounds(shown.atLeast(), shown.atMost(), null));
        if (ratio) {
          attainment = progress != null && progress.expected() != null
              ? progress.attainment()
              : Judge.attainment(a, scaled.atLeast());
        }
      }
      return new Result(t, entity, at, status.get(), shown.actual(), actual.relation(), unit, m.source(),
          shown.atLeast(), shown.atMost(), shown.tolerance(), gap, attainment, progress, null, notes);
    }

    /**
     * The time progress of a flow's figure {@code a} (exact when {@code exact}) judged against its
     * bounds scaled to the elapsed share: the share due ({@code expected}, the floor's, else the
     * ceiling's, as shown), attainment of the annual floor and how far ahead of the share that is;
     * but a figure over the share of the ceiling is not "ahead": for it, the figure as a share of
     * the annual ceiling and how far over the share due that is.
     */
    private static Progress progress(BigDecimal elapsed, Scaled scaled, Fraction a, boolean exact, boolean ratio,
        Resolved lo, Resolved hi, Shown.Numbers shown) {
      BigDecimal expected = lo.fixed() ? shown.atLeast() : hi.fixed() ? shown.atMost() : null;
      BigDecimal attainment = ratio && lo.fixed() && exact ? Judge.attainment(a, lo.value()) : null;
      boolean overCeiling = exact && scaled.atMost() != null && a.compareTo(scaled.atMost()) > 0;
      if (overCeiling) {
        BigDecimal ofCeiling = null;
        BigDecimal over = null;
        if (ratio && hi.fixed() && hi.number().signum() > 0) {
          ofCeiling = Rounding.percentOf(a, hi.number(), 1);
          over = pastTheShare(ofCeiling, elapsed, a, hi.number(), scaled.share());
        }
        return new Progress(elapsed, expected, attainment, null, ofCeiling, over);
      }
      BigDecimal ahead = attainment == null ? null : pastTheShare(attainment, elapsed, a, lo.number(), scaled.share());
      return new Progress(elapsed, expected, attainment, ahead);
    }

    /**
     * The period to judge: the target's; for a year target, {@code --as-of} when it falls in that
     * year, else the latest period of that year (the year itself, or a year-to-date period) in the
     * data for this indicator and entity that has what the measure needs: a level for value; the
     * level and the base period's level for change; a growth rate, or (nominal growth) the level
     * and the base period's level, for growth.
     * A later period of the year that has not is named in a remark. With none, the year itself
     * (MISSING, with the reason that period gives), or the latest period of the year present.
     */
    private Judged evaluatedPeriod(Target t, String entity) {
      Period p = t.period();
      if (!p.isYear()) {
        return new Judged(p, null);
      }
      Period asOf = options.asOf();
      if (asOf != null && asOf.year() == p.year()) {
        return new Judged(asOf, null);
      }
      if (usable(t, entity, p)) { // the year's own figure, as most are: no look at the periods before it
        return new Judged(p, null);
      }
      String id = t.indicator().id();
      NavigableSet<Period> present = figures.periods(entity, id);
      Period later = null;
      for (Period q : present.headSet(p, true).descendingSet()) {
        if (q.year() != p.year()) {
          break;
        }
        if (usable(t, entity, q)) {
          if (later == null && !q.equals(p)) { // the year's row left blank (a template filled month by month): say so
            return new Judged(q, figures.blankAt(entity, id, p).map(l -> p + " left blank (" + l + "): judged on " + q)
                .orElse(null));
          }
          return new Judged(q, later == null ? null : lacks(t, entity, later) + ": judged on " + q);
        }
        if (later == null) {
          later = q;
        }
      }
      return new Judged(later == null || figures.get(entity, id, p).isPresent() ? p : later, null);
    }

    /**
     * A remark when the level of flow {@code ind} at {@code q} is below the level of an earlier
     * period of its year (the latest such): year-to-date figures (累计) of a flow do not fall, so
     * these are most likely the month's alone (当月), or a mistake. Levels below zero (a loss) are
     * left alone; levels are compared exactly, in the indicator's unit; {@code null} when none fell.
     * (No cell is named: of identical repeats the one kept depends on the order of the rows.)
     */
    private String fell(Indicator ind, String entity, Period q) {
      Figure f = figures.get(entity, ind.id(), q).orElse(null);
      if (f == null || f.value() == null || !f.value().isExact() || f.value().number().signum() < 0) {
        return null;
      }
      NavigableSet<Period> periods = figures.periods(entity, ind.id());
      Period before = periods.lower(q);
      if (before == null || before.year() != q.year()) {
        return null; // (nothing earlier in the year: most series)
      }
      BigDecimal level = f.unit().convert(f.value().number(), ind.unit());
      for (Period p : periods.headSet(q, false).descendingSet()) {
        if (p.year() != q.year()) {
          break;
        }
        Figure e = figures.get(entity, ind.id(), p).orElse(null);
        if (e != null && e.value() != null && e.value().isExact()
            && e.unit().convert(e.value().number(), ind.unit()).compareTo(level) > 0) {
          return "year-to-date level fell: " + q + " " + amount(f) + " is below " + p + " " + amount(e)
              + "; monthly (当月) figures, not cumulative (累计)?";
        }
      }
      return null;
    }

    private static String amount(Figure f) {
      return f.value().number().toPlainString() + " " + f.unit().symbol();
    }

    /**
     * {@code  (the data has 洛隆: the same?)} when an entity of the data is {@code entity} shortened or
     * lengthened at its end (洛隆 and 洛隆县, 八宿 and 八宿县), else "".
     */
    private String similar(String entity) {
      if (entity.length() < 2) {
        return "";
      }
      List<String> like = new ArrayList<>();
      for (String e : figures.entities()) {
        if (e.length() >= 2 && !e.equals(entity) && (e.startsWith(entity) || entity.startsWith(e))) {
          like.add(e);
        }
      }
      return like.isEmpty() ? "" : " (the data has " + String.join(", ", like.subList(0, Math.min(3, like.size())))
          + (like.size() > 3 ? " …" : "") + ": the same?)";
    }

    /** Whether the figure of {@code q} has what the target's measure needs (see {@link #evaluatedPeriod}). */
    private boolean usable(Target t, String entity, Period q) {
      Indicator ind = t.indicator();
      Figure f = figures.get(entity, ind.id(), q).orElse(null);
      if (f == null) {
        return false;
      }
      if (t.measure() == Measure.VALUE) {
        return f.value() != null;
      }
      if (t.measure() == Measure.GROWTH && f.growth() != null) {
        return true;
      }
      if (t.measure() == Measure.GROWTH && ind.growth() == GrowthBasis.REAL) {
        return false;
      }
      return f.value() != null && hasBaseLevel(entity, ind, q);
    }

    private boolean hasBaseLevel(String entity, Indicator ind, Period q) {
      Figure base = figures.get(entity, ind.id(), q.base()).orElse(null);
      return base != null && base.value() != null;
    }

    /**
     * What the figure of {@code q} lacks for the target's measure, as a remark begins, naming the
     * level cell left blank where there is one: {@code 2024 has only a growth rate (level left
     * blank, a.csv:4:3)}, {@code 2024-09 has no 2023-09 level (left blank, a.csv:3:3)}.
     */
    private String lacks(Target t, String entity, Period q) {
      String id = t.indicator().id();
      if (t.measure() != Measure.GROWTH) {
        boolean level = figures.get(entity, id, q).map(f -> f.value() != null).orElse(false);
        if (!level) {
          return q + " has only a growth rate" + leftBlank("level left blank, ", entity, id, q);
        }
        return q + " has no " + q.base() + " level" + leftBlank("left blank, ", entity, id, q.base());
      }
      return t.indicator().growth() == GrowthBasis.REAL
          ? q + " has no growth rate (real growth: levels not used)"
          : q + " has no growth rate and no " + q.base() + " level" + leftBlank("left blank, ", entity, id, q.base());
    }

    /** {@code " (" + what + cell + ")"} for the blank cell of {@code p}'s missing level, or "". */
    private String leftBlank(String what, String entity, String indicator, Period p) {
      return figures.levelLeftBlank(entity, indicator, p).map(at -> " (" + what + at + ")").orElse("");
    }

    /**
     * The latest period of the target's year that some entity's figure is judged on by {@link
     * #evaluatedPeriod} (one that has what the measure needs), or null.
     */
    private Period latestOfAll(Target t) {
      Period year = t.period();
      return latestOfAll.computeIfAbsent(t.indicator().id() + "\u0000" + t.measure() + "\u0000" + year, k -> {
        Period latest = null;
        for (String e : figures.entities()) {
          for (Period p : figures.periods(e, t.indicator().id()).headSet(year, true).descendingSet()) {
            if (p.year() != year.year() || latest != null && p.compareTo(latest) <= 0) {
              break;
            }
            if (usable(t, e, p)) {
              latest = p;
              break;
            }
          }
        }
        return latest;
      });
    }

    private Resolved resolve(Bound b, String entity, Period at, Unit unit) {
      if (b == null) {
        return new Resolved(null, false, null, Relation.EQ, null);
      }
      if (b instanceof Bound.Fixed f) {
        return new Resolved(Fraction.of(f.number()), true, null, Relation.EQ, null);
      }
      Bound.Reference ref = (Bound.Reference) b;
      String what = "reference " + ref.indicator() + " " + ref.measure().key() + ": ";
      Optional<Indicator> ind = targets.indicator(ref.indicator());
      if (ind.isEmpty()) {
        return new Resolved(null, false, what + "unknown indicator", Relation.EQ, null);
      }
      Measurement m = measurer.measure(ind.get(), ref.measure(), entity, at, unit);
      if (m.isMissing()) {
        return new Resolved(null, false, what + m.reason(), Relation.EQ, null);
      }
      Fraction n = m.exact();
      boolean converted = ref.measure() == Measure.GROWTH && !unit.symbol().equals("%");
      if (converted) {
        // a growth rate in a ‰ threshold: 8 % is 80 ‰ (and <8 % is <80 ‰)
        n = Fraction.of(UnitTable.percent().convert(m.actual().number(), unit));
      }
      // a figure known only as a bound gives a bound known only as one: judged where it decides
      Relation relation = m.actual().relation();
      Fraction value = n.plus(Fraction.of(ref.plus()));
      return new Resolved(value, false, null, relation,
          relation.isBound() ? onlyAs(ref, m, value, unit, converted) : null);
    }

    /**
     * What a reference resolved to a bound says: {@code reference gdp growth: reported only as < 5};
     * with a {@code plus}, the bound it makes and where that comes from, {@code reference gdp growth
     * +2: < 7 (reported only as < 5)}. The bound is shown exactly, or (a unit conversion that does not
     * terminate) rounded outward, so it stays true; with the unit when the reported figure was
     * converted to the threshold's (a growth rate in ‰).
     */
    private static String onlyAs(Bound.Reference ref, Measurement m, Fraction value, Unit unit, boolean converted) {
      String what = "reference " + ref.indicator() + " " + ref.measure().key();
      String reported = m.onlyAs(ref.measure().key(), m.actual().number());
      if (ref.plus().signum() == 0) {
        return what + ": " + reported;
      }
      Relation relation = m.actual().relation();
      BigDecimal bound = value.exactly();
      if (bound == null) {
        bound = value.round(4, relation.isUpper() ? RoundingMode.CEILING : RoundingMode.FLOOR).stripTrailingZeros();
      }
      String plus = (ref.plus().signum() > 0 ? "+" : "−") + ref.plus().abs().toPlainString();
      return what + " " + plus + ": " + relation.symbol() + " " + bound.toPlainString()
          + (converted ? unit.symbol() : "") + " (" + reported + ")";
    }
  }

  private static BigDecimal tolerance(Threshold th) {
    return th.tolerance() == null ? BigDecimal.ZERO : th.tolerance();
  }

  /**
   * How the numbers of results for {@code th} are shown: a quotient that does not terminate is
   * rounded to two more decimals than the threshold's numbers are written with (the bounds written
   * as numbers, the tolerance), and a scaled one is exact when it terminates within four more.
   */
  private static Shown shown(Threshold th) {
    int written = 0;
    for (Bound b : new Bound[] {th.atLeast(), th.atMost()}) {
      if (b instanceof Bound.Fixed f) {
        written = Math.max(written, Rounding.decimals(f.number()));
      }
    }
    if (th.tolerance() != null) {
      written = Math.max(written, Rounding.decimals(th.tolerance()));
    }
    return Shown.forWritten(written);
  }

  /** The bound {@code x} (resolved as {@code r}) times {@code k}, on its side when known only as a bound; or null. */
  private static Amount bound(Fraction x, Resolved r, BigDecimal k) {
    return x == null ? null : new Amount(over(x, k), r.relation());
  }

  /** {@code x × k}, exact ({@code k} is a multiple of x's denominator), or null. */
  private static BigDecimal over(Fraction x, BigDecimal k) {
    return x == null ? null : x.numerator().multiply(k).divide(x.denominator());
  }

  /**
   * How far past the share of the year a year-to-date figure is, in percentage points: its share of
   * the annual bound minus the elapsed share, both as shown; when the two show equal but the figure
   * is not exactly on the share (3149 万斤 of 5400 in July: 58.3 % and 58.3 %, 3150 due), or show
   * the other way round, the exact difference with as many decimals as it takes to show its sign
   * (-0.02). Its sign is then always the verdict's: the figure against the exact share of the annual
   * bound.
   *
   * @param percent the figure as % of {@code annual}, as shown
   */
  private static BigDecimal pastTheShare(BigDecimal percent, BigDecimal elapsed, Fraction figure, BigDecimal annual,
      Fraction share) {
    BigDecimal shown = percent.subtract(elapsed);
    Fraction exact = new Fraction(figure.numerator().multiply(Rounding.HUNDRED), figure.denominator().multiply(annual))
        .minus(share);
    return shown.signum() == exact.signum() ? shown : Rounding.roundKeepingSign(exact, 1);
  }

  /**
   * The period a result is judged on, and the remark naming a later period of the year that could
   * not be used ({@code 2024 has only a growth rate: judged on 2024-06}), or {@code null}.
   */
  private record Judged(Period period, String skipped) {}

  /**
   * A bound resolved to its exact value ({@code fixed} when written as a number, then with
   * denominator 1), or why it cannot be. A reference to a figure reported only as a bound ({@code
   * <5}) resolves to that bound: {@code relation} is its side (else {@link Relation#EQ}) and {@code
   * onlyAs} says so ({@code reference gdp growth: reported only as < 5}; with a {@code plus},
   * {@code reference gdp growth +2: < 7 (reported only as < 5)}; else {@code null}).
   */
  private record Resolved(Fraction value, boolean fixed, String reason, Relation relation, String onlyAs) {
    boolean isExact() {
      return relation == Relation.EQ;
    }

    /** The number as written, for a fixed bound. */
    BigDecimal number() {
      return value.numerator();
    }
  }

  /**
   * What a figure is judged against: the bounds and tolerance as exact fractions (a decimal as
   * written has denominator 1; under time progress a flow's fixed bound is annual × share ÷ 100),
   * how results show them ({@link Shown}), the share of the year due ({@code null} unless year to
   * date), under a schedule the share of the calendar year elapsed ({@code null} when the share due
   * is the calendar's), whether the bounds were scaled by the share due, and the note that explains
   * them ({@code null} when none is needed).
   */
  private record Scaled(Fraction atLeast, Fraction atMost, Fraction tolerance, Shown shown, Fraction share,
      Fraction calendar, boolean scaledFlow, String note) {
    /**
     * A common denominator of the bounds, the tolerance and the figure {@code a}: a product of
     * theirs, each taken unless the product so far is already a multiple of it.
     */
    BigDecimal denominator(Fraction a) {
      BigDecimal k = BigDecimal.ONE;
      for (Fraction f : new Fraction[] {tolerance, atLeast, atMost, a}) {
        if (f != null && k.remainder(f.denominator()).signum() != 0) {
          k = k.multiply(f.denominator());
        }
      }
      return k;
    }
  }
}
