package dev.attain.engine;

import static dev.attain.engine.Fixtures.figure;
import static dev.attain.engine.Fixtures.period;
import static dev.attain.engine.Fixtures.table;
import static dev.attain.engine.Fixtures.targets;
import static dev.attain.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.BlankSink.Cell;
import dev.attain.model.Bound;
import dev.attain.model.FailOn;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.Progress;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Schedule;
import dev.attain.model.Severity;
import dev.attain.model.Source;
import dev.attain.model.Status;
import dev.attain.model.Target;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  static final Period Y2024 = Period.year(2024);
  static final Period Y2023 = Period.year(2023);

  static final Indicator GDP = Indicator.of("gdp", "国内生产总值", unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator GRAIN = Indicator.of("grain", "粮食产量", unit("万吨"));
  static final Indicator INCOME = Indicator.of("income", "全国居民人均可支配收入", unit("元"));
  static final Indicator CPI = Indicator.of("cpi", "居民消费价格涨幅", unit("%"));
  static final Indicator JOBLESS = Indicator.of("jobless", "城镇调查失业率", unit("%"));
  static final Indicator GREENING = Indicator.of("greening", "国土绿化面积", unit("亩"));
  static final Indicator FARMLAND =
      Indicator.of("farmland", "耕地保有量", unit("万亩")).withType(IndicatorType.STOCK);

  static Target target(Indicator i, Measure m, Threshold th) {
    return Target.of(i, m, th, Y2024);
  }

  static Threshold atLeast(String n, String unit) {
    return Threshold.atLeast(n, unit(unit));
  }

  static Threshold atMost(String n, String unit) {
    return Threshold.atMost(n, unit(unit));
  }

  static Report report(List<Indicator> inds, List<Target> ts, FigureTable table, EvaluationOptions o) {
    return Evaluator.evaluate(targets(inds, ts), table, o);
  }

  /** The only result of one target against the figures, with default options. */
  static Result one(Target t, FigureTable table, Indicator... more) {
    List<Indicator> inds = new java.util.ArrayList<>(List.of(more));
    inds.add(0, t.indicator());
    Report r = report(inds, List.of(t), table, EvaluationOptions.defaults());
    assertThat(r.results()).hasSize(1);
    return r.results().get(0);
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** A row of the figure, its level and growth cells blank, as the reader tells it. */
  static void leftBlank(BlankCells blanks, String entity, String indicator, Period p, String file, int line, int col) {
    blanks.noLevel(entity, indicator, p, new dev.attain.model.Location(file, line, col), Cell.BLANK, Cell.BLANK);
  }

  /** A row of the figure that gives a growth rate beside a level cell left blank, as the reader tells it. */
  static void levelLeftBlank(BlankCells blanks, String entity, String indicator, Period p, String file, int line,
      int col) {
    blanks.noLevel(entity, indicator, p, new dev.attain.model.Location(file, line, col), Cell.BLANK, Cell.GIVEN);
  }

  @Nested
  class Values {
    @Test
    void china2024GrainConvertsToTheThresholdUnit() {
      Result r = one(target(GRAIN, Measure.VALUE, atLeast("1.3", "万亿斤")),
          table(figure("全国", "grain", "2024", "70650", "万吨", "1.6")));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual()).isEqualByComparingTo("1.413");
      assertThat(r.actual().toPlainString()).isEqualTo("1.413");
      assertThat(r.unit().symbol()).isEqualTo("万亿斤");
      assertThat(r.gap().toPlainString()).isEqualTo("0.113");
      assertThat(r.attainment().toPlainString()).isEqualTo("108.7");
      assertThat(r.source()).isEqualTo(Source.COMPUTED);
      assertThat(r.atLeast().toPlainString()).isEqualTo("1.3");
      assertThat(r.atMost()).isNull();
      assertThat(r.evaluatedPeriod()).isEqualTo(Y2024);
      assertThat(r.notes()).containsExactly("converted from 70650 万吨");
    }

    @Test
    void luolongGdpLevelAsReported() {
      Target t = new Target("gdp.value", GDP, Measure.VALUE, atLeast("18", "亿元"), null, Severity.FAIL, null,
          Y2023, null);
      Result r = one(t, table(figure("洛隆县", "gdp", "2023", "18.45", "亿元", "9.7")));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("18.45");
      assertThat(r.source()).isEqualTo(Source.REPORTED);
      assertThat(r.gap().toPlainString()).isEqualTo("0.45");
      assertThat(r.attainment().toPlainString()).isEqualTo("102.5");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void cpiUnderItsCeilingPassesWithANegativeGapAndNoAttainment() {
      Result r = one(target(CPI, Measure.VALUE, atMost("3", "%").withTolerance("0.5")),
          table(figure("全国", "cpi", "2024", "0.2", "%", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.gap().toPlainString()).isEqualTo("-2.8");
      assertThat(r.attainment()).isNull();
      assertThat(r.atMost().toPlainString()).isEqualTo("3");
    }

    @Test
    void unemploymentReportedAsABoundIsSettledWhereTheBoundDecides() {
      FigureTable data = table(figure("全国", "jobless", "2024", "<5", "%", null));
      Result r = one(target(JOBLESS, Measure.VALUE, atMost("5", "%")), data);
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("5");
      assertThat(r.actualRelation()).isEqualTo(Relation.LT);
      assertThat(r.gap()).isNull();
      assertThat(r.attainment()).isNull();
      assertThat(r.source()).isEqualTo(Source.REPORTED);

      Result strict = one(target(JOBLESS, Measure.VALUE, atMost("4.5", "%")), data);
      assertThat(strict.status()).isEqualTo(Status.MISSING);
      assertThat(strict.reason()).isEqualTo("reported only as < 5");
      assertThat(strict.actual()).isNull();
    }

    @Test
    void boundsAgainstAtLeast() {
      FigureTable data = table(figure("全国", "cpi", "2024", ">3", "%", null));
      assertThat(one(target(CPI, Measure.VALUE, atLeast("3", "%")), data).status()).isEqualTo(Status.PASS);
      assertThat(one(target(CPI, Measure.VALUE, atMost("3", "%")), data).status()).isEqualTo(Status.FAIL);
      Result unsettled = one(target(CPI, Measure.VALUE, atLeast("4", "%")), data);
      assertThat(unsettled.status()).isEqualTo(Status.MISSING);
      assertThat(unsettled.reason()).isEqualTo("reported only as > 3");
    }

    @Test
    void aBoundThatSettlesAWarnGivesWarn() {
      // ">5.1" against at_most 5 tolerance 0.5 can be WARN or FAIL: unsettled;
      // under severity warn a miss is WARN too, so WARN either way
      FigureTable data = table(figure("全国", "jobless", "2024", ">5.1", "%", null));
      Target t = target(JOBLESS, Measure.VALUE, atMost("5", "%").withTolerance("0.5"));
      assertThat(one(t, data).status()).isEqualTo(Status.MISSING);
      assertThat(one(t.withSeverity(Severity.WARN), data).status()).isEqualTo(Status.WARN);
    }

    @Test
    void toleranceBoundaries() {
      Target t = target(CPI, Measure.VALUE, atLeast("5", "%").withTolerance("0.5"));
      assertThat(one(t, table(figure("全国", "cpi", "2024", "5", "%", null))).status()).isEqualTo(Status.PASS);
      assertThat(one(t, table(figure("全国", "cpi", "2024", "4.99", "%", null))).status()).isEqualTo(Status.WARN);
      Result edge = one(t, table(figure("全国", "cpi", "2024", "4.5", "%", null)));
      assertThat(edge.status()).isEqualTo(Status.WARN);
      assertThat(edge.gap().toPlainString()).isEqualTo("-0.5");
      assertThat(one(t, table(figure("全国", "cpi", "2024", "4.49", "%", null))).status()).isEqualTo(Status.FAIL);

      Target ceiling = target(CPI, Measure.VALUE, atMost("3", "%").withTolerance("0.5"));
      assertThat(one(ceiling, table(figure("全国", "cpi", "2024", "3.5", "%", null))).status())
          .isEqualTo(Status.WARN);
      assertThat(one(ceiling, table(figure("全国", "cpi", "2024", "3.51", "%", null))).status())
          .isEqualTo(Status.FAIL);
    }

    @Test
    void severityWarnTurnsAMissIntoWarn() {
      Target t = target(FARMLAND, Measure.VALUE, atLeast("15.8", "万亩")).withSeverity(Severity.WARN);
      Result r = one(t, table(figure("洛隆县", "farmland", "2024", "15.2", "万亩", null)));
      assertThat(r.status()).isEqualTo(Status.WARN);
      assertThat(r.gap().toPlainString()).isEqualTo("-0.6");
      assertThat(r.attainment().toPlainString()).isEqualTo("96.2");
    }

    @Test
    void bothBoundsGapIsZeroInsideAndToTheViolatedBoundOutside() {
      Threshold band = new Threshold(Bound.of("2"), Bound.of("3"), null, unit("%"));
      Result inside = one(target(CPI, Measure.VALUE, band), table(figure("全国", "cpi", "2024", "2.50", "%", null)));
      assertThat(inside.status()).isEqualTo(Status.PASS);
      assertThat(inside.gap().toPlainString()).isEqualTo("0.00");
      Result below = one(target(CPI, Measure.VALUE, band), table(figure("全国", "cpi", "2024", "0.2", "%", null)));
      assertThat(below.status()).isEqualTo(Status.FAIL);
      assertThat(below.gap().toPlainString()).isEqualTo("-1.8");
      assertThat(below.attainment()).as("0.2 % of 2 % is no attainment: a ratio of two rates").isNull();
      Result above = one(target(CPI, Measure.VALUE, band), table(figure("全国", "cpi", "2024", "3.4", "%", null)));
      assertThat(above.gap().toPlainString()).isEqualTo("0.4");
    }

    @Test
    void noFigureAndNoLevelAreMissingWithTheirReasons() {
      Target t = target(GRAIN, Measure.VALUE, atLeast("1.3", "万亿斤"));
      Result none = one(t, table(figure("全国", "grain", "2023", "69541", "万吨", null)));
      assertThat(none.status()).isEqualTo(Status.MISSING);
      assertThat(none.reason()).isEqualTo("no 2024 figure");
      assertThat(none.unit().symbol()).isEqualTo("万亿斤");
      Result rateOnly = one(t, table(figure("全国", "grain", "2024", null, "万吨", "1.6")));
      assertThat(rateOnly.reason()).isEqualTo("no 2024 level (only a growth rate)");
    }

    @Test
    void aFigureLeftBlankIsMissingWithTheBlankCell() {
      Target t = target(GRAIN, Measure.VALUE, atLeast("1.3", "万亿斤"));
      FigureTable table = table(figure("全国", "grain", "2023", "69541", "万吨", null));
      BlankCells blanks = new BlankCells(targets(List.of(GRAIN), List.of(t)));
      leftBlank(blanks, "全国", "grain", Y2024, "a.csv", 7, 4);
      leftBlank(blanks, "全国", "grain", Y2024, "a.csv", 9, 4); // the first is named
      leftBlank(blanks, "全国", "grain", Period.year(2020), "a.csv", 3, 4); // not needed
      table.blanks(blanks);
      Result r = one(t, table);
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("2024 left blank (a.csv:7:4)");
      assertThat(blanks.at("全国", "grain", Period.year(2020))).as("only figures the targets need are kept").isEmpty();

      Target growth = target(GRAIN, Measure.GROWTH, atLeast("1", "%"));
      FigureTable only2024 = table(figure("全国", "grain", "2024", "70000", "万吨", null));
      BlankCells base = new BlankCells(targets(List.of(GRAIN), List.of(growth)));
      leftBlank(base, "全国", "grain", Y2023, "a.csv", 2, 3);
      only2024.blanks(base);
      assertThat(one(growth, only2024).reason()).isEqualTo("2023 left blank (base period, a.csv:2:3)");
      Target change = target(GRAIN, Measure.CHANGE, atLeast("1", "万吨"));
      assertThat(one(change, only2024).reason()).isEqualTo("2023 left blank (base period, a.csv:2:3)");
    }

    @Test
    void aLevelOfAnotherDimensionIsAnInputError() {
      Target t = target(GRAIN, Measure.VALUE, atLeast("1.3", "万亿斤"));
      assertThatThrownBy(() -> one(t, table(figure("全国", "grain", "2024", "5", "亿元", null))))
          .isInstanceOf(InputException.class)
          .hasMessageMatching("actuals\\.csv:\\d+:3: level of grain 2024 is in 亿元, which does not convert to "
              + "万亿斤 \\(the target's unit\\)");
    }
  }

  /**
   * A row that gives a growth rate beside a level cell left blank: a target that needs the level
   * names that cell; one that can use the rate is judged on it, as before.
   */
  @Nested
  class LevelLeftBlank {
    final Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));

    /** The only result of {@code t} against {@code table}, with the blank cells {@code noted} gave. */
    Result judged(Target t, FigureTable table, java.util.function.Consumer<BlankCells> noted, Indicator... more) {
      List<Indicator> inds = new java.util.ArrayList<>(List.of(more));
      inds.add(0, t.indicator());
      BlankCells blanks = new BlankCells(targets(inds, List.of(t)));
      noted.accept(blanks);
      table.blanks(blanks);
      return one(t, table, more);
    }

    @Test
    void aValueTargetNamesTheBlankLevelCell() {
      Target t = target(retail, Measure.VALUE, atLeast("10", "亿元"));
      Result r = judged(t, table(figure("全国", "retail", "2024", null, "亿元", "8.5")),
          b -> levelLeftBlank(b, "全国", "retail", Y2024, "a.csv", 4, 3));
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("2024 level left blank (a.csv:4:3); only a growth rate");
      assertThat(r.actual()).isNull();
      // a blank level cell of another figure, or of a figure whose level another row gives, says nothing
      Result other = judged(t, table(figure("全国", "retail", "2024", null, "亿元", "8.5")),
          b -> levelLeftBlank(b, "全国", "retail", Y2023, "a.csv", 3, 3));
      assertThat(other.reason()).isEqualTo("no 2024 level (only a growth rate)");
      Result given = judged(t, table(figure("全国", "retail", "2024", null, "亿元", "8.5"),
          figure("全国", "retail", "2024", "12", "亿元", null)), b -> levelLeftBlank(b, "全国", "retail", Y2024, "a.csv", 4, 3));
      assertThat(given.status()).isEqualTo(Status.PASS);
      assertThat(given.notes()).isEmpty();
    }

    @Test
    void aChangeTargetNamesTheBlankLevelCellOfEitherPeriod() {
      Target t = target(retail, Measure.CHANGE, atLeast("1", "亿元"));
      Result cur = judged(t, table(figure("全国", "retail", "2023", "10", "亿元", null),
          figure("全国", "retail", "2024", null, "亿元", "8.5")), b -> levelLeftBlank(b, "全国", "retail", Y2024, "a.csv", 3, 3));
      assertThat(cur.status()).isEqualTo(Status.MISSING);
      assertThat(cur.reason()).isEqualTo("2024 level left blank (a.csv:3:3); only a growth rate");
      Result base = judged(t, table(figure("全国", "retail", "2023", null, "亿元", "7.0"),
          figure("全国", "retail", "2024", "11", "亿元", null)), b -> levelLeftBlank(b, "全国", "retail", Y2023, "a.csv", 2, 3));
      assertThat(base.status()).isEqualTo(Status.MISSING);
      assertThat(base.reason()).isEqualTo("2023 level left blank (base period, a.csv:2:3); only a growth rate");
    }

    /**
     * Nominal growth computed from the levels misses the base level left blank; but a period whose
     * own rate is given is judged on it, blank level or not, exactly as without the blank.
     */
    @Test
    void aGrowthTargetNamesTheBlankBaseLevelAndUsesAGivenRateAsBefore() {
      Target t = target(retail, Measure.GROWTH, atLeast("8", "%"));
      Result base = judged(t, table(figure("全国", "retail", "2023", null, "亿元", "7.0"),
          figure("全国", "retail", "2024", "11", "亿元", null)), b -> levelLeftBlank(b, "全国", "retail", Y2023, "a.csv", 2, 3));
      assertThat(base.status()).isEqualTo(Status.MISSING);
      assertThat(base.reason()).isEqualTo("2023 level left blank (base period, a.csv:2:3); only a growth rate");

      FigureTable rateGiven = table(figure("全国", "retail", "2023", "10", "亿元", null),
          figure("全国", "retail", "2024", null, "亿元", "8.5"));
      Result withBlank = judged(t, rateGiven, b -> levelLeftBlank(b, "全国", "retail", Y2024, "a.csv", 3, 3));
      assertThat(withBlank.status()).isEqualTo(Status.PASS);
      assertThat(withBlank.actual().toPlainString()).isEqualTo("8.5");
      assertThat(withBlank.source()).isEqualTo(Source.REPORTED);
      assertThat(withBlank.notes()).isEmpty();
      Result without = one(t, table(figure("全国", "retail", "2023", "10", "亿元", null),
          figure("全国", "retail", "2024", null, "亿元", "8.5")));
      assertThat(withBlank).isEqualTo(without);
      Result real = judged(target(GDP, Measure.GROWTH, atLeast("5", "%")),
          table(figure("全国", "gdp", "2024", null, "亿元", "5.0")), b -> levelLeftBlank(b, "全国", "gdp", Y2024, "a.csv", 3, 3));
      assertThat(real.status()).isEqualTo(Status.PASS);
      assertThat(real.notes()).isEmpty();
    }

    @Test
    void aReferenceToSuchAFigureNamesTheCell() {
      Target t = target(GRAIN, Measure.VALUE, new Threshold(new Bound.Reference("retail", Measure.VALUE,
          BigDecimal.ZERO), null, null, unit("万吨")));
      Result r = judged(t, table(figure("全国", "grain", "2024", "70000", "万吨", null),
          figure("全国", "retail", "2024", null, "亿元", "8.5")), b -> levelLeftBlank(b, "全国", "retail", Y2024, "a.csv", 5, 3),
          retail);
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("reference retail value: 2024 level left blank (a.csv:5:3); only a growth rate");
    }

    /**
     * Time progress: the year's row with only a rate is passed over, its blank level cell named in
     * the remark; a year-to-date period judged MISSING names its own; a change passes over a period
     * whose base level was left blank, naming it.
     */
    @Test
    void timeProgressNamesTheBlankLevelCellOfThePeriodPassedOverOrJudged() {
      Target value = target(GREENING, Measure.VALUE, atLeast("5000", "亩"));
      FigureTable data = table(figure("洛隆县", "greening", "2023-06", "40", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null),
          figure("洛隆县", "greening", "2024", null, "亩", "7"));
      Result r = judged(value, data, b -> levelLeftBlank(b, "洛隆县", "greening", Y2024, "a.csv", 4, 3));
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.notes()).contains("2024 has only a growth rate (level left blank, a.csv:4:3): judged on 2024-06");

      Result ytd = judged(value, table(figure("洛隆县", "greening", "2024-09", null, "亩", "7")),
          b -> levelLeftBlank(b, "洛隆县", "greening", period("2024-09"), "a.csv", 2, 3));
      assertThat(ytd.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(ytd.status()).isEqualTo(Status.MISSING);
      assertThat(ytd.reason()).isEqualTo("2024-09 level left blank (a.csv:2:3); only a growth rate");

      Target change = target(GREENING, Measure.CHANGE, atLeast("100", "亩"));
      FigureTable bases = table(figure("洛隆县", "greening", "2023-06", "2000", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2200", "亩", null),
          figure("洛隆县", "greening", "2023-09", null, "亩", "5"),
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null));
      Result c = judged(change, bases, b -> levelLeftBlank(b, "洛隆县", "greening", period("2023-09"), "a.csv", 7, 3));
      assertThat(c.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(c.notes()).contains("2024-09 has no 2023-09 level (left blank, a.csv:7:3): judged on 2024-06");
      // growth on the same data: 2024-09 has no rate of its own, and its base level was left blank
      Result g = judged(target(GREENING, Measure.GROWTH, atLeast("5", "%")), bases,
          b -> levelLeftBlank(b, "洛隆县", "greening", period("2023-09"), "a.csv", 7, 3));
      assertThat(g.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(g.notes()).contains("2024-09 has no growth rate and no 2023-09 level (left blank, a.csv:7:3): judged on 2024-06");
      // a base row left blank altogether is named the same way
      FigureTable noBase = table(figure("洛隆县", "greening", "2023-06", "2000", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2200", "亩", null),
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null));
      Result blankBase = judged(change, noBase, b -> leftBlank(b, "洛隆县", "greening", period("2023-09"), "a.csv", 6, 3));
      assertThat(blankBase.notes()).contains("2024-09 has no 2023-09 level (left blank, a.csv:6:3): judged on 2024-06");
    }

    /** A row that marks the level "not reported" says outright there is none: no blank is named, in either order. */
    @Test
    void aLevelMarkedNotReportedWinsOverABlankLevelCell() {
      Target t = target(retail, Measure.VALUE, atLeast("10", "亿元"));
      Location blank = new Location("a.csv", 2, 3);
      Location marked = new Location("a.csv", 3, 3);
      for (boolean markFirst : new boolean[] {false, true}) {
        Result r = judged(t, table(figure("全国", "retail", "2024", null, "亿元", "8.5")), b -> {
          if (markFirst) {
            b.noLevel("全国", "retail", Y2024, marked, Cell.NOT_REPORTED, Cell.GIVEN);
          }
          b.noLevel("全国", "retail", Y2024, blank, Cell.BLANK, Cell.GIVEN);
          if (!markFirst) {
            b.noLevel("全国", "retail", Y2024, marked, Cell.NOT_REPORTED, Cell.BLANK);
          }
        });
        assertThat(r.reason()).as("mark first: %s", markFirst).isEqualTo("no 2024 level (only a growth rate)");
      }
    }
  }

  @Nested
  class Growth {
    @Test
    void realGdpGrowthUsesTheReportedRateOnly() {
      Target t = target(GDP, Measure.GROWTH, atLeast("5", "%").withTolerance("0.5"));
      Result r = one(t, table(
          figure("全国", "gdp", "2023", "1260582", "亿元", null),
          figure("全国", "gdp", "2024", "1349084", "亿元", "5.0")));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("5.0");
      assertThat(r.gap().toPlainString()).isEqualTo("0.0");
      assertThat(r.source()).isEqualTo(Source.REPORTED);
      assertThat(r.unit().symbol()).isEqualTo("%");
      assertThat(r.attainment()).isNull();
      assertThat(r.notes()).containsExactly("real growth: levels not used");
    }

    @Test
    void realGrowthWithoutLevelsHasNoNote() {
      Result r = one(target(GDP, Measure.GROWTH, atLeast("8", "%")),
          table(figure("洛隆县", "gdp", "2024", "19.9", "亿元", "7.1")));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.gap().toPlainString()).isEqualTo("-0.9");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void realGrowthWithoutAReportedRateIsMissing() {
      Result r = one(target(GDP, Measure.GROWTH, atLeast("5", "%")), table(
          figure("全国", "gdp", "2023", "1260582", "亿元", null),
          figure("全国", "gdp", "2024", "1349084", "亿元", null)));
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("no reported 2024 growth rate (real growth: levels not used)");
    }

    @Test
    void realGrowthWhoseGrowthCellWasLeftBlankNamesIt() {
      Target t = target(GDP, Measure.GROWTH, atLeast("5", "%"));
      FigureTable table = table(figure("全国", "gdp", "2023", "1260582", "亿元", "5.2"),
          figure("全国", "gdp", "2024", "1349084", "亿元", null));
      BlankCells blanks = new BlankCells(targets(List.of(GDP), List.of(t)));
      blanks.noRate("全国", "gdp", Y2024, new dev.attain.model.Location("a.csv", 3, 5), Cell.BLANK);
      table.blanks(blanks);
      Result r = one(t, table);
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("2024 growth rate left blank (a.csv:3:5); real growth: levels not used");

      // a row that marks the rate not reported says outright that there is none
      blanks.noRate("全国", "gdp", Y2024, new dev.attain.model.Location("a.csv", 4, 5), Cell.NOT_REPORTED);
      assertThat(one(t, table).reason()).isEqualTo("no reported 2024 growth rate (real growth: levels not used)");
    }

    @Test
    void nominalIncomeGrowthIsComputedFromLevels() {
      Result r = one(target(INCOME, Measure.GROWTH, atLeast("5", "%")), table(
          figure("全国", "income", "2023", "39218", "元", null),
          figure("全国", "income", "2024", "41314", "元", "5.3")));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("5.3");
      assertThat(r.source()).isEqualTo(Source.COMPUTED);
      assertThat(r.gap().toPlainString()).isEqualTo("0.3");
    }

    @Test
    void levelsInDifferentUnitsAndIndicatorDecimals() {
      Indicator twoDecimals = new Indicator("income", "收入", unit("元"), List.of(), IndicatorType.FLOW,
          GrowthBasis.NOMINAL, 2, null, null);
      Result r = one(target(twoDecimals, Measure.GROWTH, atLeast("5", "%")), table(
          figure("全国", "income", "2023", "3.9218", "万元", null),
          figure("全国", "income", "2024", "41314", "元", null)));
      assertThat(r.actual().toPlainString()).isEqualTo("5.34");
    }

    @Test
    void reportedRateWhenTheBaseLevelIsAbsent() {
      Result r = one(target(INCOME, Measure.GROWTH, atLeast("5", "%")),
          table(figure("全国", "income", "2024", "41314", "元", "5.3")));
      assertThat(r.actual().toPlainString()).isEqualTo("5.3");
      assertThat(r.source()).isEqualTo(Source.REPORTED);
    }

    @Test
    void missingBasePeriod() {
      Result r = one(target(INCOME, Measure.GROWTH, atLeast("5", "%")),
          table(figure("全国", "income", "2024", "41314", "元", null)));
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("no 2023 figure (base period)");
      assertThat(r.evaluatedPeriod()).isEqualTo(Y2024);
    }

    @Test
    void baseLevelNotAboveZero() {
      Indicator revenue = Indicator.of("revenue", "一般公共预算收入", unit("万元"));
      Target t = target(revenue, Measure.GROWTH, atLeast("3", "%"));
      Result r = one(t, table(
          figure("洛隆县", "revenue", "2023", "0", "万元", null),
          figure("洛隆县", "revenue", "2024", "6629", "万元", null)));
      assertThat(r.status()).isEqualTo(Status.MISSING);
      assertThat(r.reason()).isEqualTo("base level ≤ 0 (2023: 0 万元)");

      Result reported = one(t, table(
          figure("洛隆县", "revenue", "2023", "-5", "万元", null),
          figure("洛隆县", "revenue", "2024", "6629", "万元", "4")));
      assertThat(reported.status()).isEqualTo(Status.PASS);
      assertThat(reported.source()).isEqualTo(Source.REPORTED);
      assertThat(reported.notes()).containsExactly("base level ≤ 0 (2023: -5 万元): reported growth used");
    }

    @Test
    void growthFromABoundedLevelIsMissingUnlessARateIsReported() {
      Target t = target(INCOME, Measure.GROWTH, atLeast("5", "%"));
      Result r = one(t, table(
          figure("全国", "income", "2023", "39218", "元", null),
          figure("全国", "income", "2024", ">41000", "元", null)));
      assertThat(r.reason()).isEqualTo("reported only as > 41000");
      Result base = one(t, table(
          figure("全国", "income", "2023", "<40000", "元", null),
          figure("全国", "income", "2024", "41314", "元", null)));
      assertThat(base.reason()).isEqualTo("2023 level reported only as < 40000 (base period)");
      Result boundRate = one(t, table(figure("全国", "income", "2024", "41314", "元", ">5")));
      assertThat(boundRate.status()).isEqualTo(Status.PASS);
      assertThat(boundRate.actualRelation()).isEqualTo(Relation.GT);
    }

    @Test
    void incomeGrowsInStepWithTheEconomy() {
      Indicator realIncome = INCOME.withGrowth(GrowthBasis.REAL);
      Threshold inStep = new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO), null, null,
          unit("%"));
      Target t = target(realIncome, Measure.GROWTH, inStep);
      Result r = one(t, table(
          figure("全国", "gdp", "2024", "1349084", "亿元", "5.0"),
          figure("全国", "income", "2024", "41314", "元", "5.1")), GDP);
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.atLeast().toPlainString()).isEqualTo("5.0");
      assertThat(r.gap().toPlainString()).isEqualTo("0.1");

      Threshold plusOne = new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ONE), null, null,
          unit("%"));
      Result r2 = one(target(realIncome, Measure.GROWTH, plusOne), table(
          figure("全国", "gdp", "2024", "1349084", "亿元", "5.0"),
          figure("全国", "income", "2024", "41314", "元", "5.1")), GDP);
      assertThat(r2.status()).isEqualTo(Status.FAIL);
      assertThat(r2.atLeast().toPlainString()).isEqualTo("6.0");
      assertThat(r2.gap().toPlainString()).isEqualTo("-0.9");

      Result missing = one(t, table(figure("全国", "income", "2024", "41314", "元", "5.1")), GDP);
      assertThat(missing.status()).isEqualTo(Status.MISSING);
      assertThat(missing.reason()).isEqualTo("reference gdp growth: no 2024 figure");
    }

    /**
     * A referenced figure reported only as a bound decides where every value it allows gives the
     * same status, tolerance included, as a bounded actual does; the result says so in a note and
     * shows no number for the threshold, no gap and no attainment.
     */
    @Test
    void aReferencedBoundDecidesWhereItCan() {
      Threshold inStep = new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO), null, null,
          unit("%"));
      Target t = target(INCOME.withGrowth(GrowthBasis.REAL), Measure.GROWTH, inStep);
      Result below = one(t, table(
          figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", "41314", "元", "5.1")), GDP);
      assertThat(below.status()).isEqualTo(Status.PASS);
      assertThat(below.actual().toPlainString()).isEqualTo("5.1");
      assertThat(below.atLeast()).isNull();
      assertThat(below.gap()).isNull();
      assertThat(below.notes()).containsExactly("reference gdp growth: reported only as < 5");

      Result above = one(t, table(
          figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "income", "2024", "41314", "元", "5.1")), GDP);
      assertThat(above.status()).isEqualTo(Status.FAIL);
      assertThat(above.notes()).containsExactly("reference gdp growth: reported only as > 6");

      // the edges, exactly: 5 ≥ anything below 5, and ≥ anything up to 5; 4.9 may or may not be
      assertThat(one(t, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "5")), GDP).status()).isEqualTo(Status.PASS);
      assertThat(one(t, table(figure("全国", "gdp", "2024", null, "亿元", "≤5"),
          figure("全国", "income", "2024", null, "元", "5")), GDP).status()).isEqualTo(Status.PASS);
      Result undecided = one(t, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "4.9")), GDP);
      assertThat(undecided.status()).isEqualTo(Status.MISSING);
      assertThat(undecided.reason()).isEqualTo("reference gdp growth: reported only as < 5");

      // within the tolerance for some of the values >6 allows, beyond it for others
      Threshold tolerant = new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO), null,
          BigDecimal.ONE, unit("%"));
      Target t2 = target(INCOME.withGrowth(GrowthBasis.REAL), Measure.GROWTH, tolerant);
      assertThat(one(t2, table(figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "income", "2024", null, "元", "5.1")), GDP).status()).isEqualTo(Status.MISSING);
      assertThat(one(t2, table(figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "income", "2024", null, "元", "5")), GDP).status()).isEqualTo(Status.FAIL);
      assertThat(one(t2, table(figure("全国", "gdp", "2024", null, "亿元", "≤6"),
          figure("全国", "income", "2024", null, "元", "5")), GDP).status()).isEqualTo(Status.MISSING);
      assertThat(one(t2.withSeverity(Severity.WARN), table(figure("全国", "gdp", "2024", null, "亿元", "≤6"),
          figure("全国", "income", "2024", null, "元", "5")), GDP).status()).isEqualTo(Status.MISSING);
    }

    @Test
    void bothSidesBoundedDecideWhenTheyCanAndElseNameBoth() {
      Threshold inStep = new Threshold(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO), null, null,
          unit("%"));
      Target t = target(INCOME.withGrowth(GrowthBasis.REAL), Measure.GROWTH, inStep);
      Result pass = one(t, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "≥5")), GDP);
      assertThat(pass.status()).isEqualTo(Status.PASS);
      assertThat(pass.actualRelation()).isEqualTo(Relation.GE);
      Result fail = one(t, table(figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "income", "2024", null, "元", "≤6")), GDP);
      assertThat(fail.status()).isEqualTo(Status.FAIL);
      Result neither = one(t, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "<5")), GDP);
      assertThat(neither.status()).isEqualTo(Status.MISSING);
      assertThat(neither.reason()).isEqualTo("reported only as < 5; reference gdp growth: reported only as < 5");
    }

    /**
     * One reference for both bounds is named once, and each bound is described as resolved: with
     * {@code plus: 2}, GDP growth {@code <5} makes the ceiling {@code <7}.
     */
    @Test
    void aReferenceForBothBoundsIsNamedOnceAndWithItsPlus() {
      Bound gdp = new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO);
      Bound gdpPlus2 = new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.valueOf(2));
      Indicator income = INCOME.withGrowth(GrowthBasis.REAL);
      Target band = target(income, Measure.GROWTH, new Threshold(gdp, gdpPlus2, null, unit("%")));
      Result open = one(band, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "5.1")), GDP);
      assertThat(open.status()).isEqualTo(Status.MISSING);
      assertThat(open.reason())
          .isEqualTo("reference gdp growth: reported only as < 5; reference gdp growth +2: < 7 (reported only as < 5)");
      Result fail = one(band, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "7")), GDP);
      assertThat(fail.status()).isEqualTo(Status.FAIL);
      assertThat(fail.notes())
          .containsExactly("reference gdp growth: reported only as < 5", "reference gdp growth +2: < 7 (reported only as < 5)");

      Target same = target(income, Measure.GROWTH, new Threshold(gdp, gdp, null, unit("%")));
      Result once = one(same, table(figure("全国", "gdp", "2024", null, "亿元", "<5"),
          figure("全国", "income", "2024", null, "元", "4.9")), GDP);
      assertThat(once.reason()).isEqualTo("reference gdp growth: reported only as < 5");
      Result decided = one(same, table(figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "income", "2024", null, "元", "5")), GDP);
      assertThat(decided.status()).isEqualTo(Status.FAIL);
      assertThat(decided.notes()).containsExactly("reference gdp growth: reported only as > 6");

      // a growth rate in a ‰ threshold is converted: the bound is shown with its unit
      Bound minus = new Bound.Reference("gdp", Measure.GROWTH, new BigDecimal("-0.5"));
      Indicator birth = Indicator.of("birth", "出生率", unit("‰"));
      Target below = target(birth, Measure.VALUE, new Threshold(minus, null, null, unit("‰")));
      Result permille = one(below, table(figure("全国", "gdp", "2024", null, "亿元", ">6"),
          figure("全国", "birth", "2024", "50", "‰", null)), GDP);
      assertThat(permille.status()).isEqualTo(Status.FAIL);
      assertThat(permille.notes()).containsExactly("reference gdp growth −0.5: > 59.5‰ (reported only as > 6)");
    }

    /** Year to date, a reference is taken at the same period, not scaled: its bound decides the same way. */
    @Test
    void aReferencedBoundYearToDate() {
      Indicator fai = Indicator.of("fai", "固定资产投资", unit("亿元"));
      Target t = target(INCOME, Measure.GROWTH, new Threshold(new Bound.Reference("fai", Measure.GROWTH,
          BigDecimal.ONE), null, null, unit("%")));
      Result r = one(t, table(
          figure("全国", "fai", "2024-06", null, "亿元", "<3"),
          figure("全国", "income", "2024-06", null, "元", "5.4")), fai);
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.notes()).contains("reference fai growth +1: < 4 (reported only as < 3)");
      Result undecided = one(t, table(
          figure("全国", "fai", "2024-06", null, "亿元", "<3"),
          figure("全国", "income", "2024-06", null, "元", "3.9")), fai);
      assertThat(undecided.reason()).isEqualTo("reference fai growth +1: < 4 (reported only as < 3)");
    }
  }

  @Nested
  class Change {
    @Test
    void changeIsTheDifferenceOfTheLevels() {
      Result r = one(target(INCOME, Measure.CHANGE, atLeast("2000", "元")), table(
          figure("全国", "income", "2023", "39218", "元", null),
          figure("全国", "income", "2024", "41314", "元", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("2096");
      assertThat(r.source()).isEqualTo(Source.COMPUTED);
      assertThat(r.gap().toPlainString()).isEqualTo("96");
      assertThat(r.attainment().toPlainString()).isEqualTo("104.8");
    }

    @Test
    void changeAcrossUnits() {
      Result r = one(target(INCOME, Measure.CHANGE, atLeast("0.2", "万元")), table(
          figure("全国", "income", "2023", "3.9218", "万元", null),
          figure("全国", "income", "2024", "41314", "元", null)));
      assertThat(r.actual().toPlainString()).isEqualTo("0.2096");
      assertThat(r.unit().symbol()).isEqualTo("万元");
    }

    @Test
    void changeOfABoundedLevel() {
      Target t = target(JOBLESS, Measure.CHANGE, atMost("0", "%"));
      Result r = one(t, table(
          figure("全国", "jobless", "2023", "5.2", "%", null),
          figure("全国", "jobless", "2024", "<5", "%", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("-0.2");
      assertThat(r.actualRelation()).isEqualTo(Relation.LT);

      Result both = one(t, table(
          figure("全国", "jobless", "2023", "<5.5", "%", null),
          figure("全国", "jobless", "2024", "<5", "%", null)));
      assertThat(both.status()).isEqualTo(Status.MISSING);
      assertThat(both.reason()).isEqualTo("reported only as < 5 and 2023 level reported only as < 5.5");
    }

    /** A change known only as a bound is nobody's report: the reason says what it is known as, and why. */
    @Test
    void anUndecidedChangeNamesTheReportedBoundsItComesFrom() {
      Indicator grain = Indicator.of("grain", "粮食产量", unit("万斤"));
      Target atLeast4 = target(grain, Measure.CHANGE, atLeast("4", "万斤"));
      Target atMost4 = target(grain, Measure.CHANGE, atMost("4", "万斤"));
      FigureTable baseBound = table(
          figure("B", "grain", "2023", ">5", "万斤", null),
          figure("B", "grain", "2024", "10", "万斤", null));
      assertThat(one(atLeast4, baseBound).reason()).isEqualTo("change known only as < 5 (2023 reported only as > 5)");
      assertThat(one(atMost4, baseBound).reason()).isEqualTo("change known only as < 5 (2023 reported only as > 5)");
      Result d = one(atLeast4, table(
          figure("D", "grain", "2023", "5", "万斤", null),
          figure("D", "grain", "2024", "≤9", "万斤", null)));
      assertThat(d.reason()).isEqualTo("change known only as ≤ 4 (2024 reported only as ≤ 9)");
      Result both = one(atLeast4, table(
          figure("E", "grain", "2023", ">5", "万斤", null),
          figure("E", "grain", "2024", "<10", "万斤", null)));
      assertThat(both.reason())
          .isEqualTo("change known only as < 5 (2024 reported only as < 10, 2023 reported only as > 5)");
      // in another unit, the change is in the target's and the reported bound as it was published
      Result converted = one(target(grain, Measure.CHANGE, atLeast("0.002", "万吨")), table(
          figure("F", "grain", "2023", ">5", "万斤", null),
          figure("F", "grain", "2024", "10", "万斤", null)));
      assertThat(converted.reason()).isEqualTo("change known only as < 0.0025 (2023 reported only as > 5)");
      // a referenced change known only as a bound says so too
      Indicator seed = Indicator.of("seed", "良种推广", unit("万斤"));
      Target againstRef = target(seed, Measure.VALUE, new Threshold(
          new Bound.Reference("grain", Measure.CHANGE, BigDecimal.ZERO), null, null, unit("万斤")));
      Result ref = one(againstRef, table(
          figure("G", "grain", "2023", ">5", "万斤", null),
          figure("G", "grain", "2024", "6", "万斤", null),
          figure("G", "seed", "2024", "0.5", "万斤", null)), grain);
      assertThat(ref.status()).isEqualTo(Status.MISSING);
      assertThat(ref.reason()).isEqualTo("reference grain change: change known only as < 1 (2023 reported only as > 5)");
    }

    @Test
    void aChangeOfARateIsInPercentagePointsWithNoAttainment() {
      Indicator urb = Indicator.of("urb", "常住人口城镇化率", unit("%"));
      Unit pp = UnitTable.percentagePoints();
      Result r = one(target(urb, Measure.CHANGE, Threshold.atLeast("1", pp)), table(
          figure("甲县", "urb", "2023", "52.31", "%", null),
          figure("甲县", "urb", "2024", "53.30", "%", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.actual().toPlainString()).isEqualTo("0.99");
      assertThat(r.unit().symbol()).isEqualTo("pp");
      assertThat(r.gap().toPlainString()).isEqualTo("-0.01");
      assertThat(r.attainment()).as("a ratio of two rates means nothing").isNull();
      Result written = one(target(urb, Measure.CHANGE, Threshold.atLeast("1", pp)), table(
          figure("甲县", "urb", "2023", "52.30", "%", null),
          figure("甲县", "urb", "2024", "53.30", "%", null)));
      assertThat(written.actual().toPlainString()).as("as written").isEqualTo("1.00");

      // a rate in ‰ against percentage points: 6.77‰ − 6.39‰ = 0.38‰ points = 0.038 pp
      Indicator birth = Indicator.of("birth", "人口出生率", unit("‰"));
      Result permille = one(target(birth, Measure.CHANGE, Threshold.atLeast("0.05", pp)), table(
          figure("甲县", "birth", "2023", "6.39", "‰", null),
          figure("甲县", "birth", "2024", "6.77", "‰", null)));
      assertThat(permille.actual().toPlainString()).isEqualTo("0.038");
      assertThat(permille.status()).isEqualTo(Status.FAIL);
      assertThat(permille.attainment()).isNull();
    }

    @Test
    void aRateHasNoAttainmentWhateverItIsJudgedAgainst() {
      Indicator urb = Indicator.of("urb", "常住人口城镇化率", unit("%"));
      Indicator fai = Indicator.of("fai", "固定资产投资", unit("亿元"));
      FigureTable data = table(
          figure("甲县", "urb", "2024", "53.30", "%", null),
          figure("甲县", "fai", "2023", "100", "亿元", null),
          figure("甲县", "fai", "2024", "108.5", "亿元", null));
      Result level = one(target(urb, Measure.VALUE, atLeast("50", "%")), data);
      assertThat(level.status()).isEqualTo(Status.PASS);
      assertThat(level.gap().toPlainString()).isEqualTo("3.30");
      assertThat(level.attainment()).isNull();
      Result againstGrowth = one(target(urb, Measure.VALUE, new Threshold(
          new Bound.Reference("fai", Measure.GROWTH, BigDecimal.ZERO), null, null, unit("%"))), data, fai);
      assertThat(againstGrowth.atLeast().toPlainString()).isEqualTo("8.5");
      assertThat(againstGrowth.attainment()).isNull();
      // a rate declared a flow is still a rate: no attainment under time progress either
      Result ytd = one(target(urb.withType(IndicatorType.FLOW), Measure.VALUE, atLeast("50", "%")),
          table(figure("甲县", "urb", "2024-06", "30", "%", null)));
      assertThat(ytd.attainment()).isNull();
      assertThat(ytd.progress().attainment()).isNull();
      assertThat(ytd.progress().ahead()).isNull();
    }

    @Test
    void changeNeedsTheBaseLevel() {
      Result r = one(target(INCOME, Measure.CHANGE, atLeast("2000", "元")),
          table(figure("全国", "income", "2024", "41314", "元", "5.3")));
      assertThat(r.reason()).isEqualTo("no 2023 figure (base period)");
      Result rateOnly = one(target(INCOME, Measure.CHANGE, atLeast("2000", "元")), table(
          figure("全国", "income", "2023", null, "元", "5.0"),
          figure("全国", "income", "2024", "41314", "元", "5.3")));
      assertThat(rateOnly.reason()).isEqualTo("no 2023 level (base period: only a growth rate)");
    }
  }

  @Nested
  class TimeProgressJudging {
    final Target greening = target(GREENING, Measure.VALUE, atLeast("5000", "亩"));

    @Test
    void aheadOfScheduleAtTheEndOfJune() {
      Result r = one(greening, table(figure("洛隆县", "greening", "2024-06", "2600", "亩", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.progress()).isEqualTo(new Progress(d("50.0"), d("2500"), d("52.0"), d("2.0")));
      assertThat(r.atLeast().toPlainString()).isEqualTo("2500");
      assertThat(r.gap().toPlainString()).isEqualTo("100");
      assertThat(r.attainment().toPlainString()).isEqualTo("52.0");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void behindScheduleAtTheEndOfSeptember() {
      Result r = one(greening, table(
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null),
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(r.progress()).isEqualTo(new Progress(d("75.0"), d("3750"), d("70.0"), d("-5.0")));
      assertThat(r.gap().toPlainString()).isEqualTo("-250");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void theYearFigureWinsWhenPresent() {
      Result r = one(greening, table(
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null),
          figure("洛隆县", "greening", "2024", "5100", "亩", null)));
      assertThat(r.evaluatedPeriod()).isEqualTo(Y2024);
      assertThat(r.progress()).isNull();
      assertThat(r.attainment().toPlainString()).isEqualTo("102.0");
    }

    /**
     * The period judged is the latest of the year that has what the measure needs: a row that
     * gives the year's growth rate alone does not stop a value target from being judged on June.
     */
    @Test
    void aLaterPeriodWithoutWhatTheMeasureNeedsIsPassedOverAndNamed() {
      FigureTable data = table(
          figure("洛隆县", "greening", "2023-06", "40", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null),
          figure("洛隆县", "greening", "2024", null, "亩", "7"));
      Result value = one(greening, data);
      assertThat(value.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(value.status()).isEqualTo(Status.PASS);
      assertThat(value.notes()).contains("2024 has only a growth rate: judged on 2024-06")
          .noneMatch(n -> n.startsWith("others"));
      // without the rate-only row, the same
      Result without = one(greening, table(
          figure("洛隆县", "greening", "2023-06", "40", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null)));
      assertThat(without.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(without.status()).isEqualTo(value.status());
      assertThat(without.actual()).isEqualTo(value.actual());
      // the growth target uses the year's rate
      Result growth = one(target(GREENING, Measure.GROWTH, atLeast("5", "%")), data);
      assertThat(growth.evaluatedPeriod()).isEqualTo(Y2024);
      assertThat(growth.notes()).isEmpty();
      // change needs a level too
      Result change = one(target(GREENING, Measure.CHANGE, atLeast("100", "亩")), data);
      assertThat(change.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(change.notes()).contains("2024 has only a growth rate: judged on 2024-06");
    }

    @Test
    void growthPassesOverAPeriodWithNeitherARateNorABaseLevel() {
      Target t = target(GREENING, Measure.GROWTH, atLeast("5", "%"));
      Result r = one(t, table(
          figure("洛隆县", "greening", "2023-06", "2000", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2200", "亩", null),
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null)));
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.actual().toPlainString()).isEqualTo("10.0");
      assertThat(r.notes()).contains("2024-09 has no growth rate and no 2023-09 level: judged on 2024-06");
      Result real = one(target(GDP, Measure.GROWTH, atLeast("5", "%")), table(
          figure("全国", "gdp", "2024-06", null, "亿元", "5.0"),
          figure("全国", "gdp", "2023-09", "90", "亿元", null),
          figure("全国", "gdp", "2024-09", "100", "亿元", null)));
      assertThat(real.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(real.notes()).contains("2024-09 has no growth rate (real growth: levels not used): judged on 2024-06");
      // nothing usable: the latest period, MISSING with its reason, as before
      Result none = one(t, table(figure("洛隆县", "greening", "2024-09", "3500", "亩", null)));
      assertThat(none.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(none.reason()).isEqualTo("no 2023-09 figure (base period)");
    }

    /**
     * A change needs the base period's level as growth does: a later period without it is passed
     * over and named, in the same words, rather than judged MISSING.
     */
    @Test
    void changePassesOverAPeriodWithoutABaseLevel() {
      Target t = target(GREENING, Measure.CHANGE, atLeast("100", "亩"));
      Result r = one(t, table(
          figure("洛隆县", "greening", "2023-06", "2000", "亩", null),
          figure("洛隆县", "greening", "2024-06", "2200", "亩", null),
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null)));
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("200");
      assertThat(r.notes()).contains("2024-09 has no 2023-09 level: judged on 2024-06");
      // a real-growth indicator's levels serve a change all the same
      Result real = one(target(GDP, Measure.CHANGE, atLeast("1", "亿元")), table(
          figure("全国", "gdp", "2023-06", "90", "亿元", null),
          figure("全国", "gdp", "2024-06", "95", "亿元", null),
          figure("全国", "gdp", "2024-09", "100", "亿元", "5.0")));
      assertThat(real.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(real.notes()).contains("2024-09 has no 2023-09 level: judged on 2024-06");
      // nothing usable: the latest period, MISSING with its reason, as for growth
      Result none = one(t, table(figure("洛隆县", "greening", "2024-09", "3500", "亩", null)));
      assertThat(none.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(none.reason()).isEqualTo("no 2023-09 figure (base period)");
    }

    /** "Others are judged on" names the latest period another entity is judged on, by the same rule. */
    @Test
    void othersAreJudgedOnThePeriodsTheRuleChooses() {
      FigureTable data = table(
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null),
          figure("洛隆县", "greening", "2024", null, "亩", "7"),
          figure("边坝县", "greening", "2024-06", "2500", "亩", null),
          figure("八宿县", "greening", "2024-09", "3800", "亩", null));
      List<Result> r = report(List.of(GREENING), List.of(greening), data, EvaluationOptions.defaults()).results();
      assertThat(r).extracting(Result::entity, x -> x.evaluatedPeriod().toString())
          .containsExactly(tuple("洛隆县", "2024-06"), tuple("边坝县", "2024-06"), tuple("八宿县", "2024-09"));
      // 洛隆县's rate-only 2024 row judges nobody on 2024: the others are judged on 2024-09
      assertThat(r.get(0).notes()).contains("2024 has only a growth rate: judged on 2024-06",
          "others are judged on 2024-09");
      assertThat(r.get(1).notes()).contains("others are judged on 2024-09: no later figure for this entity");
      assertThat(r.get(2).notes()).noneMatch(n -> n.startsWith("others"));
    }

    @Test
    void anEntityJudgedOnAnEarlierPeriodThanOthersSaysSo() {
      FigureTable data = table(
          figure("洛隆县", "greening", "2024-09", "3500", "亩", null),
          figure("边坝县", "greening", "2024-06", "2600", "亩", null),
          figure("八宿县", "greening", "2024", "5100", "亩", null));
      List<Result> r = report(List.of(GREENING), List.of(greening), data, EvaluationOptions.defaults()).results();
      assertThat(r).extracting(Result::entity, x -> x.evaluatedPeriod().toString())
          .containsExactly(tuple("洛隆县", "2024-09"), tuple("边坝县", "2024-06"), tuple("八宿县", "2024"));
      assertThat(r.get(0).notes()).contains("others are judged on 2024: no later figure for this entity");
      assertThat(r.get(1).notes()).contains("others are judged on 2024: no later figure for this entity");
      assertThat(r.get(2).notes()).noneMatch(n -> n.startsWith("others"));
      // under --as-of every entity is judged on the same period: nothing to say
      EvaluationOptions asOf = new EvaluationOptions(null, period("2024-06"), Set.of(), null, null, null);
      assertThat(report(List.of(GREENING), List.of(greening), data, asOf).results())
          .allSatisfy(x -> assertThat(x.notes()).noneMatch(n -> n.startsWith("others")));
    }

    @Test
    void asOfChoosesThePeriodEvenWhenTheYearIsPresent() {
      FigureTable data = table(
          figure("洛隆县", "greening", "2024-06", "2600", "亩", null),
          figure("洛隆县", "greening", "2024", "5100", "亩", null));
      EvaluationOptions asOfJune = new EvaluationOptions(null, period("2024-06"), Set.of(), null, null, null);
      Result r = report(List.of(GREENING), List.of(greening), data, asOfJune).results().get(0);
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.progress().attainment().toPlainString()).isEqualTo("52.0");

      EvaluationOptions asOfMarch = new EvaluationOptions(null, period("2024-03"), Set.of(), null, null, null);
      Result m = report(List.of(GREENING), List.of(greening), data, asOfMarch).results().get(0);
      assertThat(m.status()).isEqualTo(Status.MISSING);
      assertThat(m.reason()).isEqualTo("no 2024-03 figure");
      assertThat(m.evaluatedPeriod()).isEqualTo(period("2024-03"));
    }

    @Test
    void aSeasonalScheduleSetsTheElapsedShare() {
      Indicator grain = Indicator.of("grain_output", "粮食产量", unit("万斤"))
          .withSchedule(new Schedule(new TreeMap<>(java.util.Map.of(3, d("10"), 6, d("35"), 9, d("70")))));
      Target t = target(grain, Measure.VALUE, atLeast("5400", "万斤"));
      Result r = one(t, table(figure("洛隆县", "grain_output", "2024-09", "3780", "万斤", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      // 70 % due by the schedule at the end of September, three quarters of the calendar year
      assertThat(r.progress())
          .isEqualTo(new Progress(d("70.0"), d("3780"), d("70.0"), d("0.0")).bySchedule(d("75.0")));
      assertThat(r.progress().basis()).isEqualTo(dev.attain.model.ProgressBasis.SCHEDULE);
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void theVerdictComparesWithTheExactShareWhateverDecimalsTheThresholdIsWrittenWith() {
      // July: 1000 × 7/12 = 583.333…, which does not terminate
      for (String annual : List.of("1000", "1000.0", "1000.000")) {
        Target t = target(GREENING, Measure.VALUE, atLeast(annual, "亩"));
        Result shortBy = one(t, table(figure("甲县", "greening", "2024-07", "583.3301", "亩", null)));
        assertThat(shortBy.status()).as(annual).isEqualTo(Status.FAIL);
        assertThat(shortBy.gap().signum()).as(annual).isNegative();
        Result reaches = one(t, table(figure("甲县", "greening", "2024-07", "583.3334", "亩", null)));
        assertThat(reaches.status()).as(annual).isEqualTo(Status.PASS);
        assertThat(reaches.gap().signum()).as(annual).isPositive();
        // what a 34-digit share would have cut off still counts
        Result justShort = one(t, table(figure("甲县", "greening", "2024-07", "583.3333333333333333333333333333333",
            "亩", null)));
        assertThat(justShort.status()).as(annual).isEqualTo(Status.FAIL);
        Result justAbove = one(t, table(figure("甲县", "greening", "2024-07",
            "583.33333333333333333333333333333333333334", "亩", null)));
        assertThat(justAbove.status()).as(annual).isEqualTo(Status.PASS);
      }
    }

    @Test
    void theShownShareIsRoundedHalfUpTheSameForEveryFigureThatItDoesNotContradict() {
      // two more decimals than the annual threshold is written with, whatever the figure's
      Target t = target(GREENING, Measure.VALUE, atLeast("1000", "亩"));
      Result round = one(t, table(figure("甲县", "greening", "2024-07", "600", "亩", null)));
      assertThat(round.atLeast().toPlainString()).isEqualTo("583.33");
      assertThat(round.gap().toPlainString()).isEqualTo("16.67");
      assertThat(round.progress().expected().toPlainString()).isEqualTo("583.33");
      Result below = one(t, table(figure("甲县", "greening", "2024-07", "583", "亩", null)));
      assertThat(below.atLeast().toPlainString()).isEqualTo("583.33");
      assertThat(below.gap().toPlainString()).isEqualTo("-0.33");
      Result reaches = one(t, table(figure("甲县", "greening", "2024-07", "583.3334", "亩", null)));
      assertThat(reaches.status()).isEqualTo(Status.PASS);
      assertThat(reaches.atLeast().toPlainString()).isEqualTo("583.33");
      assertThat(reaches.gap().toPlainString()).isEqualTo("0.0034");

      Target precise = target(GREENING, Measure.VALUE, atLeast("1000.000", "亩"));
      Result p = one(precise, table(figure("甲县", "greening", "2024-07", "583.3301", "亩", null)));
      assertThat(p.status()).isEqualTo(Status.FAIL);
      assertThat(p.atLeast().toPlainString()).isEqualTo("583.33333");
      assertThat(p.gap().toPlainString()).isEqualTo("-0.00323");
    }

    @Test
    void aFigureBetweenTheShownShareAndTheExactOneGetsMoreDecimalsRoundedTowardItsSide() {
      // 583.3301 falls short of 583.333… but not of 583.33: up, with as many decimals as it takes
      Target t = target(GREENING, Measure.VALUE, atLeast("1000", "亩"));
      Result fail = one(t, table(figure("甲县", "greening", "2024-07", "583.3301", "亩", null)));
      assertThat(fail.status()).isEqualTo(Status.FAIL);
      assertThat(fail.atLeast().toPlainString()).isEqualTo("583.334");
      assertThat(fail.gap().toPlainString()).isEqualTo("-0.0039");
      assertThat(fail.progress().expected().toPlainString()).isEqualTo("583.334");
      // on the shown share but short of the exact one: a gap of 0 would read as reached
      Result onShown = one(t, table(figure("甲县", "greening", "2024-07", "583.33", "亩", null)));
      assertThat(onShown.status()).isEqualTo(Status.FAIL);
      assertThat(onShown.atLeast().toPlainString()).isEqualTo("583.334");
      assertThat(onShown.gap().toPlainString()).isEqualTo("-0.004");

      // a ceiling: 1000 × 5/12 = 416.666…, shown 416.67; a figure on that is over the exact share
      Indicator energy = Indicator.of("energy", "能源消费量", unit("吨"));
      Target ceiling = target(energy, Measure.VALUE, atMost("1000", "吨"));
      Result over = one(ceiling, table(figure("洛隆县", "energy", "2024-05", "416.67", "吨", null)));
      assertThat(over.status()).isEqualTo(Status.FAIL);
      assertThat(over.atMost().toPlainString()).isEqualTo("416.666");
      assertThat(over.gap().toPlainString()).isEqualTo("0.004");
      Result within = one(ceiling, table(figure("洛隆县", "energy", "2024-05", "416.66", "吨", null)));
      assertThat(within.status()).isEqualTo(Status.PASS);
      assertThat(within.atMost().toPlainString()).isEqualTo("416.67");
      assertThat(within.gap().toPlainString()).isEqualTo("-0.01");
    }

    @Test
    void aShareThatTerminatesIsShownExactly() {
      // H1 of {H1: 35.5}: 5 万吨 × 35.5 % = 1.775 万吨, not 1.77 or 1.78
      Indicator grain = Indicator.of("grain", "粮食产量", unit("万吨"))
          .withSchedule(new Schedule(new TreeMap<>(java.util.Map.of(6, d("35.5")))));
      Result r = one(target(grain, Measure.VALUE, atLeast("5", "万吨").withTolerance("0.3")),
          table(figure("甲县", "grain", "2024-06", "1.78", "万吨", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.atLeast().toPlainString()).isEqualTo("1.775");
      assertThat(r.tolerance().toPlainString()).isEqualTo("0.1065");
      assertThat(r.gap().toPlainString()).isEqualTo("0.005");
      assertThat(r.progress()).isEqualTo(new Progress(d("35.5"), d("1.775"), d("35.6"), d("0.1")).bySchedule(d("50.0")));
      // within four more decimals than the annual threshold's: 35.55555 % of 5 is 1.7777775, shown 1.78
      Indicator fine = Indicator.of("grain", "粮食产量", unit("万吨"))
          .withSchedule(new Schedule(new TreeMap<>(java.util.Map.of(6, d("35.55555")))));
      Result f = one(target(fine, Measure.VALUE, atLeast("5", "万吨")),
          table(figure("甲县", "grain", "2024-06", "1.8", "万吨", null)));
      assertThat(f.atLeast().toPlainString()).isEqualTo("1.78");
      assertThat(f.gap().toPlainString()).isEqualTo("0.02");
    }

    @Test
    void everyRowOfATargetShowsTheSameThresholdAndToleranceUnlessTheyWouldContradictItsVerdict() {
      // July: 5000 × 7/12 = 2916.666…, tolerance 100 × 7/12 = 58.333…, the band's edge 2858.333…
      Indicator investment = Indicator.of("investment", "固定资产投资", unit("万元"));
      Target t = target(investment, Measure.VALUE, atLeast("5000", "万元").withTolerance("100"));
      List<String> figures = List.of("3000", "2900", "2800", "2916.668", "2916.67", "2858.335", "2858.333",
          "2858.34");
      List<dev.attain.model.Figure> rows = new java.util.ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        rows.add(figure("县" + i, "investment", "2024-07", figures.get(i), "万元", null));
      }
      List<Result> rs = report(List.of(investment), List.of(t), table(rows.toArray(dev.attain.model.Figure[]::new)),
          EvaluationOptions.defaults()).results();
      assertThat(rs).extracting(Result::status).containsExactly(Status.PASS, Status.WARN, Status.FAIL, Status.PASS,
          Status.PASS, Status.WARN, Status.FAIL, Status.WARN);
      assertThat(rs).extracting(r -> r.atLeast().toPlainString()).containsExactly("2916.67", "2916.67", "2916.67",
          // between 2916.666… and 2916.67, or on 2916.67 but not on the exact share: down, one more decimal
          "2916.666", "2916.666",
          // within the exact band but beyond 2916.67 − 58.33: threshold and tolerance one more decimal
          "2916.667",
          "2916.67", "2916.67");
      assertThat(rs).extracting(r -> r.tolerance().toPlainString()).containsExactly("58.33", "58.33", "58.33",
          "58.33", "58.33", "58.334", "58.33", "58.33");
      assertThat(rs).extracting(r -> r.gap().toPlainString()).containsExactly("83.33", "-16.67", "-116.67",
          "0.002", "0.004", "-58.332", "-58.337", "-58.33");
      assertThat(rs).extracting(r -> r.progress().expected()).isEqualTo(rs.stream().map(Result::atLeast).toList());
    }

    @Test
    void aFigureConvertedFromAnotherUnitIsJudgedExactlyAndShownRounded() {
      // 871 亩 is 58.0666… 公顷; July of 100 公顷 is 58.333…, of the tolerance 5 公顷 2.9166…
      Target t = target(GREENING, Measure.VALUE, atLeast("100", "公顷").withTolerance("5"));
      Result r = one(t, table(figure("甲县", "greening", "2024-07", "871", "亩", null)));
      assertThat(r.status()).isEqualTo(Status.WARN);
      assertThat(r.actual().toPlainString()).isEqualTo("58.07");
      assertThat(r.atLeast().toPlainString()).isEqualTo("58.33");
      assertThat(r.tolerance().toPlainString()).isEqualTo("2.92");
      assertThat(r.gap().toPlainString()).isEqualTo("-0.26");
      assertThat(r.progress()).isEqualTo(new Progress(d("58.3"), d("58.33"), d("58.1"), d("-0.2")));
      assertThat(r.notes()).containsExactly("converted from 871 亩");
      // 875 亩 is 175/3 公顷, exactly the share due: on schedule, not cut short at 34 digits
      Result on = one(t, table(figure("甲县", "greening", "2024-07", "875", "亩", null)));
      assertThat(on.status()).isEqualTo(Status.PASS);
      assertThat(on.actual().toPlainString()).isEqualTo("58.33");
      assertThat(on.gap().signum()).isZero();
      assertThat(on.progress().ahead().signum()).isZero();
      // 874.99 亩 is 58.33266… 公顷: shown 58.33 it would read as on the share; both get a decimal more
      Result justShort = one(t, table(figure("甲县", "greening", "2024-07", "874.99", "亩", null)));
      assertThat(justShort.status()).isEqualTo(Status.WARN);
      assertThat(justShort.actual().toPlainString()).isEqualTo("58.333");
      assertThat(justShort.atLeast().toPlainString()).isEqualTo("58.334");
      assertThat(justShort.gap().toPlainString()).isEqualTo("-0.001");
      // not under time progress either: the year's 871 亩 against 58 公顷
      Result year = one(target(GREENING, Measure.VALUE, atLeast("58", "公顷")),
          table(figure("甲县", "greening", "2024", "871", "亩", null)));
      assertThat(year.actual().toPlainString()).isEqualTo("58.07");
      assertThat(year.gap().toPlainString()).isEqualTo("0.07");
      assertThat(year.attainment().toPlainString()).isEqualTo("100.1");
    }

    @Test
    void aFigureOverTheShareOfTheCeilingIsNotAhead() {
      // July of 5400–6000 万斤: 3150–3500 due
      Indicator grain = Indicator.of("grain", "粮食产量", unit("万斤"));
      Target t = target(grain, Measure.VALUE, new Threshold(Bound.of("5400"), Bound.of("6000"), null, unit("万斤")));
      Result over = one(t, table(figure("甲县", "grain", "2024-07", "3570.01", "万斤", null)));
      assertThat(over.status()).isEqualTo(Status.FAIL);
      assertThat(over.gap().toPlainString()).isEqualTo("70.01");
      assertThat(over.attainment().toPlainString()).isEqualTo("66.1");
      assertThat(over.progress()).isEqualTo(new Progress(d("58.3"), d("3150"), d("66.1"), null, d("59.5"), d("1.2")));
      Result within = one(t, table(figure("甲县", "grain", "2024-07", "3400", "万斤", null)));
      assertThat(within.status()).isEqualTo(Status.PASS);
      assertThat(within.progress()).isEqualTo(new Progress(d("58.3"), d("3150"), d("63.0"), d("4.7")));
      // just over: 3500.01 of 6000 shows 58.3 % like the year; the difference is given exactly
      Result just = one(t, table(figure("甲县", "grain", "2024-07", "3500.01", "万斤", null)));
      assertThat(just.status()).isEqualTo(Status.FAIL);
      assertThat(just.progress().ahead()).isNull();
      assertThat(just.progress().over().toPlainString()).isEqualTo("0.0002");
    }

    @Test
    void aFigureShortOfTheShareDueIsNeverOnSchedule() {
      // July: 5400 × 7/12 = 3150 due; 3149 shows 58.3 % against 58.3 % of the year
      Indicator grain = Indicator.of("grain", "粮食产量", unit("万斤"));
      Result r = one(target(grain, Measure.VALUE, atLeast("5400", "万斤")),
          table(figure("甲县", "grain", "2024-07", "3149", "万斤", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.progress()).isEqualTo(new Progress(d("58.3"), d("3150"), d("58.3"), d("-0.02")));
      // October: 14300 万元 × 10/12 = 11916.666…
      Indicator investment = Indicator.of("investment", "固定资产投资", unit("万元"));
      Result oct = one(target(investment, Measure.VALUE, atLeast("14300", "万元")),
          table(figure("甲县", "investment", "2024-10", "11916.66", "万元", null)));
      assertThat(oct.status()).isEqualTo(Status.FAIL);
      assertThat(oct.atLeast().toPlainString()).isEqualTo("11916.67");
      assertThat(oct.progress()).isEqualTo(new Progress(d("83.3"), d("11916.67"), d("83.3"), d("-0.00005")));
      Result on = one(target(investment, Measure.VALUE, atLeast("14300", "万元")),
          table(figure("甲县", "investment", "2024-10", "11916.67", "万元", null)));
      assertThat(on.status()).isEqualTo(Status.PASS);
      assertThat(on.atLeast().toPlainString()).isEqualTo("11916.666");
      assertThat(on.gap().toPlainString()).isEqualTo("0.004");
      assertThat(on.progress().ahead().toPlainString()).isEqualTo("0.00002");
      // otherwise ahead is the attainment minus the elapsed share as shown: 57.8 − 58.3
      Result warnish = one(target(GREENING, Measure.VALUE, atLeast("1000", "亩")),
          table(figure("甲县", "greening", "2024-07", "577.5", "亩", null)));
      assertThat(warnish.progress()).isEqualTo(new Progress(d("58.3"), d("583.33"), d("57.8"), d("-0.5")));
    }

    @Test
    void aFigureJustShortOfTheAnnualTargetShowsUnderAHundredPercent() {
      Indicator grain = Indicator.of("grain", "粮食产量", unit("万斤"));
      Result r = one(target(grain, Measure.VALUE, atLeast("5400", "万斤")),
          table(figure("甲县", "grain", "2024", "5399.9", "万斤", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.attainment().toPlainString()).isEqualTo("99.9");
    }

    @Test
    void aSeasonalScheduleIsExactToo() {
      // August of {H1: 35, Q3: 70}: 35 + 35 × 2/3 = 58.333…%; 5400 × that = 3150 exactly
      Indicator grain = Indicator.of("grain_output", "粮食产量", unit("万斤"))
          .withSchedule(new Schedule(new TreeMap<>(java.util.Map.of(6, d("35"), 9, d("70")))));
      Target t = target(grain, Measure.VALUE, atLeast("5400.00", "万斤"));
      assertThat(one(t, table(figure("甲县", "grain_output", "2024-08", "3150", "万斤", null))).status())
          .isEqualTo(Status.PASS);
      Result r = one(t, table(figure("甲县", "grain_output", "2024-08", "3149.999", "万斤", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.atLeast().toPlainString()).isEqualTo("3150");
      assertThat(r.gap().toPlainString()).isEqualTo("-0.001");
    }

    @Test
    void toleranceShrinksWithTheElapsedShare() {
      Target t = target(GREENING, Measure.VALUE, atLeast("5000", "亩").withTolerance("400"));
      // June: expected 2500, tolerance 200: 2300 is WARN, 2299 FAIL
      assertThat(one(t, table(figure("洛隆县", "greening", "2024-06", "2300", "亩", null))).status())
          .isEqualTo(Status.WARN);
      assertThat(one(t, table(figure("洛隆县", "greening", "2024-06", "2299", "亩", null))).status())
          .isEqualTo(Status.FAIL);
    }

    @Test
    void theToleranceAppliedIsTheScaledOneAndReadsTrueToTheVerdict() {
      // September: 100 亿元 × 75 % = 75 due, tolerance 4 × 75 % = 3; 71.5 is 3.5 short: FAIL
      Indicator investment = Indicator.of("investment", "固定资产投资", unit("亿元"));
      Target t = target(investment, Measure.VALUE, atLeast("100", "亿元").withTolerance("4"));
      Result r = one(t, table(figure("乙县", "investment", "2024Q3", "71.5", "亿元", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.atLeast().toPlainString()).isEqualTo("75");
      assertThat(r.tolerance().toPlainString()).isEqualTo("3");
      assertThat(r.gap().toPlainString()).isEqualTo("-3.5");
      assertThat(one(t, table(figure("乙县", "investment", "2024Q3", "72", "亿元", null))).status())
          .isEqualTo(Status.WARN);

      // July: 583.333… due, tolerance 5.833…, the band's edge 577.5 exactly; shown half-up, the
      // same on every row: 583.33 minus 5.83 is that edge, so WARN and FAIL read as they are
      Target g = target(GREENING, Measure.VALUE, atLeast("1000", "亩").withTolerance("10"));
      Result warn = one(g, table(figure("甲县", "greening", "2024-07", "577.5", "亩", null)));
      assertThat(warn.status()).isEqualTo(Status.WARN);
      assertThat(warn.atLeast().toPlainString()).isEqualTo("583.33");
      assertThat(warn.tolerance().toPlainString()).isEqualTo("5.83");
      assertThat(warn.gap().toPlainString()).isEqualTo("-5.83");
      Result fail = one(g, table(figure("甲县", "greening", "2024-07", "577.49", "亩", null)));
      assertThat(fail.status()).isEqualTo(Status.FAIL);
      assertThat(fail.atLeast().toPlainString()).isEqualTo("583.33");
      assertThat(fail.tolerance().toPlainString()).isEqualTo("5.83");
      assertThat(fail.gap().toPlainString()).isEqualTo("-5.84");
      Result pass = one(g, table(figure("甲县", "greening", "2024-07", "590", "亩", null)));
      assertThat(pass.tolerance().toPlainString()).isEqualTo("5.83");

      // not scaled: a stock's tolerance is its own; no tolerance, none applied
      Result stock = one(target(FARMLAND, Measure.VALUE, atLeast("15.8", "万亩").withTolerance("0.1")),
          table(figure("洛隆县", "farmland", "2024-06", "15.75", "万亩", null)));
      assertThat(stock.status()).isEqualTo(Status.WARN);
      assertThat(stock.tolerance().toPlainString()).isEqualTo("0.1");
      assertThat(one(greening, table(figure("洛隆县", "greening", "2024-06", "2600", "亩", null))).tolerance()).isNull();
    }

    @Test
    void aCeilingOnAFlowIsScaledToo() {
      Indicator energy = Indicator.of("energy", "能源消费量", unit("吨"));
      Result r = one(target(energy, Measure.VALUE, atMost("1200", "吨")),
          table(figure("洛隆县", "energy", "2024-04", "420", "吨", null)));
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.atMost().toPlainString()).isEqualTo("400");
      // over the ceiling's share: 420 of 1200 is 35.0 %, 1.7 pp over 33.3 %
      assertThat(r.progress()).isEqualTo(new Progress(d("33.3"), d("400"), null, null, d("35.0"), d("1.7")));
      assertThat(r.attainment()).isNull();
      Result under = one(target(energy, Measure.VALUE, atMost("1200", "吨")),
          table(figure("洛隆县", "energy", "2024-04", "380", "吨", null)));
      assertThat(under.status()).isEqualTo(Status.PASS);
      assertThat(under.progress()).isEqualTo(new Progress(d("33.3"), d("400"), null, null));
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void stocksAndRatesAreJudgedAsTheyStand() {
      Result stock = one(target(FARMLAND, Measure.VALUE, atLeast("15.8", "万亩")),
          table(figure("洛隆县", "farmland", "2024-06", "15.9", "万亩", null)));
      assertThat(stock.status()).isEqualTo(Status.PASS);
      assertThat(stock.atLeast().toPlainString()).isEqualTo("15.8");
      assertThat(stock.progress()).isEqualTo(new Progress(d("50.0"), null, null, null));
      assertThat(stock.attainment().toPlainString()).isEqualTo("100.6");
      assertThat(stock.notes())
          .containsExactly("year-to-date 2024-06: a stock is judged as it stands");

      Result rate = one(target(CPI, Measure.VALUE, atMost("3", "%")),
          table(figure("全国", "cpi", "2024-03", "0.1", "%", null)));
      assertThat(rate.status()).isEqualTo(Status.PASS);
      assertThat(rate.atMost().toPlainString()).isEqualTo("3");
      assertThat(rate.notes())
          .containsExactly("year-to-date 2024-03: a rate is judged as it stands");
    }

    @Test
    void growthYearToDateIsComparedWithTheAnnualTarget() {
      Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));
      Result r = one(target(retail, Measure.GROWTH, atLeast("10", "%")), table(
          figure("洛隆县", "retail", "2023-06", "2.00", "亿元", null),
          figure("洛隆县", "retail", "2024-06", "2.23", "亿元", null)));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.actual().toPlainString()).isEqualTo("11.5");
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-06"));
      assertThat(r.progress()).isEqualTo(new Progress(d("50.0"), null, null, null));
      assertThat(r.notes()).containsExactly(
          "year-to-date growth over 2023-06, judged against the annual target");
    }

    @Test
    void aYearRowLeftBlankBesideASubYearFigureIsNamedInTheRemarks() {
      Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("万元"));
      Target t = target(retail, Measure.VALUE, atLeast("6000", "万元"));
      FigureTable table = table(figure("洛隆县", "retail", "2024-09", "4600", "万元", null));
      BlankCells blanks = new BlankCells(targets(List.of(retail), List.of(t)));
      leftBlank(blanks, "洛隆县", "retail", Y2024, "a.csv", 5, 3);
      table.blanks(blanks);
      Result r = one(t, table);
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(r.status()).isEqualTo(Status.PASS);
      assertThat(r.notes()).containsExactly("2024 left blank (a.csv:5:3): judged on 2024-09");
      // no row for the year at all: nothing to say
      assertThat(one(t, table(figure("洛隆县", "retail", "2024-09", "4600", "万元", null))).notes()).isEmpty();
    }

    @Test
    void aYearToDateLevelBelowAnEarlierOneOfItsYearIsRemarkedOn() {
      Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("万元"));
      Result r = one(target(retail, Measure.VALUE, atLeast("6000", "万元")), table(
          figure("洛隆县", "retail", "2024-03", "1400", "万元", null),
          figure("洛隆县", "retail", "2024-06", "0.3", "亿元", null),
          figure("洛隆县", "retail", "2024-09", "500", "万元", null)));
      assertThat(r.evaluatedPeriod()).isEqualTo(period("2024-09"));
      assertThat(r.status()).isEqualTo(Status.FAIL); // judged as given: the remark says why it may be wrong
      assertThat(r.notes()).containsExactly("year-to-date level fell: 2024-09 500 万元 is below 2024-06 0.3 亿元;"
          + " monthly (当月) figures, not cumulative (累计)?");
    }

    @Test
    void aYearTotalBelowItsNineMonthsIsRemarkedOnAndSoIsAFallInTheBaseYearOfAComputedGrowth() {
      Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));
      Result year = one(target(retail, Measure.VALUE, atLeast("5", "亿元")), table(
          figure("洛隆县", "retail", "2024-09", "4.1", "亿元", null),
          figure("洛隆县", "retail", "2024", "3.9", "亿元", null)));
      assertThat(year.evaluatedPeriod()).isEqualTo(Y2024);
      assertThat(year.notes()).containsExactly("year-to-date level fell: 2024 3.9 亿元 is below 2024-09 4.1 亿元;"
          + " monthly (当月) figures, not cumulative (累计)?");
      Result growth = one(target(retail, Measure.GROWTH, atLeast("5", "%")), table(
          figure("洛隆县", "retail", "2023-03", "1.2", "亿元", null),
          figure("洛隆县", "retail", "2023-06", "0.4", "亿元", null),
          figure("洛隆县", "retail", "2024-03", "1.0", "亿元", null),
          figure("洛隆县", "retail", "2024-06", "2.1", "亿元", null)));
      assertThat(growth.notes()).containsExactly("year-to-date level fell: 2023-06 0.4 亿元 is below 2023-03 1.2 亿元;"
          + " monthly (当月) figures, not cumulative (累计)?",
          "year-to-date growth over 2023-06, judged against the annual target");
    }

    @Test
    void levelsThatRiseOrAreEqualOrBelowZeroAndStocksAreNotRemarkedOn() {
      Indicator retail = Indicator.of("retail", "社会消费品零售总额", unit("亿元"));
      Indicator profit = Indicator.of("profit", "规模以上工业企业利润总额", unit("亿元"));
      Indicator deposits = Indicator.of("deposits", "金融机构存款余额", unit("亿元")).withType(IndicatorType.STOCK);
      assertThat(one(target(retail, Measure.VALUE, atLeast("5", "亿元")), table(
          figure("洛隆县", "retail", "2024-06", "2.5", "亿元", null),
          figure("洛隆县", "retail", "2024-09", "25000", "万元", null),
          figure("洛隆县", "retail", "2024", "5.1", "亿元", null))).notes()).isEmpty();
      assertThat(one(target(profit, Measure.VALUE, atLeast("1", "亿元")), table(
          figure("洛隆县", "profit", "2024-06", "0.5", "亿元", null),
          figure("洛隆县", "profit", "2024-09", "-0.2", "亿元", null))).notes()).isEmpty();
      assertThat(one(target(deposits, Measure.VALUE, atLeast("30", "亿元")), table(
          figure("洛隆县", "deposits", "2024-06", "31", "亿元", null),
          figure("洛隆县", "deposits", "2024-09", "29", "亿元", null))).notes())
          .containsExactly("year-to-date 2024-09: a stock is judged as it stands");
    }

    @Test
    void aSubYearTargetIsJudgedOnItsOwnPeriod() {
      Target h1 = Target.of(GREENING, Measure.VALUE, atLeast("2500", "亩"), period("2024-H1"));
      Result r = one(h1, table(figure("洛隆县", "greening", "2024-06", "2600", "亩", null)));
      assertThat(r.progress()).isNull();
      assertThat(r.attainment().toPlainString()).isEqualTo("104.0");
    }
  }

  @Nested
  class EntitiesAndOptions {
    final Target incomeGrowth = target(INCOME, Measure.GROWTH, atLeast("5", "%"));
    final FigureTable data = table(
        figure("乙县", "income", "2024", "110", "元", null),
        figure("甲县", "income", "2024", "103", "元", null),
        figure("甲县", "income", "2023", "100", "元", null),
        figure("乙县", "income", "2023", "100", "元", null));

    @Test
    void aTargetEntityWithoutDataNamesADataEntityThatBeginsOrEndsLikeIt() {
      Target yi = incomeGrowth.withId("income.growth.乙").withEntity("乙");
      Target jia = incomeGrowth.withId("income.growth.甲县城").withEntity("甲县城");
      Target bing = incomeGrowth.withId("income.growth.丙县").withEntity("丙县");
      Report r = report(List.of(INCOME), List.of(yi, jia, bing), data, EvaluationOptions.defaults());
      assertThat(r.results()).extracting(Result::reason).containsExactly(
          "no rows for 乙 in the data", // (one character: anything would begin like it)
          "no rows for 甲县城 in the data (the data has 甲县: the same?)",
          "no rows for 丙县 in the data");
    }

    @Test
    void entitiesInOrderOfFirstAppearanceAndATargetEntityWithoutData() {
      Target onlyBing = incomeGrowth.withId("income.growth.丙").withEntity("丙县");
      Report r = report(List.of(INCOME), List.of(incomeGrowth, onlyBing), data, EvaluationOptions.defaults());
      assertThat(r.results()).extracting(Result::entity).containsExactly("乙县", "甲县", "丙县");
      assertThat(r.results()).extracting(Result::status).containsExactly(Status.PASS, Status.FAIL, Status.MISSING);
      assertThat(r.results().get(1).gap().toPlainString()).isEqualTo("-2.0");
      assertThat(r.results().get(2).reason()).isEqualTo("no rows for 丙县 in the data");
      assertThat(r.entities()).containsExactly("乙县", "甲县", "丙县");
      assertThat(r.title()).isEqualTo("2024年主要预期目标");
      assertThat(r.period()).isEqualTo(Y2024);
      assertThat(r.summary().pass()).isEqualTo(1);
      assertThat(r.summary().fail()).isEqualTo(1);
      assertThat(r.summary().missing()).isEqualTo(1);
      assertThat(r.summary().exitCode()).isEqualTo(1);
    }

    @Test
    void entityFilter() {
      EvaluationOptions o = new EvaluationOptions(null, null, Set.of("甲县", "丁县"), FailOn.FAIL,
          MissingPolicy.IGNORE, FindingsMode.ALL);
      Report r = report(List.of(INCOME), List.of(incomeGrowth), data, o);
      assertThat(r.results()).extracting(Result::entity).containsExactly("甲县", "丁县");
      assertThat(r.results().get(1).reason()).isEqualTo("no rows for 丁县 in the data");
      assertThat(r.findingsMode()).isEqualTo(FindingsMode.ALL);
    }

    @Test
    void periodFilter() {
      Target old = Target.of(INCOME, Measure.GROWTH, atLeast("5", "%"), Y2023);
      EvaluationOptions o = new EvaluationOptions(Y2023, null, Set.of(), null, null, null);
      Report r = report(List.of(INCOME), List.of(incomeGrowth, old), data, o);
      assertThat(r.results()).extracting(res -> res.target().period()).containsOnly(Y2023);
      assertThat(r.period()).isEqualTo(Y2023);
    }

    @Test
    void noDataAtAllEvaluatesForTheFilesEntity() {
      Report r = report(List.of(INCOME), List.of(incomeGrowth), table(), EvaluationOptions.defaults());
      assertThat(r.results()).hasSize(1);
      assertThat(r.results().get(0).entity()).isEqualTo("全国");
      assertThat(r.results().get(0).reason()).isEqualTo("no rows for 全国 in the data");
      assertThat(r.summary().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void findingsAreInTheReportAndCountAsWarnings() {
      FigureTable luolong = table(
          figure("洛隆县", "income", "2022", "16.56", "亿元", null),
          figure("洛隆县", "income", "2023", "18.45", "亿元", "9.7"));
      Target t = Target.of(INCOME, Measure.VALUE, atLeast("18", "亿元"), Y2023);
      Report r = report(List.of(INCOME), List.of(t), luolong, EvaluationOptions.defaults());
      assertThat(r.results().get(0).status()).isEqualTo(Status.PASS);
      assertThat(r.findings()).hasSize(1);
      assertThat(r.findings().get(0).status()).isEqualTo(FindingStatus.INCONSISTENT);
      assertThat(r.findings().get(0).note()).isEqualTo("levels allow 11.34–11.48");
      assertThat(r.summary().status()).isEqualTo(Status.WARN);
      assertThat(r.summary().exitCode()).isEqualTo(0);
    }
  }

  /** A national table: thousands of entities, one result each, in order. */
  @Nested
  class ManyEntities {
    final int n = 5000;

    FigureTable counties(String badUnitFor1, String badUnitFor2) {
      FigureTable table = new FigureTable();
      for (int i = 0; i < n; i++) {
        String county = String.format("县%05d", i);
        String unit = county.equals(badUnitFor1) || county.equals(badUnitFor2) ? "亿元" : "万吨";
        table.accept(figure(county, "grain", "2024", String.valueOf(100 + i % 7), unit, null));
        table.accept(figure(county, "grain", "2023", "100", unit, null));
      }
      return table;
    }

    @Test
    void resultsAreThoseOfEachEntityAloneInTheSameOrder() {
      Target t = target(GRAIN, Measure.GROWTH, atLeast("3", "%"));
      FigureTable table = counties(null, null);
      Report all = report(List.of(GRAIN), List.of(t), table, EvaluationOptions.defaults());
      assertThat(all.results()).hasSize(n);
      for (int i = 0; i < n; i++) {
        Result r = all.results().get(i);
        assertThat(r.entity()).isEqualTo(String.format("县%05d", i));
        // 100 + i % 7 against 100: growth i % 7 %, PASS from 3 % up
        assertThat(r.actual()).isEqualByComparingTo(String.valueOf(i % 7));
        assertThat(r.status()).isEqualTo(i % 7 >= 3 ? Status.PASS : Status.FAIL);
      }
      assertThat(all.summary().pass()).isEqualTo(IntStreamCount.of(n, i -> i % 7 >= 3));
    }

    @Test
    void theFirstErrorInOrderIsTheOneThrown() {
      Target t = target(GRAIN, Measure.VALUE, atLeast("100", "万吨"));
      FigureTable table = counties("县00017", String.format("县%05d", n - 3));
      assertThatThrownBy(() -> report(List.of(GRAIN), List.of(t), table, EvaluationOptions.defaults()))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("level of grain 2024 is in 亿元")
          .satisfies(e -> assertThat(((InputException) e).location().line())
              .isEqualTo(table.get("县00017", "grain", Y2024).orElseThrow().location().line()));
    }
  }

  /** How many of 0 … n−1 satisfy a predicate. */
  static final class IntStreamCount {
    static int of(int n, java.util.function.IntPredicate p) {
      return (int) java.util.stream.IntStream.range(0, n).filter(p).count();
    }
  }
}
