package dev.attain.model;

/**
 * A reporting period: a year, or the cumulative part of a year from January to the end of a
 * month (Chinese statistics publish sub-year figures year-to-date, 累计).
 *
 * <p>{@code 2024-06}, {@code 2024-Q2}, {@code 2024-H1} and {@code 2024年1-6月} are one period:
 * January to June 2024; it prints as {@code 2024-06}. A whole year prints as {@code 2024}.
 *
 * @param year the calendar year
 * @param months months elapsed since the start of the year, 1 to 12 (12 is the whole year)
 */
public record Period(int year, int months) implements Comparable<Period> {
  public Period {
    if (months < 1 || months > 12) {
      throw new IllegalArgumentException("months must be 1 to 12: " + months);
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  public static Period year(int year) {
    return new Period(year, 12);
  }

  public boolean isYear() {
    return months == 12;
  }

  /** The same period one year earlier: the base of a year-on-year comparison. */
  public Period base() {
    return new Period(year - 1, months);
  }

  // equals and hashCode spelled out: a record's generated ones bootstrap method handles on first
  // use, about 10 ms of every start (README "Performance")
  @Override
  public boolean equals(Object o) {
    return o instanceof Period p && year == p.year && months == p.months;
  }

  @Override
  public int hashCode() {
    return year * 16 + months;
  }

  /** Chronological: by year, then by months elapsed. */
  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(year, o.year);
    return c != 0 ? c : Integer.compare(months, o.months);
  }

  /**
   * {@code 2024} for a year, {@code 2024-06} for January to June; the year always has four
   * digits ({@code 0999}, the base of the earliest year a file may name, 1000).
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(7);
    if (year < 1000) {
      b.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    b.append(year);
    if (!isYear()) {
      b.append(months < 10 ? "-0" : "-").append(months);
    }
    return b.toString();
  }

  /** For readers: {@code 2024年} or {@code 2024年1-6月}. */
  public String toChinese() {
    return isYear() ? year + "年" : months == 1 ? year + "年1月" : year + "年1-" + months + "月";
  }

}
