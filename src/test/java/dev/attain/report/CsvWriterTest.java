package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Result;
import dev.attain.model.Status;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  private static List<CSVRecord> parse(String csv) throws Exception {
    assertThat(csv).startsWith("\uFEFF");
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.substring(1))).getRecords();
  }

  @Test
  void oneRowPerResultWithCrlfLineEnds() throws Exception {
    String csv = render(ReportFormat.CSV, Fixtures.counties());
    assertThat(parse(csv)).hasSize(12);
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n\n");
    assertThat(csv).startsWith("\uFEFFid,indicator,name,text,entity,measure,period,evaluated_period,threshold_at_least,")
        .endsWith("\r\n");
  }

  @Test
  void numbersStayNumbersEvenWhenNegative() throws Exception {
    CSVRecord fail = parse(render(ReportFormat.CSV, Fixtures.counties())).get(4);
    assertThat(fail.get("gap")).isEqualTo("-538.5");
    assertThat(fail.get("actual")).isEqualTo("4861.5");
    assertThat(fail.get("attainment")).isEqualTo("90.0");
  }

  @Test
  void formulaLikeTextIsNeutralised() throws Exception {
    CSVRecord fail = parse(render(ReportFormat.CSV, Fixtures.counties())).get(4);
    assertThat(fail.get("notes")).isEqualTo("'=converted from 2430.75 吨; -1 row merged from 2 files");
    assertThat(CsvWriter.neutralise("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.neutralise("-x")).isEqualTo("'-x");
    assertThat(CsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvWriter.neutralise("洛隆县")).isEqualTo("洛隆县");
  }

  @Test
  void quotesCommasQuotesAndLineBreaks() throws Exception {
    Result base = Fixtures.luolong().results().get(3);
    Result r = Result.missing(base.target(), "a,b", base.evaluatedPeriod(), base.unit(), "say \"hi\"\nthen go");
    String csv = render(ReportFormat.CSV, JsonWriterTest.report(r));
    assertThat(csv).contains(",\"a,b\",").contains(",\"say \"\"hi\"\"\nthen go\",");
    CSVRecord rec = parse(csv).get(0);
    assertThat(rec.get("entity")).isEqualTo("a,b");
    assertThat(rec.get("reason")).isEqualTo("say \"hi\"\nthen go");
    assertThat(rec.get("status")).isEqualTo(Status.MISSING.name());
  }

  @Test
  void flattensThresholdReferencesAndProgress() throws Exception {
    List<CSVRecord> rows = parse(render(ReportFormat.CSV, Fixtures.luolong()));
    assertThat(rows.get(6).get("threshold_at_least")).isEqualTo("8.3");
    assertThat(rows.get(6).get("threshold_at_least_ref")).isEqualTo("gdp growth");
    assertThat(rows.get(8).get("actual_relation")).isEqualTo("<");
    CSVRecord grain = rows.get(11);
    assertThat(List.of(grain.get("progress_elapsed"), grain.get("progress_expected"), grain.get("progress_attainment"),
        grain.get("progress_ahead"))).containsExactly("70.0", "3780.0", "72.2", "2.2");
  }
}
