package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Relation;
import dev.attain.model.Severity;
import dev.attain.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a measured figure against resolved bounds (SPEC §4.4). Knows nothing of where the figure
 * came from.
 *
 * <p>{@code at_least a}: PASS if m ≥ a; WARN if a − tolerance ≤ m < a; otherwise a miss. {@code
 * at_most b}: PASS if m ≤ b; WARN if b < m ≤ b + tolerance; otherwise a miss. Both: PASS inside
 * [a, b]. A miss is FAIL, or WARN under severity warn.
 *
 * <p>A figure known only as a bound ({@code <5}) lies somewhere on a half-line; the judge decides
 * when every point of that half-line gets the same status, and otherwise says it cannot.
 */
final class Judge {
  private Judge() {}

  /**
   * Resolved bounds, all in the measure's unit.
   *
   * @param atLeast lower bound or {@code null}
   * @param atMost upper bound or {@code null}
   * @param tolerance ≥ 0 (zero when none)
   */
  record Bounds(BigDecimal atLeast, BigDecimal atMost, BigDecimal tolerance) {
    Bounds {
      if (atLeast == null && atMost == null) {
        throw new IllegalArgumentException("bounds need at_least, at_most or both");
      }
      if (tolerance == null) {
        tolerance = BigDecimal.ZERO;
      }
    }
  }

  /** The status of an exact figure {@code m}. */
  static Status status(BigDecimal m, Bounds b, Severity severity) {
    return statusNear(m, 0, b, severity);
  }

  /**
   * The status of {@code actual}, or empty when it is a bound that leaves more than one status
   * possible.
   */
  static Optional<Status> judge(Amount actual, Bounds b, Severity severity) {
    BigDecimal n = actual.number();
    Relation r = actual.relation();
    if (r == Relation.EQ) {
      return Optional.of(status(n, b, severity));
    }
    List<BigDecimal> breaks = new ArrayList<>();
    if (b.atLeast() != null) {
      breaks.add(b.atLeast().subtract(b.tolerance()));
      breaks.add(b.atLeast());
    }
    if (b.atMost() != null) {
      breaks.add(b.atMost());
      breaks.add(b.atMost().add(b.tolerance()));
    }
    Set<Status> reachable = EnumSet.noneOf(Status.class);
    // the end of the half-line the figure is known to reach (just short of it when strict)
    int endOffset = r == Relation.LT ? -1 : r == Relation.GT ? 1 : 0;
    reachable.add(statusNear(n, endOffset, b, severity));
    // the far end, beyond every break
    BigDecimal far = n;
    for (BigDecimal x : breaks) {
      far = r.isUpper() ? far.min(x) : far.max(x);
    }
    reachable.add(status(r.isUpper() ? far.subtract(BigDecimal.ONE) : far.add(BigDecimal.ONE), b, severity));
    // each break inside the half-line, and either side of it
    for (BigDecimal x : breaks) {
      boolean inside = r.isUpper() ? x.compareTo(n) < 0 : x.compareTo(n) > 0;
      if (inside) {
        for (int offset = -1; offset <= 1; offset++) {
          reachable.add(statusNear(x, offset, b, severity));
        }
      }
    }
    return reachable.size() == 1 ? Optional.of(reachable.iterator().next()) : Optional.empty();
  }

  /**
   * The status of {@code n + offset·ε} for an infinitesimal ε: comparisons with a break equal to
   * {@code n} are decided by the offset's sign.
   */
  private static Status statusNear(BigDecimal n, int offset, Bounds b, Severity severity) {
    boolean miss;
    if (b.atLeast() != null && cmp(n, offset, b.atLeast()) < 0) {
      miss = cmp(n, offset, b.atLeast().subtract(b.tolerance())) < 0;
    } else if (b.atMost() != null && cmp(n, offset, b.atMost()) > 0) {
      miss = cmp(n, offset, b.atMost().add(b.tolerance())) > 0;
    } else {
      return Status.PASS;
    }
    return !miss || severity == Severity.WARN ? Status.WARN : Status.FAIL;
  }

  private static int cmp(BigDecimal n, int offset, BigDecimal x) {
    int c = n.compareTo(x);
    return c != 0 ? c : offset;
  }

  /**
   * Actual minus the bound it was judged against: the violated bound; when only one bound is
   * given, that one; when inside both bounds, zero.
   */
  static BigDecimal gap(BigDecimal m, Bounds b) {
    BigDecimal lo = b.atLeast();
    BigDecimal hi = b.atMost();
    if (lo != null && (hi == null || m.compareTo(lo) < 0)) {
      return m.subtract(lo);
    }
    if (hi != null && (lo == null || m.compareTo(hi) > 0)) {
      return m.subtract(hi);
    }
    int scale = Math.max(Math.max(m.scale(), lo.scale()), Math.max(hi.scale(), 0));
    return BigDecimal.ZERO.setScale(scale);
  }

  /** The highest attainment shown for a figure short of its threshold. */
  private static final BigDecimal JUST_SHORT = new BigDecimal("99.9");

  /**
   * {@code actual ÷ atLeast × 100}, rounded half-up to one decimal, but never to 100.0 for a figure
   * short of {@code atLeast} (5399.9 of 5400 is 99.9, not 100.0): attainment ≥ 100 exactly when the
   * figure reaches the threshold. {@code null} when there is no positive lower bound.
   */
  static BigDecimal attainment(BigDecimal actual, BigDecimal atLeast) {
    return attainment(Fraction.of(actual), atLeast == null ? null : Fraction.of(atLeast));
  }

  /**
   * {@link #attainment(BigDecimal, BigDecimal)} of exact quotients (a figure converted from another
   * unit, a reference's), rounded once from the exact ratio.
   */
  static BigDecimal attainment(Fraction actual, Fraction atLeast) {
    if (atLeast == null || atLeast.signum() <= 0) {
      return null;
    }
    BigDecimal a = Rounding.percentOf(actual.numerator().multiply(atLeast.denominator()),
        actual.denominator().multiply(atLeast.numerator()), 1);
    return actual.compareTo(atLeast) < 0 && a.compareTo(JUST_SHORT) > 0 ? JUST_SHORT : a;
  }
}
