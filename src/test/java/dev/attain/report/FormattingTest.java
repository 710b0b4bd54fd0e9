package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Bound;
import dev.attain.model.Measure;
import dev.attain.model.Progress;
import dev.attain.model.Report;
import dev.attain.model.Result;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FormattingTest {
  private final Report luolong = Fixtures.luolong();

  private Result result(String id) {
    return luolong.results().stream().filter(r -> r.target().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void numbersKeepTheirDigits() {
    assertThat(Formatting.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Formatting.plain(new BigDecimal("8.30"))).isEqualTo("8.30");
    assertThat(Formatting.plain(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    assertThat(Formatting.plain(null)).isEmpty();
  }

  @Test
  void gapsCarryTheirSignInAscii() {
    assertThat(Formatting.signed(new BigDecimal("0.3"))).isEqualTo("+0.3");
    assertThat(Formatting.signed(new BigDecimal("-2.0"))).isEqualTo("-2.0");
    assertThat(Formatting.signed(BigDecimal.ZERO)).isEqualTo("0");
  }

  @Test
  void growthGapsAreInPercentagePointsAndLevelsInTheirUnit() {
    assertThat(Formatting.gap(result("fixed_investment.growth"))).isEqualTo("-5.0 pp");
    assertThat(Formatting.gap(result("cpi.value"))).isEqualTo("+0.2 pp");
    assertThat(Formatting.gap(result("investment_attracted.value"))).isEqualTo("-0.15 亿元");
    assertThat(Formatting.gap(result("revenue.growth"))).isEmpty();
  }

  @Test
  void actualsShowBoundsAndUnits() {
    assertThat(Formatting.actual(result("gdp.growth"))).isEqualTo("8.3%");
    assertThat(Formatting.actual(result("unemployment.value"))).isEqualTo("<5%");
    assertThat(Formatting.actual(result("grain_output.value"))).isEqualTo("3900 万斤");
    assertThat(Formatting.actual(result("labour_transfer.value"))).isEmpty();
  }

  @Test
  void thresholdsReadAsWritten() {
    assertThat(Formatting.threshold(result("gdp.growth"))).isEqualTo("≥ 8%");
    assertThat(Formatting.threshold(result("cpi.value"))).isEqualTo("≤ 3% (tolerance 0.5 pp)");
    assertThat(Formatting.threshold(result("farmland.value"))).isEqualTo("≥ 15.8 万亩");
    assertThat(Formatting.threshold(result("urban_income.growth-2"))).isEqualTo("≥ gdp growth (8.3%)");
    assertThat(Formatting.threshold(Fixtures.counties().results().get(6))).isEqualTo("1–3%");
  }

  @Test
  void referencesAreAscii() {
    assertThat(Formatting.reference(new Bound.Reference("gdp", Measure.GROWTH, new BigDecimal("-1"))))
        .isEqualTo("gdp growth -1");
    assertThat(Formatting.reference(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ONE)))
        .isEqualTo("gdp growth +1");
  }

  @Test
  void progressSaysAheadOrBehind() {
    assertThat(Formatting.progress(new Progress(new BigDecimal("50.0"), null, new BigDecimal("52.0"), new BigDecimal("2.0"))))
        .isEqualTo("52.0% of the annual target, 50.0% of the year: 2.0 pp ahead");
    assertThat(Formatting.progress(new Progress(new BigDecimal("75.0"), null, new BigDecimal("70.5"), new BigDecimal("-4.5"))))
        .isEqualTo("70.5% of the annual target, 75.0% of the year: 4.5 pp behind");
    assertThat(Formatting.progress(new Progress(new BigDecimal("50.0"), null, new BigDecimal("50.0"), new BigDecimal("0.0"))))
        .isEqualTo("50.0% of the annual target, 50.0% of the year: on schedule");
    // over the share of a ceiling: not ahead, though past the floor's share
    assertThat(Formatting.progress(new Progress(new BigDecimal("58.3"), new BigDecimal("3150"), new BigDecimal("66.1"),
        null, new BigDecimal("59.5"), new BigDecimal("1.2"))))
        .isEqualTo("59.5% of the annual ceiling, 58.3% of the year: 1.2 pp over the ceiling's share");
  }

  /** Under a schedule the share due is not the share of the year: both are said, never one for the other. */
  @Test
  void progressUnderAScheduleSaysTheShareDueByItAndTheYears() {
    Progress grain = new Progress(new BigDecimal("70.0"), new BigDecimal("3780"), new BigDecimal("72.2"),
        new BigDecimal("2.2")).bySchedule(new BigDecimal("75.0"));
    assertThat(Formatting.progress(grain))
        .isEqualTo("72.2% of the annual target, 70.0% due by the schedule (75.0% of the year): 2.2 pp ahead");
    assertThat(Formatting.progress(new Progress(new BigDecimal("58.3"), new BigDecimal("3150"), new BigDecimal("66.1"),
        null, new BigDecimal("59.5"), new BigDecimal("1.2")).bySchedule(new BigDecimal("66.7"))))
        .isEqualTo("59.5% of the annual ceiling, 58.3% due by the schedule (66.7% of the year): 1.2 pp over the "
            + "ceiling's share");
    // a stock on a scheduled indicator: the share alone, still said to be the schedule's
    assertThat(Formatting.progress(new Progress(new BigDecimal("70.0"), null, null, null).bySchedule(new BigDecimal("75.0"))))
        .isEqualTo("70.0% due by the schedule (75.0% of the year)");
  }

  @Test
  void aYearToDateThresholdIsTheShareTheGapIsMeasuredAgainst() {
    assertThat(Formatting.threshold(result("grain_output.value"))).isEqualTo("≥ 3780.0 万斤 (annual ≥ 5400 万斤)");
  }

  @Test
  void aScaledToleranceIsShownAsAppliedWithTheAnnualOneBesideIt() {
    Result cpi = result("cpi.value");
    assertThat(Formatting.thresholdParts(cpi)).containsExactly("≤ 3% (tolerance 0.5 pp)");
    dev.attain.model.Target investment = new dev.attain.model.Target("investment.value",
        dev.attain.model.Indicator.of("investment", "固定资产投资", unit("亿元")), Measure.VALUE,
        dev.attain.model.Threshold.atLeast("100", unit("亿元")).withTolerance("4"), null,
        dev.attain.model.Severity.FAIL, null, dev.attain.model.Period.year(2024), null);
    Result ytd = new Result(investment, "乙县", new dev.attain.model.Period(2024, 9), dev.attain.model.Status.FAIL,
        new BigDecimal("71.5"), dev.attain.model.Relation.EQ, unit("亿元"), dev.attain.model.Source.REPORTED,
        new BigDecimal("75"), null, new BigDecimal("3"), new BigDecimal("-3.5"), new BigDecimal("71.5"),
        new Progress(new BigDecimal("75.0"), new BigDecimal("75"), new BigDecimal("71.5"), new BigDecimal("-3.5")),
        null, List.of());
    assertThat(Formatting.threshold(ytd)).isEqualTo("≥ 75 亿元 (tolerance 3 亿元; annual ≥ 100 亿元, tolerance 4 亿元)");
    assertThat(Formatting.thresholdParts(ytd))
        .containsExactly("≥ 75 亿元 (tolerance 3 亿元)", "(annual ≥ 100 亿元, tolerance 4 亿元)");
  }

  private static dev.attain.model.Unit unit(String symbol) {
    return dev.attain.model.UnitTable.builtIn().find(symbol).orElseThrow();
  }

  @Test
  void remarksSayTheTimeProgressThenTheEngineNotes() {
    Result grain = result("grain_output.value");
    assertThat(Formatting.remarks(grain))
        .containsExactly("72.2% of the annual target, 70.0% due by the schedule (75.0% of the year): 2.2 pp ahead");
    Result withEngineNote = new Result(grain.target(), grain.entity(), grain.evaluatedPeriod(), grain.status(),
        grain.actual(), grain.actualRelation(), grain.unit(), grain.source(), grain.atLeast(), grain.atMost(),
        grain.tolerance(), grain.gap(), grain.attainment(), grain.progress(), null,
        List.of("year-to-date 2024-09: a stock is judged as it stands"));
    assertThat(Formatting.remarks(withEngineNote)).containsExactly(
        "72.2% of the annual target, 70.0% due by the schedule (75.0% of the year): 2.2 pp ahead",
        "year-to-date 2024-09: a stock is judged as it stands");
  }

  @Test
  void summaryLineHasAStableGrammar() {
    assertThat(Formatting.summaryLine(luolong))
        .isEqualTo("洛隆县2024年主要预期目标: FAIL — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent");
    Report one = new Report("T", null, List.of(), List.of(), List.of(), List.of(), dev.attain.model.FindingsMode.PROBLEMS,
        new dev.attain.model.Summary(dev.attain.model.Status.WARN, 0, 10, 1, 0, 0, 0, 0, 0));
    assertThat(Formatting.summaryLine(one)).isEqualTo("T: WARN — 0 failed, 1 warning, 10 passed");
  }

  private static final dev.attain.model.Indicator REV =
      dev.attain.model.Indicator.of("rev", "一般公共预算收入", Fixtures.unit("万元"));

  /** A PASS result of a target on {@link #REV} with this id, measure and text ({@code null}: none). */
  private static Result rev(String id, Measure measure, String text) {
    dev.attain.model.Target t = Fixtures.target(REV, measure, Fixtures.atLeast("100", REV), text).withId(id);
    return Fixtures.result(t, "甲县", dev.attain.model.Status.PASS, "200", dev.attain.model.Source.COMPUTED, "100",
        "200.0");
  }

  @Test
  void aTargetNamesItsIndicatorAndMeasureWhereIdAndWordingLeaveThemUnsaid() {
    // own id, own wording: neither says the indicator or the measure
    assertThat(Formatting.name(rev("fiscal-1", Measure.CHANGE, "财政收入稳步增长")))
        .isEqualTo("财政收入稳步增长 (一般公共预算收入 change)");
    // own id, no wording: the wording is the name; the measure is added
    assertThat(Formatting.name(rev("fiscal-1", Measure.CHANGE, null))).isEqualTo("一般公共预算收入 (change)");
    assertThat(Formatting.name(rev("fiscal-1", Measure.CHANGE, " "))).isEqualTo("一般公共预算收入 (change)");
    // the default id says the measure; a wording with the name in it says the name
    assertThat(Formatting.name(rev("rev.change", Measure.CHANGE, null))).isEqualTo("一般公共预算收入");
    assertThat(Formatting.name(rev("rev.change", Measure.CHANGE, "一般公共预算收入比上年增加100万元")))
        .isEqualTo("一般公共预算收入比上年增加100万元");
    assertThat(Formatting.name(rev("rev.change.2", Measure.CHANGE, "一般公共预算收入增加")))
        .isEqualTo("一般公共预算收入增加");
    assertThat(Formatting.name(rev("rev.change.strict", Measure.CHANGE, "一般公共预算收入增加")))
        .isEqualTo("一般公共预算收入增加");
    // one of the two unsaid: both are given, as a reference bound reads
    assertThat(Formatting.name(rev("rev.growth", Measure.GROWTH, "财政收入增长5%")))
        .isEqualTo("财政收入增长5% (一般公共预算收入 growth)");
    assertThat(Formatting.name(rev("fiscal-1", Measure.GROWTH, "一般公共预算收入增长5%")))
        .isEqualTo("一般公共预算收入增长5% (一般公共预算收入 growth)");
    // an id of another measure's form does not say this one; nor does an id that only starts alike
    assertThat(Formatting.name(rev("rev.value", Measure.CHANGE, null))).isEqualTo("一般公共预算收入 (change)");
    assertThat(Formatting.name(rev("rev.changes", Measure.CHANGE, null))).isEqualTo("一般公共预算收入 (change)");
  }

  /** A report of {@code title} about {@code entities} with no results: only its first line matters here. */
  private static Report about(String title, String... entities) {
    return new Report(title, null, List.of(entities), List.of(), List.of(), List.of(),
        dev.attain.model.FindingsMode.PROBLEMS,
        new dev.attain.model.Summary(dev.attain.model.Status.PASS, 0, 1, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void summaryLineNamesTheOneEntityTheTablesLeaveOut() {
    assertThat(Formatting.summaryLine(about("县域主要预期目标", "甲县")))
        .isEqualTo("县域主要预期目标 · 甲县: PASS — 0 failed, 0 warnings, 1 passed");
    assertThat(Formatting.summaryLine(about("", "甲县"))).isEqualTo("甲县: PASS — 0 failed, 0 warnings, 1 passed");
    // the title already names it: not repeated
    assertThat(Formatting.summaryLine(about("甲县2024年主要预期目标", "甲县")))
        .isEqualTo("甲县2024年主要预期目标: PASS — 0 failed, 0 warnings, 1 passed");
    // several entities have their column; none, or one with no name, has nothing to name
    assertThat(Formatting.summaryLine(about("T", "甲县", "乙县"))).isEqualTo("T: PASS — 0 failed, 0 warnings, 1 passed");
    assertThat(Formatting.summaryLine(about("T"))).isEqualTo("T: PASS — 0 failed, 0 warnings, 1 passed");
    assertThat(Formatting.summaryLine(about("T", ""))).isEqualTo("T: PASS — 0 failed, 0 warnings, 1 passed");
  }

  @Test
  void anEmptyReportSaysSoInEveryTableFormat() {
    Report none = new Report("T", null, List.of(), List.of(), List.of(), List.of(), dev.attain.model.FindingsMode.PROBLEMS,
        new dev.attain.model.Summary(dev.attain.model.Status.PASS, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(Render.render(ReportFormat.TEXT, none)).isEqualTo("T: PASS — 0 failed, 0 warnings, 0 passed\n\n"
        + "No targets were evaluated.\n\nSummary: PASS, 0 results: 0 passed, 0 warnings, 0 failed, 0 missing; "
        + "exit code 0.\n");
    assertThat(Render.render(ReportFormat.MARKDOWN, none)).isEqualTo("### T\n\n**✅ PASS** — 0 failed, 0 warnings, "
        + "0 passed\n\nNo targets were evaluated.\n\nSummary: PASS, 0 results: 0 passed, 0 warnings, 0 failed, "
        + "0 missing; exit code 0.\n");
    assertThat(Render.render(ReportFormat.HTML, none)).contains("</p>\n<p>No targets were evaluated.</p>\n"
        + "<p class=\"note\">Summary: PASS, 0 results: 0 passed, 0 warnings, 0 failed, 0 missing; exit code 0.</p>\n");
  }

  @Test
  void oneLineRemovesBreaksAndEscapes() {
    assertThat(Formatting.oneLine("a\nb\tc\u001b[31m")).isEqualTo("a b c\uFFFD[31m");
  }

  @Property
  void signedNeverUsesExponentsAndRoundTrips(@ForAll BigDecimal n) {
    String s = Formatting.signed(n);
    assertThat(s).doesNotContain("E").doesNotContain("e");
    assertThat(new BigDecimal(s.startsWith("+") ? s.substring(1) : s)).isEqualByComparingTo(n);
  }

  @Test
  void theUnlistedNoteSaysWhatIsNotListed() {
    java.util.function.UnaryOperator<String> plain = s -> s;
    assertThat(Formatting.unlistedNote(0, 0, plain)).isNull();
    assertThat(Formatting.unlistedNote(1, 0, plain)).isEqualTo("1 consistent rate is not listed (--findings all lists them).");
    assertThat(Formatting.unlistedNote(3, 0, plain)).isEqualTo("3 consistent rates are not listed (--findings all lists them).");
    assertThat(Formatting.unlistedNote(0, 1, plain))
        .isEqualTo("1 real-growth rate is not listed one by one (--findings all lists them).");
    assertThat(Formatting.unlistedNote(0, 22400, plain))
        .isEqualTo("22400 real-growth rates are not listed one by one (--findings all lists them).");
    assertThat(Formatting.unlistedNote(1, 1, s -> "`" + s + "`"))
        .isEqualTo("1 consistent rate and 1 real-growth rate are not listed one by one (`--findings all` lists them).");
  }

  @Test
  void realGrowthRatesReadAsNameAndCount() {
    assertThat(Formatting.realGrowthRates(List.of(new dev.attain.model.RealGrowthRates("gdp", "地区生产总值", 22400),
        new dev.attain.model.RealGrowthRates("primary", "第一产业\n增加值", 1))))
        .isEqualTo("地区生产总值 22400 rates, 第一产业 增加值 1 rate");
    assertThat(Formatting.realGrowthRates(List.of())).isEmpty();
  }
}
