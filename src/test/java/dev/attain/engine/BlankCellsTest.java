package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.BlankSink.Cell;
import dev.attain.model.Indicator;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Target;
import dev.attain.model.Threshold;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Which blank cell a MISSING reason names: the first left blank, unless a row says outright that
 * there is no figure ({@code NA}, {@code —}), whatever the order of the rows.
 */
class BlankCellsTest {
  static final Indicator GRAIN = Indicator.of("grain", "粮食产量", Fixtures.unit("万吨"));
  static final Period Y2024 = Period.year(2024);

  /** What one row of grain 2024 that gives no level held: its cell, level and growth. */
  record Row(int line, Cell level, Cell growth) {
    Location at() {
      return new Location("a.csv", line, 3);
    }
  }

  static BlankCells cells() {
    Target t = Target.of(GRAIN, Measure.VALUE, Threshold.atLeast("1", Fixtures.unit("万吨")), Y2024);
    return new BlankCells(Fixtures.targets(List.of(GRAIN), List.of(t)));
  }

  static BlankCells told(List<Row> rows) {
    BlankCells b = cells();
    for (Row r : rows) {
      b.noLevel("全国", "grain", Y2024, r.at(), r.level(), r.growth());
    }
    return b;
  }

  static Optional<Location> at(List<Row> rows) {
    return told(rows).at("全国", "grain", Y2024);
  }

  static Optional<Location> levelAt(List<Row> rows) {
    return told(rows).levelAt("全国", "grain", Y2024);
  }

  @Test
  void aRowLeftBlankIsNamedUnlessAnotherMarksTheFigureNotReportedInEitherOrder() {
    Row blank = new Row(2, Cell.BLANK, Cell.BLANK);
    Row na = new Row(3, Cell.NOT_REPORTED, Cell.BLANK);
    Row dash = new Row(4, Cell.BLANK, Cell.NOT_REPORTED); // level blank, rate —: the row says there is none
    assertThat(at(List.of(blank))).contains(blank.at());
    assertThat(at(List.of(blank, new Row(5, Cell.BLANK, Cell.NONE)))).as("the first is named").contains(blank.at());
    for (Row mark : List.of(na, dash)) {
      assertThat(at(List.of(blank, mark))).isEmpty();
      assertThat(at(List.of(mark, blank))).isEmpty();
    }
    assertThat(at(List.of(new Row(6, Cell.NONE, Cell.NOT_REPORTED), new Row(7, Cell.NONE, Cell.BLANK)))).isEmpty();
  }

  @Test
  void aLevelLeftBlankBesideARateIsNamedUnlessARowMarksTheLevelNotReportedInEitherOrder() {
    Row levelBlank = new Row(2, Cell.BLANK, Cell.GIVEN);
    Row levelNa = new Row(3, Cell.NOT_REPORTED, Cell.GIVEN);
    Row allNa = new Row(4, Cell.NOT_REPORTED, Cell.BLANK);
    Row allBlank = new Row(5, Cell.BLANK, Cell.BLANK);
    Row rateNa = new Row(6, Cell.BLANK, Cell.NOT_REPORTED); // its level cell is blank all the same
    assertThat(levelAt(List.of(levelBlank))).contains(levelBlank.at());
    assertThat(levelAt(List.of(allBlank, levelBlank))).as("the first level cell left blank").contains(allBlank.at());
    assertThat(levelAt(List.of(rateNa, levelBlank))).contains(rateNa.at());
    for (Row mark : List.of(levelNa, allNa)) {
      assertThat(levelAt(List.of(levelBlank, mark))).isEmpty();
      assertThat(levelAt(List.of(mark, levelBlank))).isEmpty();
    }
    // a table of rates alone has no level cell to name
    assertThat(levelAt(List.of(new Row(7, Cell.NONE, Cell.BLANK)))).isEmpty();
    // rows that give a rate say nothing of a figure no row gives
    assertThat(at(List.of(levelBlank))).isEmpty();
  }

