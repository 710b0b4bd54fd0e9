package dev.attain.model;

/** What a target measures (SPEC §4.2). */
public enum Measure {
  /** The level in the evaluated period, in the threshold's unit. */
  VALUE("value"),
  /** Year-on-year growth, in %. */
  GROWTH("growth"),
  /** Level minus the base period's level, in the threshold's unit. */
  CHANGE("change");

  private final String key;

  Measure(String key) {
    this.key = key;
  }

  /** The name used in targets files and reports: {@code value}, {@code growth}, {@code change}. */
  public String key() {
    return key;
  }

  public static Measure fromKey(String key) {
    for (Measure m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown measure: " + key);
  }
}
