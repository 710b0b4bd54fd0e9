package dev.attain.engine;

import static dev.attain.engine.Fixtures.figure;
import static dev.attain.engine.Fixtures.table;
import static dev.attain.engine.Fixtures.targets;
import static dev.attain.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {
  static final Indicator INCOME = Indicator.of("income", "全国居民人均可支配收入", unit("元"));
  static final Indicator GDP = Indicator.of("gdp", "地区生产总值", unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator RETAIL = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));

  static List<Finding> check(FigureTable t, Set<String> entities) {
    return ConsistencyChecker.check(targets(List.of(INCOME, GDP, RETAIL), List.of()), t, entities);
  }

  static Finding income(String rate) {
    List<Finding> f = check(table(
        figure("全国", "income", "2023", "39218", "元", null),
        figure("全国", "income", "2024", "41314", "元", rate)), Set.of());
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @ParameterizedTest
  @CsvSource({"5.3, 5.3", "5.34, 5.34", "5.35, 5.34", "5.342, 5.344"})
  void incomeLevelsAllowTheseRates(String rate, String computed) {
    Finding f = income(rate);
    assertThat(f.status()).isEqualTo(FindingStatus.CONSISTENT);
    assertThat(f.computed().toPlainString()).isEqualTo(computed);
    assertThat(f.reported().toPlainString()).isEqualTo(rate);
    assertThat(f.name()).isEqualTo("全国居民人均可支配收入");
    assertThat(f.period()).isEqualTo(Period.year(2024));
  }

  @Test
  void theNoteSaysWhatTheLevelsAllow() {
    assertThat(income("5.3").note()).isEqualTo("levels allow 5.34–5.35");
    assertThat(income("5.34").note()).isEqualTo("levels allow 5.341–5.348");
  }

  @ParameterizedTest
  @CsvSource({
    "5.4, 5.3, 'levels allow 5.34–5.348'", // 5.4 stands for 5.35–5.45: "allow 5.34–5.35" would meet it
    "5.36, 5.34, 'levels allow 5.341–5.348'",
    "5.2, 5.3, 'levels allow 5.34–5.35'",
  })
  void incomeLevelsRuleOutTheseRates(String rate, String computed, String note) {
    Finding f = income(rate);
    assertThat(f.status()).isEqualTo(FindingStatus.INCONSISTENT);
    assertThat(f.computed().toPlainString()).isEqualTo(computed);
    assertThat(f.note()).isEqualTo(note);
    assertThat(f.location().toString()).matches("actuals\\.csv:\\d+:3");
  }

  @Test
  void luolongRetailWithMadeUpBase() {
    // illustrative 2022 level: 18.3 % from 4.35 needs a base near 3.68
    List<Finding> f = check(table(
        figure("洛隆县", "retail", "2022", "3.68", "亿元", null),
        figure("洛隆县", "retail", "2023", "4.35", "亿元", "18.3")), Set.of());
    assertThat(f.get(0).status()).isEqualTo(FindingStatus.CONSISTENT);
    assertThat(f.get(0).note()).isEqualTo("levels allow 17.91–18.51");
  }

  @Test
  void levelsInDifferentUnitsAreComparedInTheSameUnit() {
    List<Finding> f = check(table(
        figure("全国", "income", "2023", "3.9218", "万元", null),
        figure("全国", "income", "2024", "41314", "元", "5.3")), Set.of());
    assertThat(f.get(0).status()).isEqualTo(FindingStatus.CONSISTENT);
  }

  @Test
  void realGrowthIsUncheckable() {
    List<Finding> f = check(table(
        figure("洛隆县", "gdp", "2022", "16.81", "亿元", null),
        figure("洛隆县", "gdp", "2023", "18.45", "亿元", "9.7")), Set.of());
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(FindingStatus.UNCHECKABLE);
      assertThat(x.computed()).isNull();
      assertThat(x.note()).isEqualTo("real growth, at comparable prices: not checkable from nominal levels");
    });
  }

  @Test
  void boundedLevelsAndBaseAtZeroAreUncheckable() {
    assertThat(check(table(
        figure("全国", "income", "2023", "<40000", "元", null),
        figure("全国", "income", "2024", "41314", "元", "5.3")), Set.of()).get(0).note())
        .isEqualTo("a level is reported only as a bound: not checkable");
    Finding zero = check(table(
        figure("全国", "income", "2023", "0", "元", null),
        figure("全国", "income", "2024", "41314", "元", "5.3")), Set.of()).get(0);
    assertThat(zero.status()).isEqualTo(FindingStatus.UNCHECKABLE);
    assertThat(zero.note()).isEqualTo("base level ≤ 0: growth undefined");
  }

  /**
   * A rate published as a bound is consistent when some growth the levels allow lies within it
   * (the levels 39218 and 41314 allow 5.3418…% to 5.3471…%), and inconsistent when none does.
   */
  @ParameterizedTest
  @CsvSource({
    ">5, CONSISTENT, 5.3", "≥5.34, CONSISTENT, 5.34", "<5.35, CONSISTENT, 5.34", "≤5.342, CONSISTENT, 5.344",
    "<5, INCONSISTENT, 5.3", "≤5.34, INCONSISTENT, 5.344", ">5.35, INCONSISTENT, 5.34", "≥5.348, INCONSISTENT, 5.344",
  })
  void aBoundedRateIsCheckedAgainstTheRangeTheLevelsAllow(String rate, FindingStatus status, String computed) {
    Finding f = income(rate);
    assertThat(f.status()).as(rate).isEqualTo(status);
    assertThat(f.computed().toPlainString()).as(rate).isEqualTo(computed);
    // the rate keeps its bound: reports quote it as >5%, not 5%
    assertThat(f.reported().toPlainString() + f.reportedRelation().symbol()).isEqualTo(rate.substring(1) + rate.charAt(0));
  }

  /**
   * At the edge: with 100.0 and 110.06 the lowest growth the levels allow is 10 exactly
   * (110.055 / 100.05), with 100.0 and 109.94 the highest is (109.945 / 99.95): a strict bound
   * excludes its number, the other includes it.
   */
  @Test
  void aBoundIsTakenExactlyAsWritten() {
    for (String[] c : new String[][] {
        {"110.06", "<10", "INCONSISTENT"}, {"110.06", "≤10", "CONSISTENT"}, {"110.06", ">10", "CONSISTENT"},
        {"109.94", ">10", "INCONSISTENT"}, {"109.94", "≥10", "CONSISTENT"}, {"109.94", "<10", "CONSISTENT"}}) {
      Finding f = check(table(
          figure("全国", "income", "2023", "100.0", "元", null),
          figure("全国", "income", "2024", c[0], "元", c[1])), Set.of()).get(0);
      assertThat(f.status()).as(c[0] + " " + c[1]).isEqualTo(FindingStatus.valueOf(c[2]));
    }
  }

  /**
   * Levels 100 and 108.6 allow growth from 8.00995…% (108.55 / 100.5) to 9.19598…% (108.65 / 99.5).
   * The evidence of a finding never contradicts it: the end of the range facing the bound is shown
   * with as many decimals as it takes not to reach the bound (9.20 would satisfy ≥9.2), and the growth
   * the levels give is shown with at least one decimal, not with the bound's (<12 is not "levels give 9").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "≥9.2 | INCONSISTENT | 8.6 | levels allow 8.00–9.196",
    "≤8.0 | INCONSISTENT | 8.6 | levels allow 8.009–9.20",
    "<12  | CONSISTENT   | 8.6 | levels allow 8.0–9.2",
    ">8   | CONSISTENT   | 8.6 | levels allow 8.0–9.2",
    ">10  | INCONSISTENT | 8.6 | levels allow 8.0–9.2",
    "<8   | INCONSISTENT | 8.6 | levels allow 8.009–9.2",
    "≤8   | INCONSISTENT | 8.6 | levels allow 8.009–9.2",
    "≥9.19598 | INCONSISTENT | 8.60000 | levels allow 8.009950–9.1959799",
  })
  void theEvidenceOfABoundedRateNeverContradictsTheVerdict(String rate, FindingStatus status, String computed,
      String note) {
    Finding f = check(table(
        figure("全国", "income", "2023", "100", "元", null),
        figure("全国", "income", "2024", "108.6", "元", rate)), Set.of()).get(0);
    assertThat(f.status()).as(rate).isEqualTo(status);
    assertThat(f.computed().toPlainString()).as(rate).isEqualTo(computed);
    assertThat(f.note()).as(rate).isEqualTo(note);
  }

  /** An inconsistent bound is never shown as reached by the growth the levels give: ≤8.6 against 8.60001% (at least 8.6000004…%) is not "levels give 8.6". */
  @Test
  void theGrowthShownOfAnInconsistentBoundLiesBeyondIt() {
    Finding f = check(table(
        figure("全国", "income", "2023", "10000000.0", "元", null),
        figure("全国", "income", "2024", "10860001", "元", "≤8.6")), Set.of()).get(0);
    assertThat(f.status()).isEqualTo(FindingStatus.INCONSISTENT);
    assertThat(f.computed().toPlainString()).isEqualTo("8.60001");
  }

  /**
   * The same for an exact rate: 9.2 stands for 9.15–9.25, and levels 100 and 108.59 allow at most
   * 9.1407…%, shown as 9.141, not as 9.15, which would meet the rate.
   */
  @Test
  void theRangeOfAnInconsistentExactRateDoesNotMeetIt() {
    Finding f = check(table(
        figure("全国", "income", "2023", "100", "元", null),
        figure("全国", "income", "2024", "108.59", "元", "9.2")), Set.of()).get(0);
    assertThat(f.status()).isEqualTo(FindingStatus.INCONSISTENT);
    assertThat(f.note()).isEqualTo("levels allow 8.04–9.141");
  }

  @Test
  void ratesWithoutBothLevelsGiveNoFinding() {
    assertThat(check(table(figure("全国", "income", "2024", "41314", "元", "5.3")), Set.of())).isEmpty();
    assertThat(check(table(
        figure("全国", "income", "2023", "39218", "元", null),
        figure("全国", "income", "2024", null, "元", "5.3")), Set.of())).isEmpty();
  }

  @Test
  void findingsInDataOrderAndTheEntityFilter() {
    FigureTable t = table(
        figure("乙县", "income", "2024", "110", "元", "10"),
        figure("甲县", "income", "2024", "103", "元", "6"),
        figure("甲县", "income", "2023", "100", "元", null),
        figure("乙县", "income", "2023", "100", "元", null));
    assertThat(check(t, Set.of())).extracting(Finding::entity, Finding::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("乙县", FindingStatus.CONSISTENT),
        org.assertj.core.groups.Tuple.tuple("甲县", FindingStatus.INCONSISTENT));
    assertThat(check(t, Set.of("甲县"))).extracting(Finding::entity).containsExactly("甲县");
  }
}
