package dev.attain.report;

import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.Report;
import dev.attain.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code text} format, for terminals and email bodies.
 *
 * <p>Line 1 is {@link Formatting#summaryLine} (which names the entity of a report about one, since
 * the table then has no entity column); then a blank line, a table of results (an entity
 * column only when the report has more than one entity; remarks such as the reason for MISSING and
 * time progress in the last column), the consistency findings: their counts, the rates of each
 * real-growth indicator on one line ({@code Real growth (at comparable prices), not checkable from
 * nominal levels: 地区生产总值 1 rate}), the findings listed as {@link Report#findings()} says and
 * a note of what is not listed; then a closing summary line. Colour
 * (ANSI, statuses only) when {@link RenderOptions#color()}; with {@link
 * RenderOptions#summaryOnly()} only line 1 is written.
 */
final class TextWriter implements ReportWriter {
  private static final String RESET = "\u001b[0m";

  private final RenderOptions options;

  TextWriter(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    String first = Formatting.summaryLine(report);
    if (options.color()) {
      String word = report.summary().status().name();
      int at = first.lastIndexOf(word + " — ");
      first = first.substring(0, at) + colour(report.summary().status()).apply(word) + first.substring(at + word.length());
    }
    out.write(first);
    out.write('\n');
    if (options.summaryOnly()) {
      return;
    }
    out.write('\n');
    boolean multi = report.entities().size() > 1;
    if (report.results().isEmpty()) {
      out.write(Formatting.NO_RESULTS + "\n");
    } else {
      results(report, multi).write(out);
    }
    if (report.summary().findings() > 0) {
      out.write('\n');
      out.write("Consistency of reported growth rates: " + Formatting.findingCounts(report.summary()) + "\n");
      if (!report.realGrowth().isEmpty()) {
        out.write(Formatting.REAL_GROWTH_LABEL + ": " + Formatting.realGrowthRates(report.realGrowth()) + "\n");
      }
      List<Finding> listed = report.findings();
      if (!listed.isEmpty()) {
        findings(listed, multi).write(out);
      }
      String unlisted = Formatting.unlistedNote(report, UnaryOperator.identity());
      if (unlisted != null) {
        out.write(unlisted + "\n");
      }
    }
    out.write('\n');
    out.write(Formatting.closing(report));
    out.write('\n');
  }

  private TextTable results(Report report, boolean multi) {
    List<String> headers = Formatting.resultHeaders(multi);
    boolean[] right = new boolean[headers.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = Formatting.numeric(headers.get(i));
    }
    TextTable table = new TextTable(headers, right);
    table.addAll(report.results(), r -> Formatting.resultCells(r, multi, "; "),
        r -> options.color() ? colour(r.status()) : null);
    return table;
  }

  private TextTable findings(List<Finding> listed, boolean multi) {
    List<String> headers = new ArrayList<>(List.of("status"));
    if (multi) {
      headers.add("entity");
    }
    headers.addAll(List.of("indicator", "period", "finding", "location"));
    TextTable table = new TextTable(headers);
    table.addAll(listed, f -> {
      List<String> cells = new ArrayList<>(multi ? 6 : 5);
      cells.add(f.status().name());
      if (multi) {
        cells.add(f.entity());
      }
      cells.add(f.name() != null ? f.name() : f.indicator());
      cells.add(f.period().toString());
      cells.add(Formatting.finding(f));
      cells.add(f.location() == null ? "" : f.location().toString());
      return cells;
    }, f -> options.color() ? colour(f.status()) : null);
    return table;
  }

  private static UnaryOperator<String> colour(Status s) {
    String code = switch (s) {
      case PASS -> "\u001b[32m";
      case WARN -> "\u001b[33m";
      case FAIL -> "\u001b[31m";
      case MISSING -> "\u001b[35m";
    };
    return text -> code + text + RESET;
  }

  private static UnaryOperator<String> colour(FindingStatus s) {
    String code = switch (s) {
      case CONSISTENT -> "\u001b[32m";
      case INCONSISTENT -> "\u001b[33m";
      case UNCHECKABLE -> "\u001b[90m";
    };
    return text -> code + text + RESET;
  }
}
