package dev.attain.engine;

import dev.attain.model.Decimals;
import dev.attain.model.Schedule;
import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Time progress (序时进度, SPEC §4.6): the share of a year's flow expected by the end of a month.
 *
 * <p>Even months: {@code months / 12 × 100}. A schedule gives cumulative percentages at some month
 * ends; month 0 is 0 % and month 12 is 100 % unless the schedule gives them; a month between two
 * points is interpolated linearly. Shares are exact where they terminate, else carry 34
 * significant digits ({@link Decimals#divide}); reports show them rounded half-up to one decimal.
 */
public final class TimeProgress {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private TimeProgress() {}

  /**
   * The cumulative share of the year, in %, expected by the end of month {@code months}.
   *
   * @param months months elapsed, 0 to 12
   */
  public static BigDecimal share(Schedule schedule, int months) {
    if (months < 0 || months > 12) {
      throw new IllegalArgumentException("months must be 0 to 12: " + months);
    }
    if (schedule == null || schedule.isEven()) {
      return Decimals.divide(BigDecimal.valueOf(months * 100L), TWELVE);
    }
    NavigableMap<Integer, BigDecimal> points = new TreeMap<>(schedule.points());
    points.putIfAbsent(0, BigDecimal.ZERO);
    points.putIfAbsent(12, Rounding.HUNDRED);
    BigDecimal exact = points.get(months);
    if (exact != null) {
      return exact;
    }
    Map.Entry<Integer, BigDecimal> lo = points.floorEntry(months);
    Map.Entry<Integer, BigDecimal> hi = points.ceilingEntry(months);
    BigDecimal rise = hi.getValue().subtract(lo.getValue()).multiply(BigDecimal.valueOf(months - lo.getKey()));
    return lo.getValue().add(Decimals.divide(rise, BigDecimal.valueOf(hi.getKey() - lo.getKey())));
  }

  /** {@link #share} rounded half-up to one decimal, as reports show it. */
  public static BigDecimal elapsed(Schedule schedule, int months) {
    return Rounding.round(share(schedule, months), 1);
  }

  /**
   * {@code annual × share / 100}: the part of an annual figure due by the share, rounded half-up
   * to two decimals more than {@code annual} was written with, trailing zeros dropped (2500 of a
   * 5000 target at 50 %; 1666.67 at 33.33… %).
   */
  static BigDecimal scale(BigDecimal annual, BigDecimal share) {
    BigDecimal exact = annual.multiply(share).movePointLeft(2);
    return Decimals.strip(Rounding.round(exact, Rounding.decimals(annual) + 2));
  }
}
