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
 * when every point of that half-line gets the same status, and otherwise says it cannot. So with a
 * bound that is a referenced figure known only as a bound: the judge decides when every pair of
 * values the two allow gets the same status.
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
   * The status of {@code actual} against bounds that may themselves be known only as bounds (a
   * referenced figure reported as {@code <5}), or empty when the values they allow leave more than
   * one status possible. {@code atLeast} and {@code atMost} are {@code null} when absent; the
   * tolerance is ≥ 0.
   *
   * <p>The status depends only on where {@code m − a} lies against {@code −tolerance} and 0 (the
   * floor: met, within tolerance, missed) and where {@code m − b} lies against 0 and {@code
   * tolerance} (the ceiling), so the plane of the two splits into at most nine cells of one status
   * each. A cell is reachable when some actual, floor and ceiling the reported bounds allow fall in
   * it: a system of difference constraints ({@code x − y ≤ c} or {@code < c}), exactly feasible
   * when the graph they make has no negative cycle (nor a zero one through a strict edge). Every
   * comparison is exact.
   */
  static Optional<Status> judge(Amount actual, Amount atLeast, Amount atMost, BigDecimal tolerance,
      Severity severity) {
    boolean exactBounds = (atLeast == null || atLeast.isExact()) && (atMost == null || atMost.isExact());
    if (exactBounds) {
      return judge(actual, new Bounds(atLeast == null ? null : atLeast.number(),
          atMost == null ? null : atMost.number(), tolerance), severity);
    }
    return judgeCells(actual, atLeast, atMost, tolerance, severity);
  }

  // the variables of the constraint system: zero, the actual, the floor, the ceiling
  private static final int Z = 0;
  private static final int M = 1;
  private static final int A = 2;
  private static final int B = 3;

  /** Where a figure lies against one bound: met, within the tolerance, missed. */
  private enum Side { MET, NEAR, MISSED }

  /** {@link #judge(Amount, Amount, Amount, BigDecimal, Severity)} by the cells reachable (any bounds). */
  static Optional<Status> judgeCells(Amount actual, Amount atLeast, Amount atMost, BigDecimal tolerance,
      Severity severity) {
    if (atLeast == null && atMost == null) {
      throw new IllegalArgumentException("bounds need at_least, at_most or both");
    }
    BigDecimal tol = tolerance == null ? BigDecimal.ZERO : tolerance;
    Set<Status> reachable = EnumSet.noneOf(Status.class);
    for (Side lo : atLeast == null ? new Side[] {Side.MET} : Side.values()) {
      for (Side hi : atMost == null ? new Side[] {Side.MET} : Side.values()) {
        Constraints c = new Constraints();
        c.lies(M, actual);
        if (atLeast != null) {
          c.lies(A, atLeast);
          switch (lo) {
            case MET -> c.add(M, A, BigDecimal.ZERO, false); // a − m ≤ 0
            case NEAR -> {
              c.add(A, M, BigDecimal.ZERO, true); // m − a < 0
              c.add(M, A, tol, false); // a − m ≤ tol
            }
            case MISSED -> c.add(A, M, tol.negate(), true); // m − a < −tol
          }
        }
        if (atMost != null) {
          c.lies(B, atMost);
          switch (hi) {
            case MET -> c.add(B, M, BigDecimal.ZERO, false); // m − b ≤ 0
            case NEAR -> {
              c.add(M, B, BigDecimal.ZERO, true); // b − m < 0
              c.add(B, M, tol, false); // m − b ≤ tol
            }
            case MISSED -> c.add(M, B, tol.negate(), true); // b − m < −tol
          }
        }
        if (c.feasible()) {
          // as statusNear: the floor is looked at first
          Side side = lo != Side.MET ? lo : hi;
          reachable.add(side == Side.MET ? Status.PASS
              : side == Side.NEAR || severity == Severity.WARN ? Status.WARN : Status.FAIL);
        }
      }
    }
    return reachable.size() == 1 ? Optional.of(reachable.iterator().next()) : Optional.empty();
  }

  /**
   * Difference constraints on four variables ({@link #Z} is zero): {@code x[to] − x[from] ≤ c}
   * (or {@code < c} when strict), kept as the tightest path weights between every pair.
   */
  private static final class Constraints {
    private final BigDecimal[][] w = new BigDecimal[4][4];
    private final boolean[][] strict = new boolean[4][4];

    Constraints() {
      for (int i = 0; i < 4; i++) {
        w[i][i] = BigDecimal.ZERO;
      }
    }

    /** {@code x[to] − x[from] ≤ c}, or {@code < c}. */
    void add(int from, int to, BigDecimal c, boolean isStrict) {
      BigDecimal old = w[from][to];
      int cmp = old == null ? -1 : c.compareTo(old); // none yet: no bound at all
      if (cmp < 0 || cmp == 0 && isStrict) {
        w[from][to] = c;
        strict[from][to] = isStrict;
      }
    }

    /** Variable {@code x} lies as {@code a} says: equal to its number, or on its side of it. */
    void lies(int x, Amount a) {
      BigDecimal n = a.number();
      switch (a.relation()) {
        case EQ -> {
          add(Z, x, n, false);
          add(x, Z, n.negate(), false);
        }
        case LT -> add(Z, x, n, true);
        case LE -> add(Z, x, n, false);
        case GT -> add(x, Z, n.negate(), true);
        case GE -> add(x, Z, n.negate(), false);
      }
    }

    /** Whether some values satisfy every constraint: no negative cycle, nor a zero one with a strict edge. */
    boolean feasible() {
      for (int k = 0; k < 4; k++) {
        for (int i = 0; i < 4; i++) {
          if (w[i][k] == null) {
            continue;
          }
          for (int j = 0; j < 4; j++) {
            if (w[k][j] != null) {
              add(i, j, w[i][k].add(w[k][j]), strict[i][k] || strict[k][j]);
            }
          }
        }
      }
      for (int i = 0; i < 4; i++) {
        int sign = w[i][i].signum();
        if (sign < 0 || sign == 0 && strict[i][i]) {
          return false;
        }
      }
      return true;
    }
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
