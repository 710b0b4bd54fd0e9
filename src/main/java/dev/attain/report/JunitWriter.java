package dev.attain.report;

import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code junit} format: JUnit XML as Jenkins, GitLab and GitHub test reporters read it (valid
 * against the Jenkins xUnit plugin's {@code junit-10.xsd}).
 *
 * <ul>
 *   <li>{@code <testsuites>} holds a suite named after the title with one {@code <testcase>} per
 *       result: {@code classname} is the entity (the title when the entity is empty), {@code name}
 *       is {@code (id) } and the target as {@link Formatting#name} gives it, with the indicator's name
 *       and the measure where the id and wording leave them unsaid: {@code (fiscal-1)
 *       财政收入稳步增长 (一般公共预算收入 change)}.
 *   <li>FAIL and MISSING are {@code <failure type="FAIL|MISSING">} with the evidence (actual,
 *       threshold, gap, attainment, remarks) as message and body. MISSING is a failure whatever
 *       {@code --missing} says: a test report has no "not run because of missing data" state that
 *       CI tools show as prominently.
 *   <li>WARN passes, with the evidence in {@code <system-out>}; so does PASS.
 *   <li>When there are findings, a second suite {@code <title> / consistency} holds one testcase
 *       per listed finding (as {@code --findings} says), classname {@code consistency.<entity>}: an inconsistent rate
 *       counts as a warning in attain, so it passes with its evidence in {@code <system-out>}; an
 *       uncheckable one is {@code <skipped>}. The rates of a real-growth indicator, when not listed
 *       one by one (the default), are one {@code <skipped>} testcase per indicator, classname
 *       {@code consistency}, name {@code (id) name}, message {@code UNCHECKABLE: 22400 reported
 *       rates (real growth, …)}: each rate is one test, once.
 *   <li>No timestamps or host names; every {@code time} is {@code 0}: the same report gives the same
 *       bytes.
 * </ul>
 */
final class JunitWriter implements ReportWriter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    String title = report.title().isBlank() ? "attain" : Formatting.oneLine(report.title());
    int failures = 0;
    for (Result r : report.results()) {
      if (isFailure(r.status())) {
        failures++;
      }
    }
    int skipped = 0;
    for (Finding f : report.findings()) {
      if (f.status() == FindingStatus.UNCHECKABLE) {
        skipped++;
      }
    }
    // real-growth rates not listed one by one: one skipped testcase per indicator
    List<RealGrowthRates> grouped = report.unlistedRealGrowth() > 0 ? report.realGrowth() : List.of();
    skipped += grouped.size();
    int consistencyTests = report.findings().size() + grouped.size();
    int tests = report.results().size() + consistencyTests;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"" + Xml.attr(title) + "\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\" time=\"0\">\n");
    out.write("  <testsuite name=\"" + Xml.attr(title) + "\" tests=\"" + report.results().size()
        + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
    for (Result r : report.results()) {
      String classname = r.entity().isBlank() ? title : r.entity();
      String name = "(" + r.target().id() + ") " + Formatting.name(r);
      out.write("    <testcase classname=\"" + Xml.attr(classname) + "\" name=\"" + Xml.attr(name) + "\" time=\"0\"");
      String evidence = evidence(r);
      if (isFailure(r.status())) {
        out.write(">\n      <failure message=\"" + Xml.attr(r.status() + ": " + evidence) + "\" type=\""
            + r.status() + "\">" + Xml.text(body(r)) + "</failure>\n    </testcase>\n");
      } else {
        out.write(">\n      <system-out>" + Xml.text(r.status() + ": " + evidence) + "</system-out>\n    </testcase>\n");
      }
    }
    out.write("  </testsuite>\n");
    if (consistencyTests > 0) {
      String suite = title + " / consistency";
      out.write("  <testsuite name=\"" + Xml.attr(suite) + "\" tests=\"" + consistencyTests
          + "\" failures=\"0\" errors=\"0\" skipped=\"" + skipped + "\" time=\"0\">\n");
      for (Finding f : report.findings()) {
        String classname = "consistency." + f.entity();
        String name = "(" + f.indicator() + " " + f.period() + ") " + (f.name() != null ? f.name() : f.indicator());
        String what = f.status() + ": " + Formatting.finding(f)
            + (f.location() == null ? "" : " at " + f.location());
        out.write("    <testcase classname=\"" + Xml.attr(classname) + "\" name=\"" + Xml.attr(name) + "\" time=\"0\">\n");
        if (f.status() == FindingStatus.UNCHECKABLE) {
          out.write("      <skipped message=\"" + Xml.attr(what) + "\"/>\n");
        } else {
          out.write("      <system-out>" + Xml.text(what) + "</system-out>\n");
        }
        out.write("    </testcase>\n");
      }
      for (RealGrowthRates r : grouped) {
        String name = "(" + r.indicator() + ") " + r.name();
        String what = FindingStatus.UNCHECKABLE + ": " + r.rates() + (r.rates() == 1 ? " reported rate" : " reported rates")
            + " (" + r.reason() + ")";
        out.write("    <testcase classname=\"consistency\" name=\"" + Xml.attr(name) + "\" time=\"0\">\n");
        out.write("      <skipped message=\"" + Xml.attr(what) + "\"/>\n");
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
  }

  private static boolean isFailure(Status s) {
    return s == Status.FAIL || s == Status.MISSING;
  }

  /**
   * {@code period 2024, actual 6.0%, threshold ≥ 11%, gap -5.0 pp, source computed}, with what is
   * known: every result's facts (SPEC §5), also where a passing case shows no failure body.
   */
  private static String evidence(Result r) {
    List<String> parts = new ArrayList<>();
    parts.add("period " + r.evaluatedPeriod());
    parts.add("actual " + (r.actual() == null ? "none" : Formatting.actual(r)));
    parts.add("threshold " + Formatting.threshold(r));
    if (r.gap() != null) {
      parts.add("gap " + Formatting.gap(r));
    }
    if (r.attainment() != null) {
      parts.add("attainment " + Formatting.percent(r.attainment()));
    }
    if (r.source() != null) {
      parts.add("source " + r.source().key());
    }
    parts.addAll(Formatting.remarks(r));
    return String.join(", ", parts);
  }

  /** The failure body: one fact a line. */
  private static String body(Result r) {
    StringBuilder b = new StringBuilder();
    b.append("target: ").append(r.target().id()).append(" (").append(Formatting.wording(r)).append(")\n");
    b.append("indicator: ").append(r.target().indicator().name()).append(" (").append(r.target().indicator().id())
        .append(")\n");
    b.append("measure: ").append(r.target().measure().key()).append('\n');
    if (!r.entity().isBlank()) {
      b.append("entity: ").append(r.entity()).append('\n');
    }
    b.append("period: ").append(r.evaluatedPeriod()).append('\n');
    b.append("actual: ").append(r.actual() == null ? "none" : Formatting.actual(r)).append('\n');
    b.append("threshold: ").append(Formatting.threshold(r)).append('\n');
    if (r.gap() != null) {
      b.append("gap: ").append(Formatting.gap(r)).append('\n');
    }
    if (r.attainment() != null) {
      b.append("attainment: ").append(Formatting.percent(r.attainment())).append('\n');
    }
    if (r.source() != null) {
      b.append("source: ").append(r.source().key()).append('\n');
    }
    if (r.reason() != null) {
      b.append("reason: ").append(r.reason()).append('\n');
    }
    for (String n : r.notes()) {
      b.append("note: ").append(n).append('\n');
    }
    if (r.progress() != null) {
      b.append("progress: ").append(Formatting.progress(r.progress())).append('\n');
    }
    return b.toString();
  }
}
