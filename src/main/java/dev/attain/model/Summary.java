package dev.attain.model;

import java.util.List;

/**
 * Counts per status and the verdict (SPEC §1 exit codes, §5).
 *
 * @param status the overall verdict, whatever {@code --fail-on} says of the exit code: FAIL when
 *     anything fails (a FAIL, or a MISSING under {@code --missing fail}), else WARN when anything
 *     counts as a warning (a WARN, an inconsistent rate, a MISSING under {@code --missing warn}),
 *     else PASS
 * @param exitCode 0 or 1, as {@code --fail-on} decides from the same counts
 */
public record Summary(
    Status status,
    int exitCode,
    int pass,
    int warn,
    int fail,
    int missing,
    int consistent,
    int inconsistent,
    int uncheckable) {

  /** How many growth rates were checked: consistent, inconsistent and uncheckable. */
  public int findings() {
    return consistent + inconsistent + uncheckable;
  }

  /**
   * The summary of {@code results} and of the growth rates checked, given by their counts (a
   * streaming check keeps only the findings it lists). A MISSING result counts as a failure, a
   * warning or nothing, as {@code missingPolicy} says; an inconsistent rate counts as a warning.
   */
  public static Summary of(List<Result> results, int consistent, int inconsistent, int uncheckable, FailOn failOn,
      MissingPolicy missingPolicy) {
    int pass = 0, warn = 0, fail = 0, missing = 0;
    for (Result r : results) {
      switch (r.status()) {
        case PASS -> pass++;
        case WARN -> warn++;
        case FAIL -> fail++;
        case MISSING -> missing++;
      }
    }
    int failing = fail + (missingPolicy == MissingPolicy.FAIL ? missing : 0);
    int warning = warn + inconsistent + (missingPolicy == MissingPolicy.WARN ? missing : 0);
    Status verdict = failing > 0 ? Status.FAIL : warning > 0 ? Status.WARN : Status.PASS;
    boolean exitOne = switch (failOn) {
      case FAIL -> failing > 0;
      case WARN -> failing > 0 || warning > 0;
      case NEVER -> false;
    };
    return new Summary(verdict, exitOne ? 1 : 0, pass, warn, fail, missing, consistent, inconsistent, uncheckable);
  }
}
