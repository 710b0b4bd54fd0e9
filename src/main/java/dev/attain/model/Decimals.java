package dev.attain.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact decimal arithmetic shared by unit conversion and the engine, so that its precision is
 * stated once: a quotient is exact where it terminates and otherwise carries 34 significant digits
 * ({@link MathContext#DECIMAL128}), far below any published precision (亩 to 公顷 is ÷15). What the
 * engine judges is not divided out: it keeps the share of the year under time progress, and a
 * figure converted to the threshold's unit, as exact fractions.
 */
public final class Decimals {
  /** Precision of a quotient that does not terminate. */
  public static final MathContext INTERMEDIATE = MathContext.DECIMAL128;

  private Decimals() {}

  /** {@code a / b}, exact when it terminates, else to 34 significant digits. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    try {
      return a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return a.divide(b, INTERMEDIATE);
    }
  }

  /** Trailing zeros dropped, but never a negative scale ({@code 2500}, not {@code 2.5E+3}). */
  public static BigDecimal strip(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
