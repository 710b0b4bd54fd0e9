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

  /** The counting fast path agrees with the full check, near the boundary and far from it. */
  @Property(tries = 1000)
  void fastConsistencyTestAgreesWithTheFullCheck(
      @ForAll("levels") BigDecimal v, @ForAll("massUnits") Unit uv,
      @ForAll("decimals") BigDecimal b, @ForAll("massUnits") Unit ub,
      @ForAll @IntRange(min = 0, max = 3) int d, @ForAll @IntRange(min = -3, max = 3) int nudge,
      @ForAll boolean real, @ForAll boolean bound) {
    BigDecimal g = b.signum() > 0
        ? Rounding.growth(v.multiply(uv.factor()), b.multiply(ub.factor()), d).add(BigDecimal.valueOf(nudge, d))
        : BigDecimal.valueOf(nudge, d);
    Amount rate = bound ? new Amount(g, Relation.GT) : Amount.exact(g);
    Figure cur = new Figure("甲", "x", Period.year(2024), Amount.exact(v), uv, rate, null);
    Figure base = new Figure("甲", "x", Period.year(2023), Amount.exact(b), ub, null, null);
    Indicator ind = Indicator.of("x", "x", uv);
    if (real) {
      ind = ind.withGrowth(dev.attain.model.GrowthBasis.REAL);
    }
    assertThat(ConsistencyChecker.isConsistent(cur, base, ind))
        .isEqualTo(ConsistencyChecker.check(cur, base, ind).status() == FindingStatus.CONSISTENT);
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
