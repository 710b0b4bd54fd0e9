package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Amount;
import dev.attain.model.BlankSink.Cell;
import dev.attain.model.Bound;
import dev.attain.model.FailOn;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The streaming path gives the same report as reading everything into a {@link FigureTable}:
 * same results, same findings in the same order, same entities — on generated data in file order,
 * shuffled, split into files, with repeated rows and with levels and rates on separate rows.
 */
class FigureStreamTest {
  static final Indicator RETAIL = Indicator.of("retail", "社会消费品零售总额", Fixtures.unit("亿元"));
  static final Indicator GDP = Indicator.of("gdp", "地区生产总值", Fixtures.unit("亿元")).withGrowth(GrowthBasis.REAL);
  static final Indicator GRAIN = Indicator.of("grain", "粮食产量", Fixtures.unit("万斤"));
  static final Indicator FARMLAND = Indicator.of("farmland", "耕地保有量", Fixtures.unit("万亩")).withType(IndicatorType.STOCK);
  static final Indicator INCOME = Indicator.of("income", "城镇居民人均可支配收入", Fixtures.unit("元"));
  static final Indicator CPI = Indicator.of("cpi", "居民消费价格涨幅", Fixtures.unit("%"));
  static final List<Indicator> INDICATORS = List.of(RETAIL, GDP, GRAIN, FARMLAND, INCOME, CPI);

  static final TargetSet TARGETS = Fixtures.targets(INDICATORS, List.of(
      Target.of(GDP, Measure.GROWTH, Threshold.atLeast("5", Fixtures.unit("%")), Period.year(2024)),
      Target.of(RETAIL, Measure.GROWTH, Threshold.atLeast("6", Fixtures.unit("%")), Period.year(2024)),
      Target.of(GRAIN, Measure.VALUE, Threshold.atLeast("2.5", Fixtures.unit("万吨")), Period.year(2024)),
      Target.of(FARMLAND, Measure.CHANGE, Threshold.atLeast("0", Fixtures.unit("万亩")), Period.year(2024)),
      Target.of(CPI, Measure.VALUE, Threshold.atMost("3", Fixtures.unit("%")).withTolerance("0.5"), Period.year(2024)),
      // income grows at least as fast as retail: a reference to an indicator with no target of its own
      Target.of(INCOME, Measure.GROWTH, new Threshold(null, new Bound.Reference("retail", Measure.GROWTH, BigDecimal.ONE),
          null, Fixtures.unit("%")), Period.year(2024)).withId("income.vs.retail"),
      Target.of(RETAIL, Measure.VALUE, Threshold.atLeast("10", Fixtures.unit("亿元")), Period.year(2023))));

  static final List<EvaluationOptions> OPTIONS = List.of(
      EvaluationOptions.defaults(),
      new EvaluationOptions(null, null, Set.of("县02", "县09"), FailOn.WARN, MissingPolicy.WARN, FindingsMode.ALL),
      new EvaluationOptions(Period.year(2024), new Period(2024, 6), Set.of(), FailOn.FAIL, MissingPolicy.IGNORE,
          FindingsMode.PROBLEMS));

