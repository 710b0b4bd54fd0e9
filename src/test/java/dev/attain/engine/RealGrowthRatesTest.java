package dev.attain.engine;

import static dev.attain.engine.Fixtures.figure;
import static dev.attain.engine.Fixtures.targets;
import static dev.attain.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.FailOn;
import dev.attain.model.Figure;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Report;
import dev.attain.model.Summary;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rates of real-growth indicators are counted per indicator, in the targets file's order, by
 * the in-memory check and the streaming one alike; a finding is made for each only under {@code
 * --findings all}; the summary counts are those of one finding per rate.
 */
class RealGrowthRatesTest {
  static final Indicator GDP = Indicator.of("gdp", "地区生产总值", unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator RETAIL = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));
  static final Indicator PRIMARY = Indicator.of("primary", "第一产业增加值", unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator INDUSTRY = Indicator.of("industry", "工业增加值", unit("亿元")).withGrowth(GrowthBasis.REAL);

  /** GDP first, 第一产业 last in the targets file; 工业增加值 has no rate with levels in the data. */
  static final TargetSet TARGETS = targets(List.of(GDP, RETAIL, INDUSTRY, PRIMARY),
      List.of(Target.of(GDP, Measure.GROWTH, Threshold.atLeast("5", unit("%")), Period.year(2024))));

  static final RealGrowthRates GDP_RATES = new RealGrowthRates("gdp", "地区生产总值", 3);
  static final RealGrowthRates PRIMARY_RATES = new RealGrowthRates("primary", "第一产业增加值", 4);

  /**
   * Two counties; 第一产业 appears in the data before GDP. Real-growth rates with both levels: GDP 3
   * (one a bound, still real growth; one whose base level comes last), 第一产业 4; a GDP rate without its base level and an
   * 工业 rate without levels are not counted. Retail: one consistent, one inconsistent, one bound.
   */
  static List<Figure> rows() {
    List<Figure> rows = new ArrayList<>();
    for (String county : List.of("甲县", "乙县")) {
      rows.add(figure(county, "primary", "2022", "3.10", "亿元", null));
      rows.add(figure(county, "primary", "2023", "3.25", "亿元", "4.1"));
      rows.add(figure(county, "primary", "2024", "3.40", "亿元", "4.3"));
      rows.add(figure(county, "gdp", "2023", "18.45", "亿元", county.equals("甲县") ? "9.7" : null));
      rows.add(figure(county, "gdp", "2024", "20.01", "亿元", county.equals("甲县") ? "8.3" : "<9"));
      rows.add(figure(county, "industry", "2024", null, "亿元", "6.0"));
      rows.add(figure(county, "retail", "2023", "4.35", "亿元", null));
      rows.add(figure(county, "retail", "2024", "4.80", "亿元", county.equals("甲县") ? "10.3" : "9.7"));
    }
    rows.add(figure("甲县", "gdp", "2022", "16.81", "亿元", null));
    rows.add(figure("乙县", "gdp", "2021", null, "亿元", "7.0")); // no level: not checked
    rows.add(figure("乙县", "retail", "2022", "<4.00", "亿元", null)); // a bounded base level:
    rows.add(figure("乙县", "retail", "2023", null, "亿元", ">8")); // its next rate is uncheckable, listed
    return rows;
  }

  static FigureTable table(List<Figure> rows) {
    FigureTable t = new FigureTable();
    rows.forEach(t);
    return t;
  }

  static CheckedRates inMemory(List<Figure> rows, FindingsMode mode) {
    return ConsistencyChecker.rates(TARGETS, table(rows), Set.of(), mode);
  }

  static CheckedRates streamed(List<Figure> rows, FindingsMode mode) {
    FigureStream s = new FigureStream(TARGETS,
        new EvaluationOptions(null, null, Set.of(), FailOn.FAIL, MissingPolicy.FAIL, mode));
    rows.forEach(s);
    return s.rates();
  }

  static boolean isRealGrowth(Finding f) {
    return f.indicator().equals("gdp") || f.indicator().equals("primary");
  }

  @Test
  void countedPerIndicatorInTheTargetsFilesOrderWithNoFindingUnderProblems() {
    for (CheckedRates rates : List.of(inMemory(rows(), FindingsMode.PROBLEMS), streamed(rows(), FindingsMode.PROBLEMS))) {
      assertThat(rates.realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
      assertThat(rates.listed()).noneMatch(RealGrowthRatesTest::isRealGrowth);
      assertThat(rates.listed()).extracting(f -> f.entity() + " " + f.period() + " " + f.status())
          .containsExactly("乙县 2023 UNCHECKABLE", "乙县 2024 INCONSISTENT");
      assertThat(rates.consistent()).isEqualTo(1);
      assertThat(rates.inconsistent()).isEqualTo(1);
      assertThat(rates.uncheckable()).isEqualTo(8); // 7 real-growth rates and the one on a bounded level
    }
  }

  @Test
  void everyRateListedUnderAllAndStillCountedPerIndicator() {
    for (CheckedRates rates : List.of(inMemory(rows(), FindingsMode.ALL), streamed(rows(), FindingsMode.ALL))) {
      assertThat(rates.realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
      List<Finding> real = rates.listed().stream().filter(RealGrowthRatesTest::isRealGrowth).toList();
      assertThat(real).hasSize(7).allSatisfy(f -> {
        assertThat(f.status()).isEqualTo(FindingStatus.UNCHECKABLE);
        assertThat(f.note()).isEqualTo(RealGrowthRates.REASON);
      });
      // in data order, as every listed finding
      assertThat(real).extracting(f -> f.entity() + " " + f.indicator() + " " + f.period()).containsExactly(
          "甲县 primary 2023", "甲县 primary 2024", "甲县 gdp 2023", "甲县 gdp 2024", "乙县 primary 2023",
          "乙县 primary 2024", "乙县 gdp 2024");
      assertThat(rates.listed()).hasSize(10);
      assertThat(rates.uncheckable()).isEqualTo(8);
    }
  }

  @Test
  void theCountsAreThoseOfOneFindingPerRate() {
    CheckedRates everyFinding = CheckedRates.of(ConsistencyChecker.check(TARGETS, table(rows()), Set.of()));
    assertThat(everyFinding.realGrowth()).isEmpty();
    for (FindingsMode mode : FindingsMode.values()) {
      for (CheckedRates rates : List.of(inMemory(rows(), mode), streamed(rows(), mode))) {
        assertThat(List.of(rates.consistent(), rates.inconsistent(), rates.uncheckable()))
            .isEqualTo(List.of(everyFinding.consistent(), everyFinding.inconsistent(), everyFinding.uncheckable()));
      }
    }
  }

  @Test
  void theOrderDoesNotDependOnTheOrderOfTheRows() {
    Random r = new Random(11);
    for (int i = 0; i < 20; i++) {
      List<Figure> rows = rows();
      Collections.shuffle(rows, r);
      assertThat(streamed(rows, FindingsMode.PROBLEMS).realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
      assertThat(inMemory(rows, FindingsMode.PROBLEMS).realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
    }
  }

  @Test
  void onlyTheEntitiesAskedFor() {
    FigureStream s = new FigureStream(TARGETS,
        new EvaluationOptions(null, null, Set.of("乙县"), FailOn.FAIL, MissingPolicy.FAIL, FindingsMode.PROBLEMS));
    rows().forEach(s);
    RealGrowthRates gdp = new RealGrowthRates("gdp", "地区生产总值", 1);
    RealGrowthRates primary = new RealGrowthRates("primary", "第一产业增加值", 2);
    assertThat(s.rates().realGrowth()).containsExactly(gdp, primary);
    assertThat(ConsistencyChecker.rates(TARGETS, table(rows()), Set.of("乙县"), FindingsMode.PROBLEMS).realGrowth())
        .containsExactly(gdp, primary);
  }

  @Test
  void theReportCarriesThemAndSaysWhatIsNotListed() {
    Report problems = Evaluator.evaluate(TARGETS, table(rows()), EvaluationOptions.defaults());
    assertThat(problems.realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
    assertThat(problems.findings()).hasSize(2);
    assertThat(problems.unlistedConsistent()).isEqualTo(1);
    assertThat(problems.unlistedRealGrowth()).isEqualTo(7);
    assertThat(problems.unlistedFindings()).isEqualTo(8);
    Summary s = problems.summary();
    assertThat(List.of(s.consistent(), s.inconsistent(), s.uncheckable())).isEqualTo(List.of(1, 1, 8));

    Report all = Evaluator.evaluate(TARGETS, table(rows()),
        new EvaluationOptions(null, null, Set.of(), FailOn.FAIL, MissingPolicy.FAIL, FindingsMode.ALL));
    assertThat(all.realGrowth()).containsExactly(GDP_RATES, PRIMARY_RATES);
    assertThat(all.findings()).hasSize(10);
    assertThat(all.unlistedConsistent()).isZero();
    assertThat(all.unlistedRealGrowth()).isZero();
    assertThat(all.summary()).isEqualTo(s);
  }
}
