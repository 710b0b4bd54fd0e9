package dev.attain.model;

import java.util.Objects;

/**
 * One entry of a targets file's {@code targets:} list.
 *
 * @param id unique id, default {@code <indicator>.<measure>} (made unique with a suffix)
 * @param indicator the indicator measured
 * @param measure value, growth or change
 * @param threshold what the measure must reach
 * @param text the original wording, e.g. {@code 地区生产总值增长8%}, or {@code null}
 * @param severity what a miss counts as
 * @param entity only this entity, or {@code null} for every entity in the data
 * @param period the period the target is for (the file's unless overridden)
 * @param location where the target is defined
 */
public record Target(
    String id,
    Indicator indicator,
    Measure measure,
    Threshold threshold,
    String text,
    Severity severity,
    String entity,
    Period period,
    Location location) {
  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(period, "period");
  }

  /** A target with default id, no wording, severity FAIL, every entity. */
  public static Target of(Indicator indicator, Measure measure, Threshold threshold, Period period) {
    return new Target(indicator.id() + "." + measure.key(), indicator, measure, threshold, null,
        Severity.FAIL, null, period, null);
  }

  public Target withId(String newId) {
    return new Target(newId, indicator, measure, threshold, text, severity, entity, period, location);
  }

  public Target withText(String t) {
    return new Target(id, indicator, measure, threshold, t, severity, entity, period, location);
  }

  public Target withSeverity(Severity s) {
    return new Target(id, indicator, measure, threshold, text, s, entity, period, location);
  }

  public Target withEntity(String e) {
    return new Target(id, indicator, measure, threshold, text, severity, e, period, location);
  }
}
