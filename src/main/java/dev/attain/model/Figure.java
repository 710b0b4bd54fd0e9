package dev.attain.model;

import java.util.Objects;

/**
 * One reported datum: the level and/or the growth rate of an indicator for an entity and period.
 *
 * @param entity the entity (the data row's, else the targets file's {@code entity:}, else empty)
 * @param indicator the indicator id the row's name resolved to
 * @param period the period
 * @param value the level in {@code unit}, or {@code null} when not reported
 * @param unit the unit of {@code value} (the row's, else the indicator's); never null
 * @param growth the reported year-on-year growth in %, or {@code null}
 * @param location where the row is (file:line; the column of the value)
 */
public record Figure(
    String entity, String indicator, Period period, Amount value, Unit unit, Amount growth, Location location) {
  public Figure {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(unit, "unit");
    if (value == null && growth == null) {
      throw new IllegalArgumentException("a figure needs a value or a growth rate");
    }
  }
}
