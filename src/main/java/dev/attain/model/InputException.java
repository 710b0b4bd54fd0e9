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
   *     cell, a YAML block scalar): they are written as {@code \n} and {@code \r}, so that the
   *     message stays one line
   */
  public InputException(Location location, String detail) {
    super(oneLine(location == null ? detail : location + ": " + detail));
    this.location = location;
  }

  private static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }

  public InputException(String detail) {
    this(null, detail);
  }

  /** The location, or {@code null} when the problem has none. */
  public Location location() {
    return location;
  }
}
