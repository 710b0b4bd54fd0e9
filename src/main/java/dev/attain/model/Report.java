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
 *     given are dropped) except those of real-growth indicators, which {@code realGrowth} counts;
 *     the summary counts every finding
 * @param realGrowth the rates of each real-growth indicator, one entry per indicator in the targets
 *     file's order, under either mode (under {@link FindingsMode#ALL} they are in {@code findings}
 *     as well)
 * @param findingsMode which findings to list one by one
 * @param summary counts and verdict
 */
public record Report(
    String title,
    Period period,
    List<String> entities,
    List<Result> results,
    List<Finding> findings,
    List<RealGrowthRates> realGrowth,
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
    realGrowth = List.copyOf(realGrowth);
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * How many checked growth rates are counted but not listed one by one: by default the consistent
   * ones and those of real-growth indicators ({@link #unlistedConsistent()} + {@link
   * #unlistedRealGrowth()}).
   */
  public int unlistedFindings() {
    return summary.findings() - findings.size();
  }

  /** How many consistent rates are counted but not listed (all of them, by default). */
  public int unlistedConsistent() {
    int listed = 0;
    for (Finding f : findings) {
      if (f.status() == FindingStatus.CONSISTENT) {
        listed++;
      }
    }
    return summary.consistent() - listed;
  }

  /**
   * How many rates of real-growth indicators are only counted in {@link #realGrowth()}, not listed
   * one by one (all of them, by default; none under {@link FindingsMode#ALL}).
   */
  public int unlistedRealGrowth() {
    if (findingsMode == FindingsMode.ALL) {
      return 0;
    }
    int total = 0;
    for (RealGrowthRates r : realGrowth) {
      total += r.rates();
    }
    return total;
  }
}
