package dev.attain.report;

import dev.attain.engine.CheckedRates;
import dev.attain.model.Bound;
import dev.attain.model.FailOn;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.Progress;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Severity;
import dev.attain.model.Source;
import dev.attain.model.Status;
import dev.attain.model.Summary;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports built by hand from model records, as the engine would hand them to writers.
 *
 * <p>The 2024 targets are Luolong County's (seed report, section 二); the 2024 results are
 * illustrative, made up for tests (Luolong's 2024 figures have not been published). The 2023 growth
 * rates in the findings are the published ones.
 */
public final class Fixtures {
  private static final UnitTable UNITS = UnitTable.builtIn();
  static final Period Y2024 = Period.year(2024);
  static final Period Y2023 = Period.year(2023);
  static final String LUOLONG = "洛隆县";

  private Fixtures() {}

  static Unit unit(String symbol) {
    return UNITS.find(symbol).orElseThrow();
  }

  static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  static Location at(int line) {
    return new Location("actuals.csv", line, 0);
  }

  // Indicators of the Luolong targets file.
  static final Indicator GDP = Indicator.of("gdp", "地区生产总值", unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator INVESTMENT = Indicator.of("fixed_investment", "全社会固定资产投资", unit("亿元"));
  static final Indicator RETAIL = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));
  static final Indicator REVENUE = Indicator.of("revenue", "地方一般公共预算收入", unit("万元"));
  static final Indicator URBAN_INCOME = Indicator.of("urban_income", "城镇居民人均可支配收入", unit("元"));
  static final Indicator RURAL_INCOME = Indicator.of("rural_income", "农村居民人均可支配收入", unit("元"));
  static final Indicator CPI = Indicator.of("cpi", "居民消费价格涨幅", unit("%"));
  static final Indicator UNEMPLOYMENT = Indicator.of("unemployment", "城镇调查失业率", unit("%"));
  static final Indicator FARMLAND = Indicator.of("farmland", "耕地保有量", unit("万亩")).withType(IndicatorType.STOCK);
  static final Indicator GRAIN_AREA = Indicator.of("grain_area", "粮食播种面积", unit("万亩"));
  static final Indicator GRAIN = Indicator.of("grain_output", "粮食产量", unit("万斤"));
  static final Indicator GREENING = Indicator.of("greening", "国土绿化面积", unit("亩"));
  static final Indicator INVESTMENT_ATTRACTED = Indicator.of("investment_attracted", "招商引资到位资金", unit("亿元"));
  static final Indicator LABOUR = Indicator.of("labour_transfer", "富余劳动力转移就业", unit("人次"));
  static final Indicator HOUSING = Indicator.of("public_housing", "公租房建设", unit("套"));
  static final Indicator MARKET = Indicator.of("market_entities", "市场主体", unit("户")).withType(IndicatorType.STOCK);

  static Target target(Indicator i, Measure m, Threshold t, String text) {
    return Target.of(i, m, t, Y2024).withText(text);
  }

  static Threshold atLeast(String n, Indicator i) {
    return Threshold.atLeast(n, i.unit());
  }

  static Threshold growthAtLeast(String n) {
    return Threshold.atLeast(n, UnitTable.percent());
  }

  /** A judged result with an exact actual. */
  static Result result(Target t, String entity, Status s, String actual, Source source, String gap, String attainment,
      String... notes) {
    Unit unit = t.measure() == Measure.GROWTH ? UnitTable.percent() : t.threshold().unit();
    BigDecimal lo = t.threshold().atLeast() instanceof Bound.Fixed f ? f.number() : null;
    BigDecimal hi = t.threshold().atMost() instanceof Bound.Fixed f ? f.number() : null;
    return new Result(t, entity, t.period(), s, d(actual), Relation.EQ, unit, source, lo, hi, t.threshold().tolerance(), d(gap), d(attainment),
        null, null, List.of(notes));
  }

  /**
   * Luolong County, 2024: one entity, every status (MISSING with its reasons), a year-to-date
   * result with time progress, a bound actual ({@code <5}), a reference threshold, a tolerance, a
   * {@code severity: warn} target, a change target and findings of all three statuses.
   */
  public static Report luolong() {
    List<Result> rs = new ArrayList<>();
    rs.add(result(target(GDP, Measure.GROWTH, growthAtLeast("8"), "地区生产总值增长8%"),
        LUOLONG, Status.PASS, "8.3", Source.REPORTED, "0.3", null));
    rs.add(result(target(INVESTMENT, Measure.GROWTH, growthAtLeast("11"), "全社会固定资产投资增长11%"),
        LUOLONG, Status.FAIL, "6.0", Source.COMPUTED, "-5.0", null));
    rs.add(result(target(RETAIL, Measure.GROWTH, growthAtLeast("10"), "社会消费品零售总额增长10%"),
        LUOLONG, Status.PASS, "10.4", Source.COMPUTED, "0.4", null));
    rs.add(Result.missing(target(REVENUE, Measure.GROWTH, growthAtLeast("3"), "地方一般公共预算收入增长3%"),
        LUOLONG, Y2024, UnitTable.percent(), "no level for 2023 (the base period) and no reported growth"));
    Target urban = target(URBAN_INCOME, Measure.GROWTH, growthAtLeast("8"), "城镇居民人均可支配收入增长8%");
    rs.add(result(urban, LUOLONG, Status.PASS, "8.1", Source.COMPUTED, "0.1", null));
    rs.add(result(target(RURAL_INCOME, Measure.GROWTH, growthAtLeast("11"), "农村居民人均可支配收入增长11%"),
        LUOLONG, Status.PASS, "11.3", Source.COMPUTED, "0.3", null));
    // "Income grows in step with the economy": a reference threshold, resolved to GDP's 8.3.
    Target inStep = new Target("urban_income.growth-2", URBAN_INCOME, Measure.GROWTH,
        new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO), null, null, UnitTable.percent()),
        "居民收入增长和经济增长同步", Severity.WARN, null, Y2024, null);
    rs.add(new Result(inStep, LUOLONG, Y2024, Status.WARN, d("8.1"), Relation.EQ, UnitTable.percent(),
        Source.COMPUTED, d("8.3"), null, null, d("-0.2"), null, null, null, List.of("severity warn: a miss is a warning")));
    Target cpi = target(CPI, Measure.VALUE, Threshold.atMost("3", unit("%")).withTolerance("0.5"), "居民消费价格涨幅控制在3%以内");
    rs.add(new Result(cpi, LUOLONG, Y2024, Status.WARN, d("3.2"), Relation.EQ, unit("%"), Source.REPORTED,
        null, d("3"), d("0.5"), d("0.2"), null, null, null, List.of()));
    Target jobs = target(UNEMPLOYMENT, Measure.VALUE, Threshold.atMost("5", unit("%")), "城镇调查失业率控制在5%以内");
    rs.add(new Result(jobs, LUOLONG, Y2024, Status.PASS, d("5"), Relation.LT, unit("%"), Source.REPORTED,
        null, d("5"), null, null, null, null, null, List.of("reported as a bound: <5")));
    rs.add(result(target(FARMLAND, Measure.VALUE, atLeast("15.8", FARMLAND), "耕地保有量保持在15.8万亩以上"),
        LUOLONG, Status.PASS, "15.82", Source.REPORTED, "0.02", "100.1"));
    rs.add(result(target(GRAIN_AREA, Measure.VALUE, atLeast("7.8", GRAIN_AREA), "粮食播种面积稳定在7.8万亩以上"),
        LUOLONG, Status.PASS, "9.7", Source.REPORTED, "1.9", "124.4"));
    // Year to date: January to September, seasonal schedule Q3 = 70 % of the year's grain.
    Target grain = target(GRAIN, Measure.VALUE, atLeast("5400", GRAIN), "粮食产量保持在5400万斤以上");
    rs.add(new Result(grain, LUOLONG, new Period(2024, 9), Status.PASS, d("3900"), Relation.EQ, unit("万斤"),
        Source.REPORTED, d("3780.0"), null, null, d("120.0"), d("103.2"),
        new Progress(d("70.0"), d("3780.0"), d("72.2"), d("2.2")).bySchedule(d("75.0")), null, List.of()));
    rs.add(result(target(GREENING, Measure.VALUE, atLeast("5000", GREENING), "全年计划完成国土绿化面积5000亩以上"),
        LUOLONG, Status.PASS, "5436", Source.REPORTED, "436", "108.7"));
    rs.add(result(target(INVESTMENT_ATTRACTED, Measure.VALUE, atLeast("2", INVESTMENT_ATTRACTED), "全年计划完成招商引资2亿元以上"),
        LUOLONG, Status.FAIL, "1.85", Source.REPORTED, "-0.15", "92.5"));
    rs.add(Result.missing(target(LABOUR, Measure.VALUE, atLeast("11000", LABOUR), "富余劳动力转移就业11000人次"),
        LUOLONG, Y2024, unit("人次"), "no row for 富余劳动力转移就业 in 2024"));
    rs.add(result(target(HOUSING, Measure.VALUE, atLeast("66", HOUSING), "公租房建设66套"),
        LUOLONG, Status.PASS, "66", Source.REPORTED, "0", "100.0"));
    rs.add(result(target(MARKET, Measure.CHANGE, atLeast("600", MARKET), "新增市场主体600户"),
        LUOLONG, Status.PASS, "612", Source.COMPUTED, "12", "102.0"));

    List<Finding> fs = List.of(
        new Finding(LUOLONG, "gdp", "地区生产总值", Y2023, d("9.7"), null, FindingStatus.UNCHECKABLE,
            RealGrowthRates.REASON, at(2)),
        new Finding(LUOLONG, "fixed_investment", "全社会固定资产投资", Y2023, d("51.8"), d("48.6"),
            FindingStatus.INCONSISTENT, "levels allow 48.55–48.66", at(4)),
        new Finding(LUOLONG, "retail", "社会消费品零售总额", Y2023, d("18.3"), d("18.3"), FindingStatus.CONSISTENT,
            null, at(6)),
        new Finding(LUOLONG, "urban_income", "城镇居民人均可支配收入", Y2023, d("11.2"), d("11.2"),
            FindingStatus.CONSISTENT, null, at(8)),
        new Finding(LUOLONG, "rural_income", "农村居民人均可支配收入", Y2023, d("14.7"), d("14.7"),
            FindingStatus.CONSISTENT, null, at(10)));
    return report("洛隆县2024年主要预期目标", List.of(LUOLONG), rs, fs, FindingsMode.PROBLEMS);
  }

  static final List<String> COUNTIES = List.of("洛隆县", "边坝县", "丁青县");

  /**
   * Three counties, one set of targets: an entity column, a range threshold, text that needs
   * escaping in every format ({@code |}, quotes, {@code <}, a leading {@code =} and {@code -}),
   * and {@code --findings all}.
   */
  public static Report counties() {
    Target gdp = target(GDP, Measure.GROWTH, growthAtLeast("8"), "地区生产总值增长8%");
    Target grain = target(GRAIN, Measure.VALUE, atLeast("5400", GRAIN), "粮食产量保持在5400万斤以上");
    Target cpi = target(CPI, Measure.VALUE,
        new Threshold(Bound.of("1"), Bound.of("3"), null, unit("%")), "居民消费价格涨幅1–3%");
    Target area = target(GRAIN_AREA, Measure.VALUE, atLeast("7.8", GRAIN_AREA), null).withSeverity(Severity.WARN);
    List<Result> rs = new ArrayList<>();
    rs.add(result(gdp, "洛隆县", Status.PASS, "8.3", Source.REPORTED, "0.3", null));
    rs.add(result(gdp, "边坝县", Status.FAIL, "7.1", Source.REPORTED, "-0.9", null));
    rs.add(Result.missing(gdp, "丁青县", Y2024, UnitTable.percent(),
        "real growth is only reported, and 丁青县 reported none for 2024 (\"快报\" | revised)"));
    rs.add(result(grain, "洛隆县", Status.PASS, "5612", Source.REPORTED, "212", "103.9"));
    rs.add(result(grain, "边坝县", Status.FAIL, "4861.5", Source.COMPUTED, "-538.5", "90.0",
        "=converted from 2430.75 吨", "-1 row merged from 2 files"));
    rs.add(result(grain, "丁青县", Status.PASS, "6001", Source.REPORTED, "601", "111.1"));
    rs.add(result(cpi, "洛隆县", Status.PASS, "2.1", Source.REPORTED, "0", null));
    rs.add(result(cpi, "边坝县", Status.FAIL, "0.4", Source.REPORTED, "-0.6", null));
    rs.add(new Result(cpi, "丁青县", Y2024, Status.MISSING, d("3"), Relation.GT, unit("%"), Source.REPORTED,
        d("1"), d("3"), null, null, null, null, "only a bound (>3) is reported, and it cannot decide", List.of()));
    rs.add(result(area, "洛隆县", Status.PASS, "9.7", Source.REPORTED, "1.9", "124.4"));
    rs.add(result(area, "边坝县", Status.WARN, "7.65", Source.REPORTED, "-0.15", "98.1",
        "severity warn: a miss is a warning"));
    rs.add(result(area, "丁青县", Status.PASS, "8.0", Source.REPORTED, "0.2", "102.6"));
    List<Finding> fs = List.of(
        new Finding("洛隆县", "urban_income", "城镇居民人均可支配收入", Y2023, d("11.2"), d("11.2"),
            FindingStatus.CONSISTENT, null, at(3)),
        new Finding("边坝县", "retail", "社会消费品零售总额", Y2023, d("9.7"), d("11.4"),
            FindingStatus.INCONSISTENT, "levels allow 11.35–11.46", new Location("bianba.csv", 7, 4)),
        new Finding("丁青县", "gdp", "地区生产总值", Y2023, d("8.0"), null, FindingStatus.UNCHECKABLE,
            RealGrowthRates.REASON, null));
    return report("昌都市三县2024年主要指标", COUNTIES, rs, fs, FindingsMode.ALL);
  }

  static final Indicator PRIMARY = Indicator.of("primary", "第一产业增加值", unit("亿元")).withGrowth(GrowthBasis.REAL);

  /**
   * Three counties under {@code --findings problems} with the rates of two real-growth indicators
   * (地区生产总值 and 第一产业增加值, two years each: 6 rates each), counted per indicator and not
   * listed; an inconsistent rate, a rate reported only as a bound (uncheckable, listed) and two
   * consistent rates.
   */
  public static Report realGrowth() {
    Target gdp = target(GDP, Measure.GROWTH, growthAtLeast("8"), "地区生产总值增长8%");
    List<Result> rs = new ArrayList<>();
    rs.add(result(gdp, "洛隆县", Status.PASS, "8.3", Source.REPORTED, "0.3", null, "real growth: levels not used"));
    rs.add(result(gdp, "边坝县", Status.FAIL, "7.1", Source.REPORTED, "-0.9", null, "real growth: levels not used"));
    rs.add(result(gdp, "丁青县", Status.PASS, "8.0", Source.REPORTED, "0", null, "real growth: levels not used"));
    List<Finding> fs = new ArrayList<>();
    int line = 2;
    for (String county : COUNTIES) {
      for (Period year : List.of(Y2023, Y2024)) {
        fs.add(new Finding(county, "primary", "第一产业增加值", year, d("5.1"), null, FindingStatus.UNCHECKABLE,
            RealGrowthRates.REASON, at(line++)));
        fs.add(new Finding(county, "gdp", "地区生产总值", year, d("8.0"), null, FindingStatus.UNCHECKABLE,
            RealGrowthRates.REASON, at(line++)));
      }
      fs.add(county.equals("丁青县")
          ? new Finding(county, "retail", "社会消费品零售总额", Y2024, d("9.7"), d("11.4"), FindingStatus.INCONSISTENT,
              "levels allow 11.35–11.46", at(line++))
          : new Finding(county, "retail", "社会消费品零售总额", Y2024, d("10.2"), d("10.2"), FindingStatus.CONSISTENT,
              "levels allow 10.15–10.24", at(line++)));
    }
    // a rate published only as a bound, <5
    fs.add(new Finding("丁青县", "revenue", "地方一般公共预算收入", Y2024, d("5"), Relation.LT, null,
        FindingStatus.UNCHECKABLE, "rate reported only as < 5: not checkable", at(line)));
    return report("昌都市三县2024年实际增长", COUNTIES, rs, fs, FindingsMode.PROBLEMS);
  }

  /**
   * The report the engine gives for {@code results} and every finding of the run, {@code all}
   * (as {@code --findings all} would list them, in data order), listed as {@code mode} says: the
   * rates of {@link #GDP} and {@link #PRIMARY} (real growth) counted per indicator.
   */
  static Report report(String title, List<String> entities, List<Result> results, List<Finding> all,
      FindingsMode mode) {
    java.util.Map<String, Indicator> indicators = new java.util.LinkedHashMap<>();
    for (Indicator i : List.of(GDP, PRIMARY, INVESTMENT, RETAIL, REVENUE, URBAN_INCOME, RURAL_INCOME)) {
      indicators.put(i.id(), i);
    }
    TargetSet targets = new TargetSet("targets.yaml", title, Y2024, null, List.of(), indicators, List.of(), UNITS, null);
    CheckedRates rates = CheckedRates.of(targets, all, mode);
    Summary summary = rates.summary(results, FailOn.FAIL, MissingPolicy.FAIL);
    return new Report(title, Y2024, entities, results, rates.listed(), rates.realGrowth(), mode, summary);
  }

  /** Every fixture by the name its golden folder has. */
  public static java.util.Map<String, Report> all() {
    java.util.Map<String, Report> m = new java.util.LinkedHashMap<>();
    m.put("luolong", luolong());
    m.put("counties", counties());
    m.put("real-growth", realGrowth());
    return m;
  }
}
