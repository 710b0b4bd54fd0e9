package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.FindingStatus;
import dev.attain.model.Finding;
import dev.attain.model.Indicator;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Schedule;
import dev.attain.model.Severity;
import dev.attain.model.Status;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/** Properties of the engine's arithmetic: growth, units, judging, schedules. */
class ArithmeticPropertiesTest {
  private static final List<Unit> MASS = UnitTable.builtIn().all().stream()
      .filter(u -> u.dimension().equals("mass")).toList();

  /** A positive level written with 0 to 4 decimals. */
  @Provide
  Arbitrary<BigDecimal> levels() {
    return Combinators.combine(Arbitraries.longs().between(1, 9_999_999_999L), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  /** Any decimal, up to 6 decimals. */
  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.longs().between(-9_999_999_999L, 9_999_999_999L),
        Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<Unit> massUnits() {
    return Arbitraries.of(MASS);
  }

  @Provide
  Arbitrary<Unit> anyUnit() {
    return Arbitraries.of(List.copyOf(UnitTable.builtIn().all()));
  }

  @Property(tries = 500)
  void growthRoundedFromTwoLevelsIsConsistentWithThem(
      @ForAll("levels") BigDecimal v, @ForAll("massUnits") Unit uv,
      @ForAll("levels") BigDecimal b, @ForAll("massUnits") Unit ub,
      @ForAll @IntRange(min = 0, max = 3) int d) {
    BigDecimal g = Rounding.growth(v.multiply(uv.factor()), b.multiply(ub.factor()), d);
    Figure cur = new Figure("甲", "x", Period.year(2024), Amount.exact(v), uv, Amount.exact(g), null);
    Figure base = new Figure("甲", "x", Period.year(2023), Amount.exact(b), ub, null, null);
    Finding f = ConsistencyChecker.check(cur, base, Indicator.of("x", "x", uv));
    assertThat(f.status()).isEqualTo(FindingStatus.CONSISTENT);
    assertThat(f.computed()).isEqualTo(g);
  }

  /**
   * The counting fast path (taken by the streaming check for an exact rate on exact levels of a
   * nominal indicator) agrees with the full check, near the boundary and far from it, base ≤ 0
   * included.
   */
  @Property(tries = 1000)
  void fastConsistencyTestAgreesWithTheFullCheck(
      @ForAll("levels") BigDecimal v, @ForAll("massUnits") Unit uv,
      @ForAll("decimals") BigDecimal b, @ForAll("massUnits") Unit ub,
      @ForAll @IntRange(min = 0, max = 3) int d, @ForAll @IntRange(min = -3, max = 3) int nudge) {
    BigDecimal g = b.signum() > 0
        ? Rounding.growth(v.multiply(uv.factor()), b.multiply(ub.factor()), d).add(BigDecimal.valueOf(nudge, d))
        : BigDecimal.valueOf(nudge, d);
    Figure cur = new Figure("甲", "x", Period.year(2024), Amount.exact(v), uv, Amount.exact(g), null);
    Figure base = new Figure("甲", "x", Period.year(2023), Amount.exact(b), ub, null, null);
    FindingStatus full = ConsistencyChecker.check(cur, base, Indicator.of("x", "x", uv)).status();
    boolean fast = ConsistencyChecker.isConsistent(g, v, uv, b, ub);
    Statistics.collect(fast);
    assertThat(fast).as("%s from %s %s to %s %s", g, b, ub, v, uv).isEqualTo(full == FindingStatus.CONSISTENT);
  }

  @Property(tries = 500)
  void conversionRoundTripsExactlyWhereItTerminates(
      @ForAll("decimals") BigDecimal x, @ForAll("anyUnit") Unit a, @ForAll("anyUnit") Unit b) {
    if (!a.convertsTo(b) || !terminates(a.factor(), b.factor()) || !terminates(b.factor(), a.factor())) {
      return;
    }
    BigDecimal there = a.convert(x, b);
    assertThat(b.convert(there, a)).isEqualByComparingTo(x);
  }

  private static boolean terminates(BigDecimal p, BigDecimal q) {
    try {
      p.divide(q);
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static int rank(Status s) {
    return switch (s) {
      case PASS -> 0;
      case WARN -> 1;
      default -> 2;
    };
  }

  @Property(tries = 1000)
  void aHigherActualNeverWorsensAnAtLeastVerdict(
      @ForAll("decimals") BigDecimal lo, @ForAll @LongRange(min = 0, max = 1000) long tol,
      @ForAll("decimals") BigDecimal m1, @ForAll("decimals") BigDecimal m2, @ForAll boolean warnSeverity) {
    Judge.Bounds b = new Judge.Bounds(lo, null, BigDecimal.valueOf(tol, 1));
    Severity sev = warnSeverity ? Severity.WARN : Severity.FAIL;
    BigDecimal low = m1.min(m2);
    BigDecimal high = m1.max(m2);
    assertThat(rank(Judge.status(high, b, sev))).isLessThanOrEqualTo(rank(Judge.status(low, b, sev)));
    Judge.Bounds ceiling = new Judge.Bounds(null, lo, BigDecimal.valueOf(tol, 1));
    assertThat(rank(Judge.status(low, ceiling, sev))).isLessThanOrEqualTo(rank(Judge.status(high, ceiling, sev)));
  }

  @Provide
  Arbitrary<Relation> boundRelations() {
    return Arbitraries.of(Relation.LT, Relation.LE, Relation.GT, Relation.GE);
  }

  /** A verdict on a bound holds for every figure the bound allows. */
  @Property(tries = 1000)
  void aSettledBoundHoldsForEveryFigureItAllows(
      @ForAll @IntRange(min = -20, max = 20) int lo, @ForAll @IntRange(min = 0, max = 20) int width,
      @ForAll @IntRange(min = 0, max = 5) int tol, @ForAll @IntRange(min = 0, max = 2) int which,
      @ForAll("boundRelations") Relation r, @ForAll @IntRange(min = -30, max = 30) int n,
      @ForAll @IntRange(min = 0, max = 80) int step) {
    BigDecimal a = which == 1 ? null : BigDecimal.valueOf(lo);
    BigDecimal c = which == 0 ? null : BigDecimal.valueOf(lo + width);
    Judge.Bounds b = new Judge.Bounds(a, c, BigDecimal.valueOf(tol));
    Optional<Status> settled = Judge.judge(new Amount(BigDecimal.valueOf(n), r), b, Severity.FAIL);
    if (settled.isEmpty()) {
      return;
    }
    // a figure on the allowed side, in quarter steps (the bound itself when not strict)
    BigDecimal offset = BigDecimal.valueOf(step, 0).multiply(new BigDecimal("0.25"));
    if (offset.signum() == 0 && (r == Relation.LT || r == Relation.GT)) {
      offset = new BigDecimal("0.001");
    }
    BigDecimal m = r.isUpper() ? BigDecimal.valueOf(n).subtract(offset) : BigDecimal.valueOf(n).add(offset);
    assertThat(Judge.status(m, b, Severity.FAIL)).isEqualTo(settled.get());
  }

  /**
   * Under time progress a flow's verdict is the exact comparison figure × 12 ≥ annual × months,
   * whatever decimals the annual threshold is written with; the shown year-to-date threshold and
   * the gap measured from it agree with the verdict.
   */
  @Property(tries = 1000)
  void aYearToDateVerdictIsExactAndItsShownThresholdAgreesWithIt(
      @ForAll("levels") BigDecimal annual, @ForAll @IntRange(min = 0, max = 3) int extraZeros,
      @ForAll @IntRange(min = 1, max = 11) int months, @ForAll @IntRange(min = -3000, max = 3000) int nudge,
      @ForAll @IntRange(min = 0, max = 6) int figureDecimals) {
    Indicator greening = Indicator.of("greening", "国土绿化面积", UnitTable.builtIn().find("亩").orElseThrow());
    BigDecimal due = annual.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), figureDecimals,
        java.math.RoundingMode.HALF_UP);
    BigDecimal m = due.add(BigDecimal.valueOf(nudge, figureDecimals + 1)).setScale(figureDecimals + 1);
    Period ytd = new Period(2024, months);
    Status expected = m.multiply(BigDecimal.valueOf(12)).compareTo(annual.multiply(BigDecimal.valueOf(months))) >= 0
        ? Status.PASS : Status.FAIL;
    for (BigDecimal written : List.of(annual, annual.setScale(annual.scale() + extraZeros))) {
      dev.attain.model.Target t = dev.attain.model.Target.of(greening, dev.attain.model.Measure.VALUE,
          new dev.attain.model.Threshold(new dev.attain.model.Bound.Fixed(written), null, null, greening.unit()),
          Period.year(2024));
      dev.attain.model.Result r = Evaluator.evaluate(Fixtures.targets(List.of(greening), List.of(t)),
          Fixtures.table(new Figure("甲县", "greening", ytd, Amount.exact(m), greening.unit(), null,
              new dev.attain.model.Location("actuals.csv", 2, 3))), EvaluationOptions.defaults()).results().get(0);
      assertThat(r.status()).isEqualTo(expected);
      assertThat(m.compareTo(r.atLeast()) >= 0).isEqualTo(expected == Status.PASS);
      assertThat(r.gap()).isEqualByComparingTo(m.subtract(r.atLeast()));
      assertThat(r.gap().signum() >= 0).isEqualTo(expected == Status.PASS);
      assertThat(r.progress().expected()).isEqualByComparingTo(r.atLeast());
      // ahead or on schedule exactly when the figure reaches the share due
      assertThat(r.progress().ahead().signum() >= 0).isEqualTo(expected == Status.PASS);
      assertThat(r.progress().ahead().signum() == 0).isEqualTo(m.multiply(BigDecimal.valueOf(12))
          .compareTo(annual.multiply(BigDecimal.valueOf(months))) == 0);
    }
  }

  /** A schedule as bureaus write one: up to four points, with up to three decimals, months between them. */
  @Provide
  Arbitrary<Schedule> unevenSchedules() {
    Arbitrary<List<Integer>> months = Arbitraries.integers().between(1, 11).set().ofMinSize(1).ofMaxSize(4)
        .map(s -> s.stream().sorted().toList());
    return months.flatMap(ms -> Combinators.combine(Arbitraries.integers().between(1, 99_999).list().ofSize(ms.size()),
        Arbitraries.integers().between(0, 3)).as((vs, decimals) -> {
          List<Integer> sorted = vs.stream().sorted().toList();
          TreeMap<Integer, BigDecimal> points = new TreeMap<>();
          for (int i = 0; i < ms.size(); i++) {
            // 1 to 99 999 thousandths of a percent, cut to 0 to 3 decimals
            points.put(ms.get(i), BigDecimal.valueOf(sorted.get(i), 3).setScale(decimals, java.math.RoundingMode.DOWN)
                .max(BigDecimal.valueOf(1, decimals)));
          }
          return new Schedule(points);
        }));
  }

  /** A figure near one of the points that matter: anchor 0 the floor's share, 1 its band's edge, 2 the ceiling's, 3 its edge. */
  record Near(int anchor, int decimals, int nudge) {}

  @Provide
  Arbitrary<List<Near>> rows() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(-3, 3)).as(Near::new).list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * Time progress on an uneven schedule (points with decimals, months between them interpolated),
   * for a floor, a ceiling or a range with or without a tolerance, in the figures' unit or converted
   * from 亩 to 公顷 (÷ 15), with figures on and around the share due and the edges of its tolerance:
   * <ul>
   *   <li>the verdict is the exact comparison;
   *   <li>the numbers shown never read against it: judged as shown they give the same status, and
   *       each gap from a bound has the sign of the exact difference (zero only when exactly on it);
   *   <li>every row shows the threshold and tolerance of the target as every other row does (a scaled
   *       one exact when it terminates within four more decimals than written, else half up to two
   *       more), and a converted figure so rounded too, except a row they would read against, which
   *       shows more decimals.
   * </ul>
   */
  @Property(tries = 1000)
  void yearToDateNumbersShownAgreeWithTheVerdictAndAreTheSameOnEveryRowTheyAgreeWith(
      @ForAll("unevenSchedules") Schedule schedule, @ForAll @IntRange(min = 1, max = 11) int months,
      @ForAll("levels") BigDecimal annual, @ForAll @IntRange(min = 0, max = 2) int kind,
      @ForAll @IntRange(min = -1, max = 3) int toleranceDecimals, @ForAll @IntRange(min = 0, max = 3000) int toleranceUnits,
      @ForAll boolean converted, @ForAll("rows") List<Near> near) {
    Unit mu = UnitTable.builtIn().find("亩").orElseThrow();
    Unit unit = converted ? UnitTable.builtIn().find("公顷").orElseThrow() : mu;
    Indicator greening = Indicator.of("greening", "国土绿化面积", mu).withSchedule(schedule);
    BigDecimal annualHi = annual.multiply(new BigDecimal("1.2")).setScale(annual.scale(), java.math.RoundingMode.UP);
    BigDecimal tolerance = toleranceDecimals < 0 ? null : BigDecimal.valueOf(toleranceUnits, toleranceDecimals);
    dev.attain.model.Threshold th = new dev.attain.model.Threshold(
        kind == 1 ? null : new dev.attain.model.Bound.Fixed(annual),
        kind == 0 ? null : new dev.attain.model.Bound.Fixed(kind == 1 ? annual : annualHi), tolerance, unit);
    dev.attain.model.Target t = dev.attain.model.Target.of(greening, dev.attain.model.Measure.VALUE, th,
        Period.year(2024));
    Fraction portion = TimeProgress.share(schedule, months).dividedBy(BigDecimal.valueOf(100));
    Fraction lo = kind == 1 ? null : portion.times(annual);
    Fraction hi = kind == 0 ? null : portion.times(kind == 1 ? annual : annualHi);
    Fraction tol = tolerance == null ? null : portion.times(tolerance);
    Fraction zero = Fraction.of(BigDecimal.ZERO);
    Fraction[] anchors = {lo, lo == null ? null : lo.minus(tol == null ? zero : tol), hi,
        hi == null ? null : hi.plus(tol == null ? zero : tol)};
    BigDecimal fifteen = BigDecimal.valueOf(15);
    List<Figure> figures = new java.util.ArrayList<>();
    List<Fraction> exact = new java.util.ArrayList<>();
    for (Near n : near) {
      Fraction anchor = anchors[n.anchor()] != null ? anchors[n.anchor()] : lo != null ? lo : hi;
      Fraction inMu = converted ? anchor.times(fifteen) : anchor; // the figure as written, in 亩
      BigDecimal m = inMu.round(n.decimals()).add(BigDecimal.valueOf(n.nudge(), n.decimals()));
      figures.add(new Figure("县" + figures.size(), "greening", new Period(2024, months), Amount.exact(m), mu, null,
          new dev.attain.model.Location("actuals.csv", figures.size() + 2, 3)));
      exact.add(converted ? new Fraction(m, fifteen) : Fraction.of(m));
    }
    List<dev.attain.model.Result> results = Evaluator.evaluate(Fixtures.targets(List.of(greening), List.of(t)),
        Fixtures.table(figures.toArray(Figure[]::new)), EvaluationOptions.defaults()).results();

    int written = Math.max(Math.max(annual.scale(), annualHi.scale()), tolerance == null ? 0 : tolerance.scale());
    int decimals = written + 2;
    BigDecimal commonLo = common(lo, decimals, written + 4);
    BigDecimal commonHi = common(hi, decimals, written + 4);
    BigDecimal commonTol = common(tol, decimals, written + 4);
    assertThat(results).hasSize(near.size());
    Statistics.label("rows whose numbers need more decimals")
        .coverage(c -> {
          c.check(true).percentage(p -> p > 1);
          c.check(false).percentage(p -> p > 50);
        });
    Statistics.label("status").coverage(c -> {
      for (Status s : List.of(Status.PASS, Status.WARN, Status.FAIL)) {
        c.check(s).percentage(p -> p > 10);
      }
    });
    for (int i = 0; i < results.size(); i++) {
      dev.attain.model.Result r = results.get(i);
      Fraction a = exact.get(i);
      Status expected = exactStatus(a, lo, hi, tol);
      String row = "row " + i + ": " + a + " against " + lo + " / " + hi + " ± " + tol;
      assertThat(r.status()).as(row).isEqualTo(expected);
      assertThat(readsTrue(r.actual(), r.atLeast(), r.atMost(), r.tolerance(), a, lo, hi, tol, expected)).as(row)
          .isTrue();
      assertThat(r.gap()).as(row).isEqualByComparingTo(
          Judge.gap(r.actual(), new Judge.Bounds(r.atLeast(), r.atMost(), null)));
      assertThat(r.progress().expected()).as(row).isEqualTo(lo != null ? r.atLeast() : r.atMost());
      assertThat(r.tolerance() == null).as(row).isEqualTo(tolerance == null);
      BigDecimal commonActual = a.denominator().compareTo(BigDecimal.ONE) == 0 ? a.numerator()
          : Optional.ofNullable(a.exactly()).orElseGet(() -> dev.attain.model.Decimals.strip(a.round(decimals)));
      boolean commonReadsTrue = readsTrue(commonActual, commonLo, commonHi, commonTol, a, lo, hi, tol, expected);
      BigDecimal[] shown = {r.actual(), r.atLeast(), r.atMost(), r.tolerance()};
      BigDecimal[] common = {commonActual, commonLo, commonHi, commonTol};
      // the property exercises both kinds of row, and every status
      Statistics.label("rows whose numbers need more decimals").collect(!commonReadsTrue);
      Statistics.label("status").collect(expected);
      for (int q = 0; q < shown.length; q++) {
        if (commonReadsTrue || shown[q] == null) {
          assertThat(shown[q]).as(row + ", number " + q).isEqualTo(common[q]);
        } else if (shown[q].compareTo(common[q]) != 0) {
          assertThat(shown[q].scale()).as(row + ", number " + q + ": " + shown[q]).isGreaterThan(decimals);
        }
      }
    }
  }

  /** The status of exact figure {@code a} against exact bounds, as SPEC §4.4 defines it (severity FAIL). */
  private static Status exactStatus(Fraction a, Fraction lo, Fraction hi, Fraction tol) {
    Fraction t = tol == null ? Fraction.of(BigDecimal.ZERO) : tol;
    if (lo != null && a.compareTo(lo) < 0) {
      return a.compareTo(lo.minus(t)) >= 0 ? Status.WARN : Status.FAIL;
    }
    if (hi != null && a.compareTo(hi) > 0) {
      return a.compareTo(hi.plus(t)) <= 0 ? Status.WARN : Status.FAIL;
    }
    return Status.PASS;
  }

  /** Judged as shown, the same status; each gap of the sign of the exact difference. */
  private static boolean readsTrue(BigDecimal shownA, BigDecimal shownLo, BigDecimal shownHi, BigDecimal shownTol,
      Fraction a, Fraction lo, Fraction hi, Fraction tol, Status expected) {
    if (lo != null && shownA.compareTo(shownLo) != a.compareTo(lo)) {
      return false;
    }
    if (hi != null && shownA.compareTo(shownHi) != a.compareTo(hi)) {
      return false;
    }
    return Judge.status(shownA, new Judge.Bounds(shownLo, shownHi, shownTol), Severity.FAIL) == expected;
  }

  /** A scaled number as every row shows it: exact within {@code limit} decimals, else half up to {@code decimals}. */
  private static BigDecimal common(Fraction x, int decimals, int limit) {
    if (x == null) {
      return null;
    }
    BigDecimal exactly = x.exactWithin(limit);
    return exactly != null ? exactly : dev.attain.model.Decimals.strip(x.round(decimals));
  }

  /** Attainment ≥ 100 exactly when the figure reaches its threshold. */
  @Property(tries = 1000)
  void attainmentReachesAHundredExactlyWhenTheFigureReachesTheThreshold(
      @ForAll("levels") BigDecimal atLeast, @ForAll @IntRange(min = -2000, max = 2000) int nudge,
      @ForAll @IntRange(min = 0, max = 6) int decimals) {
    BigDecimal actual = atLeast.add(BigDecimal.valueOf(nudge, decimals));
    BigDecimal a = Judge.attainment(actual, atLeast);
    assertThat(a.compareTo(BigDecimal.valueOf(100)) >= 0).isEqualTo(actual.compareTo(atLeast) >= 0);
    assertThat(a.scale()).isEqualTo(1);
  }

  @Provide
  Arbitrary<Schedule> schedules() {
    Arbitrary<List<Integer>> months = Arbitraries.integers().between(1, 11).set().ofMaxSize(6)
        .map(s -> s.stream().sorted().toList());
    return months.flatMap(ms -> Arbitraries.integers().between(0, 1000).list().ofSize(ms.size()).map(vs -> {
      List<Integer> sorted = vs.stream().sorted().toList();
      TreeMap<Integer, BigDecimal> points = new TreeMap<>();
      for (int i = 0; i < ms.size(); i++) {
        points.put(ms.get(i), BigDecimal.valueOf(sorted.get(i), 1));
      }
      return new Schedule(points);
    }));
  }

  @Property(tries = 300)
  void scheduleInterpolationIsMonotoneFromZeroToAHundred(@ForAll("schedules") Schedule s) {
    assertThat(TimeProgress.share(s, 0).compareTo(BigDecimal.ZERO)).isZero();
    assertThat(TimeProgress.share(s, 12).compareTo(BigDecimal.valueOf(100))).isZero();
    for (int m = 1; m <= 12; m++) {
      assertThat(TimeProgress.share(s, m)).isGreaterThanOrEqualTo(TimeProgress.share(s, m - 1));
    }
    for (Map.Entry<Integer, BigDecimal> p : s.points().entrySet()) {
      assertThat(TimeProgress.share(s, p.getKey()).compareTo(p.getValue())).isZero();
    }
  }
}
