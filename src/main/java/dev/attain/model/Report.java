package dev.attain.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything an evaluation found, ready for a report writer.
 *
 * @param title the targets file's title
 * @param period the targets file's period, or {@code null}
 * @param entities the entities evaluated, in order of first appearance
 * @param results one per target and entity: targets in file order, entities in order of first
 *     appearance
 * @param findings the consistency findings listed one by one, in data order: all of them under
 *     {@link FindingsMode#ALL}, else the inconsistent and uncheckable ones (consistent findings
 *     given are dropped); the summary counts every finding
 * @param findingsMode which findings to list one by one
 * @param summary counts and verdict
 */
public record Report(
    String title,
    Period period,
    List<String> entities,
    List<Result> results,
    List<Finding> findings,
    FindingsMode findingsMode,
    Summary summary) {
  public Report {
    Objects.requireNonNull(title, "title");
    entities = List.copyOf(entities);
    results = List.copyOf(results);
    Objects.requireNonNull(findingsMode, "findingsMode");
    findings = findingsMode == FindingsMode.ALL
        ? List.copyOf(findings)
        : findings.stream().filter(f -> f.status() != FindingStatus.CONSISTENT).toList();
    Objects.requireNonNull(summary, "summary");
  }

  /** How many checked growth rates are counted but not listed (consistent ones, by default). */
  public int unlistedFindings() {
    return summary.findings() - findings.size();
  }
}
