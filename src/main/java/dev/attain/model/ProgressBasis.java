package dev.attain.model;

/** What the share due by a year-to-date period is a share of (序时进度). */
public enum ProgressBasis {
  /** The calendar: even months, each one twelfth of the year. */
  CALENDAR,
  /** The indicator's (or the file's) {@code schedule:}, which may differ from the calendar. */
  SCHEDULE;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
