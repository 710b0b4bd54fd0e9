package dev.attain.model;

import java.util.Optional;

/**
 * Reads periods as they are written in targets files, data files and on the command line (SPEC
 * §3.3): {@code 2024}, {@code 2024年}, {@code 2024-06}, {@code 2024-6}, {@code 2024年6月}, {@code
 * 2024年1-6月}, {@code 2024-Q2}, {@code 2024Q2}, {@code 2024-H1}, {@code 2024年上半年}.
 *
 * <p>Also accepted: {@code 2024年9月末}, {@code 2024年三季度末}, {@code 2024年上半年末} (so far in the
 * year, at that month's or quarter's end: 2024-09, 2024-09, 2024-06); {@code 2024年度}, {@code
 * 2024年全年}, and {@code 2024年末} / {@code 2024年底} (the
 * year: the end of it, as a stock is published); {@code 2024年1-6月份}; {@code 2024年1月-6月} (the
 * month written at both ends, with any dash: {@code 1月—6月}, {@code 1月至6月});
 * {@code 2024年前两季度} / {@code 前二季度} / {@code 前三季度} / {@code 前四季度} (cumulative to the end
 * of that quarter, 前四季度 being the year), and the same as a range from the first quarter
 * ({@code 2024年1-3季度}, {@code 一至三季度}); {@code 2024年第一季度} / {@code 一季度} / {@code 1季度}
 * (the first quarter, which is also January to March cumulative); {@code 2024H1} and lower-case
 * {@code q}/{@code h}; {@code 2024-Q4} and {@code 2024-H2} are the whole year (cumulative to its
 * end). Full-width characters fold (NFKC).
 *
 * <p>Refused, with a reason ({@link #refusal}): a quarter other than the first named alone ({@code
 * 2024年第三季度}, {@code 三季度}, {@code 3季度}: in Chinese statistics that is July to September
 * only, while figures here are cumulative from January), {@code 2024年下半年}, a range that does
 * not start in January ({@code 2024年3-6月}), and a month written with 份 ({@code 2024年9月份}:
 * statistics bulletins write that for the single month). Refused as not understood: a month
 * outside 1–12 ({@code 2024-13}, {@code 2024年13月}), a year not written with four digits ({@code
 * 24}) or before 1000 ({@code 0999}), {@code 2024年前一季度} (read as "the previous quarter" as
 * often as "the first"), and forms SPEC does not list, such as {@code 2024/6} or {@code 2024.06}.
 *
 * <p>The parser is a hand-written scan (no regular expressions): data files call it per cell.
 */
public final class Periods {
  /** Shown in error messages: the forms a period may take. */
  public static final String ACCEPTED =
      "2024, 2024年, 2024-06, 2024年6月, 2024年1-6月, 2024-Q2, 2024-H1, 2024年上半年 or 2024年前三季度";

