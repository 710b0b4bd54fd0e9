package dev.attain.engine;

import dev.attain.model.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The engine's decimal arithmetic, in one place so its precision is stated once.
 *
 * <ul>
 *   <li>Quotients that are published (growth rates, attainment, time elapsed) are rounded
 *       <em>once</em>, half-up (away from zero at an exact half, 四舍五入), from the exact quotient:
 *       {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds correctly.
 *   <li>The share of the year and what is scaled by it (July is 7/12) are exact {@link Fraction}s:
 *       a verdict compares by cross-multiplying, and only what reports show is rounded.
 *   <li>A figure converted to another unit (亩 to 公顷 is ÷ 15) is judged as an exact {@link
 *       Fraction} too; the converted number a measurement also carries is {@link Decimals#divide}:
 *       exact where it terminates, else 34 significant digits.
 *   <li>What reports show of a quotient that does not terminate is rounded by {@link Shown}.
 * </ul>
 */
final class Rounding {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rounding() {}

  /** {@code part ÷ whole × 100}, rounded half-up to {@code decimals} (one rounding). */
  static BigDecimal percentOf(BigDecimal part, BigDecimal whole, int decimals) {
    return part.multiply(HUNDRED).divide(whole, decimals, RoundingMode.HALF_UP);
  }

  /** {@code part ÷ whole × 100} of an exact quotient {@code part}, rounded half-up to {@code decimals} (one rounding). */
  static BigDecimal percentOf(Fraction part, BigDecimal whole, int decimals) {
    return percentOf(part.numerator(), part.denominator().multiply(whole), decimals);
  }

  /**
   * Growth {@code (value / base − 1) × 100} in %, rounded half-up to {@code decimals}; both
   * levels in the same unit (or both in the dimension's base unit). {@code base} must be positive.
   */
  static BigDecimal growth(BigDecimal value, BigDecimal base, int decimals) {
    return value.subtract(base).multiply(HUNDRED).divide(base, decimals, RoundingMode.HALF_UP);
  }

  /**
   * {@code x} rounded half-up to {@code decimals}; when that would be zero but {@code x} is not, to
   * as many more decimals as it takes to show its sign (-0.0185 is -0.02, not 0.0).
   */
  static BigDecimal roundKeepingSign(Fraction x, int decimals) {
    BigDecimal r = x.round(decimals);
    for (int d = decimals + 1; r.signum() != x.signum(); d++) {
      r = x.round(d);
    }
    return r;
  }

  /** The number of decimals a number was written with (0 for {@code 1E+1}). */
  static int decimals(BigDecimal x) {
    return Math.max(x.scale(), 0);
  }

  /** Half a unit in the last written decimal of {@code x}: 0.05 for 5.3, 0.5 for 41314. */
  static BigDecimal halfUnit(BigDecimal x) {
    return BigDecimal.valueOf(5, decimals(x) + 1);
  }
}
