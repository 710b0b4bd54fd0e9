package dev.attain.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The cumulative share of a year's flow expected by the end of each month, in percent (序时进度).
 * Given points ({@code Q1: 10, H1: 35, Q3: 70}) are keyed by months elapsed; month 0 is 0 % and
 * month 12 is 100 % unless given; months between two points are interpolated linearly.
 *
 * @param points months elapsed (1–12) to cumulative percent of the year
 */
public record Schedule(NavigableMap<Integer, BigDecimal> points) {
  /** Even months: each month one twelfth of the year. */
  public static final Schedule EVEN = new Schedule(new TreeMap<>());

  public Schedule {
    Objects.requireNonNull(points, "points");
    points = Collections.unmodifiableNavigableMap(new TreeMap<>(points));
  }

  public boolean isEven() {
    return points.isEmpty();
  }
}
