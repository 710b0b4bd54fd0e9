package dev.attain.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a targets file's {@code indicators:} vocabulary.
 *
 * @param id the key in the targets file, e.g. {@code gdp}
 * @param name display name, also matched in data files
 * @param unit unit of thresholds and reported levels
 * @param aliases other names found in data files
 * @param type flow, stock or rate
 * @param growth nominal or real growth
 * @param decimals decimals of computed growth (default 1)
 * @param schedule the seasonal schedule of this indicator, or {@code null} for the file's
 * @param location where the indicator is defined
 */
public record Indicator(
    String id,
    String name,
    Unit unit,
    List<String> aliases,
    IndicatorType type,
    GrowthBasis growth,
    int decimals,
    Schedule schedule,
    Location location) {
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(growth, "growth");
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be 0 to 10: " + decimals);
    }
  }

  /** A nominal flow indicator (or rate, for a {@code %}/{@code ‰} unit) with default settings. */
  public static Indicator of(String id, String name, Unit unit) {
    return new Indicator(id, name, unit, List.of(),
        unit.isRate() ? IndicatorType.RATE : IndicatorType.FLOW, GrowthBasis.NOMINAL, 1, null, null);
  }

  public Indicator withType(IndicatorType t) {
    return new Indicator(id, name, unit, aliases, t, growth, decimals, schedule, location);
  }

  public Indicator withGrowth(GrowthBasis g) {
    return new Indicator(id, name, unit, aliases, type, g, decimals, schedule, location);
  }

  public Indicator withAliases(List<String> a) {
    return new Indicator(id, name, unit, a, type, growth, decimals, schedule, location);
  }

  public Indicator withSchedule(Schedule s) {
    return new Indicator(id, name, unit, aliases, type, growth, decimals, s, location);
  }
}