  @Property(tries = 150)
  void sameReportAsTheWholeTable(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 1 + r.nextInt(6));
    if (r.nextBoolean()) {
      Collections.shuffle(rows, r);
    }
    for (EvaluationOptions o : OPTIONS) {
      assertSameReport(rows, o);
    }
  }

  @Property(tries = 50)
  void splitIntoFilesDealtRoundRobin(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 4);
    int files = 2 + r.nextInt(9);
    List<Figure> dealt = new ArrayList<>();
    for (int k = 0; k < files; k++) {
      for (int i = k; i < rows.size(); i += files) {
        dealt.add(rows.get(i));
      }
    }
    assertSameReport(dealt, EvaluationOptions.defaults());
  }

  @Test
  void holdsOnlyThePeriodsStillNeededWhenYearsComeInOrder() {
    Random r = new Random(7);
    List<Figure> rows = new ArrayList<>();
    for (int year = 2016; year <= 2024; year++) {
      rows.add(fig("县01", RETAIL, Period.year(year), level(r, 2), null, year));
    }
    // every rate consistent with its levels, every row with level and rate
    List<Figure> withRates = new ArrayList<>();
    Figure prev = null;
    for (Figure f : rows) {
      Amount g = prev == null ? Amount.exact("7.0") : Amount.exact(growth(prev.value().number(), f.value().number()));
      withRates.add(new Figure(f.entity(), f.indicator(), f.period(), f.value(), f.unit(), g, f.location()));
      prev = f;
    }
    FigureStream s = new FigureStream(TARGETS, EvaluationOptions.defaults());
    withRates.forEach(s);
    // 2016 (no base to check its rate) and 2024 (no next year yet) stay; 2017–2023 are done with
    assertThat(s.held()).isEqualTo(2);
    assertThat(s.peakHeld()).isEqualTo(3);
    CheckedRates rates = s.rates();
    assertThat(rates.consistent()).isEqualTo(8);
    assertThat(rates.listed()).isEmpty(); // consistent rates are counted, listed only under --findings all
    assertThat(s.table().size()).isEqualTo(3); // retail 2022 to 2024, for the 2023 and 2024 targets
  }

  @Test
  void keepsEveryEntityEvenWhenNoneOfItsFiguresIsNeeded() {
    FigureStream s = new FigureStream(TARGETS, EvaluationOptions.defaults());
    s.accept(fig("县07", INCOME, Period.year(2019), Amount.exact("30000"), null, 2));
    s.accept(fig("县01", RETAIL, Period.year(2024), Amount.exact("12.5"), null, 3));
    assertThat(s.table().entities()).containsExactly("县07", "县01");
    assertThat(s.table().size()).isEqualTo(1);
  }

  @Test
  void conflictingNeededFiguresAreRefusedAsTheTableRefusesThem() {
    FigureStream s = new FigureStream(TARGETS, EvaluationOptions.defaults());
    s.accept(fig("县01", RETAIL, Period.year(2024), Amount.exact("12.5"), null, 2));
    assertThatThrownBy(() -> s.accept(fig("县01", RETAIL, Period.year(2024), Amount.exact("12.6"), null, 9)))
        .isInstanceOf(InputException.class)
        .hasMessage("actuals.csv:9:3: conflicting level for 县01 社会消费品零售总额 (retail) 2024: 12.6 亿元 here, 12.5 亿元 at "
            + "actuals.csv:2:3 (identical duplicates are accepted)");
  }

  @Test
  void aRowRepeatingAPeriodNoLongerHeldIsComparedWithIt() {
    List<Figure> rows = new ArrayList<>(List.of(
        fig("县01", INCOME, Period.year(2019), Amount.exact("100"), null, 2),
        fig("县01", INCOME, Period.year(2020), Amount.exact("110"), Amount.exact("10"), 3),
        fig("县01", INCOME, Period.year(2021), Amount.exact("121"), Amount.exact("10"), 4)));
    FigureStream s = new FigureStream(TARGETS, EvaluationOptions.defaults());
    rows.forEach(s);
    assertThat(s.held()).isEqualTo(2); // 2020 is checked and was the base of 2021: no longer held
    rows.add(fig("县01", INCOME, Period.year(2020), Amount.exact("110.0"), null, 5)); // the same level, more precise
    rows.add(fig("县01", INCOME, Period.year(2020), null, Amount.exact("10"), 6)); // the same rate
    rows.subList(3, 5).forEach(s);
    assertThatThrownBy(() -> s.accept(fig("县01", INCOME, Period.year(2020), Amount.exact("999"), null, 7)))
        .isInstanceOf(InputException.class)
        .hasMessage("actuals.csv:7:3: conflicting level for 县01 城镇居民人均可支配收入 (income) 2020: 999 元 here, 110.0 元 at "
            + "actuals.csv:5:3 (identical duplicates are accepted)");
    assertThatThrownBy(() -> s.accept(row(fig("县01", INCOME, Period.year(2020), null, Amount.exact("12"), 8))))
        .isInstanceOf(InputException.class)
        .hasMessage("actuals.csv:8:5: conflicting growth for 县01 城镇居民人均可支配收入 (income) 2020: 12% here, 10% at "
            + "actuals.csv:3:5 (identical duplicates are accepted)");
    // the whole table says the same of the same rows
    FigureTable whole = new FigureTable();
    rows.forEach(whole::accept);
    assertThatThrownBy(() -> whole.accept(fig("县01", INCOME, Period.year(2020), Amount.exact("999"), null, 7)))
        .hasMessageContaining("999 元 here, 110.0 元 at actuals.csv:5:3");
  }

  @Test
  void aRepeatKeptAsItsFigureIsComparedToo() {
    // 20 digits: more than a long holds, so the period is kept as its figure once released
    Amount big = Amount.exact("12345678901234567890");
    FigureStream s = new FigureStream(TARGETS, EvaluationOptions.defaults());
    s.accept(fig("县01", INCOME, Period.year(2019), Amount.exact("100"), null, 2));
    s.accept(fig("县01", INCOME, Period.year(2020), big, Amount.exact("10"), 3));
    s.accept(fig("县01", INCOME, Period.year(2021), Amount.exact("121"), Amount.exact("10"), 4));
    s.accept(fig("县01", INCOME, Period.year(2020), big, null, 5));
    assertThatThrownBy(() -> s.accept(fig("县01", INCOME, Period.year(2020), Amount.exact("1"), null, 6)))
        .hasMessage("actuals.csv:6:3: conflicting level for 县01 城镇居民人均可支配收入 (income) 2020: 1 元 here, "
            + "12345678901234567890 元 at actuals.csv:3:3 (identical duplicates are accepted)");
  }

  /**
   * Rows repeated anywhere later in the data, some with a different level or rate: the stream
   * refuses the first conflict exactly as the whole table does (or gives its report when there is
   * none), however long ago the repeated period was done with.
   */
  @Property(tries = 150)
  void repeatsAnywhereAreRefusedOrAcceptedAsByTheWholeTable(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 1 + r.nextInt(4));
    if (r.nextBoolean()) {
      Collections.shuffle(rows, r);
    }
    int repeats = 1 + r.nextInt(4);
    for (int k = 0; k < repeats; k++) {
      Figure f = rows.get(r.nextInt(rows.size()));
      Amount value = f.value();
      Amount growth = f.growth();
      if (r.nextInt(3) == 0 && value != null) {
        value = Amount.exact(value.number().add(BigDecimal.ONE));
      } else if (r.nextInt(3) == 0 && growth != null) {
        growth = Amount.exact(growth.number().add(new BigDecimal("0.1")));
      }
      int at = rows.indexOf(f) + 1 + r.nextInt(rows.size() - rows.indexOf(f));
      rows.add(at, new Figure(f.entity(), f.indicator(), f.period(), value, f.unit(), growth,
          new Location("again.csv", 1000 + k, 4)));
    }
    String expected = outcome(rows, true);
    assertThat(outcome(rows, false)).isEqualTo(expected);
  }

  /**
   * Copies of figures in other precisions (more or fewer decimals, the level in another unit,
   * level and rate apart) inserted anywhere, before or after the first copy and long after its
   * period was done with: the stream gives the whole table's report, and the report is the same
   * in every order of the rows — the same results and the same findings and counts, each finding
   * citing a copy of the rate it reports. (Only what first appearance orders — entities, findings —
   * and which of identical copies a finding cites may differ.)
   */
  @Property(tries = 150)
  void repeatsInOtherPrecisionsGiveTheSameReportInEveryOrder(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 1 + r.nextInt(3));
    int repeats = 1 + r.nextInt(8);
    for (int k = 0; k < repeats; k++) {
      Figure f = rows.get(r.nextInt(rows.size()));
      Amount value = f.value();
      Unit unit = f.unit();
      if (value != null && r.nextInt(3) != 0) {
        BigDecimal n = value.number();
        BigDecimal finer = n.setScale(Math.max(n.scale(), 0) + 1 + r.nextInt(2));
        BigDecimal coarser = n.stripTrailingZeros().scale() < n.scale() ? n.setScale(Math.max(0,
            n.stripTrailingZeros().scale())) : n;
        n = r.nextBoolean() ? finer : coarser;
        Unit other = OTHER_UNIT.get(f.indicator());
        if (r.nextBoolean() && !other.isRate()) {
          BigDecimal converted = n.multiply(unit.factor()).divide(other.factor(), java.math.MathContext.DECIMAL128);
          if (converted.multiply(other.factor()).compareTo(n.multiply(unit.factor())) == 0) { // exact only
            n = converted.setScale(Math.max(converted.stripTrailingZeros().scale(), 0) + r.nextInt(3));
            unit = other;
          }
        }
        value = value.withNumber(n);
      }
      Amount growth = f.growth();
      if (growth != null && r.nextInt(2) == 0) {
        growth = growth.withNumber(growth.number().setScale(growth.number().scale() + 1 + r.nextInt(2)));
      }
      if (value != null && growth != null && r.nextInt(3) == 0) {
        if (r.nextBoolean()) {
          value = null;
        } else {
          growth = null;
        }
      }
      Location at = new Location("again.csv", 1000 + k, 3);
      rows.add(r.nextInt(rows.size() + 1), new Figure(f.entity(), f.indicator(), f.period(), value, unit, growth,
          value == null ? new Location("again.csv", 1000 + k, 5) : at, new Location("again.csv", 1000 + k, 5)));
    }
    EvaluationOptions all = new EvaluationOptions(null, null, Set.of(), FailOn.FAIL, MissingPolicy.FAIL,
        FindingsMode.ALL);
    Report first = null;
    for (int order = 0; order < 4; order++) {
      List<Figure> inOrder = new ArrayList<>(rows);
      if (order == 1) {
        Collections.reverse(inOrder);
      } else if (order > 1) {
        Collections.shuffle(inOrder, r);
      }
      for (EvaluationOptions o : List.of(EvaluationOptions.defaults(), all)) {
        assertSameReport(inOrder, o);
      }
      Report report = Evaluator.evaluate(TARGETS, Fixtures.table(inOrder.toArray(Figure[]::new)), all);
      java.util.Map<Location, String> rates = new java.util.HashMap<>();
      inOrder.stream().filter(f -> f.growth() != null).forEach(f -> rates.put(f.growthLocation(), f.growth().toString()));
      for (dev.attain.model.Finding f : report.findings()) { // cites a copy of the rate it reports, digit for digit
        assertThat(rates.get(f.location())).isEqualTo(f.reportedRelation().symbol() + f.reported().toPlainString());
      }
      if (first == null) {
        first = report;
      } else {
        assertThat(report.results()).containsExactlyInAnyOrderElementsOf(first.results());
        assertThat(report.findings().stream().map(FigureStreamTest::uncited).toList())
            .containsExactlyInAnyOrderElementsOf(first.findings().stream().map(FigureStreamTest::uncited).toList());
        assertThat(report.summary()).isEqualTo(first.summary());
        assertThat(report.realGrowth()).isEqualTo(first.realGrowth());
      }
    }
  }

  private static dev.attain.model.Finding uncited(dev.attain.model.Finding f) {
    return new dev.attain.model.Finding(f.entity(), f.indicator(), f.name(), f.period(), f.reported(),
        f.reportedRelation(), f.computed(), f.status(), f.note(), null);
  }

  /** The first error's message, or the report, of the whole table or the stream (fed rows unmade). */
  private static String outcome(List<Figure> rows, boolean wholeTable) {
    EvaluationOptions options = EvaluationOptions.defaults();
    try {
      if (wholeTable) {
        FigureTable whole = FigureTable.forTargets(TARGETS);
        rows.forEach(whole::accept);
        return Evaluator.evaluate(TARGETS, whole, options).toString();
      }
      FigureStream stream = new FigureStream(TARGETS, options);
      rows.forEach(f -> stream.accept(row(f)));
      return stream.evaluate(options).toString();
    } catch (InputException e) {
      return e.getMessage();
    }
  }

  /**
   * Cells left blank and marked "not reported" (rows with no figure, rate-only rows beside a blank
   * or marked level cell, some figures both blank and marked): the stream, its blank cells kept
   * for the options' targets as a check keeps them, gives the whole table's report, its blank cells
   * kept for every target as validate keeps them — the same reasons, naming the same cells.
   */
  @Property(tries = 150)
  void blankAndMarkedCellsGiveTheSameReasonsAsTheWholeTable(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 1 + r.nextInt(4));
    if (r.nextBoolean()) {
      Collections.shuffle(rows, r);
    }
    List<Told> told = told(rows, r, false);
    for (EvaluationOptions o : OPTIONS) {
      assertSameReport(rows, told, o);
    }
  }

  /**
   * Whether a blank cell is named does not depend on the order of the rows that tell of it: a mark
   * wins over a blank in either order (each figure here has at most one blank cell, so the cell
   * named is the same too).
   */
  @Property(tries = 100)
  void marksWinOverBlanksInEveryOrder(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> rows = generate(r, 1 + r.nextInt(3));
    List<Told> told = told(rows, r, true);
    // the generated marks are all in level cells: a figure with one is as if no blank were told of it
    java.util.Set<String> marked = new java.util.HashSet<>();
    told.stream().filter(t -> t.level() == Cell.NOT_REPORTED).forEach(t -> marked.add(key(t)));
    Report expected = reportWith(rows, told.stream().filter(t -> !marked.contains(key(t))).toList());
    for (int k = 0; k < 4; k++) {
      List<Told> order = new ArrayList<>(told);
      Collections.shuffle(order, r);
      assertThat(reportWith(rows, order)).isEqualTo(expected);
    }
  }

  private static String key(Told t) {
    return t.entity() + " " + t.indicator() + " " + t.period();
  }

  private static Report reportWith(List<Figure> rows, List<Told> told) {
    FigureStream stream = new FigureStream(TARGETS, EvaluationOptions.defaults());
    rows.forEach(stream);
    stream.table().blanks(blanks(told, new BlankCells(TARGETS, EvaluationOptions.defaults())));
    return stream.evaluate(EvaluationOptions.defaults());
  }

  /** The reasons the generated blank and marked cells give, on a seed that has all of them. */
  @Test
  void blankAndMarkedCellsGiveTheirReasons() {
    List<String> reasons = new ArrayList<>();
    for (long seed = 0; seed < 120; seed++) {
      Random r = new Random(seed);
      List<Figure> rows = generate(r, 3);
      List<Told> told = told(rows, r, false);
      assertSameReport(rows, told, EvaluationOptions.defaults());
      FigureStream stream = new FigureStream(TARGETS, EvaluationOptions.defaults());
      rows.forEach(stream);
      stream.table().blanks(blanks(told, new BlankCells(TARGETS, EvaluationOptions.defaults())));
      stream.evaluate(EvaluationOptions.defaults()).results().stream()
          .filter(x -> x.reason() != null).forEach(x -> reasons.add(x.reason()));
    }
    assertThat(reasons).anyMatch(x -> x.matches("20\\d\\d(-\\d\\d)? left blank \\(actuals\\.csv:\\d+:3\\)"))
        .anyMatch(x -> x.matches("20\\d\\d(-\\d\\d)? left blank \\(base period, actuals\\.csv:\\d+:3\\)"))
        .anyMatch(x -> x.matches("20\\d\\d(-\\d\\d)? level left blank \\(actuals\\.csv:\\d+:3\\); only a growth rate"))
        .anyMatch(x -> x.matches("20\\d\\d(-\\d\\d)? level left blank \\(base period, actuals\\.csv:\\d+:3\\); only a growth rate"))
        .anyMatch(x -> x.matches("no 20\\d\\d(-\\d\\d)? level \\(only a growth rate\\)"))
        .anyMatch(x -> x.matches("no 20\\d\\d(-\\d\\d)? figure"));
  }

  /** What a reader tells of a row that gives no level ({@link BlankCells#noLevel}). */
  record Told(String entity, String indicator, Period period, Location at, Cell level, Cell growth) {}

  /**
   * Rows a reader would tell of: beside each rate-only figure, its level cell left blank (mostly)
   * or marked, sometimes with a row left blank too; for figures no row gives, of the targets' years,
   * rate-only rows added to {@code rows} (told as before), or rows left blank or marked, sometimes
   * both. With {@code oneBlank}, each figure has at most one blank cell.
   */
  static List<Told> told(List<Figure> rows, Random r, boolean oneBlank) {
    List<Told> out = new ArrayList<>();
    int line = 5000;
    java.util.Set<String> entities = new java.util.LinkedHashSet<>();
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Figure f : List.copyOf(rows)) {
      entities.add(f.entity());
      present.add(f.entity() + " " + f.indicator() + " " + f.period());
      if (f.value() == null && r.nextInt(4) != 0) {
        Cell level = r.nextInt(5) == 0 ? Cell.NOT_REPORTED : Cell.BLANK;
        out.add(new Told(f.entity(), f.indicator(), f.period(), new Location("actuals.csv", f.location().line(), 3),
            level, Cell.GIVEN));
        if (r.nextInt(4) == 0 && !(oneBlank && level == Cell.BLANK)) {
          out.add(new Told(f.entity(), f.indicator(), f.period(), new Location("actuals.csv", ++line, 3), Cell.BLANK,
              Cell.BLANK));
        }
      }
    }
    List<Period> periods = List.of(Period.year(2023), Period.year(2024), new Period(2023, 6), new Period(2024, 6));
    for (String e : entities) {
      for (Indicator ind : INDICATORS) {
        for (Period p : periods) {
          if (present.contains(e + " " + ind.id() + " " + p) || r.nextInt(3) != 0) {
            continue;
          }
          if (!ind.unit().isRate() && r.nextBoolean()) { // a rate-only row, its level cell blank or marked
            Figure f = fig(e, ind, p, null, Amount.exact(BigDecimal.valueOf(r.nextInt(200) - 50, 1)), ++line);
            rows.add(r.nextInt(rows.size() + 1), f);
            Cell level = r.nextInt(5) == 0 ? Cell.NOT_REPORTED : Cell.BLANK;
            out.add(new Told(e, ind.id(), p, new Location("actuals.csv", line, 3), level, Cell.GIVEN));
            if (r.nextInt(4) == 0 && !(oneBlank && level == Cell.BLANK)) {
              out.add(new Told(e, ind.id(), p, new Location("actuals.csv", ++line, 3), Cell.BLANK, Cell.BLANK));
            }
            continue;
          }
          int kind = r.nextInt(4); // blank, marked, blank then marked, marked then blank
          Cell first = kind == 0 || kind == 2 ? Cell.BLANK : Cell.NOT_REPORTED;
          out.add(new Told(e, ind.id(), p, new Location("actuals.csv", ++line, 3), first, Cell.BLANK));
          if (kind >= 2) {
            out.add(new Told(e, ind.id(), p, new Location("actuals.csv", ++line, 3),
                first == Cell.BLANK ? Cell.NOT_REPORTED : Cell.BLANK, r.nextBoolean() ? Cell.BLANK : Cell.NONE));
          }
        }
      }
    }
    return out;
  }

  static BlankCells blanks(List<Told> told, BlankCells into) {
    for (Told t : told) {
      into.noLevel(t.entity(), t.indicator(), t.period(), t.at(), t.level(), t.growth());
    }
    return into;
  }

  /**
   * A conflicting rate names the two rates' cells, in the figures the targets keep and in those held
   * only for the consistency check, as the whole table does; a level merged onto a rate-only row
   * keeps its own row's cell.
   */
  @Test
  void conflictsNameTheCellsOfTheFiguresThatDisagree() {
    for (Period p : List.of(Period.year(2024), Period.year(2019))) { // needed by a target; held for the check only
      List<Figure> rows = List.of(
          fig("县01", RETAIL, p, Amount.exact("12.5"), Amount.exact("8.0"), 2),
          fig("县01", RETAIL, p, Amount.exact("12.5"), Amount.exact("8.1"), 3));
      String message = "actuals.csv:3:5: conflicting growth for 县01 社会消费品零售总额 (retail) " + p + ": 8.1% here, "
          + "8.0% at actuals.csv:2:5 (identical duplicates are accepted)";
      assertConflict(rows, message);
      assertConflict(List.of(fig("县01", RETAIL, p, null, Amount.exact("8.0"), 2),
          fig("县01", RETAIL, p, Amount.exact("12.5"), null, 3),
          fig("县01", RETAIL, p, Amount.exact("12.6"), Amount.exact("8.0"), 4)),
          "actuals.csv:4:3: conflicting level for 县01 社会消费品零售总额 (retail) " + p + ": 12.6 亿元 here, 12.5 亿元 at "
              + "actuals.csv:3:3 (identical duplicates are accepted)");
      assertConflict(List.of(fig("县01", RETAIL, p, Amount.exact("12.5"), null, 2),
          fig("县01", RETAIL, p, null, Amount.exact("8.0"), 3),
          fig("县01", RETAIL, p, Amount.exact("12.5"), Amount.exact("7.9"), 4)),
          "actuals.csv:4:5: conflicting growth for 县01 社会消费品零售总额 (retail) " + p + ": 7.9% here, 8.0% at "
              + "actuals.csv:3:5 (identical duplicates are accepted)");
    }
  }

  private static void assertConflict(List<Figure> rows, String message) {
    FigureTable whole = FigureTable.forTargets(TARGETS);
    FigureStream stream = new FigureStream(TARGETS, EvaluationOptions.defaults());
    FigureStream fromRows = new FigureStream(TARGETS, EvaluationOptions.defaults());
    for (Figure f : rows.subList(0, rows.size() - 1)) {
      whole.accept(f);
      stream.accept(f);
      fromRows.accept(row(f));
    }
    Figure last = rows.get(rows.size() - 1);
    assertThatThrownBy(() -> whole.accept(last)).isInstanceOf(InputException.class).hasMessage(message);
    assertThatThrownBy(() -> stream.accept(last)).isInstanceOf(InputException.class).hasMessage(message);
    assertThatThrownBy(() -> fromRows.accept(row(last))).isInstanceOf(InputException.class).hasMessage(message);
  }

  /**
   * The stream gives the whole table's report, fed figures or rows whose plain numbers are not
   * made ({@link FigureRow}, as the reader hands them to the checking thread).
   */
  static void assertSameReport(List<Figure> rows, EvaluationOptions options) {
    assertSameReport(rows, List.of(), options);
  }

  /**
   * As {@link #assertSameReport(List, EvaluationOptions)}, with the blank and marked cells {@code
   * told}: kept for every target by the whole table (as validate reads), for the options' targets
   * by the stream (as check reads).
   */
  static void assertSameReport(List<Figure> rows, List<Told> told, EvaluationOptions options) {
    FigureTable whole = new FigureTable();
    FigureStream stream = new FigureStream(TARGETS, options);
    FigureStream fromRows = new FigureStream(TARGETS, options);
    for (Figure f : rows) {
      whole.accept(f);
      stream.accept(f);
      fromRows.accept(row(f));
    }
    whole.blanks(blanks(told, new BlankCells(TARGETS)));
    stream.table().blanks(blanks(told, new BlankCells(TARGETS, options)));
    fromRows.table().blanks(blanks(told, new BlankCells(TARGETS, options)));
    Report expected = Evaluator.evaluate(TARGETS, whole, options);
    Report actual = stream.evaluate(options);
    assertThat(actual.findings()).containsExactlyElementsOf(expected.findings());
    assertThat(actual.results()).containsExactlyElementsOf(expected.results());
    assertThat(actual).isEqualTo(expected);
    assertThat(fromRows.evaluate(options)).isEqualTo(expected);
  }

  /** {@code f} as the reader hands it over: plain numbers as digits and scale, the figure not made. */
  static FigureRow row(Figure f) {
    Amount v = f.value();
    Amount g = f.growth();
    boolean plainV = plain(v);
    boolean plainG = plain(g);
    if (v != null && !plainV && g != null && !plainG) {
      return FigureRow.of(f);
    }
    Location at = f.location();
    return new FigureRow(f.entity(), f.indicator(), f.period(), f.unit(), at.file(), at.line(), at.column(),
        g == null ? 0 : f.growthLocation().column(), plainV ? null : v, plainV, plainV ? v.number().unscaledValue().longValueExact() : 0,
        plainV ? v.number().scale() : 0, plainG ? null : g, plainG,
        plainG ? g.number().unscaledValue().longValueExact() : 0, plainG ? g.number().scale() : 0);
  }

  private static boolean plain(Amount a) {
    return a != null && a.relation() == Relation.EQ && a.number().precision() <= 18 && a.number().scale() >= 0;
  }

  /** Series of levels and rates: mostly consistent, some not, some rows split, repeated or missing. */
  static List<Figure> generate(Random r, int entities) {
    List<Figure> rows = new ArrayList<>();
    int line = 1;
    for (int e = 1; e <= entities; e++) {
      String entity = String.format("县%02d", e);
      for (Indicator ind : INDICATORS) {
        if (r.nextInt(8) == 0) {
          continue;
        }
        int decimals = ind.unit().isRate() ? 1 : r.nextInt(3);
        List<Period> periods = new ArrayList<>();
        for (int y = 2019; y <= 2024; y++) {
          if (r.nextInt(4) == 0) {
            periods.add(new Period(y, 3 * (1 + r.nextInt(3))));
          }
          periods.add(Period.year(y));
        }
        java.util.Map<Period, BigDecimal> levels = new java.util.HashMap<>();
        for (Period p : periods) {
          if (r.nextInt(10) == 0) {
            continue; // not reported
          }
          BigDecimal level = level(r, decimals).number();
          BigDecimal base = levels.get(p.base());
          if (base != null && base.signum() > 0 && r.nextInt(4) != 0) {
            level = base.multiply(BigDecimal.valueOf(100 + r.nextInt(20) - 5)).divide(BigDecimal.valueOf(100), decimals,
                RoundingMode.HALF_UP);
          }
          if (r.nextInt(30) == 0) {
            level = BigDecimal.ZERO.setScale(decimals);
          }
          levels.put(p, level);
          String rate = null;
          if (!ind.unit().isRate() && r.nextInt(6) != 0) {
            rate = base != null && base.signum() > 0 && r.nextInt(5) != 0 ? growth(base, level)
                : BigDecimal.valueOf(r.nextInt(200) - 50, 1).toPlainString();
            if (r.nextInt(20) == 0) {
              rate = "<" + rate;
            }
          }
          Amount value = Amount.exact(level);
          Amount g = rate == null ? null : rate.startsWith("<")
              ? new Amount(new BigDecimal(rate.substring(1)), dev.attain.model.Relation.LT) : Amount.exact(rate);
          if (g != null && r.nextInt(5) == 0) {
            // level and rate on separate rows (as from two files), in either order
            boolean rateFirst = r.nextBoolean();
            Figure rateRow = fig(entity, ind, p, null, g, ++line);
            if (rateFirst && r.nextBoolean()) { // the rate's row in another unit: the level keeps its own
              rateRow = inUnit(rateRow, OTHER_UNIT.get(ind.id()));
            }
            rows.add(rateFirst ? rateRow : fig(entity, ind, p, value, null, ++line));
            rows.add(rateFirst ? fig(entity, ind, p, value, null, ++line) : fig(entity, ind, p, null, g, ++line));
          } else {
            rows.add(fig(entity, ind, p, value, g, ++line));
          }
          if (r.nextInt(12) == 0) {
            rows.add(fig(entity, ind, p, value, g, ++line)); // an identical repeat
          }
        }
      }
    }
    return rows;
  }

  /** Per indicator, a unit of its dimension other than its own (a rate row may name one). */
  static final java.util.Map<String, Unit> OTHER_UNIT = java.util.Map.of("retail", Fixtures.unit("万元"),
      "gdp", Fixtures.unit("万元"), "grain", Fixtures.unit("万吨"), "farmland", Fixtures.unit("公顷"),
      "income", Fixtures.unit("万元"), "cpi", Fixtures.unit("‰"));

  static Figure inUnit(Figure f, Unit unit) {
    return new Figure(f.entity(), f.indicator(), f.period(), f.value(), unit, f.growth(), f.location(),
        f.growthLocation());
  }

  /**
   * A rate-only row before its level in another unit (two files, the rate's first): the level keeps
   * its number and unit, and the stream checks it as the whole table does.
   */
  @Test
  void aRateOnlyRowBeforeItsLevelInAnotherUnit() {
    List<Figure> rows = List.of(
        fig("县01", FARMLAND, Period.year(2023), Amount.exact("22.5"), null, 2),
        inUnit(fig("县01", FARMLAND, Period.year(2024), null, Amount.exact("4.0"), 3), Fixtures.unit("公顷")),
        fig("县01", FARMLAND, Period.year(2024), Amount.exact("23.4"), null, 4),
        inUnit(fig("县01", RETAIL, Period.year(2023), Amount.exact("1.5"), null, 5), Fixtures.unit("亿元")),
        inUnit(fig("县01", RETAIL, Period.year(2024), null, Amount.exact("8"), 6), Fixtures.unit("万元")),
        inUnit(fig("县01", RETAIL, Period.year(2024), Amount.exact("1.7"), null, 7), Fixtures.unit("亿元")));
    EvaluationOptions all = new EvaluationOptions(null, null, Set.of(), FailOn.FAIL, MissingPolicy.FAIL,
        FindingsMode.ALL);
    assertSameReport(rows, all);
    Report report = Evaluator.evaluate(TARGETS, Fixtures.table(rows.toArray(Figure[]::new)), all);
    // 22.5 → 23.4 万亩 is 4.0 %; 1.5 → 1.7 亿元 is 13.3 % against 8 % reported, but 1.7 carries ±0.05
    assertThat(report.findings()).extracting(f -> f.status().name()).containsExactly("CONSISTENT", "CONSISTENT");
  }

  static String growth(BigDecimal base, BigDecimal level) {
    return level.subtract(base).multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP).toPlainString();
  }

  static Amount level(Random r, int decimals) {
    return Amount.exact(BigDecimal.valueOf(1 + r.nextInt(999_999), decimals));
  }

  /** A figure as the reader makes it from {@code line}: the level in column 3, the rate in column 5. */
  static Figure fig(String entity, Indicator ind, Period p, Amount value, Amount growth, int line) {
    Unit unit = ind.unit();
    Location rateAt = new Location("actuals.csv", line, 5);
    return new Figure(entity, ind.id(), p, value, unit, growth, value == null ? rateAt : new Location("actuals.csv", line, 3),
        rateAt);
  }

  /**
   * A series with more periods waiting at once than a series searches in place (its index map):
   * fifty years of quarters, half-years and years, levels and rates in separate rows, shuffled.
   */
  @Property(tries = 200)
  void aSeriesHoldingManyPeriodsAtOnceGivesTheSameReport(@ForAll long seed) {
    Random r = new Random(seed);
    List<Figure> levels = new ArrayList<>();
    List<Figure> rates = new ArrayList<>();
    int line = 0;
    for (int y = 1990; y < 2040; y++) {
      for (int m : new int[] {3, 6, 12}) {
        levels.add(new Figure("县01", "retail", new Period(y, m),
            Amount.exact(BigDecimal.valueOf(1000 + r.nextInt(500), 1)), RETAIL.unit(), null,
            new Location("a.csv", ++line, 3)));
        rates.add(new Figure("县01", "retail", new Period(y, m), null, RETAIL.unit(),
            Amount.exact(BigDecimal.valueOf(r.nextInt(100), 1)), new Location("a.csv", ++line, 4)));
      }
    }
    Collections.shuffle(levels, r);
    Collections.shuffle(rates, r);
    List<Figure> rows = new ArrayList<>(levels);
    rows.addAll(rates);
    if (r.nextBoolean()) {
      Collections.shuffle(rows, r);
    }
    FigureStream stream = new FigureStream(TARGETS, EvaluationOptions.defaults());
    rows.forEach(stream);
    assertThat(stream.peakHeld()).isGreaterThan(16);
    for (EvaluationOptions o : OPTIONS) {
      assertSameReport(rows, o);
    }
  }
}
