package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What is kept of a released period gives back exactly the figure its slot held — digits, scale,
 * relation, unit, both locations — whether it fits the packed form (the common case: small scales,
 * lines and columns, few files) or is kept as the figure itself; each series' chain finds its own.
 */
class ReleasedPeriodsTest {
  @Property(tries = 300)
  void aReleasedPeriodGivesBackTheFigureItsSlotHeld(@ForAll("series") List<List<Figure>> series) {
    HeldPeriods slots = new HeldPeriods();
    ReleasedPeriods released = new ReleasedPeriods();
    int[] heads = new int[series.size()];
    List<Map<Integer, Figure>> expected = new java.util.ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      heads[s] = -1;
      expected.add(new HashMap<>());
    }
    // released in turns across the series, as a stream releases them
    int longest = series.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (int s = 0; s < series.size(); s++) {
        if (i >= series.get(s).size()) {
          continue;
        }
        Figure f = series.get(s).get(i);
        int slot = slots.add(i, FigureRow.of(onOneRow(f)), -1);
        slots.set(slot, f); // the locations as merged: the rate possibly from another row
        slots.markChecked(slot);
        Figure held = slots.figure(slot, "县" + s, "gdp");
        heads[s] = released.keep(heads[s], slots, slot, "县" + s, "gdp");
        slots.free(slot);
        expected.get(s).put(HeldPeriods.code(f.period().year(), f.period().months()), held); // the newest wins
      }
    }
    for (int s = 0; s < series.size(); s++) {
      for (Map.Entry<Integer, Figure> e : expected.get(s).entrySet()) {
        Figure want = e.getValue();
        Figure back = released.figure(heads[s], e.getKey(), "县" + s, "gdp", want.period());
        assertThat(back).isEqualTo(want);
        assertThat(back.value().number().scale()).isEqualTo(want.value().number().scale());
        assertThat(back.growth().number().scale()).isEqualTo(want.growth().number().scale());
      }
      for (int months = 1; months <= 12; months++) { // a period never released: not found
        int code = HeldPeriods.code(1, months);
        if (!expected.get(s).containsKey(code)) {
          assertThat(released.figure(heads[s], code, "县" + s, "gdp", new Period(1, months))).isNull();
        }
      }
    }
  }

  private static Figure onOneRow(Figure f) {
    return new Figure(f.entity(), f.indicator(), f.period(), f.value(), f.unit(), f.growth(), f.location(),
        new Location(f.location().file(), f.location().line(), f.location().column()));
  }

  @Provide
  Arbitrary<List<List<Figure>>> series() {
    return figures().list().ofMaxSize(20).list().ofMinSize(1).ofMaxSize(6);
  }

  private static Arbitrary<Figure> figures() {
    Arbitrary<Amount> amount = Combinators.combine(numbers(), Arbitraries.of(Relation.values())).as(Amount::new);
    Arbitrary<Period> period = Combinators.combine(Arbitraries.integers().between(1, 9999),
        Arbitraries.integers().between(1, 12)).as(Period::new);
    Arbitrary<Location> at = locations();
    return Combinators.combine(period, amount, amount, Arbitraries.of("亿元", "万元", "%", "万斤"), at,
        Arbitraries.integers().between(0, 3), at)
        .as((p, v, g, u, level, how, other) -> new Figure("x", "gdp", p, v, Fixtures.unit(u), g, level,
            switch (how) {
              case 0 -> level; // the rate in the level's cell
              case 1, 2 -> new Location(level.file(), level.line(), level.column() + 1 + how); // beside it
              default -> other; // from another row (two rows merged)
            }));
  }

  /** Mostly what a file has (a few files, small lines and columns), sometimes what does not pack. */
  private static Arbitrary<Location> locations() {
    Arbitrary<String> file = Arbitraries.of("a.csv", "b.csv", "c.csv", "<stdin>");
    Arbitrary<Long> line = Arbitraries.oneOf(Arbitraries.longs().between(1, 100_000),
        Arbitraries.longs().between(0, Long.MAX_VALUE));
    Arbitrary<Integer> column = Arbitraries.oneOf(Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(0, 1 << 20));
    return Combinators.combine(file, line, column).as(Location::new);
  }

  /** Compact numbers mostly; 19 digits and more, and scales beyond ±127, sometimes. */
  private static Arbitrary<BigDecimal> numbers() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L).map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(30)));
    Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(-300, 300));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }
}
