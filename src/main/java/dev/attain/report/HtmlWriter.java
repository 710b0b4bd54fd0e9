package dev.attain.report;

import dev.attain.model.Finding;
import dev.attain.model.Progress;
import dev.attain.model.ProgressBasis;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@code html} format: one self-contained page for browsers and email clients. Inline {@code
 * <style>} only, no scripts, no external resources or links; tables for layout. Markup is
 * well-formed XML (every element closed, only the five XML entities), so it can be parsed by XML
 * tools too.
 *
 * <p>Per result, an attainment bar: its width is the attainment, capped at 100% (108.7% shows a
 * full bar and the number); a time-progress result shows a marker at the share due (of the year,
 * or under a schedule the schedule's, and the label says which); a target with no attainment (growth, a rate, at_most only) has no bar and leaves the cell
 * empty (its gap is in the column beside) — a rate is never drawn as a ratio of two rates. A figure
 * short of its threshold shows at most 99.9 % and a bar at most 97 % wide: the bar is full only for
 * a met target.
 */
final class HtmlWriter implements ReportWriter {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The widest bar of a figure short of its threshold, in %: a visible gap at the end. */
  private static final BigDecimal SHORT_BAR = BigDecimal.valueOf(97);

  private static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",Arial,sans-serif;color:#1f2328;\
      background:#ffffff;margin:16px;font-size:14px;line-height:1.4}
      h1{font-size:20px;margin:0 0 6px 0}
      h2{font-size:16px;margin:20px 0 6px 0}
      p.summary{margin:0 0 12px 0}
      table{border-collapse:collapse;margin:0 0 8px 0}
      th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f6f8fa;font-weight:600}
      td.num{text-align:right;white-space:nowrap}
      td.nowrap{white-space:nowrap}td.name{min-width:10em}td.remarks{min-width:16em}\
      span.sub{color:#59636e;font-size:12px}
      span.badge{display:inline-block;padding:1px 6px;border-radius:3px;font-weight:700;font-size:12px;color:#ffffff}
      .PASS{background:#1a7f37}
      .WARN{background:#bf8700}
      .FAIL{background:#cf222e}
      .MISSING{background:#8250df}
      .CONSISTENT{background:#1a7f37}
      .INCONSISTENT{background:#bf8700}
      .UNCHECKABLE{background:#6e7781}
      div.bar{position:relative;width:120px;height:10px;background:#eaeef2;border-radius:2px;margin:3px 0}
      div.fill{height:10px;border-radius:2px}
      div.mark{position:absolute;top:-3px;width:0;height:16px;border-left:2px solid #1f2328}
      span.over{font-weight:700}
      p.note{color:#57606a;margin:4px 0}
      """;

  /** The class of the cells of a results column; a column not named has none. */
  private static final Map<String, String> RESULT_CLASSES = Map.of("id", "nowrap", "target", "name",
      "entity", "nowrap", "period", "nowrap", "actual", "num", "threshold", "nowrap", "gap", "num",
      "attainment", "nowrap", "remarks", "remarks");
  private static final Map<String, String> FINDING_CLASSES =
      Map.of("period", "nowrap", "reported", "num", "computed", "num");

  @Override
  public void write(Report report, Writer out) throws IOException {
    String title = report.title().isBlank() ? "attain report" : Formatting.oneLine(report.title());
    Status verdict = report.summary().status();
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Xml.text(title + ": " + verdict)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(Xml.text(title)).append("</h1>\n");
    b.append("<p class=\"summary\">").append(badge(verdict.name())).append(' ')
        .append(Xml.text(Formatting.counts(report.summary())));
    if (report.period() != null) {
      b.append(" · period ").append(Xml.text(report.period().toString()));
    }
    if (!report.entities().isEmpty()) {
      b.append(report.entities().size() == 1 ? " · entity " : " · entities ")
          .append(Xml.text(String.join(", ", report.entities())));
    }
    b.append("</p>\n");
    out.write(b.toString());
    boolean multi = report.entities().size() > 1;
    if (report.results().isEmpty()) {
      out.write("<p>" + Formatting.NO_RESULTS + "</p>\n");
    } else {
      List<String> headers = Formatting.resultHeaders(multi);
      out.write("<table class=\"results\">\n" + head(headers) + "<tbody>\n");
      for (Result r : report.results()) {
        out.write(row(headers, Formatting.resultCells(r, multi, "; "), RESULT_CLASSES, r));
      }
      out.write("</tbody>\n</table>\n");
    }
    if (report.summary().findings() > 0) {
      out.write("<h2>Consistency of reported growth rates</h2>\n<p class=\"summary\">"
          + Xml.text(Formatting.findingCounts(report.summary())) + "</p>\n");
      if (!report.realGrowth().isEmpty()) {
        out.write("<p class=\"summary\">" + Xml.text(Formatting.REAL_GROWTH_LABEL + ": "
            + Formatting.realGrowthRates(report.realGrowth())) + "</p>\n");
      }
      List<Finding> listed = report.findings();
      if (!listed.isEmpty()) {
        out.write("<table class=\"findings\">\n" + head(Formatting.FINDING_HEADERS) + "<tbody>\n");
        for (Finding f : listed) {
          out.write(row(Formatting.FINDING_HEADERS, Formatting.findingCells(f), FINDING_CLASSES, null));
        }
        out.write("</tbody>\n</table>\n");
      }
      String unlisted = Formatting.unlistedNote(report, UnaryOperator.identity());
      if (unlisted != null) {
        out.write("<p class=\"note\">" + Xml.text(unlisted) + "</p>\n");
      }
    }
    out.write("<p class=\"note\">" + Xml.text(Formatting.closing(report)) + "</p>\n</body>\n</html>\n");
  }

  private static String head(List<String> headers) {
    StringBuilder b = new StringBuilder("<thead><tr>");
    for (String h : headers) {
      b.append("<th>").append(h).append("</th>");
    }
    return b.append("</tr></thead>\n").toString();
  }

  /**
   * One table row: the status as a badge, the target and a threshold on two lines, the attainment
   * as a bar (of {@code r}; findings, with {@code r} null, have neither column), every other cell as
   * text.
   */
  private static String row(List<String> headers, List<String> cells, Map<String, String> classes, Result r) {
    StringBuilder b = new StringBuilder(512).append("<tr>");
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      String cls = classes.get(h);
      b.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">").append(switch (h) {
        case "status" -> badge(cells.get(i));
        case "target" -> target(r);
        case "threshold" -> threshold(r == null ? List.of(cells.get(i)) : Formatting.thresholdParts(r));
        case "attainment" -> bar(r);
        default -> Xml.text(cells.get(i));
      }).append("</td>");
    }
    return b.append("</tr>\n").toString();
  }

  /**
   * The attainment bar with its number. Under time progress the bar is the attainment of the annual
   * target with a marker at the share due ({@code 52.0% (year 50.0%)}; under a schedule, {@code 72.2%
   * (schedule 70.0%, year 75.0%)}, the marker at the schedule's share); a stock judged
   * as it stands has its plain attainment and no marker. A target with no attainment (growth,
   * at_most) shows nothing: its gap is in the column beside, and a growth rate is never shown as a
   * ratio of two rates.
   */
  private static String bar(Result r) {
    boolean yearToDate = r.progress() != null && r.progress().attainment() != null;
    BigDecimal attainment = yearToDate ? r.progress().attainment() : r.attainment();
    if (attainment == null) {
      return "";
    }
    String colour = switch (r.status()) {
      case PASS -> "#1a7f37";
      case WARN -> "#bf8700";
      case FAIL -> "#cf222e";
      case MISSING -> "#8250df";
    };
    StringBuilder b = new StringBuilder();
    // short of the threshold (under 100 %), never drawn full: 99.9 % would look it
    BigDecimal width = attainment.compareTo(HUNDRED) < 0 ? clamp(attainment).min(SHORT_BAR) : clamp(attainment);
    b.append("<div class=\"bar\"><div class=\"fill\" style=\"width:").append(width.toPlainString())
        .append("%;background:").append(colour).append("\"></div>");
    if (yearToDate && r.progress().elapsed() != null) { // stocks, rates, growth: not measured against time
      b.append("<div class=\"mark\" style=\"left:").append(clamp(r.progress().elapsed()).toPlainString())
          .append("%\" title=\"").append(Xml.attr(Formatting.due(r.progress())))
          .append("\"></div>");
    }
    b.append("</div>");
    boolean over = attainment.compareTo(HUNDRED) > 0;
    String label = Formatting.percent(attainment);
    if (yearToDate && r.progress().elapsed() != null) {
      Progress p = r.progress();
      label += p.basis() == ProgressBasis.SCHEDULE
          ? " (schedule " + Formatting.percent(p.elapsed()) + ", year " + Formatting.percent(p.yearElapsed()) + ")"
          : " (year " + Formatting.percent(p.elapsed()) + ")";
    }
    b.append(over ? "<span class=\"over\">" : "<span>").append(Xml.text(label)).append("</span>");
    return b.toString();
  }

  /**
   * The target's wording; what it and the id leave unsaid of the indicator's name and the measure
   * ({@link Formatting#unsaid}) on a second, smaller line.
   */
  private static String target(Result r) {
    String unsaid = Formatting.unsaid(r);
    String wording = Xml.text(Formatting.wording(r));
    return unsaid == null ? wording : wording + "<br/><span class=\"sub\">" + Xml.text(unsaid) + "</span>";
  }

  /**
   * The threshold; under time progress what was judged against on the first line and the annual
   * threshold on a second, smaller one ({@link Formatting#thresholdParts}).
   */
  private static String threshold(List<String> parts) {
    if (parts.size() == 1) {
      return Xml.text(parts.get(0));
    }
    return Xml.text(parts.get(0)) + "<br/><span class=\"sub\">" + Xml.text(parts.get(1)) + "</span>";
  }

  private static BigDecimal clamp(BigDecimal pct) {
    return pct.max(BigDecimal.ZERO).min(HUNDRED);
  }

  private static String badge(String status) {
    return "<span class=\"badge " + status.toUpperCase(Locale.ROOT) + "\">" + status + "</span>";
  }
}
