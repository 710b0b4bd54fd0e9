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
 *   <li>{@link #text}: NFKC (full-width letters, digits and signs fold to their usual forms), then
 *       trimmed as above. Values, units, periods and entities are read from this form.
 *   <li>{@link #nameKey}: {@link #text} in lower case; indicator names, aliases and column headers
 *       match case-insensitively.
 *   <li>{@link #entity}: {@link #text}; an entity keeps its case, as it is also what reports show.
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

  /** {@code raw} NFKC-folded and {@linkplain #trim trimmed}. */
  public static String text(String raw) {
    String s = trim(raw);
    for (int j = 0; j < s.length(); j++) {
      if (s.charAt(j) >= 0x80) {
        return trim(Normalizer.normalize(s, Normalizer.Form.NFKC));
      }
    }
    return s;
  }

  /** How names are compared: {@link #text}, then lower case. */
  public static String nameKey(String raw) {
    return text(raw).toLowerCase(Locale.ROOT);
  }

  /**
   * An entity as it is compared and shown: {@link #text}, case kept. The targets file's {@code
   * entity:}, the command line's {@code --entity} and the data's entity cells fold alike.
   */
  public static String entity(String raw) {
    return text(raw);
  }
}
