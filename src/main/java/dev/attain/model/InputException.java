package dev.attain.model;

/**
 * Invalid input (exit code 3): a targets or actuals file that is unreadable or malformed,
 * incompatible units, conflicting figures, a report file that cannot be written.
 *
 * <p>The message is one line, fit to be printed as it is; {@link #getMessage()} starts with the
 * location when there is one, e.g. {@code actuals.csv:14:3: value "18,45亿" is not a number
 * (expected e.g. 18.45 or 1,234.5)}.
 */
public class InputException extends RuntimeException {
  private final transient Location location;

  /**
   * @param detail what is wrong; text quoted from the input may hold line breaks (a quoted CSV
   *     cell, a YAML block scalar) or other control characters: they are written as {@code \n},
   *     {@code \r} and <code>&#92;u0085</code>-style escapes, so that the message stays one line and
   *     prints as it reads
   */
  public InputException(Location location, String detail) {
    super(oneLine(location == null ? detail : location + ": " + detail));
    this.location = location;
  }

  /**
   * {@code text} with control characters (but tabs) and line or paragraph separators escaped: the
   * rule for every line written to standard error (log lines too).
   */
  public static String oneLine(String text) {
    int i = 0;
    while (i < text.length() && !escaped(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (escaped(c)) {
        b.append("\\u").append(String.format("%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean escaped(char c) {
    return c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
  }

  public InputException(String detail) {
    this(null, detail);
  }

  /** The location, or {@code null} when the problem has none. */
  public Location location() {
    return location;
  }
}
