package dev.attain.report;

import dev.attain.model.Finding;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The {@code html} format: one self-contained page for browsers and email clients. Inline {@code
 * <style>} only, no scripts, no external resources or links; tables for layout. Markup is
 * well-formed XML (every element closed, only the five XML entities), so it can be parsed by XML
 * tools too.
 *
 * <p>Per result, an attainment bar: its width is the attainment, capped at 100% (108.7% shows a
 * full bar and the number); a time-progress result shows a marker at the elapsed share of the
 * year; a target with no attainment (growth, at_most) has no bar and leaves the cell empty (its gap
 * is in the column beside) — a growth rate is never drawn as a ratio of two rates.
 */
final class HtmlWriter implements ReportWriter {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
      out.write("<p>No targets were evaluated.</p>\n");
    } else {
      out.write("<table class=\"results\">\n<thead><tr><th>status</th><th>id</th><th>target</th>"
          + (multi ? "<th>entity</th>" : "")
          + "<th>period</th><th>actual</th><th>threshold</th><th>gap</th><th>attainment</th><th>source</th>"
          + "<th>remarks</th></tr></thead>\n<tbody>\n");
      for (Result r : report.results()) {
        out.write(row(r, multi));
      }
      out.write("</tbody>\n</table>\n");
    }
    if (report.summary().findings() > 0) {
      out.write("<h2>Consistency of reported growth rates</h2>\n<p class=\"summary\">"
          + Xml.text(Formatting.findingCounts(report.summary())) + "</p>\n");
      List<Finding> listed = report.findings();
      if (!listed.isEmpty()) {
        out.write("<table class=\"findings\">\n<thead><tr><th>status</th><th>entity</th><th>indicator</th>"
            + "<th>period</th><th>reported</th><th>computed</th><th>note</th><th>location</th></tr></thead>\n<tbody>\n");
        for (Finding f : listed) {
          out.write("<tr><td>" + badge(f.status().name()) + "</td><td>" + Xml.text(f.entity()) + "</td><td>"
              + Xml.text(f.name() != null ? f.name() : f.indicator()) + "</td><td class=\"nowrap\">"
              + Xml.text(f.period().toString()) + "</td><td class=\"num\">" + Xml.text(Formatting.percent(f.reported()))
              + "</td><td class=\"num\">" + Xml.text(Formatting.percent(f.computed())) + "</td><td>"
              + Xml.text(f.note() == null ? "" : f.note()) + "</td><td>"
              + Xml.text(f.location() == null ? "" : f.location().toString()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
      }
      int unlisted = report.unlistedFindings();
      if (unlisted > 0) {
        out.write("<p class=\"note\">" + unlisted + (unlisted == 1 ? " consistent rate is" : " consistent rates are")
            + " not listed (--findings all lists them).</p>\n");
      }
    }
    out.write("<p class=\"note\">" + Xml.text(TextWriter.closing(report)) + "</p>\n</body>\n</html>\n");
  }

  private static String row(Result r, boolean multi) {
    StringBuilder b = new StringBuilder(512);
    b.append("<tr><td>").append(badge(r.status().name())).append("</td>");
    b.append("<td class=\"nowrap\">").append(Xml.text(r.target().id())).append("</td>");
    b.append("<td class=\"name\">").append(Xml.text(Formatting.name(r))).append("</td>");
    if (multi) {
      b.append("<td class=\"nowrap\">").append(Xml.text(r.entity())).append("</td>");
    }
    b.append("<td class=\"nowrap\">").append(Xml.text(r.evaluatedPeriod().toString())).append("</td>");
    b.append("<td class=\"num\">").append(Xml.text(Formatting.actual(r))).append("</td>");
    b.append("<td class=\"nowrap\">").append(threshold(r)).append("</td>");
    b.append("<td class=\"num\">").append(Xml.text(Formatting.gap(r))).append("</td>");
    b.append("<td class=\"nowrap\">").append(bar(r)).append("</td>");
    b.append("<td>").append(Xml.text(r.source() == null ? "" : r.source().key())).append("</td>");
    b.append("<td class=\"remarks\">").append(Xml.text(String.join("; ", Formatting.remarks(r)))).append("</td></tr>\n");
    return b.toString();
  }

  /**
   * The attainment bar with its number. Under time progress the bar is the attainment of the annual
   * target with a marker at the elapsed share of the year ({@code 72.2% (year 70.0%)}); a stock judged
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
    b.append("<div class=\"bar\"><div class=\"fill\" style=\"width:").append(clamp(attainment).toPlainString())
        .append("%;background:").append(colour).append("\"></div>");
    if (yearToDate && r.progress().elapsed() != null) { // stocks, rates, growth: not measured against time
      b.append("<div class=\"mark\" style=\"left:").append(clamp(r.progress().elapsed()).toPlainString())
          .append("%\" title=\"").append(Xml.attr(Formatting.percent(r.progress().elapsed()) + " of the year"))
          .append("\"></div>");
    }
    b.append("</div>");
    boolean over = attainment.compareTo(HUNDRED) > 0;
    String label = Formatting.percent(attainment);
    if (yearToDate && r.progress().elapsed() != null) {
      label += " (year " + Formatting.percent(r.progress().elapsed()) + ")";
    }
    b.append(over ? "<span class=\"over\">" : "<span>").append(Xml.text(label)).append("</span>");
    return b.toString();
  }

  /** The threshold; a year-to-date share puts the annual threshold on a second, smaller line. */
  private static String threshold(Result r) {
    String t = Formatting.threshold(r);
    int annual = t.indexOf(" (annual ");
    if (annual < 0) {
      return Xml.text(t);
    }
    return Xml.text(t.substring(0, annual)) + "<br/><span class=\"sub\">" + Xml.text(t.substring(annual + 1)) + "</span>";
  }

  private static BigDecimal clamp(BigDecimal pct) {
    return pct.max(BigDecimal.ZERO).min(HUNDRED);
  }

  private static String badge(String status) {
    return "<span class=\"badge " + status.toUpperCase(Locale.ROOT) + "\">" + status + "</span>";
  }
}