  @Test
  void aGrowthCellLeftBlankBesideALevelIsNamedUnlessARowMarksItNotReportedInEitherOrder() {
    Location first = new Location("a.csv", 2, 5);
    Location second = new Location("a.csv", 3, 5);
    Location marked = new Location("a.csv", 4, 5);
    BlankCells b = cells();
    b.noRate("全国", "grain", Y2024, first, Cell.BLANK);
    b.noRate("全国", "grain", Y2024, second, Cell.BLANK);
    assertThat(b.rateAt("全国", "grain", Y2024)).as("the first is named").contains(first);
    assertThat(b.at("全国", "grain", Y2024)).as("a row with a level is a figure").isEmpty();
    assertThat(b.levelAt("全国", "grain", Y2024)).isEmpty();
    for (boolean markFirst : new boolean[] {true, false}) {
      BlankCells m = cells();
      if (markFirst) {
        m.noRate("全国", "grain", Y2024, marked, Cell.NOT_REPORTED);
      }
      m.noRate("全国", "grain", Y2024, first, Cell.BLANK);
      if (!markFirst) {
        m.noRate("全国", "grain", Y2024, marked, Cell.NOT_REPORTED);
      }
      assertThat(m.rateAt("全国", "grain", Y2024)).as("NA first: %s", markFirst).isEmpty();
    }
    BlankCells other = cells();
    other.noRate("全国", "grain", Period.year(2020), first, Cell.BLANK);
    other.noRate("全国", "cpi", Y2024, first, Cell.BLANK);
    assertThat(other.rateAt("全国", "grain", Period.year(2020))).as("a year no target needs").isEmpty();
    assertThat(other.rateAt("全国", "cpi", Y2024)).as("an indicator no target names").isEmpty();
  }

  @Test
  void onlyTheFiguresTheTargetsNeedAreKept() {
    BlankCells b = cells();
    b.noLevel("全国", "grain", Period.year(2020), new Location("a.csv", 2, 3), Cell.BLANK, Cell.BLANK);
    b.noLevel("全国", "cpi", Y2024, new Location("a.csv", 3, 3), Cell.BLANK, Cell.BLANK);
    assertThat(b.at("全国", "grain", Period.year(2020))).isEmpty();
    assertThat(b.at("全国", "cpi", Y2024)).isEmpty();
  }

  /**
   * Any mix of rows, in any order: whether a cell is named does not depend on the order, and the
   * cell named is the first of those left blank in the order read.
   */
  @Property(tries = 300)
  void whetherABlankIsNamedDoesNotDependOnTheOrderOfTheRows(@ForAll long seed) {
    Random r = new Random(seed);
    Cell[] levels = {Cell.BLANK, Cell.NOT_REPORTED, Cell.NONE};
    Cell[] growths = {Cell.BLANK, Cell.NOT_REPORTED, Cell.GIVEN, Cell.NONE};
    List<Row> rows = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      Cell level = levels[r.nextInt(levels.length)];
      Cell growth = growths[r.nextInt(growths.length)];
      if (level == Cell.NONE && growth == Cell.NONE) {
        growth = Cell.BLANK; // a row has a level or a growth cell
      }
      rows.add(new Row(2 + i, level, growth));
    }
    boolean anyMark = rows.stream().anyMatch(x -> x.growth() != Cell.GIVEN
        && (x.level() == Cell.NOT_REPORTED || x.growth() == Cell.NOT_REPORTED));
    boolean levelMark = rows.stream().anyMatch(x -> x.level() == Cell.NOT_REPORTED);
    for (int k = 0; k < 4; k++) {
      List<Row> order = new ArrayList<>(rows);
      Collections.shuffle(order, r);
      Optional<Location> firstBlank = order.stream().filter(x -> x.growth() != Cell.GIVEN
          && x.level() != Cell.NOT_REPORTED && x.growth() != Cell.NOT_REPORTED).map(Row::at).findFirst();
      Optional<Location> firstBlankLevel = order.stream().filter(x -> x.level() == Cell.BLANK).map(Row::at).findFirst();
      assertThat(at(order)).isEqualTo(anyMark ? Optional.empty() : firstBlank);
      assertThat(levelAt(order)).isEqualTo(levelMark ? Optional.empty() : firstBlankLevel);
    }
  }
}
