package dev.attain.report;

import dev.attain.model.Finding;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code markdown} format: GitHub-flavoured Markdown for {@code $GITHUB_STEP_SUMMARY}, GitLab
 * and merge-request comments. A {@code ###} heading (so it nests under a page's own headings), the
 * summary in bold, a results table, the consistency counts, the rates of each real-growth
 * indicator in one paragraph, a findings table (listed as {@link Report#findings()} says) and the
 * counts. Cells escape {@code |}, {@code <}, {@code >}, {@code &} and turn line
 * breaks into {@code <br>}.
 */
final class MarkdownWriter implements ReportWriter {
  @Override
  public void write(Report report, Writer out) throws IOException {
    String title = report.title().isBlank() ? "attain report" : report.title();
    out.write("### " + text(Formatting.oneLine(title)) + "\n\n");
    out.write("**" + icon(report.summary().status()) + report.summary().status() + "** — "
        + Formatting.counts(report.summary()));
    List<String> context = new ArrayList<>();
    if (report.period() != null) {
      context.add("period " + report.period());
    }
    if (!report.entities().isEmpty()) {
      context.add((report.entities().size() == 1 ? "entity " : "entities ") + String.join(", ", report.entities()));
    }
    if (!context.isEmpty()) {
      out.write(" · " + text(String.join(" · ", context)));
    }
    out.write("\n\n");
    boolean multi = report.entities().size() > 1;
    if (report.results().isEmpty()) {
      out.write(Formatting.NO_RESULTS + "\n");
    } else {
      head(out, Formatting.resultHeaders(multi));
      for (Result r : report.results()) {
        List<String> cells = Formatting.resultCells(r, multi, "\n");
        cells.set(0, icon(r.status()) + cells.get(0));
        row(out, cells);
      }
    }
    if (report.summary().findings() > 0) {
      out.write("\n**Consistency of reported growth rates:** " + Formatting.findingCounts(report.summary()) + "\n");
      if (!report.realGrowth().isEmpty()) {
        out.write("\n**" + Formatting.REAL_GROWTH_LABEL + ":** "
            + text(Formatting.realGrowthRates(report.realGrowth())) + "\n");
      }
      List<Finding> listed = report.findings();
      if (!listed.isEmpty()) {
        out.write("\n");
        head(out, Formatting.FINDING_HEADERS);
        for (Finding f : listed) {
          row(out, Formatting.findingCells(f));
        }
      }
      String unlisted = Formatting.unlistedNote(report, option -> "`" + option + "`");
      if (unlisted != null) {
        out.write("\n" + unlisted + "\n");
      }
    }
    out.write("\n" + text(Formatting.closing(report)) + "\n");
  }

  /** The header row and the alignment row: numbers align right. */
  private static void head(Writer out, List<String> headers) throws IOException {
    row(out, headers);
    out.write(headers.stream().map(h -> Formatting.numeric(h) ? " ---: |" : " --- |")
        .collect(Collectors.joining("", "|", "\n")));
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(cell(c)).append(" |");
    }
    out.write(b.append('\n').toString());
  }

  private static String icon(Status s) {
    return switch (s) {
      case PASS -> "✅ ";
      case WARN -> "⚠️ ";
      case FAIL -> "❌ ";
      case MISSING -> "❔ ";
    };
  }

  /** Escaped for a table cell: one line, no pipe, no HTML. */
  static String cell(String s) {
    String t = text(s).replace("|", "\\|").replace("\r\n", "\n").replace('\r', '\n');
    return t.strip().replace("\n", "<br>");
  }

  /** Escaped running text: no HTML; control characters other than line breaks replaced. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\n', '\r' -> b.append(c);
        case '\t' -> b.append(' ');
        default -> b.append(c < 0x20 || (c >= 0x7F && c < 0xA0) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
