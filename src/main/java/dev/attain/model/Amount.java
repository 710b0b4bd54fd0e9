package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reported number with what it says of the figure: exactly it, or a bound ({@code <5}).
 *
 * <p>The {@link BigDecimal} keeps the scale it was written with ({@code 9.70} has scale 2): the
 * consistency check reads the published precision from it.
 */
public record Amount(BigDecimal number, Relation relation) {
  public Amount {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(relation, "relation");
  }

  public static Amount exact(BigDecimal number) {
    return new Amount(number, Relation.EQ);
  }

  public static Amount exact(String number) {
    return exact(new BigDecimal(number));
  }

  public boolean isExact() {
    return relation == Relation.EQ;
  }

  /** The same relation, another number (e.g. after a unit conversion). */
  public Amount withNumber(BigDecimal n) {
    return new Amount(n, relation);
  }

  @Override
  public String toString() {
    return relation.symbol() + number.toPlainString();
  }
}
