package dev.attain.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.attain.model.Bound;
import dev.attain.model.Finding;
import dev.attain.model.Progress;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Summary;
import dev.attain.model.Threshold;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The {@code json} format, schema {@value #SCHEMA}: documented in {@code
 * src/main/resources/dev/attain/report.schema.json}. Streamed result by result (never a tree in
 * memory), pretty-printed with two spaces, keys in a fixed order, every key always present ({@code
 * null} when it has no value), decimals as JSON numbers with their exact digits, non-ASCII text
 * as it is (UTF-8), a final newline. {@code threshold} is the target's threshold as written (a
 * reference resolved); {@code applied} the bounds and tolerance the figure was judged against, which
 * differ from it under time progress (scaled to the elapsed share of the year). {@code findings} holds the findings {@code --findings} lists
 * (every one under {@code all}); {@code not_checkable} has one entry per real-growth indicator with
 * how many rates it had (under either mode; by default these rates are not in {@code findings});
 * {@code summary} counts them all.
 */
final class JsonWriter implements ReportWriter {
  static final String SCHEMA = "attain.report/1";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .build();

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("title", report.title());
      string(g, "period", report.period() == null ? null : report.period().toString());
      g.writeArrayFieldStart("entities");
      for (String e : report.entities()) {
        g.writeString(e);
      }
      g.writeEndArray();
      summary(g, report.summary());
      g.writeStringField("findings_mode", report.findingsMode().name().toLowerCase(Locale.ROOT));
      g.writeArrayFieldStart("results");
      for (Result r : report.results()) {
        result(g, r);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("not_checkable");
      for (RealGrowthRates r : report.realGrowth()) {
        g.writeStartObject();
        g.writeStringField("indicator", r.indicator());
        g.writeStringField("name", r.name());
        g.writeNumberField("rates", r.rates());
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static void summary(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeStringField("status", s.status().name());
    g.writeNumberField("exit_code", s.exitCode());
    g.writeNumberField("pass", s.pass());
    g.writeNumberField("warn", s.warn());
    g.writeNumberField("fail", s.fail());
    g.writeNumberField("missing", s.missing());
    g.writeNumberField("consistent", s.consistent());
    g.writeNumberField("inconsistent", s.inconsistent());
    g.writeNumberField("uncheckable", s.uncheckable());
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Result r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.target().id());
    g.writeStringField("indicator", r.target().indicator().id());
    g.writeStringField("name", r.target().indicator().name());
    string(g, "text", r.target().text());
    g.writeStringField("entity", r.entity());
    g.writeStringField("measure", r.target().measure().key());
    g.writeStringField("period", r.target().period().toString());
    g.writeStringField("evaluated_period", r.evaluatedPeriod().toString());
    threshold(g, r);
    g.writeObjectFieldStart("applied");
    number(g, "at_least", r.atLeast());
    number(g, "at_most", r.atMost());
    number(g, "tolerance", r.tolerance());
    g.writeEndObject();
    number(g, "actual", r.actual());
    string(g, "actual_relation", Formatting.actualRelation(r));
    g.writeStringField("unit", r.unit().symbol());
    string(g, "source", r.source() == null ? null : r.source().key());
    number(g, "gap", r.gap());
    number(g, "attainment", r.attainment());
    progress(g, r.progress());
    g.writeStringField("status", r.status().name());
    g.writeStringField("severity", r.target().severity().name());
    string(g, "reason", r.reason());
    g.writeArrayFieldStart("notes");
    for (String n : r.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void threshold(JsonGenerator g, Result r) throws IOException {
    Threshold t = r.target().threshold();
    g.writeObjectFieldStart("threshold");
    number(g, "at_least", boundNumber(t.atLeast(), r.atLeast()));
    number(g, "at_most", boundNumber(t.atMost(), r.atMost()));
    number(g, "tolerance", t.tolerance());
    g.writeStringField("unit", t.unit().symbol());
    reference(g, "at_least_ref", t.atLeast());
    reference(g, "at_most_ref", t.atMost());
    g.writeEndObject();
  }

  /** A fixed bound as written; a reference as the figure it resolved to (null if it did not). */
  static BigDecimal boundNumber(Bound b, BigDecimal resolved) {
    if (b == null) {
      return null;
    }
    return b instanceof Bound.Fixed f ? f.number() : resolved;
  }

  private static void reference(JsonGenerator g, String name, Bound b) throws IOException {
    if (b instanceof Bound.Reference ref) {
      g.writeObjectFieldStart(name);
      g.writeStringField("indicator", ref.indicator());
      g.writeStringField("measure", ref.measure().key());
      g.writeFieldName("plus");
      g.writeNumber(ref.plus());
      g.writeEndObject();
    } else {
      g.writeNullField(name);
    }
  }

  private static void progress(JsonGenerator g, Progress p) throws IOException {
    if (p == null) {
      g.writeNullField("progress");
      return;
    }
    g.writeObjectFieldStart("progress");
    number(g, "elapsed", p.elapsed());
    g.writeStringField("basis", p.basis().key());
    number(g, "year_elapsed", p.yearElapsed());
    number(g, "expected", p.expected());
    number(g, "attainment", p.attainment());
    number(g, "ahead", p.ahead());
    number(g, "of_ceiling", p.ofCeiling());
    number(g, "over", p.over());
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("entity", f.entity());
    g.writeStringField("indicator", f.indicator());
    string(g, "name", f.name());
    g.writeStringField("period", f.period().toString());
    number(g, "reported", f.reported());
    string(g, "reported_relation", f.reportedRelation().isBound() ? f.reportedRelation().symbol() : null);
    number(g, "computed", f.computed());
    g.writeStringField("status", f.status().name());
    string(g, "note", f.note());
    string(g, "location", f.location() == null ? null : f.location().toString());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, BigDecimal n) throws IOException {
    g.writeFieldName(name);
    if (n == null) {
      g.writeNull();
    } else {
      g.writeNumber(n);
    }
  }

  private static void string(JsonGenerator g, String name, String s) throws IOException {
    g.writeFieldName(name);
    if (s == null) {
      g.writeNull();
    } else {
      g.writeString(s);
    }
  }
}
