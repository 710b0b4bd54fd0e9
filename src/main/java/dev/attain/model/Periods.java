package dev.attain.model;

import java.util.Optional;

/**
 * Reads periods as they are written in targets files, data files and on the command line (SPEC
 * §3.3): {@code 2024}, {@code 2024年}, {@code 2024-06}, {@code 2024-6}, {@code 2024年6月}, {@code
 * 2024年1-6月}, {@code 2024-Q2}, {@code 2024Q2}, {@code 2024-H1}, {@code 2024年上半年}.
 *
 * <p>Also accepted: {@code 2024年第二季度} / {@code 2024年二季度} / {@code 2024年2季度} (to the end of
 * that quarter), {@code 2024H1} and lower-case {@code q}/{@code h}; {@code 2024-Q4} and {@code
 * 2024-H2} are the whole year (cumulative to its end). Full-width characters fold (NFKC).
 *
 * <p>Refused: a month outside 1–12 ({@code 2024-13}, {@code 2024年13月}), a year not written with
 * four digits ({@code 24}) or before 1000 ({@code 0999}), a range that does not start in January ({@code 2024年3-6月}: sub-year
 * figures are cumulative), {@code 2024年下半年} (July to December is not a cumulative period),
 * and forms SPEC does not list, such as {@code 2024/6} or {@code 2024.06}.
 *
 * <p>The parser is a hand-written scan (no regular expressions): data files call it per cell.
 */
public final class Periods {
  /** Shown in error messages: the forms a period may take. */
  public static final String ACCEPTED =
      "2024, 2024年, 2024-06, 2024年6月, 2024年1-6月, 2024-Q2, 2024-H1 or 2024年上半年";

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

  /** After {@code 2024年}: empty, {@code 6月}, {@code 1-6月}, {@code 上半年}, {@code 第二季度}. */
  private static int chineseRest(String s, int i) {
    int n = s.length();
    if (i == n) {
      return 12;
    }
    String rest = s.substring(i);
    if (rest.equals("上半年")) {
      return 6;
    }
    if (rest.endsWith("季度")) {
      String q = rest.substring(rest.startsWith("第") ? 1 : 0, rest.length() - 2);
      int k = q.length() == 1 ? "一二三四".indexOf(q.charAt(0)) + 1 : 0;
      if (k == 0 && q.length() == 1 && q.charAt(0) >= '1' && q.charAt(0) <= '4') {
        k = q.charAt(0) - '0';
      }
      return k == 0 ? -1 : 3 * k;
    }
    if (!rest.endsWith("月")) {
      return -1;
    }
    int end = n - 1;
    int dash = -1;
    for (int j = i; j < end; j++) {
      char c = s.charAt(j);
      if (c == '-' || c == '~' || c == '至' || c == '到') {
        dash = j;
        break;
      }
    }
    if (dash >= 0) {
      // 1-6月: the range must start in January (figures are cumulative).
      if (dash - i != 1 || s.charAt(i) != '1') {
        return -1;
      }
      i = dash + 1;
    }
    int len = end - i;
    return len >= 1 && len <= 2 && digits(s, i, end) ? Integer.parseInt(s, i, end, 10) : -1;
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
    return Folding.text(text).replace('—', '-').replace('–', '-');
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
