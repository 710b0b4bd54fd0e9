package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Relation;
import dev.attain.model.TargetSet;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks reported growth rates against the levels (SPEC §4.7).
 *
 * <p>A rate {@code r} published with {@code d} decimals stands for any growth in {@code [r − ½·10^−d,
 * r + ½·10^−d]}. Levels {@code v} and {@code b}, each exact only to half a unit in its last written
 * digit, allow growth from {@code ((v − ½u₁)/(b + ½u₂) − 1) × 100} to {@code ((v + ½u₁)/(b − ½u₂) −
 * 1) × 100}. The rate is consistent when the two ranges meet (both taken as closed: the benefit of
 * the doubt goes to the publisher). The comparison is done by cross-multiplying, exactly; levels in
 * different units are compared in the dimension's base unit, each with the half-unit of its own
 * unit.
 *
 * <p>A row is checked when it reports a rate and both its period and the base period have a level.
 * Rows reporting a rate without both levels give no finding (there is nothing to check them
 * against). A rate reported only as a bound ({@code <12}) is consistent when some growth the
 * levels allow lies within the bound (taken exactly: {@code <12} is below 12, {@code ≤12} at most
 * 12), inconsistent when none does.
 *
 * <p>A finding's evidence never contradicts it: the note gives the range the levels allow rounded
 * outward at one more decimal than the rate, and, for an inconsistent rate, the end facing the rate
 * at as many more as it takes not to reach the rate (nor the bound). The growth the levels give is
 * shown at the rate's decimals (one more where that shows the difference); for a bound, with at
 * least one decimal (more where the indicator's decimals or the bound's are more), and for an
 * inconsistent bound with as many more as it takes to lie beyond it. Real-growth indicators, levels reported only as a bound and
 * base levels ≤ 0 give UNCHECKABLE findings; those of real-growth indicators are counted per
 * indicator ({@link RealGrowthRates}) and made into findings only to be listed ({@code
 * --findings all}).
 */
public final class ConsistencyChecker {
  private ConsistencyChecker() {}

  /**
   * The findings for every figure of {@code figures} that reports a growth rate, in data order.
   *
   * @param entities only these entities; empty for all
   */
  public static List<Finding> check(TargetSet targets, FigureTable figures, Set<String> entities) {
    return rates(targets, figures, entities, FindingsMode.ALL).listed();
  }

  /**
   * The growth rates of {@code figures} checked and counted, listing what {@code mode} lists (in
   * data order): under {@link FindingsMode#PROBLEMS} the inconsistent and uncheckable ones, except
   * the rates of real-growth indicators, which are only counted per indicator; under {@link
   * FindingsMode#ALL} every one, real-growth rates also counted per indicator. (The whole-table
   * check, against which the streaming one is tested; that one makes no finding it need not list.)
   *
   * @param entities only these entities; empty for all
   */
  public static CheckedRates rates(TargetSet targets, FigureTable figures, Set<String> entities, FindingsMode mode) {
    CheckedRates.Tally tally = new CheckedRates.Tally();
    List<Finding> listed = new ArrayList<>();
    for (Figure f : figures.all()) {
      if (f.growth() == null || !(entities.isEmpty() || entities.contains(f.entity()))) {
        continue;
      }
      Figure base = figures.get(f.entity(), f.indicator(), f.period().base()).orElse(null);
      if (f.value() == null || base == null || base.value() == null) {
        continue;
      }
      Indicator ind = targets.indicator(f.indicator()).orElse(null);
      tally.count(check(f, base, ind), ind, mode, listed);
    }
    return tally.rates(listed, targets);
  }

  /**
   * Whether {@link #check(Figure, Figure, Indicator)} would find an exact rate {@code r} (%) CONSISTENT
   * against exact level {@code v} in {@code vu} and base level {@code b} in {@code bu}, for an
   * indicator of nominal growth: the same cross-multiplied comparison, without the divisions that
   * only the finding's note and computed rate need (most rates are consistent and, unless {@code
   * --findings all}, only counted). Not for a rate or level published as a bound, nor for real growth:
   * those always go to {@code check}.
   */
  static boolean isConsistent(BigDecimal r, BigDecimal v, Unit vu, BigDecimal b, Unit bu) {
    BigDecimal hv = Rounding.halfUnit(v);
    BigDecimal hb = Rounding.halfUnit(b);
    BigDecimal fv = vu.factor();
    BigDecimal fb = bu.factor();
    if (fv.compareTo(fb) != 0) {
      // different units: compare in the base unit (in one unit the factor cancels out)
      v = v.multiply(fv);
      hv = hv.multiply(fv);
      b = b.multiply(fb);
      hb = hb.multiply(fb);
    }
    if (b.signum() <= 0) {
      return false;
    }
    BigDecimal hr = Rounding.halfUnit(r);
    BigDecimal hundred = Rounding.HUNDRED;
    return v.add(hv).multiply(hundred).compareTo(r.subtract(hr).add(hundred).multiply(b.subtract(hb))) >= 0
        && v.subtract(hv).multiply(hundred).compareTo(r.add(hr).add(hundred).multiply(b.add(hb))) <= 0;
  }

