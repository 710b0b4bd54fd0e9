package dev.attain.engine;

import dev.attain.model.FailOn;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Result;
import dev.attain.model.Summary;
import java.util.List;

/**
 * The outcome of the consistency check of reported growth rates: the findings a report lists, and
 * how many rates there were of each status. A streaming check counts consistent rates without
 * holding them unless they are listed ({@code --findings all}).
 *
 * @param listed the findings to list, in data order
 */
public record CheckedRates(List<Finding> listed, int consistent, int inconsistent, int uncheckable) {
  public CheckedRates {
    listed = List.copyOf(listed);
  }

  /** Every finding listed, counted from the list. */
  public static CheckedRates of(List<Finding> findings) {
    Tally tally = new Tally();
    for (Finding f : findings) {
      tally.add(f.status());
    }
    return tally.rates(findings);
  }

  /** The summary of {@code results} and these rates under the given policies ({@link Summary#of}). */
  public Summary summary(List<Result> results, FailOn failOn, MissingPolicy missingPolicy) {
    return Summary.of(results, consistent, inconsistent, uncheckable, failOn, missingPolicy);
  }

  /** Counts statuses one rate at a time: the one place a status is counted. */
  static final class Tally {
    private int consistent;
    private int inconsistent;
    private int uncheckable;

    void add(FindingStatus status) {
      switch (status) {
        case CONSISTENT -> consistent++;
        case INCONSISTENT -> inconsistent++;
        case UNCHECKABLE -> uncheckable++;
      }
    }

    /** The rates counted so far, listing {@code listed}. */
    CheckedRates rates(List<Finding> listed) {
      return new CheckedRates(listed, consistent, inconsistent, uncheckable);
    }
  }
}
