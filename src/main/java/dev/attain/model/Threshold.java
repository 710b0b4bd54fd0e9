package dev.attain.model;

import java.math.BigDecimal;

/**
 * What a measure must reach: {@code at_least}, {@code at_most} (inclusive; one or both), an
 * optional tolerance that turns a near miss into WARN, and the unit of the numbers.
 *
 * @param atLeast lower bound, or {@code null}
 * @param atMost upper bound, or {@code null}
 * @param tolerance ≥ 0, or {@code null} (no tolerance); percentage points for growth
 * @param unit unit of the bounds and tolerance: for value and change the target's unit (the
 *     indicator's unless given), for growth {@code %}
 */
public record Threshold(Bound atLeast, Bound atMost, BigDecimal tolerance, Unit unit) {
  public Threshold {
    if (atLeast == null && atMost == null) {
      throw new IllegalArgumentException("a threshold needs at_least, at_most or both");
    }
    if (tolerance != null && tolerance.signum() < 0) {
      throw new IllegalArgumentException("tolerance must be ≥ 0: " + tolerance);
    }
    if (unit == null) {
      throw new IllegalArgumentException("unit is required");
    }
    if (atLeast instanceof Bound.Fixed lo && atMost instanceof Bound.Fixed hi
        && lo.number().compareTo(hi.number()) > 0) {
      throw new IllegalArgumentException("at_least " + lo + " is above at_most " + hi);
    }
  }

  public static Threshold atLeast(String n, Unit unit) {
    return new Threshold(Bound.of(n), null, null, unit);
  }

  public static Threshold atMost(String n, Unit unit) {
    return new Threshold(null, Bound.of(n), null, unit);
  }

  public Threshold withTolerance(String t) {
    return new Threshold(atLeast, atMost, new BigDecimal(t), unit);
  }
}
