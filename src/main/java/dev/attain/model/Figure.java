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
 * @param location where the level is (file:line:column of its cell), or the rate when there is no
 *     level
 * @param growthLocation where the rate is (its own cell: a row's growth column, or another row when
 *     two rows were merged), or {@code null} when there is no rate; given as {@code null} with a
 *     rate, it is {@code location}
 */
public record Figure(String entity, String indicator, Period period, Amount value, Unit unit, Amount growth,
    Location location, Location growthLocation) {
  public Figure {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(unit, "unit");
    if (value == null && growth == null) {
      throw new IllegalArgumentException("a figure needs a value or a growth rate");
    }
    growthLocation = growth == null ? null : growthLocation == null ? location : growthLocation;
  }

  /** A figure whose rate, if any, is where {@code location} says (a row with a rate and no level). */
  public Figure(String entity, String indicator, Period period, Amount value, Unit unit, Amount growth,
      Location location) {
    this(entity, indicator, period, value, unit, growth, location, null);
  }
}
