package dev.attain.engine;

import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
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
    int c = 0, i = 0, u = 0;
    for (Finding f : findings) {
      if (f.status() == FindingStatus.CONSISTENT) {
        c++;
      } else if (f.status() == FindingStatus.INCONSISTENT) {
        i++;
      } else {
        u++;
      }
    }
    return new CheckedRates(findings, c, i, u);
  }
}
