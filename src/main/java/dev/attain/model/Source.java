package dev.attain.model;

/** Where a result's figure came from. */
public enum Source {
  /** Computed from levels (growth, change, a converted value). */
  COMPUTED,
  /** As reported in the data (a level, or a published growth rate). */
  REPORTED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
