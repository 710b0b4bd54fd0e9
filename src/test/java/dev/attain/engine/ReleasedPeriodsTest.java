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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is kept of a released period gives back exactly the figure its slot held — digits, scale,
 * relation, unit, both locations — whether it fits the packed form (the common case: small scales,
 * lines and columns, few files) or is kept as the figure itself; each series' chain finds its own.
 * At each edge of the packed form, the last that fits is packed and the first that does not is
 * kept as its figure, both given back equal.
 */
class ReleasedPeriodsTest {
  @Property(tries = 300)
  void aReleasedPeriodGivesBackTheFigureItsSlotHeld(@ForAll("series") List<List<Figure>> series) {
    HeldPeriods slots = new HeldPeriods();
    ReleasedPeriods released = new ReleasedPeriods();
    int[] heads = new int[series.size()];
    List<Map<Integer, Figure>> expected = new ArrayList<>();
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

  private static final Location AT = new Location("a.csv", 7, 3);

  /** A figure in 亿元, its level read at {@code at} and its rate at {@code rateAt}. */
  private static Figure figure(Period period, BigDecimal value, BigDecimal rate, Location at, Location rateAt) {
    return new Figure("x", "gdp", period, Amount.exact(value), Fixtures.unit("亿元"), Amount.exact(rate), at, rateAt);
  }

  /** A figure of 2023, level 1234.5 and rate {@code rate}, its rate beside its level. */
  private static Figure figure(BigDecimal rate) {
    return figure(Period.year(2023), new BigDecimal("1234.5"), rate, AT, new Location("a.csv", 7, 4));
  }

  /** Keeps {@code f}, held as row {@code seq}, before {@code head}; returns the entry. */
  private static int keep(ReleasedPeriods released, int head, Figure f, long seq) {
    HeldPeriods slots = new HeldPeriods();
    int slot = slots.add(seq, FigureRow.of(onOneRow(f)), -1);
    slots.set(slot, f);
    slots.markChecked(slot);
    return released.keep(head, slots, slot, "x", "gdp");
  }

  /** Kept alone, {@code f} is given back equal, packed or not as {@code packed} says. */
  private static void assertKept(Figure f, boolean packed) {
    ReleasedPeriods released = new ReleasedPeriods();
    int entry = keep(released, -1, f, 41);
    Period p = f.period();
    assertThat(released.find(entry, HeldPeriods.code(p.year(), p.months()))).isEqualTo(entry);
    assertThat(released.figure(entry, "x", "gdp", p)).isEqualTo(f);
    assertThat(released.seq(entry)).isEqualTo(41);
    assertThat(released.keptAsFigure(entry)).as("kept as its figure").isEqualTo(!packed);
  }

  @ParameterizedTest
  @CsvSource({
    "2147483647, true", "2147483648, false", "-2147483648, true", "-2147483649, false", // an int's digits
    "214748364.7, true", "214748364.8, false",
    "0.000000000000000000000000000000000000000000000000000000000000001, true", // scale 63
    "1E-64, false", "1E+64, true", "1E+65, false", // scales −64…63
  })
  void aRateIsPackedWhileItsDigitsFitAnIntAndItsScaleSevenBits(String rate, boolean packed) {
    assertKept(figure(new BigDecimal(rate)), packed);
  }

  @ParameterizedTest
  @CsvSource({
    "0.000000000000000000000000000000000000000000000000000000000000001, true", "1E-64, false",
    "1E+64, true", "1E+65, false", "123456789012345678, true", "-123456789012345678, true",
  })
  void aLevelIsPackedWhileItsDigitsFitALongAndItsScaleSevenBits(String value, boolean packed) {
    assertKept(figure(Period.year(2023), new BigDecimal(value), new BigDecimal("5.2"), AT, AT), packed);
  }

  @ParameterizedTest
  @CsvSource({"4294967295, true", "4294967296, false"})
  void aLineIsPackedWhileItFitsThirtyTwoBits(long line, boolean packed) {
    Location at = new Location("a.csv", line, 3);
    assertKept(figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN, at, new Location("a.csv", line, 4)), packed);
  }

