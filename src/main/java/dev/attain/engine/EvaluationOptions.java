package dev.attain.engine;

import dev.attain.model.FailOn;
import dev.attain.model.FindingsMode;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import java.util.Set;

/**
 * How to evaluate: which targets and entities, and how statuses count.
 *
 * @param period evaluate only targets of this period, or {@code null} for all ({@code --period})
 * @param asOf judge year targets on this cumulative period, or {@code null} ({@code --as-of})
 * @param entities evaluate only these entities; empty for all ({@code --entity})
 * @param failOn which statuses make exit code 1
 * @param missing how MISSING counts
 * @param findings which consistency findings reports list
 */
public record EvaluationOptions(
    Period period, Period asOf, Set<String> entities, FailOn failOn, MissingPolicy missing, FindingsMode findings) {
  public EvaluationOptions {
    entities = Set.copyOf(entities);
    if (failOn == null) {
      failOn = FailOn.FAIL;
    }
    if (missing == null) {
      missing = MissingPolicy.FAIL;
    }
    if (findings == null) {
      findings = FindingsMode.PROBLEMS;
    }
  }

  public static EvaluationOptions defaults() {
    return new EvaluationOptions(null, null, Set.of(), FailOn.FAIL, MissingPolicy.FAIL, FindingsMode.PROBLEMS);
  }
}
