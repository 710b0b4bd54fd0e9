package dev.attain.cli;

/** The exit codes of SPEC §1, named once. Never a count. */
public final class ExitCode {
  /** Every evaluated target met. */
  public static final int OK = 0;
  /** At least one target missed (or MISSING, or WARN, as the policies say). */
  public static final int MISSED = 1;
  /** Usage error: unknown option, bad option value, missing argument. */
  public static final int USAGE = 2;
  /** Invalid input: a file unreadable or malformed, incompatible units, conflicting figures. */
  public static final int INPUT = 3;
  /** Internal error: a bug. */
  public static final int INTERNAL = 4;

  /**
   * For {@code --help} of {@code command} ({@code null} for {@code attain} itself): each code it can
   * give and its meaning. Only {@code check} judges targets, so only it (and {@code attain}, whose
   * help is read for it) lists 1.
   */
  static java.util.Map<String, String> meanings(String command) {
    if (command != null && !command.equals("check")) {
      boolean validate = command.equals("validate");
      java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put(Integer.toString(OK), validate ? "the files are valid" : "done");
      m.put(Integer.toString(USAGE), "usage error: unknown option, bad option value, missing argument");
      m.put(Integer.toString(INPUT), validate ? "problems found, each listed on standard error, or standard output"
          + " that cannot be written"
          : command.equals("units") ? "the targets file given with -t unreadable or malformed, or standard output that"
              + " cannot be written"
          : "standard output that cannot be written");
      m.put(Integer.toString(INTERNAL), "internal error (a bug); the stack trace only with -v");
      return m;
    }
    return meanings();
  }

  /** For {@code --help}: each code and its meaning. */
  static java.util.Map<String, String> meanings() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(Integer.toString(OK), "every evaluated target met (WARN counts as met unless --fail-on warn)");
    m.put(Integer.toString(MISSED),
        "at least one target FAIL (or MISSING under --missing fail, or WARN under --fail-on warn)");
    m.put(Integer.toString(USAGE), "usage error: unknown option, bad option value, missing argument");
    m.put(Integer.toString(INPUT), "invalid input: a targets or actuals file unreadable or malformed, "
        + "incompatible units, conflicting figures, a report file or standard output that cannot be written");
    m.put(Integer.toString(INTERNAL), "internal error (a bug); the stack trace only with -v");
    return m;
  }

  private ExitCode() {}
}
