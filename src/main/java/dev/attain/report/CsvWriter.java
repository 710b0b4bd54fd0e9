package dev.attain.report;

import dev.attain.model.Bound;
import dev.attain.model.Progress;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Threshold;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The {@code csv} format: one row per result, with every field of a JSON result flattened ({@code
 * threshold_at_least}, {@code progress_elapsed} …), for spreadsheets. RFC 4180 quoting, CRLF line
 * ends, a UTF-8 byte-order mark first (Excel then reads Chinese correctly).
 *
 * <p>Results only: consistency findings and the summary are in every other format; a second kind
 * of row would break filters and pivot tables. Text cells a spreadsheet would run as a formula
 * (leading {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) get a leading {@code '}; number
 * cells are written by another path and are never changed, so a gap of {@code -2.0} stays a number.
 * Notes are joined with {@code "; "}.
 */
final class CsvWriter implements ReportWriter {
  static final List<String> HEADER = List.of(
      "id", "indicator", "name", "text", "entity", "measure", "period", "evaluated_period",
      "threshold_at_least", "threshold_at_most", "threshold_tolerance", "threshold_unit",
      "threshold_at_least_ref", "threshold_at_most_ref", "applied_at_least", "applied_at_most", "applied_tolerance",
      "actual", "actual_relation", "unit", "source", "gap", "attainment",
      "progress_elapsed", "progress_basis", "progress_year_elapsed", "progress_expected", "progress_attainment",
      "progress_ahead",
      "progress_of_ceiling", "progress_over",
      "status", "severity", "reason", "notes");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write('\uFEFF');
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    for (String h : HEADER) {
      p.print(h);
    }
    p.println();
    for (Result r : report.results()) {
      Threshold t = r.target().threshold();
      Progress g = r.progress();
      text(p, r.target().id());
      text(p, r.target().indicator().id());
      text(p, r.target().indicator().name());
      text(p, r.target().text());
      text(p, r.entity());
      text(p, r.target().measure().key());
      text(p, r.target().period().toString());
      text(p, r.evaluatedPeriod().toString());
      number(p, JsonWriter.boundNumber(t.atLeast(), r.atLeast()));
      number(p, JsonWriter.boundNumber(t.atMost(), r.atMost()));
      number(p, t.tolerance());
      text(p, t.unit().symbol());
      text(p, t.atLeast() instanceof Bound.Reference ref ? Formatting.reference(ref) : null);
      text(p, t.atMost() instanceof Bound.Reference ref ? Formatting.reference(ref) : null);
      number(p, r.atLeast());
      number(p, r.atMost());
      number(p, r.tolerance());
      number(p, r.actual());
      text(p, Formatting.actualRelation(r));
      text(p, r.unit().symbol());
      text(p, r.source() == null ? null : r.source().key());
      number(p, r.gap());
      number(p, r.attainment());
      number(p, g == null ? null : g.elapsed());
      text(p, g == null ? null : g.basis().key());
      number(p, g == null ? null : g.yearElapsed());
      number(p, g == null ? null : g.expected());
      number(p, g == null ? null : g.attainment());
      number(p, g == null ? null : g.ahead());
      number(p, g == null ? null : g.ofCeiling());
      number(p, g == null ? null : g.over());
      text(p, r.status().name());
      text(p, r.target().severity().name());
      text(p, r.reason());
      text(p, String.join("; ", r.notes()));
      p.println();
    }
    p.flush();
  }

  private static void number(CSVPrinter p, BigDecimal n) throws IOException {
    p.print(Formatting.plain(n));
  }

  private static void text(CSVPrinter p, String s) throws IOException {
    p.print(s == null ? "" : neutralise(s));
  }

  /** {@code s} with a leading {@code '} when a spreadsheet would read it as a formula. */
  static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }
}
