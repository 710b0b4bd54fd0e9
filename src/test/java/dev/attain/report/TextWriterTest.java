package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {
  @Test
  void summaryOnlyWritesTheFirstLine() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(false, true)))
        .isEqualTo("洛隆县2024年主要预期目标: FAIL — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent\n");
  }

  @Test
  void plainOutputHasNoEscapeCodes() {
    assertThat(render(ReportFormat.TEXT, Fixtures.counties())).doesNotContain("\u001b");
  }

  @Test
  void colourWrapsStatusesOnly() {
    String coloured = render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(true, false));
    assertThat(coloured.lines().findFirst().orElseThrow())
        .isEqualTo("洛隆县2024年主要预期目标: \u001b[31mFAIL\u001b[0m — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent");
    assertThat(coloured).contains("\u001b[32mPASS\u001b[0m     gdp.growth")
        .contains("\u001b[35mMISSING\u001b[0m  revenue.growth")
        .contains("\u001b[33mWARN\u001b[0m     cpi.value");
  }

  @Test
  void colourDoesNotMoveColumns() {
    String plain = render(ReportFormat.TEXT, Fixtures.luolong());
    String coloured = render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(true, false));
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void columnsAlignByDisplayWidth() {
    List<String> lines = render(ReportFormat.TEXT, Fixtures.counties()).lines().toList();
    String header = lines.get(2);
    int periodColumn = DisplayWidth.of(header.substring(0, header.indexOf("period")));
    for (String line : lines.subList(4, 16)) {
      int at = line.indexOf("2024");
      assertThat(DisplayWidth.of(line.substring(0, at))).as(line).isEqualTo(periodColumn);
    }
  }

  @Test
  void noLineEndsInSpaces() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong()).lines()).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void entityColumnOnlyWithSeveralEntities() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong()).lines().skip(2).findFirst().orElseThrow())
        .doesNotContain("entity");
    assertThat(render(ReportFormat.TEXT, Fixtures.counties()).lines().skip(2).findFirst().orElseThrow())
        .contains("entity");
  }

  @Test
  void aReportAboutOneEntityNamesItOnTheFirstLine() {
    Report l = Fixtures.luolong();
    Report county = new Report("县域主要预期目标", l.period(), l.entities(), l.results(), l.findings(), l.realGrowth(),
        l.findingsMode(), l.summary());
    String first = "县域主要预期目标 · 洛隆县: FAIL — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent\n";
    assertThat(render(ReportFormat.TEXT, county)).startsWith(first);
    assertThat(render(ReportFormat.TEXT, county, new RenderOptions(false, true))).isEqualTo(first);
    assertThat(render(ReportFormat.TEXT, county, new RenderOptions(true, false)).lines().findFirst().orElseThrow())
        .isEqualTo("县域主要预期目标 · 洛隆县: \u001b[31mFAIL\u001b[0m — 2 failed, 2 warnings, 11 passed, 2 missing, "
            + "1 inconsistent");
  }

  @Test
  void realGrowthRatesAreOneLinePerReportNotOneRowPerRate() {
    List<String> lines = render(ReportFormat.TEXT, Fixtures.realGrowth()).lines().toList();
    int at = lines.indexOf("Consistency of reported growth rates: 1 inconsistent, 13 uncheckable, 2 consistent");
    assertThat(at).isPositive();
    assertThat(lines.subList(at + 1, at + 7)).containsExactly(
        "Real growth (at comparable prices), not checkable from nominal levels: 地区生产总值 6 rates, 第一产业增加值 6 rates",
        "status        entity  indicator             period  finding                                                      location",
        "------------  ------  --------------------  ------  -----------------------------------------------------------  --------------",
        "INCONSISTENT  丁青县  社会消费品零售总额    2024    reported 9.7%, levels give 11.4% (levels allow 11.35–11.46)  actuals.csv:16",
        "UNCHECKABLE   丁青县  地方一般公共预算收入  2024    reported <5% (rate reported only as < 5: not checkable)      actuals.csv:17",
        "2 consistent rates and 12 real-growth rates are not listed one by one (--findings all lists them).");
    assertThat(lines).noneMatch(l -> l.contains("reported 8.0%") || l.contains("reported 5.1%"));
    assertThat(lines).contains("Summary: FAIL, 3 results: 2 passed, 0 warnings, 1 failed, 0 missing; growth rates "
        + "checked: 1 inconsistent, 13 uncheckable, 2 consistent; exit code 1.");
  }

  @Test
  void underFindingsAllRealGrowthRatesAreListedAndStillCounted() {
    List<String> lines = render(ReportFormat.TEXT, Fixtures.counties()).lines().toList();
    assertThat(lines).contains("Real growth (at comparable prices), not checkable from nominal levels: 地区生产总值 1 rate")
        .anyMatch(l -> l.startsWith("UNCHECKABLE   丁青县  地区生产总值            2023    reported 8.0% (real growth, "
            + "at comparable prices: not checkable from nominal levels)"))
        .noneMatch(l -> l.contains("not listed"));
  }
}
