package dev.attain.engine;

import dev.attain.model.Schedule;
import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Time progress (序时进度, SPEC §4.6): the share of a year's flow expected by the end of a month.
 *
 * <p>Even months: {@code months × 100 / 12}. A schedule gives cumulative percentages at some month
 * ends; month 0 is 0 % and month 12 is 100 % unless the schedule gives them; a month between two
 * points is interpolated linearly. Shares are exact {@link Fraction}s (July is 700/12 %, which does
 * not terminate): a threshold scaled by one is judged by cross-multiplying, never from a cut-off
 * decimal. Reports show the share rounded half-up to one decimal.
 */
public final class TimeProgress {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private TimeProgress() {}

  /**
   * The cumulative share of the year, in %, expected by the end of month {@code months}, exact.
   *
   * @param months months elapsed, 0 to 12
   */
  static Fraction share(Schedule schedule, int months) {
    if (months < 0 || months > 12) {
      throw new IllegalArgumentException("months must be 0 to 12: " + months);
    }
    if (schedule == null || schedule.isEven()) {
      return new Fraction(BigDecimal.valueOf(months * 100L), TWELVE);
    }
    NavigableMap<Integer, BigDecimal> points = new TreeMap<>(schedule.points());
    points.putIfAbsent(0, BigDecimal.ZERO);
    points.putIfAbsent(12, Rounding.HUNDRED);
    BigDecimal exact = points.get(months);
    if (exact != null) {
      return Fraction.of(exact);
    }
    Map.Entry<Integer, BigDecimal> lo = points.floorEntry(months);
    Map.Entry<Integer, BigDecimal> hi = points.ceilingEntry(months);
    // lo + (hi − lo) × (months − loMonth) / (hiMonth − loMonth), over one denominator
    BigDecimal span = BigDecimal.valueOf(hi.getKey() - lo.getKey());
    BigDecimal rise = hi.getValue().subtract(lo.getValue()).multiply(BigDecimal.valueOf(months - lo.getKey()));
    return new Fraction(lo.getValue().multiply(span).add(rise), span);
  }

  /** {@link #share} rounded half-up to one decimal, as reports show it. */
  public static BigDecimal elapsed(Schedule schedule, int months) {
    return share(schedule, months).round(1);
  }
}