  @ParameterizedTest
  @CsvSource({"0, true", "4294967295, true", "4294967296, false", "9223372036854775807, false"})
  void thePlaceInDataOrderIsPackedWhileItFitsThirtyTwoBitsAndGivenBackWhole(long seq, boolean packed) {
    ReleasedPeriods released = new ReleasedPeriods();
    Figure f = figure(new BigDecimal("-5.2"));
    int entry = keep(released, -1, f, seq);
    assertThat(released.seq(entry)).isEqualTo(seq);
    assertThat(released.figure(entry, "x", "gdp", f.period())).isEqualTo(f);
    assertThat(released.keptAsFigure(entry)).isEqualTo(!packed);
    Figure merged = figure(new BigDecimal("-5.20"));
    released.replace(entry, merged); // a more precise repeat: kept as its figure, in the same place
    assertThat(released.seq(entry)).isEqualTo(seq);
    assertThat(released.figure(entry, "x", "gdp", f.period())).isSameAs(merged);
    assertThat(released.keptAsFigure(entry)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"0, true", "1048575, true", "1048576, false", "2147483647, false"})
  void aLevelsColumnIsPackedUpToPlacesMaxColumn(int column, boolean packed) {
    Location at = new Location("a.csv", 7, column);
    assertKept(figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN, at, at), packed);
    assertKept(figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN, at, new Location("a.csv", 7, 2)), packed);
  }

  @Test
  void everyPeriodsCodeIsPackedWholeSoThatPeriodsSixteenBitsApartAreTold() {
    // codes are year * 16 + months: from year 4096 on past 16 bits, and 1 and 4097 are 2¹⁶ apart
    ReleasedPeriods released = new ReleasedPeriods();
    List<Period> periods = List.of(new Period(1, 6), new Period(4095, 12), new Period(4096, 1), new Period(4097, 6),
        new Period(8193, 6), new Period(9999, 12));
    int head = -1;
    List<Figure> kept = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Figure f = figure(periods.get(i), BigDecimal.valueOf(100 + i), new BigDecimal("1.5"), AT, AT);
      head = keep(released, head, f, i);
      assertThat(released.keptAsFigure(head)).isFalse();
      kept.add(f);
    }
    for (int i = 0; i < periods.size(); i++) {
      Period p = periods.get(i);
      int entry = released.find(head, HeldPeriods.code(p.year(), p.months()));
      assertThat(released.figure(entry, "x", "gdp", p)).isEqualTo(kept.get(i));
      assertThat(released.seq(entry)).isEqualTo(i);
    }
    assertThat(released.find(head, HeldPeriods.code(2, 6))).isEqualTo(-1); // 2¹⁶ from 4098-06, not kept either
    assertThat(released.find(head, HeldPeriods.code(4098, 6))).isEqualTo(-1);
  }

  @Test
  void aRateReadOnAnotherLineOrInAnotherFileIsKeptAsItsFigure() {
    assertKept(figure(Period.year(2023), BigDecimal.TEN, BigDecimal.ONE, AT, new Location("a.csv", 8, 4)), false);
    assertKept(figure(Period.year(2023), BigDecimal.TEN, BigDecimal.ONE, AT, new Location("b.csv", 7, 4)), false);
    assertKept(figure(Period.year(2023), BigDecimal.TEN, BigDecimal.ONE, AT, AT), true); // in the level's cell
    assertKept(figure(BigDecimal.ONE), true); // beside it
  }

  @Test
  void aLevelsColumnWithRatesInTwoColumnsGivesEachItsOwn() {
    ReleasedPeriods released = new ReleasedPeriods();
    Location at = new Location("a.csv", 9, 2);
    Figure beside = figure(Period.year(2022), BigDecimal.ONE, BigDecimal.TEN, at, new Location("a.csv", 9, 5));
    Figure inCell = figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN, at, at);
    Figure further = figure(Period.year(2024), BigDecimal.ONE, BigDecimal.TEN, at, new Location("a.csv", 9, 6));
    int head = keep(released, keep(released, keep(released, -1, beside, 0), inCell, 1), further, 2);
    int again = keep(released, -1, figure(Period.year(2021), BigDecimal.ONE, BigDecimal.TEN, at, at), 3);
    for (Figure f : List.of(beside, inCell, further)) {
      int entry = released.find(head, HeldPeriods.code(f.period().year(), 12));
      assertThat(released.figure(entry, "x", "gdp", f.period())).isEqualTo(f);
      assertThat(released.keptAsFigure(entry)).isFalse();
    }
    assertThat(released.figure(again, "x", "gdp", Period.year(2021)).growthLocation()).isEqualTo(at);
  }

  @Test
  void placesArePackedUpToTheTableOf65536() {
    // a place is a file, a level's column and its rate's: here a new level column each time
    ReleasedPeriods released = new ReleasedPeriods();
    HeldPeriods slots = new HeldPeriods();
    int head = -1;
    for (int column = 1; column <= 65_537; column++) {
      Figure f = figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN, new Location("a.csv", 7, column),
          new Location("a.csv", 7, column + 1));
      int slot = slots.add(column, FigureRow.of(f), -1);
      slots.markChecked(slot);
      head = released.keep(head, slots, slot, "x", "gdp");
      slots.free(slot);
      if (column >= 65_535) {
        assertThat(released.figure(head, "x", "gdp", f.period())).isEqualTo(f);
        assertThat(released.keptAsFigure(head)).as("place %d kept as its figure", column).isEqualTo(column > 65_536);
      }
    }
    // places already in the table still pack
    int entry = keep(released, -1, figure(Period.year(2023), BigDecimal.ONE, BigDecimal.TEN,
        new Location("a.csv", 7, 5), new Location("a.csv", 7, 6)), 1);
    assertThat(released.keptAsFigure(entry)).isFalse();
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
