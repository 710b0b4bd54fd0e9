package dev.attain.engine;

import dev.attain.model.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The numbers a result shows — its figure, and the bounds and tolerance it was judged against —
 * made from their exact values (README, "Time progress") so that they never read against the
 * verdict, which compares the exact ones.
 *
 * <p>Each number is shown
 *
 * <ul>
 *   <li>as written, when it was written (a threshold, a reported figure);
 *   <li>exactly, trailing zeros dropped, when it is a quotient that terminates: a bound or a
 *       tolerance scaled to the share of the year within {@link #limit} decimals (35.5 % of 5 is
 *       1.775), a figure converted to the threshold's unit at any length (70650 万吨 is 1.413 万亿斤);
 *   <li>otherwise rounded half-up to {@link #decimals} (1000 × 7/12 is 583.33; 871 亩 is 58.07 公顷).
 * </ul>
 *
 * A bound or a tolerance so shown depends on the target and the period only: every row of the
 * target shows the same.
 *
 * <p>Except on a row whose numbers, so shown, would read against its verdict: a gap (the figure
 * minus a bound) of another sign than the exact difference, or of zero while the figure is not
 * exactly on the bound (583.3301 or 583.33 against 583.333…, shown 583.33); a figure within the
 * tolerance as shown while beyond the exact tolerance, or the reverse. That row shows the numbers
 * involved with as many more decimals as it takes (the fewest decimals first, then the fewest of
 * the target's numbers; a rounded figure always), each rounded toward the figure's side: a bound away from the figure (down when the
 * figure reaches it, up when it falls short), so that the figure stays on its side; a tolerance up
 * when the figure is within it, down when beyond; a converted figure toward the bound it misses
 * when within the tolerance, away from it when beyond, half-up when it misses none.
 */
final class Shown {
  /** What a row shows: {@code null} where there is no such number. */
  record Numbers(BigDecimal actual, BigDecimal atLeast, BigDecimal atMost, BigDecimal tolerance) {}

  /** A safeguard: two different exact numbers of a row differ within far fewer decimals. */
  private static final int MAX_DECIMALS = 1000;

  // a row's numbers by index; a subset of them as a bit mask
  private static final int ACTUAL = 0;
  private static final int TOLERANCE = 1;
  private static final int AT_LEAST = 2;
  private static final int AT_MOST = 3;
  /**
   * The target's numbers a row may show with more decimals, in the order tried: the fewest first,
   * the tolerance before the bounds. A rounded figure always gets the row's decimals.
   */
  private static final int[] SUBSETS = {0, 2, 4, 8, 6, 10, 12, 14};

  private final int decimals;
  private final int limit;

  /**
   * @param decimals a quotient that does not terminate (within {@code limit}) is rounded to this
   * @param limit a scaled bound or tolerance that terminates within this many decimals is exact
   */
  Shown(int decimals, int limit) {
    if (decimals < 0 || limit < decimals) {
      throw new IllegalArgumentException("decimals " + decimals + ", limit " + limit);
    }
    this.decimals = decimals;
    this.limit = limit;
  }

  /**
   * For a threshold whose numbers are written with {@code written} decimals at most: rounded to two
   * more, exact within four more (1000 亩: 583.33, 1.775; 1000.0 亩: 583.333).
   */
  static Shown forWritten(int written) {
    return new Shown(written + 2, written + 4);
  }

  int decimals() {
    return decimals;
  }

  int limit() {
    return limit;
  }

  /** The numbers as shown before any exception: for a figure that settles nothing (a MISSING result). */
  Numbers common(Fraction actual, Fraction atLeast, Fraction atMost, Fraction tolerance) {
    return new Numbers(figure(actual), bound(atLeast), bound(atMost), bound(tolerance));
  }

  /**
   * The numbers the row of figure {@code actual} shows (for a figure reported as a bound, {@code
   * actual} is the bound's number, which settled the verdict).
   *
   * @param tolerance the tolerance applied, or {@code null} when the threshold has none
   */
  Numbers of(Fraction actual, Fraction atLeast, Fraction atMost, Fraction tolerance) {
    Fraction[] exact = {actual, tolerance, atLeast, atMost};
    BigDecimal[] common = {figure(actual), bound(tolerance), bound(atLeast), bound(atMost)};
    if (readsTrue(exact, common)) {
      return numbers(common);
    }
    int refinable = 0;
    for (int i = 0; i < exact.length; i++) {
      if (exact[i] != null && exact[i].compareTo(common[i]) != 0) {
        refinable |= 1 << i;
      }
    }
    RoundingMode[] modes = modes(exact);
    BigDecimal[] refined = new BigDecimal[exact.length];
    for (int d = decimals + 1; d <= MAX_DECIMALS; d++) {
      for (int i = 0; i < exact.length; i++) {
        if ((refinable & 1 << i) != 0) {
          refined[i] = Decimals.strip(exact[i].round(d, modes[i]));
        }
      }
      for (int targets : SUBSETS) {
        int subset = targets | (refinable & 1 << ACTUAL);
        if (subset == 0 || (subset & ~refinable) != 0) {
          continue;
        }
        BigDecimal[] shown = common.clone();
        for (int i = 0; i < exact.length; i++) {
          if ((subset & 1 << i) != 0) {
            shown[i] = refined[i];
          }
        }
        if (readsTrue(exact, shown)) {
          return numbers(shown);
        }
      }
    }
    throw new IllegalStateException("no " + MAX_DECIMALS + " decimals show figure " + actual + " against "
        + atLeast + " / " + atMost + " (tolerance " + tolerance + ") as judged");
  }

  private static Numbers numbers(BigDecimal[] shown) {
    return new Numbers(shown[ACTUAL], shown[AT_LEAST], shown[AT_MOST], shown[TOLERANCE]);
  }

  /** A figure: as written, exactly when it terminates, else half-up to {@link #decimals}. */
  private BigDecimal figure(Fraction x) {
    if (x == null) {
      return null;
    }
    if (x.denominator().compareTo(BigDecimal.ONE) == 0) {
      return x.numerator();
    }
    BigDecimal exactly = x.exactly();
    return exactly != null ? exactly : Decimals.strip(x.round(decimals));
  }

  /** A bound or tolerance: as written, exactly within {@link #limit}, else half-up to {@link #decimals}. */
  private BigDecimal bound(Fraction x) {
    if (x == null) {
      return null;
    }
    if (x.denominator().compareTo(BigDecimal.ONE) == 0) {
      return x.numerator();
    }
    BigDecimal exactly = x.exactWithin(limit);
    return exactly != null ? exactly : Decimals.strip(x.round(decimals));
  }

  /**
   * True when {@code shown} reads as the exact numbers do: the figure on the same side of each bound
   * (or on it, only when exactly on it), and, when it misses a bound, within the tolerance as shown
   * exactly when it is within the exact one.
   */
  private static boolean readsTrue(Fraction[] exact, BigDecimal[] shown) {
    Fraction a = exact[ACTUAL];
    BigDecimal shownA = shown[ACTUAL];
    Fraction lo = exact[AT_LEAST];
    Fraction hi = exact[AT_MOST];
    Fraction t = exact[TOLERANCE];
    if (lo != null && Integer.signum(shownA.compareTo(shown[AT_LEAST])) != Integer.signum(a.compareTo(lo))) {
      return false;
    }
    if (hi != null && Integer.signum(shownA.compareTo(shown[AT_MOST])) != Integer.signum(a.compareTo(hi))) {
      return false;
    }
    if (t != null && lo != null && a.compareTo(lo) < 0) {
      return (shownA.compareTo(shown[AT_LEAST].subtract(shown[TOLERANCE])) >= 0) == (a.compareTo(lo.minus(t)) >= 0);
    }
    if (t != null && hi != null && a.compareTo(hi) > 0) {
      return (shownA.compareTo(shown[AT_MOST].add(shown[TOLERANCE])) <= 0) == (a.compareTo(hi.plus(t)) <= 0);
    }
    return true;
  }

  /**
   * How each number is rounded when a row needs more decimals: toward the figure's side, so that
   * with enough decimals every comparison of {@link #readsTrue} holds (a figure exactly on a bound is
   * rounded as the bound is, so that the two show equal).
   */
  private static RoundingMode[] modes(Fraction[] exact) {
    Fraction a = exact[ACTUAL];
    Fraction lo = exact[AT_LEAST];
    Fraction hi = exact[AT_MOST];
    Fraction t = exact[TOLERANCE];
    boolean shortOf = lo != null && a.compareTo(lo) < 0;
    boolean over = !shortOf && hi != null && a.compareTo(hi) > 0;
    boolean within = t != null && (shortOf ? a.compareTo(lo.minus(t)) >= 0 : over && a.compareTo(hi.plus(t)) <= 0);
    RoundingMode[] modes = new RoundingMode[exact.length];
    modes[ACTUAL] = shortOf ? (within ? RoundingMode.CEILING : RoundingMode.FLOOR)
        : over ? (within ? RoundingMode.FLOOR : RoundingMode.CEILING) : RoundingMode.HALF_UP;
    modes[TOLERANCE] = shortOf || over ? (within ? RoundingMode.CEILING : RoundingMode.FLOOR) : RoundingMode.HALF_UP;
    if (lo != null) {
      int c = a.compareTo(lo);
      modes[AT_LEAST] = c > 0 ? RoundingMode.FLOOR : c < 0 ? RoundingMode.CEILING : RoundingMode.HALF_UP;
    }
    if (hi != null) {
      int c = a.compareTo(hi);
      modes[AT_MOST] = c < 0 ? RoundingMode.CEILING : c > 0 ? RoundingMode.FLOOR : RoundingMode.HALF_UP;
    }
    return modes;
  }
}
