package dev.attain.model;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads periods as they are written in targets files, data files and on the command line (SPEC
 * §3.3): {@code 2024}, {@code 2024年}, {@code 2024-06}, {@code 2024-6}, {@code 2024年6月}, {@code
 * 2024年1-6月}, {@code 2024-Q2}, {@code 2024Q2}, {@code 2024-H1}, {@code 2024年上半年}.
 */
public final class Periods {
  /** Shown in error messages: the forms a period may take. */
  public static final String ACCEPTED =
      "2024, 2024年, 2024-06, 2024年6月, 2024年1-6月, 2024-Q2, 2024-H1 or 2024年上半年";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern CN_MONTH = Pattern.compile("(\\d{4})年(?:1[-~至到])?(\\d{1,2})月");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-?[Hh]([12])");
  private static final Pattern CN_HALF = Pattern.compile("(\\d{4})年?([上下])半年");
  private static final Pattern CN_QUARTER = Pattern.compile("(\\d{4})年?(?:第)?([一二三四1-4])季度");

  private Periods() {}

  /** The period {@code text} names, or empty when it is not a period (e.g. a column header). */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('—', '-').replace('–', '-');
    Matcher m;
    try {
      if ((m = YEAR.matcher(s)).matches()) {
        return Optional.of(Period.year(Integer.parseInt(m.group(1))));
      }
      if ((m = MONTH.matcher(s)).matches() || (m = CN_MONTH.matcher(s)).matches()) {
        return month(m.group(1), Integer.parseInt(m.group(2)));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        return month(m.group(1), 3 * Integer.parseInt(m.group(2)));
      }
      if ((m = CN_QUARTER.matcher(s)).matches()) {
        return month(m.group(1), 3 * ("一二三四".indexOf(m.group(2)) >= 0
            ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2))));
      }
      if ((m = HALF.matcher(s)).matches()) {
        return month(m.group(1), 6 * Integer.parseInt(m.group(2)));
      }
      if ((m = CN_HALF.matcher(s)).matches()) {
        return month(m.group(1), m.group(2).equals("上") ? 6 : 12);
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Period> month(String year, int months) {
    if (months < 1 || months > 12) {
      return Optional.empty();
    }
    int y = Integer.parseInt(year);
    return y < 1 ? Optional.empty() : Optional.of(new Period(y, months));
  }

  /** True when {@code text} looks like an attempt at a period (starts with four digits). */
  public static boolean looksLikePeriod(String text) {
    if (text == null) {
      return false;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return s.length() >= 4 && s.substring(0, 4).chars().allMatch(Character::isDigit);
  }
}
