package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Result;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  @Test
  void startsWithHeadingAndVerdict() {
    assertThat(render(ReportFormat.MARKDOWN, Fixtures.luolong()))
        .startsWith("### 洛隆县2024年主要预期目标\n\n**❌ FAIL** — 2 failed, 2 warnings, 11 passed, 2 missing, "
            + "1 inconsistent · period 2024 · entity 洛隆县\n\n| status |");
  }

  @Test
  void cellsEscapePipesLineBreaksAndHtml() {
    assertThat(MarkdownWriter.cell("a | b\nc <b>&")).isEqualTo("a \\| b<br>c &lt;b&gt;&amp;");
  }

  @Test
  void everyTableRowHasTheHeadersColumnCount() {
    Result base = Fixtures.luolong().results().get(3);
    Result r = Result.missing(base.target(), "x|y", base.evaluatedPeriod(), base.unit(), "one\ntwo | three");
    String md = render(ReportFormat.MARKDOWN, JsonWriterTest.report(r));
    String row = md.lines().filter(l -> l.startsWith("| ❔ MISSING")).findFirst().orElseThrow();
    assertThat(row).isEqualTo("| ❔ MISSING | revenue.growth | 地方一般公共预算收入增长3% | 2024 |  | ≥ 3% |  |  |  | "
        + "one<br>two \\| three |");
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(11);
  }

  @Test
  void realGrowthRatesAreOneParagraph() {
    String md = render(ReportFormat.MARKDOWN, Fixtures.realGrowth());
    assertThat(md).contains("\n**Consistency of reported growth rates:** 1 inconsistent, 13 uncheckable, 2 consistent\n\n"
        + "**Real growth (at comparable prices), not checkable from nominal levels:** 地区生产总值 6 rates, 第一产业增加值 6 rates\n\n"
        + "| status | entity | indicator | period | reported | computed | note | location |\n")
        .contains("\n2 consistent rates and 12 real-growth rates are not listed one by one (`--findings all` lists them).\n")
        .doesNotContain("| UNCHECKABLE | 洛隆县 | 地区生产总值");
    assertThat(md.lines().filter(l -> l.startsWith("| UNCHECKABLE")).toList())
        .containsExactly("| UNCHECKABLE | 丁青县 | 地方一般公共预算收入 | 2024 | &lt;5% |  | "
            + "rate reported only as &lt; 5: not checkable | actuals.csv:17 |");
  }
}
