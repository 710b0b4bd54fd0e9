package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Report;
import dev.attain.model.Result;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitWriterTest {
  /** Jenkins xUnit plugin's junit-10.xsd; see the note at the top of the file. */
  static void validate(String xml) throws Exception {
    URL xsd = JunitWriterTest.class.getResource("/junit-xsd/junit-10.xsd");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator v = f.newSchema(xsd).newValidator();
    v.validate(new StreamSource(new StringReader(xml)));
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void fixturesAreValidJunitXml() throws Exception {
    for (Report r : Fixtures.all().values()) {
      validate(render(ReportFormat.JUNIT, r));
    }
  }

  @Test
  void failAndMissingAreFailuresWarnIsSystemOut() throws Exception {
    Document doc = parse(render(ReportFormat.JUNIT, Fixtures.luolong()));
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("19"); // 17 results, 2 listed findings
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(4);
    Element first = (Element) failures.item(0);
    assertThat(first.getAttribute("type")).isEqualTo("FAIL");
    assertThat(first.getAttribute("message")).isEqualTo("FAIL: period 2024, actual 6.0%, threshold ≥ 11%, gap -5.0 pp, source computed");
    Element missing = (Element) failures.item(1);
    assertThat(missing.getAttribute("type")).isEqualTo("MISSING");
    assertThat(missing.getAttribute("message"))
        .isEqualTo("MISSING: period 2024, actual none, threshold ≥ 3%, no level for 2023 (the base period) and no reported growth");
    Element warnCase = (Element) doc.getElementsByTagName("testcase").item(7);
    assertThat(warnCase.getAttribute("name")).isEqualTo("(cpi.value) 居民消费价格涨幅控制在3%以内");
    assertThat(warnCase.getAttribute("classname")).isEqualTo("洛隆县");
    assertThat(warnCase.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("WARN: period 2024, actual 3.2%, threshold ≤ 3% (tolerance 0.5 pp), gap +0.2 pp, source reported");
  }

  @Test
  void findingsAreTheirOwnSuite() throws Exception {
    Document doc = parse(render(ReportFormat.JUNIT, Fixtures.luolong()));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(1);
    assertThat(suite.getAttribute("name")).isEqualTo("洛隆县2024年主要预期目标 / consistency");
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element inconsistent = (Element) suite.getElementsByTagName("testcase").item(0);
    assertThat(inconsistent.getAttribute("classname")).isEqualTo("consistency.洛隆县");
    assertThat(inconsistent.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("INCONSISTENT: reported 51.8%, levels give 48.6% (levels allow 48.55–48.66) at actuals.csv:4");
  }

  @Test
  void escapesMarkupAndDropsCharactersXmlCannotHold() throws Exception {
    Result base = Fixtures.luolong().results().get(3);
    String nasty = "<b>&\"x\"</b>\u0000\u0007\uD800\uFFFE end";
    Result r = Result.missing(base.target(), nasty, base.evaluatedPeriod(), base.unit(), nasty);
    String xml = render(ReportFormat.JUNIT, JsonWriterTest.report(r));
    validate(xml);
    Element testcase = (Element) parse(xml).getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("classname")).isEqualTo("<b>&\"x\"</b>\uFFFD\uFFFD\uFFFD\uFFFD end");
  }

  @Test
  void hasNoTimestamps() {
    String xml = render(ReportFormat.JUNIT, Fixtures.counties());
    assertThat(xml).doesNotContain("timestamp").doesNotContain("hostname");
    assertThat(xml.replace("time=\"0\"", "")).doesNotContain("time=");
  }

  @Test
  void realGrowthRatesAreOneSkippedTestcasePerIndicator() throws Exception {
    String xml = render(ReportFormat.JUNIT, Fixtures.realGrowth());
    validate(xml);
    Document doc = parse(xml);
    assertThat(((Element) doc.getElementsByTagName("testsuites").item(0)).getAttribute("tests")).isEqualTo("7");
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(1);
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("skipped")).isEqualTo("3");
    NodeList cases = suite.getElementsByTagName("testcase");
    Element gdp = (Element) cases.item(2);
    assertThat(gdp.getAttribute("classname")).isEqualTo("consistency");
    assertThat(gdp.getAttribute("name")).isEqualTo("(gdp) 地区生产总值");
    assertThat(((Element) gdp.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("UNCHECKABLE: 6 reported rates (real growth, at comparable prices: not checkable from nominal levels)");
    assertThat(((Element) cases.item(3)).getAttribute("name")).isEqualTo("(primary) 第一产业增加值");
  }

  @Test
  void underFindingsAllEachRealGrowthRateIsItsOwnTestcaseOnly() throws Exception {
    Element suite = (Element) parse(render(ReportFormat.JUNIT, Fixtures.counties())).getElementsByTagName("testsuite")
        .item(1);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element gdp = (Element) suite.getElementsByTagName("testcase").item(2);
    assertThat(gdp.getAttribute("classname")).isEqualTo("consistency.丁青县");
    assertThat(gdp.getAttribute("name")).isEqualTo("(gdp 2023) 地区生产总值");
  }
}