  /** Largest unscaled level and rate, and largest scales, that {@link #isConsistent(long, int, long, int, long, int)} takes. */
  private static final long MAX_LEVEL = 1_000_000_000_000L;
  private static final long MAX_RATE = 1_000_000_000L;
  private static final int MAX_LEVEL_SCALE = 6;
  private static final int MAX_RATE_SCALE = 4;
  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Answers of {@link #isConsistent(long, int, long, int, long, int)}. */
  static final int YES = 1;
  static final int NO = 0;
  static final int TOO_LARGE = -1;

  /**
   * {@link #isConsistent(BigDecimal, BigDecimal, Unit, BigDecimal, Unit)} for exact numbers in one
   * unit given as unscaled value and scale ({@code r = rUnscaled × 10^−rScale} …), in 128-bit
   * integer arithmetic, with no objects made: the common case of the streaming check.
   *
   * <p>With {@code X = 10·v ± 5} (the level and its half-unit, in tenths of its last digit) and
   * the same for the base and the rate, both conditions become comparisons of integer products:
   * {@code (10vU+5)·10^(sr+sb+4) ≥ (10rU−5+10^(sr+3))·10^(sv+1)·(10bU−5)} and {@code
   * (10vU−5)·10^(sr+sb+4) ≤ (10rU+5+10^(sr+3))·10^(sv+1)·(10bU+5)}.
   *
   * @return {@link #YES}, {@link #NO}, or {@link #TOO_LARGE} when a number or scale is beyond
   *     what 128 bits hold here (levels of 12 digits and 6 decimals, rates of 9 digits and 4
   *     decimals): then ask the {@link BigDecimal} method
   */
  static int isConsistent(long rUnscaled, int rScale, long vUnscaled, int vScale, long bUnscaled, int bScale) {
    if (rScale < 0 || rScale > MAX_RATE_SCALE || vScale < 0 || vScale > MAX_LEVEL_SCALE || bScale < 0
        || bScale > MAX_LEVEL_SCALE || Math.abs(rUnscaled) > MAX_RATE || Math.abs(vUnscaled) > MAX_LEVEL
        || Math.abs(bUnscaled) > MAX_LEVEL) {
      return TOO_LARGE;
    }
    if (bUnscaled <= 0) {
      return NO;
    }
    long m = POW10[rScale + bScale + 4]; // 100 · 10^(sr+1) · 10^(sb+1)
    long sv = POW10[vScale + 1];
    long hundred = POW10[rScale + 3]; // 100 in tenths of the rate's last digit
    // (v + hv)·100 ≥ (r − hr + 100)·(b − hb)
    long lowRate = (10 * rUnscaled - 5 + hundred) * sv;
    if (compare128(10 * vUnscaled + 5, m, lowRate, 10 * bUnscaled - 5) < 0) {
      return NO;
    }
    // (v − hv)·100 ≤ (r + hr + 100)·(b + hb)
    long highRate = (10 * rUnscaled + 5 + hundred) * sv;
    return compare128(10 * vUnscaled - 5, m, highRate, 10 * bUnscaled + 5) <= 0 ? YES : NO;
  }

  /** The sign of {@code a·b − c·d}, the products taken exactly (128 bits). */
  private static int compare128(long a, long b, long c, long d) {
    long hi1 = Math.multiplyHigh(a, b);
    long hi2 = Math.multiplyHigh(c, d);
    if (hi1 != hi2) {
      return hi1 < hi2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /** The finding for {@code f}, which reports a rate and a level, against {@code base}'s level. */
  static Finding check(Figure f, Figure base, Indicator indicator) {
    String name = indicator == null ? f.indicator() : indicator.name();
    Amount rate = f.growth();
    BigDecimal r = rate.number();
    if (indicator != null && indicator.growth() == GrowthBasis.REAL) {
      return finding(f, name, null, FindingStatus.UNCHECKABLE, RealGrowthRates.REASON);
    }
    if (!f.value().isExact() || !base.value().isExact()) {
      return finding(f, name, null, FindingStatus.UNCHECKABLE, "a level is reported only as a bound: not checkable");
    }
    BigDecimal v = f.value().number().multiply(f.unit().factor());
    BigDecimal b = base.value().number().multiply(base.unit().factor());
    if (b.signum() <= 0) {
      return finding(f, name, null, FindingStatus.UNCHECKABLE, "base level ≤ 0: growth undefined");
    }
    BigDecimal hv = Rounding.halfUnit(f.value().number()).multiply(f.unit().factor());
    BigDecimal hb = Rounding.halfUnit(base.value().number()).multiply(base.unit().factor());
    BigDecimal vLo = v.subtract(hv);
    BigDecimal vHi = v.add(hv);
    BigDecimal bLo = b.subtract(hb); // > 0: b is at least one unit of its last digit
    BigDecimal bHi = b.add(hb);
    BigDecimal hundred = Rounding.HUNDRED;
    // the levels' highest growth against the rate's lowest: vHi/bLo·100 − 100 against rLo, i.e.
    // vHi·100 against (rLo + 100)·bLo; and their lowest growth against the rate's highest
    int highest;
    int lowest;
    if (rate.isExact()) {
      BigDecimal hr = Rounding.halfUnit(r);
      highest = vHi.multiply(hundred).compareTo(r.subtract(hr).add(hundred).multiply(bLo));
      lowest = vLo.multiply(hundred).compareTo(r.add(hr).add(hundred).multiply(bHi));
    } else { // a bound is taken as written: < 12 has no lowest rate, and its highest is 12, not reached
      highest = rate.relation().isUpper() ? 1 : vHi.multiply(hundred).compareTo(r.add(hundred).multiply(bLo));
      lowest = rate.relation().isUpper() ? vLo.multiply(hundred).compareTo(r.add(hundred).multiply(bHi)) : -1;
    }
    boolean strict = rate.relation() == Relation.LT || rate.relation() == Relation.GT;
    boolean highEnough = strict ? highest > 0 : highest >= 0; // levels' highest growth ≥ rate's lowest
    boolean lowEnough = strict ? lowest < 0 : lowest <= 0; // levels' lowest growth ≤ rate's highest
    boolean consistent = highEnough && lowEnough;
    int d = Rounding.decimals(r);
    // the range, rounded outward at one more decimal than the rate; when the rate is inconsistent,
    // at as many more as it takes for the end facing the rate not to reach it (≥9.2 against growth
    // of at most 9.19598… is "allow …–9.196", not "…–9.20", which would satisfy ≥9.2)
    BigDecimal gLoNum = vLo.subtract(bHi).multiply(hundred);
    BigDecimal gHiNum = vHi.subtract(bLo).multiply(hundred);
    int loDecimals = d + 1;
    int hiDecimals = d + 1;
    BigDecimal gLo = gLoNum.divide(bHi, loDecimals, RoundingMode.FLOOR);
    BigDecimal gHi = gHiNum.divide(bLo, hiDecimals, RoundingMode.CEILING);
    if (!consistent && !highEnough && highest != 0) { // too low: the highest must stay below the rate's lowest
      BigDecimal rLo = rate.isExact() ? r.subtract(Rounding.halfUnit(r)) : r;
      while (gHi.compareTo(rLo) >= 0) {
        gHi = gHiNum.divide(bLo, ++hiDecimals, RoundingMode.CEILING);
      }
    } else if (!consistent && !lowEnough && lowest != 0) { // too high: the lowest must stay above the rate's highest
      BigDecimal rHi = rate.isExact() ? r.add(Rounding.halfUnit(r)) : r;
      while (gLo.compareTo(rHi) <= 0) {
        gLo = gLoNum.divide(bHi, ++loDecimals, RoundingMode.FLOOR);
      }
    }
    String allowed = "levels allow " + gLo.toPlainString() + "–" + gHi.toPlainString();
    if (rate.isExact()) { // at the rate's decimals, as published; one more where that shows the difference
      BigDecimal computed = Rounding.growth(v, b, d);
      if (!consistent && computed.compareTo(r) == 0) {
        computed = Rounding.growth(v, b, d + 1);
      }
      return finding(f, name, computed, consistent ? FindingStatus.CONSISTENT : FindingStatus.INCONSISTENT, allowed);
    }
    // a bound's decimals say nothing of the growth's: at least the indicator's (one by default), and
    // for an inconsistent rate as many more as it takes not to reach the bound (never "<12, levels give 12")
    int c = Math.max(Math.max(d, 1), indicator == null ? 1 : indicator.decimals());
    BigDecimal computed = Rounding.growth(v, b, c);
    while (!consistent && reaches(computed, rate.relation(), r)) {
      computed = Rounding.growth(v, b, ++c);
    }
    return finding(f, name, computed, consistent ? FindingStatus.CONSISTENT : FindingStatus.INCONSISTENT, allowed);
  }

  /** Whether {@code x} lies within the bound {@code relation r}, or on it. */
  private static boolean reaches(BigDecimal x, Relation relation, BigDecimal r) {
    int c = x.compareTo(r);
    return relation.isUpper() ? c <= 0 : c >= 0;
  }

  private static Finding finding(Figure f, String name, BigDecimal computed, FindingStatus status, String note) {
    return new Finding(f.entity(), f.indicator(), name, f.period(), f.growth().number(), f.growth().relation(),
        computed, status, note,
        f.growthLocation()); // the reported rate's cell: what a finding is about
  }
}
