package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.attain.model.FindingsMode;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonSchema schema() throws Exception {
    try (InputStream in = JsonWriter.class.getResourceAsStream("/dev/attain/report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
    }
  }

  @Test
  void fixturesValidateAgainstThePublishedSchema() throws Exception {
    JsonSchema schema = schema();
    for (Report r : Fixtures.all().values()) {
      Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(render(ReportFormat.JSON, r)));
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void schemaRejectsAMissingSummaryField() throws Exception {
    JsonNode doc = MAPPER.readTree(render(ReportFormat.JSON, Fixtures.luolong()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("summary")).remove("exit_code");
    assertThat(schema().validate(doc)).extracting(ValidationMessage::getMessage)
        .containsExactly("$.summary: required property 'exit_code' not found");
  }

  @Test
  void carriesTheNamesScriptsDependOn() throws Exception {
    JsonNode doc = MAPPER.readTree(render(ReportFormat.JSON, Fixtures.luolong()));
    assertThat(doc.get("schema").asText()).isEqualTo("attain.report/1");
    assertThat(doc.get("summary").get("exit_code").asInt()).isEqualTo(1);
    JsonNode gdp = doc.get("results").get(0);
    assertThat(gdp.get("threshold").get("at_least").decimalValue()).isEqualByComparingTo("8");
    assertThat(gdp.get("actual").decimalValue()).isEqualByComparingTo("8.3");
    assertThat(gdp.get("source").asText()).isEqualTo("reported");
    JsonNode inStep = doc.get("results").get(6);
    assertThat(inStep.get("threshold").get("at_least").decimalValue()).isEqualByComparingTo("8.3");
    assertThat(inStep.get("threshold").get("at_least_ref").toString())
        .isEqualTo("{\"indicator\":\"gdp\",\"measure\":\"growth\",\"plus\":0}");
    assertThat(doc.get("results").get(8).get("actual_relation").asText()).isEqualTo("<");
    assertThat(doc.get("results").get(11).get("progress").toString())
        .isEqualTo("{\"elapsed\":70.0,\"basis\":\"schedule\",\"year_elapsed\":75.0,\"expected\":3780.0,\"attainment\":72.2,\"ahead\":2.2,\"of_ceiling\":null,\"over\":null}");
    // --findings problems (the fixture's mode): the inconsistent and uncheckable ones but real growth; all are counted
    assertThat(doc.get("findings")).hasSize(1);
    assertThat(doc.get("findings").get(0).get("status").asText()).isEqualTo("INCONSISTENT");
    assertThat(doc.get("not_checkable").toString()).isEqualTo("[{\"indicator\":\"gdp\",\"name\":\"地区生产总值\","
        + "\"rates\":1,\"reason\":\"real growth, at comparable prices: not checkable from nominal levels\"}]");
    assertThat(doc.get("summary").get("consistent").asInt()).isEqualTo(3);
    assertThat(doc.get("summary").get("uncheckable").asInt()).isEqualTo(1);
  }

  @Test
  void decimalsKeepTheirExactDigitsAndNeverUseExponents() {
    Result base = Fixtures.luolong().results().get(12);
    Result r = new Result(base.target(), base.entity(), base.evaluatedPeriod(), Status.PASS,
        new BigDecimal("1E+3"), Relation.EQ, base.unit(), base.source(), base.atLeast(), null, null,
        new BigDecimal("-0.000000012"), new BigDecimal("108.70"), null, null, List.of());
    String json = render(ReportFormat.JSON, report(r));
    assertThat(json).contains("\"actual\": 1000,").contains("\"gap\": -0.000000012,")
        .contains("\"attainment\": 108.70,");
  }

  @Test
  void textIsEscapedOnceAndUnicodeWrittenAsIs() {
    Result base = Fixtures.luolong().results().get(3);
    Result r = Result.missing(base.target(), "洛隆\"县\"\n\\", base.evaluatedPeriod(), base.unit(), "tab\there \u0001");
    String json = render(ReportFormat.JSON, report(r));
    assertThat(json).contains("\"entity\": \"洛隆\\\"县\\\"\\n\\\\\",")
        .contains("\"reason\": \"tab\\there \\u0001\",")
        .doesNotContain("\\u6D1B");
  }

  @Test
  void prettyPrintedWithTwoSpacesAndAFinalNewline() {
    String json = render(ReportFormat.JSON, Fixtures.luolong());
    assertThat(json).startsWith("{\n  \"schema\": \"attain.report/1\",\n  \"title\": \"洛隆县2024年主要预期目标\",\n")
        .contains("\"notes\": []").endsWith("}\n");
  }

  static Report report(Result r) {
    return new Report("t", null, List.of(r.entity()), List.of(r), List.of(), List.of(), FindingsMode.PROBLEMS,
        dev.attain.engine.CheckedRates.of(List.of()).summary(List.of(r), dev.attain.model.FailOn.FAIL,
            dev.attain.model.MissingPolicy.FAIL));
  }

  @Test
  void realGrowthRatesAreNotCheckableEntriesOnePerIndicator() throws Exception {
    JsonNode doc = MAPPER.readTree(render(ReportFormat.JSON, Fixtures.realGrowth()));
    String reason = "\"reason\":\"real growth, at comparable prices: not checkable from nominal levels\"";
    assertThat(doc.get("not_checkable").toString()).isEqualTo("[{\"indicator\":\"gdp\",\"name\":\"地区生产总值\",\"rates\":6,"
        + reason + "},{\"indicator\":\"primary\",\"name\":\"第一产业增加值\",\"rates\":6," + reason + "}]");
    assertThat(doc.get("findings")).hasSize(2);
    assertThat(doc.get("findings").findValuesAsText("indicator")).containsExactly("retail", "revenue");
    JsonNode s = doc.get("summary");
    assertThat(List.of(s.get("consistent").asInt(), s.get("inconsistent").asInt(), s.get("uncheckable").asInt()))
        .containsExactly(2, 1, 13);
    // --findings all: listed one by one and counted per indicator too
    JsonNode all = MAPPER.readTree(render(ReportFormat.JSON, Fixtures.counties()));
    assertThat(all.get("not_checkable").toString())
        .isEqualTo("[{\"indicator\":\"gdp\",\"name\":\"地区生产总值\",\"rates\":1," + reason + "}]");
    assertThat(all.get("findings").findValuesAsText("indicator")).containsExactly("urban_income", "retail", "gdp");
  }
}
