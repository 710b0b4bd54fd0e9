package dev.attain.engine;

import static dev.attain.engine.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Indicator;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FigureTableTest {
  private static final UnitTable UNITS = UnitTable.builtIn();

  private static Figure at(Figure f, int line) {
    return new Figure(f.entity(), f.indicator(), f.period(), f.value(), f.unit(), f.growth(),
        new Location("actuals.csv", line, 3));
  }

  @Test
  void aConflictNamesTheIndicatorAsTheTargetsFileCallsItAndBothLines() {
    Indicator gdp = Indicator.of("gdp", "地区生产总值", UNITS.find("亿元").orElseThrow());
    FigureTable t = FigureTable.forTargets(Fixtures.targets(List.of(gdp), List.of()));
    t.accept(at(figure("洛隆县", "gdp", "2024", "18.45", "亿元", null), 2));
    assertThatThrownBy(() -> t.accept(at(figure("洛隆县", "gdp", "2024", "18.5", "亿元", null), 7)))
        .hasMessage("actuals.csv:7:3: conflicting level for 洛隆县 地区生产总值 (gdp) 2024: 18.5 亿元 here,"
            + " 18.45 亿元 at actuals.csv:2:3 (identical duplicates are accepted)");
  }

  @Test
  void anIndicatorWhoseNameIsItsIdIsNamedOnce() {
    Indicator gdp = Indicator.of("GDP", "GDP", UNITS.find("亿元").orElseThrow());
    FigureTable t = FigureTable.forTargets(Fixtures.targets(List.of(gdp), List.of()));
    t.accept(at(figure("", "GDP", "2024", null, "亿元", "8.3"), 2));
    assertThatThrownBy(() -> t.accept(at(figure("", "GDP", "2024", null, "亿元", "8.4"), 3)))
        .hasMessage("actuals.csv:3:3: conflicting growth for GDP 2024: 8.4% here, 8.3% at actuals.csv:2:3"
            + " (identical duplicates are accepted)");
  }

  @Test
  void identicalDuplicatesMergeAfterConversionKeepingTheMorePreciseInEitherOrder() {
    Figure yi = figure("洛隆县", "gdp", "2024", "18.45", "亿元", null); // ±0.005 亿元: ±50 万元
    Figure wan = figure("洛隆县", "gdp", "2024", "184500", "万元", "8.3"); // ±0.5 万元
    for (List<Figure> rows : List.of(List.of(yi, wan), List.of(wan, yi))) {
      FigureTable t = new FigureTable();
      rows.forEach(t::accept);
      Figure f = t.get("洛隆县", "gdp", Period.year(2024)).orElseThrow();
      assertThat(f.value()).isEqualTo(Amount.exact("184500"));
      assertThat(f.unit().symbol()).isEqualTo("万元");
      assertThat(f.growth()).isEqualTo(Amount.exact("8.3"));
    }
  }

  @Test
  void aRateGivenWithMoreDecimalsIsKeptInEitherOrder() {
    Figure short1 = at(figure("", "gdp", "2024", "16.3", "亿元", "7.2"), 2);
    Figure long2 = at(figure("", "gdp", "2024", null, "亿元", "7.20"), 3);
    for (List<Figure> rows : List.of(List.of(short1, long2), List.of(long2, short1))) {
      FigureTable t = new FigureTable();
      rows.forEach(t::accept);
      Figure f = t.get("", "gdp", Period.year(2024)).orElseThrow();
      assertThat(f.growth().number()).hasToString("7.20");
      assertThat(f.growthLocation()).isEqualTo(long2.growthLocation());
      assertThat(f.value().number()).hasToString("16.3");
      assertThat(f.location()).isEqualTo(short1.location());
    }
  }

  @Test
  void equallyPreciseCopiesInTwoUnitsKeepTheSmallerUnitInEitherOrder() {
    Figure yi = figure("", "gdp", "2024", "1.6300", "亿元", null); // ±0.00005 亿元 = ±0.5 万元
    Figure wan = figure("", "gdp", "2024", "16300", "万元", null);
    for (List<Figure> rows : List.of(List.of(yi, wan), List.of(wan, yi))) {
      FigureTable t = new FigureTable();
      rows.forEach(t::accept);
      Figure f = t.get("", "gdp", Period.year(2024)).orElseThrow();
      assertThat(f.value().number()).hasToString("16300");
      assertThat(f.unit().symbol()).isEqualTo("万元");
    }
  }

  @Test
  void aLevelNotTerminatingInTheOtherUnitIsTheSameFigureBothWaysRound() {
    // 1 亩 is 1/15 公顷: compared in 亩, exactly, not cut to 34 digits in one order and not the other
    Figure mu = figure("", "farmland", "2024", "22", "亩", null);
    Figure cut = figure("", "farmland", "2024", "1.466666666666666666666666666666667", "公顷", null);
    for (List<Figure> rows : List.of(List.of(mu, cut), List.of(cut, mu))) {
      FigureTable t = new FigureTable();
      t.accept(rows.get(0));
      assertThatThrownBy(() -> t.accept(rows.get(1))).hasMessageContaining("conflicting level for farmland 2024");
    }
  }

  @Test
  void aLevelJoiningARateOnlyFigureKeepsItsOwnNumberAndUnitInEitherOrder() {
    Figure rate = figure("", "farmland", "2024", null, "公顷", "5");
    Figure level = figure("", "farmland", "2024", "22", "亩", null);
    for (List<Figure> rows : List.of(List.of(rate, level), List.of(level, rate))) {
      FigureTable t = new FigureTable();
      rows.forEach(t::accept);
      Figure f = t.get("", "farmland", Period.year(2024)).orElseThrow();
      assertThat(f.value()).isEqualTo(Amount.exact("22")); // not 1.466666666666666666666666666666667 公顷
      assertThat(f.unit().symbol()).isEqualTo("亩");
      assertThat(f.growth()).isEqualTo(Amount.exact("5"));
      assertThat(f.location()).isEqualTo(level.location());
      assertThat(f.growthLocation()).isEqualTo(rate.location());
    }
    // the published precision is kept: 1.7 亿元, not 17000 万元
    FigureTable t = new FigureTable();
    t.accept(figure("", "x", "2024", null, "万元", "8"));
    t.accept(figure("", "x", "2024", "1.7", "亿元", null));
    Figure f = t.get("", "x", Period.year(2024)).orElseThrow();
    assertThat(f.value().number()).isEqualTo(new BigDecimal("1.7"));
    assertThat(f.unit().symbol()).isEqualTo("亿元");
  }

  /**
   * The table against the plainest model of it: a map per figure in order of first appearance, a
   * sorted set of periods per series. Rows in any order, entities and indicators as equal strings
   * that are not the same object, conflicts refused and reading going on (as validate does),
   * entities of the data merged in between.
   */
  @Property(tries = 500)
  void sameFiguresOrderPeriodsAndEntitiesAsAMapPerFigure(@ForAll long seed) {
    Random r = new Random(seed);
    FigureTable t = new FigureTable();
    Map<Key, Figure> model = new LinkedHashMap<>();
    LinkedHashSet<String> entities = new LinkedHashSet<>();
    String[] es = {"a", "b", "c"};
    String[] is = {"x", "y"};
    for (int k = 0; k < 200; k++) {
      String e = r.nextBoolean() ? es[r.nextInt(3)] : new String(es[r.nextInt(3)]);
      String i = r.nextBoolean() ? is[r.nextInt(2)] : new String(is[r.nextInt(2)]);
      Period p = new Period(2000 + r.nextInt(8), 1 + r.nextInt(12));
      Amount v = r.nextInt(3) == 0 ? null : Amount.exact(BigDecimal.valueOf(r.nextInt(3)));
      Amount g = v == null || r.nextBoolean() ? Amount.exact(BigDecimal.valueOf(r.nextInt(3))) : null;
      Figure f = new Figure(e, i, p, v, Fixtures.unit("亿元"), g, new Location("f", k + 1, 2));
      Figure old = model.get(Key.of(f));
      boolean conflictInModel = false;
      Figure merged = f;
      if (old != null) {
        try {
          merged = t.merge(old, f);
        } catch (InputException x) {
          conflictInModel = true;
        }
      }
      boolean conflict = false;
      try {
        t.accept(f);
      } catch (InputException x) {
        conflict = true;
      }
      assertThat(conflict).isEqualTo(conflictInModel);
      if (!conflictInModel) {
        model.put(Key.of(f), merged);
        entities.add(e);
      }
      if (r.nextInt(50) == 0) {
        List<String> data = List.of("z" + r.nextInt(3));
        t.entitiesOfData(data);
        LinkedHashSet<String> all = new LinkedHashSet<>(data);
        all.addAll(entities);
        entities = all;
      }
    }
    assertThat(t.all()).containsExactlyElementsOf(model.values());
    assertThat(t.size()).isEqualTo(model.size());
    assertThat(t.entities()).containsExactlyElementsOf(entities);
    for (String e : es) {
      for (String i : is) {
        TreeSet<Period> periods = new TreeSet<>();
        for (Key key : model.keySet()) {
          if (key.entity().equals(e) && key.indicator().equals(i)) {
            periods.add(key.period());
          }
        }
        assertThat(t.periods(e, i)).containsExactlyElementsOf(periods);
        for (int y = 1999; y < 2009; y++) {
          for (int m = 1; m <= 12; m++) {
            Period p = new Period(y, m);
            assertThat(t.get(e, i, p).orElse(null)).isEqualTo(model.get(new Key(e, i, p)));
          }
        }
      }
    }
  }

  /** The key two figures conflict on, for the model of the table. */
  private record Key(String entity, String indicator, Period period) {
    static Key of(Figure f) {
      return new Key(f.entity(), f.indicator(), f.period());
    }
  }
}
