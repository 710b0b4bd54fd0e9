package dev.attain.engine;

import dev.attain.model.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient of two decimals, {@code numerator / denominator} with a positive denominator:
 * a share of the year that need not terminate (July is 700/12 %) and what is scaled by it. Never
 * divided out except to be shown: comparisons cross-multiply, so a verdict never depends on where
 * a quotient would have been cut.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {
  Fraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
  }

  static Fraction of(BigDecimal n) {
    return new Fraction(n, BigDecimal.ONE);
  }

  /** {@code this × x}, exact. */
  Fraction times(BigDecimal x) {
    return new Fraction(numerator.multiply(x), denominator);
  }

  /** {@code this ÷ x} for a positive {@code x}, exact. */
  Fraction dividedBy(BigDecimal x) {
    if (x.signum() <= 0) {
      throw new IllegalArgumentException("divisor must be positive: " + x);
    }
    return new Fraction(numerator, denominator.multiply(x));
  }

  /** {@code this − other}, exact. */
  Fraction minus(Fraction other) {
    return new Fraction(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** {@code this + other}, exact. */
  Fraction plus(Fraction other) {
    return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  int signum() {
    return numerator.signum();
  }

  /** Compares by value (cross-multiplied): 1/3 equals 2/6. */
  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Compares by value with a decimal. */
  int compareTo(BigDecimal x) {
    return numerator.compareTo(x.multiply(denominator));
  }

  /** The value rounded to {@code decimals} by {@code mode}: one correct rounding of the exact quotient. */
  BigDecimal round(int decimals, RoundingMode mode) {
    return numerator.divide(denominator, decimals, mode);
  }

  /**
   * The value exactly, trailing zeros dropped, when it terminates within {@code decimals} decimals
   * (7/4 within 2 is 1.75); {@code null} when it does not.
   */
  BigDecimal exactWithin(int decimals) {
    BigDecimal q = numerator.divide(denominator, decimals, RoundingMode.DOWN);
    return q.multiply(denominator).compareTo(numerator) == 0 ? Decimals.strip(q) : null;
  }

  /** The value exactly, trailing zeros dropped, when it terminates at all; {@code null} when it does not. */
  BigDecimal exactly() {
    try {
      return Decimals.strip(numerator.divide(denominator));
    } catch (ArithmeticException nonTerminating) {
      return null;
    }
  }

  /** The value rounded half-up to {@code decimals}. */
  BigDecimal round(int decimals) {
    return round(decimals, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
