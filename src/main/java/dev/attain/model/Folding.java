package dev.attain.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text a person typed is compared: one rule for data cells, targets files and the command line,
 * so that what one of them writes matches what another wrote.
 *
 * <ul>
 *   <li>{@link #trim}: surrounding white space removed, also non-breaking ({@code U+00A0}, {@code
 *       U+2007}, {@code U+202F}), ideographic ({@code U+3000}) and the byte-order mark ({@code
 *       U+FEFF}); nothing else changes. For showing a cell as it was written.
 *   <li>{@link #text}: NFKC (full-width letters, digits and signs fold to their usual forms),
 *       invisible characters (zero-width space …) dropped and line breaks inside folded, then
 *       trimmed as above. Values, units, periods and entities are read from this form.
 *   <li>{@link #nameKey}: {@link #text} without white space beside a CJK character ({@code R&D
 *       经费}), in lower case; indicator names, aliases and column headers match case-insensitively.
 *   <li>{@link #entity}: {@link #text}, without white space between two CJK characters (a name
 *       padded to a width, {@code 八　宿}); an entity keeps its case, as it is also what reports show.
 * </ul>
 *
 * <p>ASCII text skips NFKC, which leaves it as it is: data files fold every cell.
 */
public final class Folding {
  private Folding() {}

  /** {@code raw} without surrounding white space (also non-breaking, ideographic and U+FEFF). */
  public static String trim(String raw) {
    int a = 0;
    int b = raw.length();
    while (a < b && isSpace(raw.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(raw.charAt(b - 1))) {
      b--;
    }
    return a == 0 && b == raw.length() ? raw : raw.substring(a, b);
  }

  /**
   * Whether {@code c} is white space as text is trimmed here: also non-breaking, ideographic and
   * U+FEFF (every space character, {@link Character#isSpaceChar}, and every white space one).
   */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
        || c == '\uFEFF' || Character.isWhitespace(c);
  }

  /**
   * {@code raw} NFKC-folded and {@linkplain #trim trimmed}, without the characters no one sees
   * ({@link #isInvisible}: a zero-width space pasted from a web page would make 洛隆县 a county of
   * its own), and with a line break inside the text (Excel's Alt+Enter in a long name) removed
   * between two CJK characters ({@code 社会消费品⏎零售总额}) and a space elsewhere.
   */
  public static String text(String raw) {
    String s = trim(raw);
    boolean wide = false;
    boolean breaks = false;
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c >= 0x80) {
        wide = true;
      } else if (c == '\n' || c == '\r') {
        breaks = true;
      }
    }
    if (!wide && !breaks) {
      return s;
    }
    s = visible(s); // (before NFKC: a mark after a zero-width space composes once the space is gone)
    return trim(wide ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s);
  }

  /**
   * Whether {@code c} is a format character no one sees in a cell: zero-width space, joiners and
   * non-joiners, the word joiner, soft hyphen, the byte-order mark, and the marks and embeddings of
   * text direction.
   */
  public static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code s} without invisible characters, a line break (and the blanks about it) folded as {@link #text} says. */
  private static String visible(String s) {
    StringBuilder b = null;
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      boolean lineBreak = c == '\n' || c == '\r';
      if (!lineBreak && !isInvisible(c)) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length()).append(s, 0, j);
      }
      if (lineBreak) {
        int end = j;
        while (end < s.length() && (isSpace(s.charAt(end)) || isInvisible(s.charAt(end)))) {
          end++;
        }
        while (b.length() > 0 && isSpace(b.charAt(b.length() - 1))) {
          b.setLength(b.length() - 1);
        }
        boolean cjkBefore = b.length() > 0 && isCjk(b.charAt(b.length() - 1));
        boolean cjkAfter = end < s.length() && isCjk(s.charAt(end));
        if (!(cjkBefore && cjkAfter) && b.length() > 0 && end < s.length()) {
          b.append(' ');
        }
        j = end - 1;
      }
    }
    return b == null ? s : b.toString();
  }

  /** CJK ideographs, kana, hangul and their punctuation: where a line break between two joins no words. */
  private static boolean isCjk(char c) {
    return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF'
        || c >= '\uAC00' && c <= '\uD7AF';
  }

  /**
   * {@code raw} as a message quotes a cell: {@linkplain #trim trimmed}, a line break shown as a
   * space, and each invisible character as its code ({@code 社会消<U+200B>费品零售总额}), so that a
   * name that does not match is seen not to.
   */
  public static String shown(String raw) {
    String s = trim(raw);
    StringBuilder b = null;
    for (int j = 0; j < s.length(); j++) {
      char c = s.charAt(j);
      boolean odd = c == '\n' || c == '\r' || isInvisible(c);
      if (odd && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, j);
      }
      if (b != null) {
        if (c == '\n' || c == '\r') {
          b.append(' ');
        } else if (odd) {
          b.append(String.format("<U+%04X>", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** How names are compared: {@link #text}, white space beside a CJK character dropped, then lower case. */
  public static String nameKey(String raw) {
    return withoutSpaces(entity(raw), true).toLowerCase(Locale.ROOT); // R&D 经费投入强度 is R&D经费投入强度
  }

  /**
   * {@code t} without the runs of white space inside it that stand between two CJK characters
   * ({@code 八　宿}), or with {@code besideOne}, beside one ({@code R&D 经费}); {@code t} itself when
   * there are none.
   */
  private static String withoutSpaces(String t, boolean besideOne) {
    StringBuilder b = null;
    for (int j = 0; j < t.length(); j++) {
      char c = t.charAt(j);
      if (isSpace(c) && j > 0) {
        int end = j;
        while (end < t.length() && isSpace(t.charAt(end))) {
          end++;
        }
        boolean before = isCjk(t.charAt(j - 1));
        boolean after = end < t.length() && isCjk(t.charAt(end));
        if (end < t.length() && (besideOne ? before || after : before && after)) {
          if (b == null) {
            b = new StringBuilder(t.length()).append(t, 0, j);
          }
          j = end - 1;
          continue;
        }
      }
      if (b != null) {
        b.append(c);
      }
    }
    return b == null ? t : b.toString();
  }

  /**
   * An entity as it is compared and shown: {@link #text}, case kept. The targets file's {@code
   * entity:}, the command line's {@code --entity} and the data's entity cells fold alike.
   */
  public static String entity(String raw) {
    return withoutSpaces(text(raw), false);
  }

}
