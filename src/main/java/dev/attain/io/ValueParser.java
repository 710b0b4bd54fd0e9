package dev.attain.io;

import dev.attain.model.Amount;
import dev.attain.model.Folding;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one value or growth cell (SPEC §3.4) with a hand-written scan: no regular expression, no
 * exception unless the cell is wrong.
 *
 * <p>Accepted: a decimal with an optional sign ({@code +}, {@code -}, {@code −}), {@code ,}
 * thousands separators in groups of three ({@code 1,234.5}; {@code 12,34} and {@code 0,500} are
 * refused: {@link #groupedByThousands}), a bound
 * prefix ({@code <}, {@code <=}, {@code ≤}, {@code >}, {@code >=}, {@code ≥}), a unit suffix
 * ({@code 18.45亿元}, {@code 8.5%}); full-width forms fold (NFKC), surrounding white space
 * (also non-breaking and ideographic) is ignored. A footnote mark ({@code 18.45①}, {@code 9.7¹}) is
 * refused: folded, it would be a digit. Not reported: empty, {@code -}, {@code —},
 * {@code …}, {@code NA}, {@code N/A}, {@code null}. The number keeps the scale it was written
 * with. Refused: scientific notation ({@code 1.2E3}: spreadsheets write long numbers that way by
 * accident, losing digits), a spreadsheet's error value ({@code #DIV/0!}, {@code #N/A}: a formula
 * that failed, said as such), more than 30 significant digits or 30 decimals.
 */
final class ValueParser {
  static final String EXPECTED_VALUE = "(expected e.g. 18.45 or 1,234.5)";
  static final String EXPECTED_GROWTH = "(expected e.g. 8.5 or 8.5%)";
  static final int MAX_DIGITS = 30;

  private final UnitTable units;
  private final Map<String, Unit> suffixes = new HashMap<>();
  private Unit suffix;

  ValueParser(UnitTable units) {
    this.units = units;
  }

  /** The unit written after the number of the last cell parsed, or {@code null}. */
  Unit suffix() {
    return suffix;
  }

  /**
   * The amount in {@code raw}, or {@code null} when the cell says "not reported".
   *
   * @param what {@code value} or {@code growth}, for messages
   * @throws InputException when the cell is not a number
   */
  Amount parse(String raw, String what, Location where) {
    suffix = null;
    int mark = footnoteMark(raw);
    if (mark >= 0) {
      throw new InputException(where, what + " \"" + Folding.trim(raw) + "\" " + footnote(raw, mark));
    }
    String s = Folding.text(raw);
    int n = s.length();
    if (n == 0 || notReported(s)) {
      return null;
    }
    int i = 0;
    Relation rel = Relation.EQ;
    char c = s.charAt(0);
    if (c == '<' || c == '>') {
      boolean eq = n > 1 && s.charAt(1) == '=';
      rel = c == '<' ? (eq ? Relation.LE : Relation.LT) : (eq ? Relation.GE : Relation.GT);
      i = eq ? 2 : 1;
    } else if (c == '≤' || c == '≦') {
      rel = Relation.LE;
      i = 1;
    } else if (c == '≥' || c == '≧') {
      rel = Relation.GE;
      i = 1;
    }
    while (rel != Relation.EQ && i < n && s.charAt(i) == ' ') {
      i++;
    }
    char[] buf = new char[n + 1];
    int len = 0;
    if (i < n) {
      c = s.charAt(i);
      if (c == '-' || c == '\u2212') {
        buf[len++] = '-';
        i++;
      } else if (c == '+') {
        i++;
      }
    }
    int intDigits = 0;
    int intStart = i;
    boolean commas = false;
    boolean ok = true;
    while (i < n) {
      c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        buf[len++] = c;
        intDigits++;
      } else if (c == ',') {
        commas = true;
      } else {
        break;
      }
      i++;
    }
    boolean badCommas = commas && !groupedByThousands(s, intStart, i);
    if (badCommas) {
      ok = false;
    }
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      buf[len++] = '.';
      i++;
      while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
        buf[len++] = c;
        fracDigits++;
        i++;
      }
    }
    if (intDigits + fracDigits == 0) {
      ok = false;
    }
    if (ok && i < n && (s.charAt(i) == 'E' || s.charAt(i) == 'e') && exponentAt(s, i + 1)) {
      throw new InputException(where, what + " \"" + Folding.trim(raw)
          + "\" is in scientific notation (write the number in full, e.g. 1200 for 1.2E3)");
    }
    if (ok && i < n) {
      String rest = Folding.trim(s.substring(i));
      Unit u = suffixes.get(rest);
      if (u == null) {
        u = units.find(unbracketed(rest)).orElse(null); // 18.45(亿元), as a header writes its unit
        if (u == null) {
          String written = Folding.trim(raw);
          char last = written.charAt(written.length() - 1);
          if (isOtherNumber(last)) { // 18.45亿元①, 8.5%①
            throw new InputException(where, what + " \"" + written + "\" " + footnote(written, written.length() - 1));
          }
          if (NOTE_MARKS.indexOf(last) >= 0) { // 5460*, 8.5%△
            throw new InputException(where, what + " \"" + written + "\" carries a note mark \"" + last
                + "\": remove it (a note goes in a column of its own)");
          }
          if (rest.startsWith("(") && rest.endsWith(")")) { // 5460(初步), 18.45(预计)
            throw new InputException(where, what + " \"" + written + "\" has a remark in brackets after the number"
                + " (" + rest.substring(1, rest.length() - 1) + "): move it to a note column (备注)");
          }
          if (rest.equals("倍")) {
            throw new InputException(where, what + " \"" + written + "\" is a multiple (倍), not a number in "
                + (what.equals("growth") ? "%: write the growth in % (增长1.2倍 is 120; 为上年的1.2倍 is 20)"
                    : "the unit: write the figure itself"));
          }
          if (rest.equals("个百分点")) {
            throw new InputException(where, what + " \"" + written + "\" is in percentage points: " + (what.equals("growth")
                ? "a growth rate is in % (a rate's own change comes from its levels)"
                : "a level is in its unit (a rate in %)"));
          }
          if (UnitTable.isPercentagePoints(rest)) {
            throw new InputException(where, what + " \"" + Folding.trim(raw) + "\": "
                + UnitTable.pointsAreNoLevel(rest, false) + " (a rate is written in %)");
          }
          if (looksLikeUnit(rest)) {
            throw new InputException(where, "unknown unit \"" + rest + "\" in " + what + " \""
                + Folding.trim(raw) + "\" (run attain units to see the known units)");
          }
          ok = false;
        } else if (suffixes.size() < 1024) {
          suffixes.put(rest, u);
        }
      }
      suffix = u;
    }
    if (badCommas) {
      throw new InputException(where, what + " \"" + Folding.trim(raw) + "\" is not a number: " + COMMAS);
    }
    if (!ok && isSpreadsheetError(s)) {
      throw new InputException(where, what + " \"" + Folding.trim(raw) + "\" is a spreadsheet's error value (its"
          + " formula failed): mend the formula and export again, or leave the cell blank where there is no figure");
    }
    if (!ok && s.length() > 1 && s.charAt(0) == '"') { // , "5460" ,: quotes after a space are text
      throw new InputException(where, what + " " + Folding.trim(raw) + " is in quotes that are read as text: a quote"
          + " opens a quoted cell only right after the comma; remove the space before it");
    }
    if (!ok) {
      String words = inWords(s, what);
      throw new InputException(where, what + " \"" + Folding.trim(raw) + "\" "
          + (words != null ? words : "is not a number " + (what.equals("growth") ? EXPECTED_GROWTH : EXPECTED_VALUE)));
    }
    int lead = 0;
    for (int k = 0; k < len && (buf[k] == '0' || buf[k] == '-' || buf[k] == '.'); k++) {
      if (buf[k] == '0') {
        lead++;
      }
    }
    if (intDigits + fracDigits - lead > MAX_DIGITS || fracDigits > MAX_DIGITS) {
      throw new InputException(where, what + " \"" + Folding.trim(raw) + "\" has too many digits (at most "
          + MAX_DIGITS + " significant digits and " + MAX_DIGITS + " decimals)");
    }
    return new Amount(new BigDecimal(buf, 0, len), rel);
  }

  /** Marks that point to a note, after a number: {@code 5460*}, {@code 8.5%△}. */
  private static final String NOTE_MARKS = "*＊※△▲#＃";

  /** {@code (亿元)} as {@code 亿元}: a unit in brackets after a number; else {@code rest}. */
  static String unbracketed(String rest) {
    return rest.length() > 2 && rest.charAt(0) == '(' && rest.charAt(rest.length() - 1) == ')'
        ? Folding.trim(rest.substring(1, rest.length() - 1)) : rest;
  }

  /** A rise or a fall written in words, as bulletins' text has it: 增长5.2%, 下降2.1%; the word, the number. */
  private static final java.util.regex.Pattern IN_WORDS =
      java.util.regex.Pattern.compile("(增长|上升|提高|增加|上涨|下降|减少|降低|回落|下跌)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|个?百分点)?");
  /** A number in brackets, {@code (1.2)}: a fall in an accountant's notation, or a note. */
  private static final java.util.regex.Pattern IN_BRACKETS = java.util.regex.Pattern.compile("\\(\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%?\\)");

  /**
   * What to write for a figure in a bulletin's words ({@code 下降2.1%}: -2.1; {@code 持平}: 0), or
   * in brackets ({@code (1.2)}), the rest of a message that refuses it; {@code null} for none of
   * these. Not read as the number: which sign brackets mean, and whether 持平 is 0 or rounds to it,
   * the table does not say.
   */
  static String inWords(String s, String what) {
    String t = s.strip();
    java.util.regex.Matcher m = IN_WORDS.matcher(t);
    if (m.matches()) {
      boolean fall = "下降减少降低回落下跌".contains(m.group(1));
      if (m.group(3) != null && m.group(3).contains("百分点")) {
        return "is a change in percentage points, written in words: a growth rate is in % (a rate's own change"
            + " comes from its levels)";
      }
      return "is written in words: write " + (fall ? "-" : "") + m.group(2) + (m.group(3) == null ? "" : "%")
          + (fall ? " (" + m.group(1) + " is a fall)" : "");
    }
    if (t.equals("持平") || t.equals("基本持平")) {
      return "is written in words: write the " + what + " as a number (0 if it is exactly level with the year before)";
    }
    m = IN_BRACKETS.matcher(t);
    if (m.matches()) {
      return "is a number in brackets: write -" + m.group(1) + " if the brackets mark a fall, " + m.group(1)
          + " if not";
    }
    return null;
  }

  /** Error values a spreadsheet writes where a formula failed ({@code #DIV/0!}, {@code #N/A} …), as Excel and WPS spell them. */
  private static final Set<String> SPREADSHEET_ERRORS = Set.of("#DIV/0!", "#N/A", "#NAME?",
      "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!",
      "#CONNECT!", "#BUSY!", "#UNKNOWN!");

  /** Whether the folded cell {@code s} is a spreadsheet's error value, in any case. */
  static boolean isSpreadsheetError(String s) {
    return !s.isEmpty() && s.charAt(0) == '#' && SPREADSHEET_ERRORS.contains(s.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Where the number in {@code raw} is followed or broken by a number that is not a digit — a
   * footnote mark ({@code ①}, {@code ¹}, {@code ⑩}) or a fraction ({@code ½}): Unicode's "other
   * number" — or -1. Folding (NFKC) would make it digits of the number: {@code 18.45①} would read
   * as 18.451. Only the number is looked at, up to the first character that cannot be part of it:
   * a unit after it may have one ({@code 60000m²}).
   */
  static int footnoteMark(String raw) {
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (isOtherNumber(c)) {
        return k;
      }
      if (!partOfNumber(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** A number that is not a digit (①, ¹, ⑩, ½: Unicode's "other number"), which folding would make digits. */
  static boolean isOtherNumber(char c) {
    return c >= 0x80 && Character.getType(c) == Character.OTHER_NUMBER;
  }

  /** A character a number cell has before its unit: digits, sign, separators, bound, white space. */
  private static boolean partOfNumber(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19') || c == '.' || c == ',' || c == '+' || c == '-'
        || c == '\u2212' || c == '\uFF0E' || c == '\uFF0C' || c == '\uFF0B' || c == '\uFF0D' || c == '<' || c == '>'
        || c == '=' || c == '≤' || c == '≥' || c == '≦' || c == '≧' || c == '\uFF1C' || c == '\uFF1E'
        || c == '\uFF1D' || Folding.isSpace(c);
  }

  /** What to say of the number at {@code mark} in {@code raw} that is not a digit. */
  static String footnote(String raw, int mark) {
    char c = raw.charAt(mark);
    boolean fraction = (c >= '\u00BC' && c <= '\u00BE') || (c >= '\u2150' && c <= '\u215F');
    return fraction
        ? "has \"" + c + "\", which is not a digit: write the number in digits (0.5 for ½)"
        : "carries a footnote mark \"" + c + "\": remove it (a note goes in a column of its own)";
  }

  /** Why a number's commas are refused (see {@link #groupedByThousands}). */
  static final String COMMAS = "a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5);"
      + " a decimal is written with a point (0.5, not 0,5)";

  /**
   * Whether the digits and commas {@code s[from, to)} are grouped by thousands as spreadsheets
   * write them: a first group of one to three digits that does not start with a 0, then groups of
   * exactly three ({@code 5,400}, {@code 12,345,678}). Refused: {@code 12,34} and {@code 1234,5}
   * (not every three digits), {@code ,500} and {@code 5,} (a group missing), and {@code 0,500} or
   * {@code 0,5} (a decimal comma: no thousands group starts with a 0), which would otherwise be
   * read as 500 where the writer meant 0.5. The one rule for data cells and the targets file.
   */
  static boolean groupedByThousands(CharSequence s, int from, int to) {
    int group = 0; // digits in the group being read
    boolean first = true;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == ',') {
        if (first ? group == 0 || group > 3 || s.charAt(from) == '0' : group != 3) {
          return false;
        }
        first = false;
        group = 0;
      } else if (c >= '0' && c <= '9') {
        group++;
      } else {
        return false;
      }
    }
    return first ? group > 0 : group == 3;
  }

  /** What {@link #plainUnscaled} answers for a text that is not a plain number. */
  static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The number in {@code b[from, to)} when the text is plain — an optional {@code -}, digits, and
   * optionally {@code .} and digits, at most 18 digits: its unscaled value, with its scale put in
   * {@code scale[0]}, making no object; else {@link #NOT_PLAIN}. For such a text {@link #parse}
   * gives the same number (same digits, same scale) with no relation and no suffix.
   */
  static long plainUnscaled(char[] b, int from, int to, int[] scale) {
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int intDigits = 0;
    int decimals = 0;
    boolean dot = false;
    for (; i < to; i++) {
      char c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return NOT_PLAIN;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (dot) {
          decimals++;
        } else {
          intDigits++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return NOT_PLAIN;
      }
    }
    if (intDigits == 0 || (dot && decimals == 0)) {
      return NOT_PLAIN;
    }
    scale[0] = decimals;
    return negative ? -unscaled : unscaled;
  }

  private static boolean exponentAt(String s, int i) {
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** A suffix made of letters or symbols only is taken for a unit; one with digits is not. */
  private static boolean looksLikeUnit(String rest) {
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '+') {
        return false;
      }
    }
    return true;
  }

  static boolean notReported(String s) {
    switch (s.length()) {
      case 1:
        char c = s.charAt(0);
        return c == '-' || c == '—' || c == '…';
      case 2:
        return s.equalsIgnoreCase("na") || s.equals("——") || s.equals("……");
      case 3:
        return s.equals("...") || s.equalsIgnoreCase("n/a");
      case 4:
        return s.equalsIgnoreCase("null");
      default:
        return false;
    }
  }
}