  private static final String CUMULATIVE = "; figures are cumulative from January: write ";
  private static final String[] QUARTERS = {"", "first", "second", "third", "fourth"};
  private static final String[] MONTHS = {"", "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private Periods() {}

  /** The period {@code text} names, or empty when it is not a period (e.g. a column header). */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = fold(text);
    int n = s.length();
    if (n < 4 || !digits(s, 0, 4)) {
      return Optional.empty();
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    if (year < 1000) {
      return Optional.empty();
    }
    int months;
    if (n == 4) {
      months = 12;
    } else {
      char c = s.charAt(4);
      if (c == '年') {
        months = chineseRest(s, 5);
      } else {
        int i = c == '-' ? 5 : 4;
        months = latinRest(s, i, c == '-');
      }
    }
    return months < 1 || months > 12 ? Optional.empty() : Optional.of(new Period(year, months));
  }

  /**
   * Why {@code text} is not a period, as the words that follow it in a message: for a form with a
   * known reason, e.g. {@code is the third quarter alone; figures are cumulative from January:
   * write 2024年前三季度 or 2024年1-9月} for {@code 2024年第三季度}; else {@code is not understood
   * (expected 2024, 2024年, …)}. Called only once a text is refused: it does not need to be cheap.
   */
  public static String refusal(String text) {
    String why = text == null ? null : reason(fold(text));
    if (why == null && text != null) {
      why = dateLike(fold(text));
    }
    return why != null ? why : "is not understood (expected " + ACCEPTED + ")";
  }

  /** The reason a refused form is wrong, or {@code null} when it is simply not a period. */
  private static String reason(String s) {
    if (s.length() < 6 || !digits(s, 0, 4) || s.charAt(4) != '年' || Integer.parseInt(s, 0, 4, 10) < 1000) {
      return null;
    }
    String y = s.substring(0, 5);
    String rest = s.substring(5);
    if (rest.equals("下半年")) {
      return "is July to December alone" + CUMULATIVE + y + " or " + y + "1-12月";
    }
    if (rest.endsWith("季度")) {
      int k = quarter(rest.substring(rest.startsWith("第") ? 1 : 0, rest.length() - 2));
      if (k < 2) {
        return null;
      }
      String upTo = k == 2 ? y + "上半年" : k == 3 ? y + "前三季度" : y;
      return "is the " + QUARTERS[k] + " quarter alone" + CUMULATIVE + upTo + " or " + y + "1-" + 3 * k + "月";
    }
    boolean fen = rest.endsWith("月份");
    if (!fen && !rest.endsWith("月")) {
      return null;
    }
    int end = s.length() - (fen ? 2 : 1);
    int dash = dash(s, 5, end);
    if (dash < 0) {
      int m = month(s, 5, end);
      if (!fen || m < 2 || m > 12) {
        return null;
      }
      return "reads as " + MONTHS[m] + " alone (bulletins write " + m + "月份 for the single month)" + CUMULATIVE
          + y + "1-" + m + "月 or " + y + m + "月";
    }
    int from = rangeStart(s, 5, dash);
    int to = month(s, dash + 1, end);
    if (from < 2 || to < from || to > 12) {
      return null;
    }
    return "is " + (from == to ? MONTHS[to] : MONTHS[from] + " to " + MONTHS[to]) + " alone" + CUMULATIVE
        + y + "1-" + to + "月";
  }

  /** After {@code 2024} or {@code 2024-}: {@code 06}, {@code 6}, {@code Q2}, {@code H1}. */
  private static int latinRest(String s, int i, boolean dash) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    char c = s.charAt(i);
    if ((c == 'Q' || c == 'q' || c == 'H' || c == 'h') && i + 2 == n) {
      int k = s.charAt(i + 1) - '0';
      if (c == 'Q' || c == 'q') {
        return k >= 1 && k <= 4 ? 3 * k : -1;
      }
      return k >= 1 && k <= 2 ? 6 * k : -1;
    }
    if (dash && n - i >= 1 && n - i <= 2 && digits(s, i, n)) {
      return Integer.parseInt(s, i, n, 10);
    }
    return -1;
  }

  /**
   * After {@code 2024年}: empty, {@code 度}, {@code 全年}, {@code 6月}, {@code 1-6月}, {@code
   * 1-6月份}, {@code 1月份}, {@code 上半年}, {@code 第一季度}, {@code 前三季度}.
   */
  private static int chineseRest(String s, int i) {
    int n = s.length();
    if (i == n) {
      return 12;
    }
    char last = s.charAt(n - 1);
    if (last == '月') {
      int dash = dash(s, i, n - 1);
      if (dash < 0) {
        return month(s, i, n - 1);
      }
      // 1-6月, 1月-6月: the range must start in January (figures are cumulative)
      return january(s, i, dash) ? month(s, dash + 1, n - 1) : -1;
    }
    if (last == '份') { // 1-6月份; 1月份 alone is January (a single month only in January is cumulative)
      if (n - i < 3 || s.charAt(n - 2) != '月') {
        return -1;
      }
      int dash = dash(s, i, n - 2);
      if (dash < 0) {
        return month(s, i, n - 2) == 1 ? 1 : -1;
      }
      return january(s, i, dash) ? month(s, dash + 1, n - 2) : -1;
    }
    if (last == '度') {
      if (n - i == 1) {
        return 12; // 2024年度
      }
      if (n - i < 3 || s.charAt(n - 2) != '季') {
        return -1;
      }
      char first = s.charAt(i);
      if (first == '前') { // 前三季度: cumulative to the end of the quarter; 前一季度 is ambiguous
        int k = quarter(s.substring(i + 1, n - 2));
        return k >= 2 ? 3 * k : -1;
      }
      int to = dash(s, i, n - 2);
      if (to >= 0) { // 1-3季度, 一至三季度: from the first quarter, so cumulative
        int k = quarter(s.substring(to + 1, n - 2));
        return quarter(s.substring(i, to)) == 1 && k >= 1 ? 3 * k : -1;
      }
      // 第一季度, 一季度, 1季度: the first quarter is also cumulative; a later one alone is not
      return quarter(s.substring(first == '第' ? i + 1 : i, n - 2)) == 1 ? 3 : -1;
    }
    if (n - i == 3 && s.startsWith("上半年", i)) {
      return 6;
    }
    if (n - i == 2 && s.startsWith("全年", i)) {
      return 12;
    }
    if (n - i == 1 && (last == '末' || last == '底')) { // 2024年末, 2024年底: a stock at the year's end
      return 12;
    }
    if ((last == '末' || last == '底') && n - i >= 3) { // at a month's or a quarter's end: so far in the year
      String at = s.substring(i, n - 1); // 9月, 三季度, 第三季度, 上半年
      if (at.endsWith("月")) {
        return month(at, 0, at.length() - 1);
      }
      if (at.endsWith("季度")) {
        int k = quarter(at.substring(at.startsWith("第") ? 1 : 0, at.length() - 2));
        return k >= 1 ? 3 * k : -1;
      }
      return at.equals("上半年") ? 6 : -1;
    }
    return -1;
  }

