package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure: one symbol in a dimension, with its size in the dimension's base unit.
 *
 * <p>Money's base is 元 (亿元 has factor 100000000), mass's is 斤 (吨 has factor 2000), area's is
 * 亩 (公顷 has factor 15); each count unit (人, 户, 个 …) is its own dimension with 万 and 亿
 * prefixes; rates ({@code %}, {@code ‰}) share the dimension {@code rate} with base {@code %}.
 *
 * @param symbol as written in files, e.g. {@code 万斤}
 * @param dimension units convert only within one dimension
 * @param factor how many base units one of this unit is (positive)
 */
public record Unit(String symbol, String dimension, BigDecimal factor) {
  public static final String RATE = "rate";

  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("factor of " + symbol + " must be positive: " + factor);
    }
  }

  // equals and hashCode spelled out, as Period's: a record's generated ones bootstrap method
  // handles on first use (about 40 spun classes in the middle of a large check)
  @Override
  public boolean equals(Object o) {
    return o instanceof Unit u && symbol.equals(u.symbol) && dimension.equals(u.dimension) && factor.equals(u.factor);
  }

  @Override
  public int hashCode() {
    return (symbol.hashCode() * 31 + dimension.hashCode()) * 31 + factor.hashCode();
  }

  public boolean isRate() {
    return RATE.equals(dimension);
  }

  public boolean convertsTo(Unit other) {
    return dimension.equals(other.dimension);
  }

  /**
   * {@code value} in this unit, expressed in {@code target}: {@link Decimals#divide} (exact where
   * the result terminates, else to 34 significant digits), then {@link Decimals#strip}.
   *
   * @throws IllegalArgumentException when the dimensions differ
   */
  public BigDecimal convert(BigDecimal value, Unit target) {
    if (!convertsTo(target)) {
      throw new IllegalArgumentException(
          "cannot convert " + symbol + " (" + dimension + ") to " + target.symbol + " (" + target.dimension + ")");
    }
    if (factor.compareTo(target.factor) == 0) {
      return value;
    }
    return Decimals.strip(Decimals.divide(value.multiply(factor), target.factor));
  }

  @Override
  public String toString() {
    return symbol;
  }
}
