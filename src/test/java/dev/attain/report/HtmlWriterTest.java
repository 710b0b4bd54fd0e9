package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Report;
import dev.attain.model.Result;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlWriterTest {
  @Test
  void isWellFormedAndSelfContained() throws Exception {
    for (Report r : Fixtures.all().values()) {
      String html = render(ReportFormat.HTML, r);
      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>");
      String lower = html.toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("<script").doesNotContain("http:").doesNotContain("https:")
          .doesNotContain("<link").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(")
          .doesNotContain("@import").doesNotContain("javascript:");
      Document doc = JunitWriterTest.parse(html);
      assertThat(doc.getElementsByTagName("style").getLength()).isEqualTo(1);
    }
  }

  @Test
  void oneRowPerResultWithStatusBadges() throws Exception {
    Document doc = JunitWriterTest.parse(render(ReportFormat.HTML, Fixtures.luolong()));
    Element results = (Element) doc.getElementsByTagName("table").item(0);
    NodeList rows = ((Element) results.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
    assertThat(rows.getLength()).isEqualTo(17);
    Element badge = (Element) ((Element) rows.item(1)).getElementsByTagName("span").item(0);
    assertThat(badge.getAttribute("class")).isEqualTo("badge FAIL");
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("洛隆县2024年主要预期目标");
  }

  @Test
  void barsCapAtFullWidthAndShowTheNumber() {
    String html = render(ReportFormat.HTML, Fixtures.luolong());
    assertThat(html).contains("<div class=\"fill\" style=\"width:100%;background:#1a7f37\"></div></div>"
        + "<span class=\"over\">108.7%</span>");
    assertThat(html).contains("style=\"width:92.5%;background:#cf222e\"");
  }

  @Test
  void aFigureShortOfItsThresholdIsNeverAFullBar() {
    Result farmland = Fixtures.luolong().results().stream()
        .filter(r -> r.target().indicator().id().equals("farmland")).findFirst().orElseThrow();
    Result shortBy = new Result(farmland.target(), farmland.entity(), farmland.evaluatedPeriod(),
        dev.attain.model.Status.FAIL, new java.math.BigDecimal("15.79"), farmland.actualRelation(), farmland.unit(),
        farmland.source(), farmland.atLeast(), farmland.atMost(), farmland.tolerance(),
        new java.math.BigDecimal("-0.01"), new java.math.BigDecimal("99.9"), null, null, List.of());
    assertThat(render(ReportFormat.HTML, JsonWriterTest.report(shortBy)))
        .contains("<div class=\"fill\" style=\"width:97%;background:#cf222e\"></div></div><span>99.9%</span>");
  }

  @Test
  void timeProgressShowsTheElapsedMarker() {
    // grain's schedule has 70 % due by September: the marker is there, and says it is the schedule's
    String html = render(ReportFormat.HTML, Fixtures.luolong());
    assertThat(html).contains("<div class=\"fill\" style=\"width:72.2%;background:#1a7f37\"></div>"
        + "<div class=\"mark\" style=\"left:70.0%\" title=\"70.0% due by the schedule (75.0% of the year)\"></div></div>"
        + "<span>72.2% (schedule 70.0%, year 75.0%)</span>").doesNotContain("of the year\"></div>");
  }

  @Test
  void aStockJudgedAsItStandsHasNoElapsedMarker() {
    Result farmland = Fixtures.luolong().results().stream() // 耕地保有量 15.82 万亩, 100.1 %
        .filter(r -> r.target().indicator().id().equals("farmland")).findFirst().orElseThrow();
    Result ytd = new Result(farmland.target(), farmland.entity(), new dev.attain.model.Period(2024, 6),
        farmland.status(), farmland.actual(), farmland.actualRelation(), farmland.unit(), farmland.source(),
        farmland.atLeast(), farmland.atMost(), farmland.tolerance(), farmland.gap(), farmland.attainment(),
        new dev.attain.model.Progress(new java.math.BigDecimal("50.0"), null, null, null), null, List.of());
    String html = render(ReportFormat.HTML, JsonWriterTest.report(ytd));
    assertThat(html).contains("<div class=\"fill\" style=\"width:100%;background:#1a7f37\"></div></div>"
        + "<span class=\"over\">100.1%</span>").doesNotContain("class=\"mark\"");
  }

  @Test
  void growthTargetsHaveNoBarAndDoNotRepeatTheGap() {
    String html = render(ReportFormat.HTML, Fixtures.luolong());
    String row = html.lines().filter(l -> l.contains(">fixed_investment.growth<")).findFirst().orElseThrow();
    assertThat(row).contains("<td class=\"num\">-5.0 pp</td><td class=\"nowrap\"></td>")
        .doesNotContain("gap -5.0 pp").doesNotContain("class=\"bar\"");
  }

  @Test
  void escapesText() throws Exception {
    Result base = Fixtures.luolong().results().get(3);
    Result r = Result.missing(base.target(), "<script>alert(1)</script>", base.evaluatedPeriod(), base.unit(), "a & b");
    String html = render(ReportFormat.HTML, JsonWriterTest.report(r));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("a &amp; b");
    JunitWriterTest.parse(html);
  }

  @Test
  void realGrowthRatesAreOneParagraphUnderTheCounts() throws Exception {
    Document doc = JunitWriterTest.parse(render(ReportFormat.HTML, Fixtures.realGrowth()));
    NodeList ps = doc.getElementsByTagName("p");
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      texts.add(ps.item(i).getTextContent());
    }
    assertThat(texts).containsSubsequence("1 inconsistent, 13 uncheckable, 2 consistent",
        "Real growth (at comparable prices), not checkable from nominal levels: 地区生产总值 6 rates, 第一产业增加值 6 rates",
        "2 consistent rates and 12 real-growth rates are not listed one by one (--findings all lists them).");
    Element findings = (Element) doc.getElementsByTagName("table").item(1);
    assertThat(findings.getAttribute("class")).isEqualTo("findings");
    assertThat(((Element) findings.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength())
        .isEqualTo(2);
  }
}