  /** Whether {@code [from, dash)} is the January a range starts with: {@code 1}, or {@code 1月} (1月-9月). */
  private static boolean january(String s, int from, int dash) {
    int len = dash - from;
    return s.charAt(from) == '1' && (len == 1 || (len == 2 && s.charAt(from + 1) == '月'));
  }

  /** The month of a range's start, {@code 3} or {@code 3月}, in {@code [from, to)}, or -1. */
  private static int rangeStart(String s, int from, int to) {
    return month(s, from, to > from && s.charAt(to - 1) == '月' ? to - 1 : to);
  }

  /** The quarter {@code q} names ({@code 一} to {@code 四}, {@code 两}, {@code 1} to {@code 4}), or 0. */
  private static int quarter(String q) {
    if (q.length() != 1) {
      return 0;
    }
    char c = q.charAt(0);
    if (c >= '1' && c <= '4') {
      return c - '0';
    }
    return c == '两' ? 2 : "一二三四".indexOf(c) + 1;
  }

  /** The index of the range's dash ({@code -}, {@code ~}, {@code 至}, {@code 到}) in {@code [from, to)}, or -1. */
  private static int dash(String s, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (c == '-' || c == '~' || c == '至' || c == '到') {
        return j;
      }
    }
    return -1;
  }

  /** The number written with one or two digits in {@code [from, to)}, or -1; the caller checks it is 1 to 12. */
  private static int month(String s, int from, int to) {
    int len = to - from;
    return len >= 1 && len <= 2 && digits(s, from, to) ? Integer.parseInt(s, from, to, 10) : -1;
  }

  private static boolean digits(String s, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return from < to;
  }

  /** {@link Folding#text}, dashes unified: a period is read the same wherever it is written. */
  private static String fold(String text) {
    String s = Folding.text(text).replace('—', '-').replace('–', '-');
    for (int i = 0; i < s.length(); i++) {
      if (Folding.isSpace(s.charAt(i))) { // 2024 年, 2024年 1-6月: spaces about 年, 月 and - say nothing
        return SPACED.matcher(s).replaceAll("$1");
      }
    }
    return s;
  }

  private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile("\\s*([年月-])\\s*");
  /** A day's date, as a spreadsheet writes one: 2024-06-30, 2024/6/30, 2024.6.30. */
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(日)?");
  /** A month written with another separator, or none: 2024/06, 2024.6, 202406. */
  private static final java.util.regex.Pattern OTHER_MONTH = java.util.regex.Pattern.compile("([0-9]{4})[/.]?([0-9]{1,2})");

  /** {@code 2024-06 (January to June)}: the period to the end of {@code month}, as a message suggests it. */
  private static String toMonth(String year, int month) {
    return year + "-" + (month < 10 ? "0" : "") + month + " (January to " + MONTHS[month] + ")";
  }

  /**
   * Why a date, a month in another form, an Excel serial number or a two-digit year is no period,
   * and what to write; or {@code null}.
   */
  private static String dateLike(String s) {
    java.util.regex.Matcher m = DATE.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return "is a day's date: write the period it closes, " + toMonth(m.group(1), month)
            + (month == 12 ? " or " + m.group(1) + " for the year" : "");
      }
    }
    m = OTHER_MONTH.matcher(s);
    if (m.matches() && !s.equals(m.group(1) + m.group(2)) || m.matches() && m.group(2).length() == 2) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return "is not a form of period: write " + toMonth(m.group(1), month);
      }
    }
    if (s.matches("[1-6][0-9]{4}(\\.0+)?")) { // 45473: 2024-06-30 as Excel keeps a date
      java.time.LocalDate d = java.time.LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(s.replaceAll("\\..*", "")));
      return "looks like a date as a spreadsheet stores it (" + s + " is " + d + "): format the column as text"
          + " before saving, or write the period, e.g. " + d.getYear() + "-" + (d.getMonthValue() < 10 ? "0" : "")
          + d.getMonthValue();
    }
    m = java.util.regex.Pattern.compile("([0-9]{2})年(.*)").matcher(s);
    if (m.matches() && parse("20" + s).isPresent()) {
      return "has a two-digit year: write it in four digits (20" + m.group(1) + "年" + m.group(2) + ")";
    }
    return null;
  }

  /** True when {@code text} looks like an attempt at a period (starts with four digits). */
  public static boolean looksLikePeriod(String text) {
    if (text == null) {
      return false;
    }
    String s = fold(text);
    return s.length() >= 4 && digits(s, 0, 4);
  }
}
