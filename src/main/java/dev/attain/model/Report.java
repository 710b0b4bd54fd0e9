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
 * @param findings consistency findings, all of them (writers list them as {@code findingsMode}
 *     says)
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
    findings = List.copyOf(findings);
    Objects.requireNonNull(findingsMode, "findingsMode");
    Objects.requireNonNull(summary, "summary");
  }

  /** The findings to list one by one under {@link #findingsMode()}. */
  public List<Finding> listedFindings() {
    if (findingsMode == FindingsMode.ALL) {
      return findings;
    }
    return findings.stream().filter(f -> f.status() != FindingStatus.CONSISTENT).toList();
  }
}
