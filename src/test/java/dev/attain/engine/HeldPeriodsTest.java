package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
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
 * The slots give back exactly the figure they took — digits, scale, relation, unit, locations —
 * whether packed (the common case) or held wide, and a rate read on another line as its own
 * location. At each edge of the packed form, the last that fits is packed and the first that does
 * not is held wide, both given back equal; a slot freed or set again keeps nothing of the figure
 * before.
 */
class HeldPeriodsTest {
  /** Either form of row: the figure's amounts, or plain numbers as digits and scale (as read). */
  @Property(tries = 2000)
  void aSlotGivesBackTheFigureItHolds(@ForAll("figures") Figure merged) {
    if (!onOneRow(merged)) { // a row has its level and rate on one line
      assertThatThrownBy(() -> FigureRow.of(merged)).isInstanceOf(IllegalArgumentException.class);
    }
    Figure figure = oneRow(merged);
    for (FigureRow row : List.of(FigureRow.of(figure), FigureStreamTest.row(figure))) {
      HeldPeriods slots = new HeldPeriods();
      int slot = slots.add(7, row, -1);
      Figure back = slots.figure(slot, figure.entity(), figure.indicator());
      assertThat(back).isEqualTo(figure);
      assertSameDigits(back, figure);
      assertThat(slots.seq(slot)).isEqualTo(7);
      assertThat(slots.code(slot)).isEqualTo(HeldPeriods.code(figure.period().year(), figure.period().months()));
      assertThat(slots.next(slot)).isEqualTo(-1);
      assertThat(slots.checked(slot)).isFalse();
      assertThat(slots.hasValue(slot)).isEqualTo(figure.value() != null);
      assertThat(slots.hasGrowth(slot)).isEqualTo(figure.growth() != null);
    }
  }

  @Property(tries = 1000)
  void setKeepsTheCheckedMarkAndTakesTheNumbersAndTheirLocations(@ForAll("figures") Figure first,
      @ForAll("figures") Figure second, @ForAll("locations") Location rateElsewhere, @ForAll int which) {
    HeldPeriods slots = new HeldPeriods();
    int slot = slots.add(1, FigureRow.of(oneRow(first)), 5);
    slots.markChecked(slot);
    // as merged: the level's location is either row's, the rate's either row's or another's
    Location at = which % 2 == 0 ? first.location() : second.location();
    Location rateAt = switch (Math.floorMod(which, 3)) {
      case 0 -> second.growthLocation();
      case 1 -> first.growthLocation();
      default -> rateElsewhere;
    };
    Figure merged = new Figure(first.entity(), first.indicator(), first.period(), second.value(), first.unit(),
        second.growth(), at, rateAt);
    slots.set(slot, merged);
    Figure back = slots.figure(slot, first.entity(), first.indicator());
    assertThat(back).isEqualTo(merged);
    assertSameDigits(back, merged);
    assertThat(slots.checked(slot)).isTrue();
    assertThat(slots.next(slot)).isEqualTo(5);
  }

  /**
   * Thousands of slots over several pages, freed and reused at random: every live slot still gives
   * back its own figure and chain link.
   */
  @Property(tries = 20)
  void slotsSurviveFreeingAndReuseAcrossPages(@ForAll("figures") Figure template,
      @ForAll("operations") List<Integer> operations) {
    HeldPeriods slots = new HeldPeriods();
    Map<Integer, Figure> live = new HashMap<>();
    Map<Integer, Integer> links = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    long line = 1;
    for (int op : operations) {
      if (op % 4 == 0 && !order.isEmpty()) {
        int victim = order.remove(Math.floorMod(op, order.size()));
        slots.free(victim);
        live.remove(victim);
        links.remove(victim);
        continue;
      }
      // some with a rate in a small column, some in one near 2³¹ (each a place of its own)
      Location at = new Location("f.csv", line++, op % 9);
      Amount rate = op % 3 == 0 ? null : Amount.exact(BigDecimal.valueOf(op % 200, 1));
      Figure f = new Figure(template.entity(), template.indicator(), new Period(2000 + op % 30, 12),
          Amount.exact(BigDecimal.valueOf(op, op % 5)), template.unit(), rate, at,
          new Location("f.csv", at.line(), op % 3 == 1 ? 5 : Integer.MAX_VALUE - op));
      int next = order.isEmpty() ? -1 : order.get(order.size() - 1);
      int slot = slots.add(line, FigureRow.of(f), next);
      assertThat(live).doesNotContainKey(slot);
      live.put(slot, f);
      links.put(slot, next);
      order.add(slot);
    }
    for (Map.Entry<Integer, Figure> e : live.entrySet()) {
      assertThat(slots.figure(e.getKey(), template.entity(), template.indicator())).isEqualTo(e.getValue());
      assertThat(slots.next(e.getKey())).isEqualTo(links.get(e.getKey()));
    }
  }

  @Test
  void freedSlotsAreReusedBeforeNewOnes() {
    HeldPeriods slots = new HeldPeriods();
    Figure f = Fixtures.figure("县", "gdp", "2023", "1", "亿元", null);
    int a = slots.add(1, FigureRow.of(f), -1);
    int b = slots.add(2, FigureRow.of(f), a);
    slots.free(a);
    assertThat(slots.add(3, FigureRow.of(f), b)).isEqualTo(a);
    assertThat(slots.add(4, FigureRow.of(f), -1)).isEqualTo(b + 1);
  }

  /**
   * Slots added, set to another figure, and freed at random, with figures of every kind (packed,
   * held wide, their rate on another line): every live slot gives back its own figure, and only the
   * live slots have anything held apart.
   */
  @Property(tries = 50)
  void whatIsHeldApartGoesWithItsSlot(@ForAll("figureLists") List<Figure> figures,
      @ForAll("operations") List<Integer> ops) {
    HeldPeriods slots = new HeldPeriods();
    Map<Integer, Figure> live = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < Math.min(ops.size(), 3000); k++) {
      int op = ops.get(k);
      Figure f = figures.get(Math.floorMod(op, figures.size()));
      if (op % 3 == 0 && !order.isEmpty()) {
        int victim = order.remove(Math.floorMod(op, order.size()));
        slots.free(victim);
        live.remove(victim);
      } else if (op % 3 == 1 && !order.isEmpty()) { // (as merged: same key)
        int slot = order.get(Math.floorMod(op, order.size()));
        Figure merged = new Figure(f.entity(), f.indicator(), live.get(slot).period(), f.value(), f.unit(), f.growth(),
            f.location(), f.growthLocation());
        slots.set(slot, merged);
        live.put(slot, merged);
      } else {
        int slot = slots.add(k, FigureRow.of(oneRow(f)), -1);
        live.put(slot, oneRow(f));
        order.add(slot);
      }
    }
    int apart = 0;
    for (Map.Entry<Integer, Figure> e : live.entrySet()) {
      int slot = e.getKey();
      assertThat(slots.figure(slot, "县0001", "gdp")).isEqualTo(e.getValue());
      apart += (slots.heldWide(slot) ? 1 : 0) + (slots.growthColumn(slot) == -1 ? 1 : 0);
    }
    assertThat(slots.heldApart()).isEqualTo(apart);
  }

  private static final Location AT = new Location("a.csv", 7, 3);
  private static final Location BESIDE = new Location("a.csv", 7, 4);

  /** A figure of 2023 in 亿元, each number exact (or none when null). */
  private static Figure figure(BigDecimal value, BigDecimal rate, Location at, Location rateAt) {
    return new Figure("x", "gdp", Period.year(2023), value == null ? null : Amount.exact(value),
        Fixtures.unit("亿元"), rate == null ? null : Amount.exact(rate), at, rateAt);
  }

  /**
   * {@code f}, held as row {@code seq} from its row (its numbers as amounts, and plain where a
   * reader gives them plain) and set into a slot that held another figure, is given back equal each
   * time, packed or held wide as {@code packed} says.
   */
  private static void assertHeld(Figure f, long seq, boolean packed) {
    for (FigureRow row : List.of(FigureRow.of(f), FigureStreamTest.row(f))) {
      HeldPeriods slots = new HeldPeriods();
      int slot = slots.add(seq, row, 3);
      assertGivesBack(slots, slot, f, seq, packed);
      assertThat(slots.checked(slot)).isFalse();
    }
    HeldPeriods slots = new HeldPeriods();
    int slot = slots.add(seq, FigureRow.of(figure(BigDecimal.ONE, null, AT, null)), 3);
    slots.markChecked(slot);
    slots.set(slot, f);
    assertGivesBack(slots, slot, f, seq, packed);
    assertThat(slots.checked(slot)).isTrue();
  }

  private static void assertGivesBack(HeldPeriods slots, int slot, Figure f, long seq, boolean packed) {
    Figure back = slots.figure(slot, "x", "gdp");
    assertThat(back).isEqualTo(f);
    assertSameDigits(back, f);
    assertThat(slots.seq(slot)).isEqualTo(seq);
    assertThat(slots.next(slot)).isEqualTo(3);
    assertThat(slots.code(slot)).isEqualTo(HeldPeriods.code(2023, 12));
    assertThat(slots.heldWide(slot)).as("held wide").isEqualTo(!packed);
  }

  @ParameterizedTest
  @CsvSource({
    "123456789012345678, true", "-123456789012345678, true", "1234567890123456789, false", // 18 digits, 19
    "9223372036854775807, false", "12345678901234567890123456789.5, false",
    "0.000000000000000000000000000000000000000000000000000000000000001, true", // scale 63
    "1E-64, false", "1E+64, true", "1E+65, false", // scales −64…63
  })
  void aLevelIsPackedWhileItsDigitsFitALongAndItsScaleSevenBits(String value, boolean packed) {
    assertHeld(figure(new BigDecimal(value), new BigDecimal("5.2"), AT, BESIDE), 41, packed);
    assertHeld(figure(new BigDecimal(value), null, AT, null), 41, packed);
  }

  @ParameterizedTest
  @CsvSource({
    "2147483647, true", "2147483648, false", "-2147483648, true", "-2147483649, false", // an int's digits
    "214748364.7, true", "214748364.8, false", "1234567890123456789, false", // and 19
    "0.000000000000000000000000000000000000000000000000000000000000001, true", // scale 63
    "1E-64, false", "1E+64, true", "1E+65, false", // scales −64…63
  })
  void aRateIsPackedWhileItsDigitsFitAnIntAndItsScaleSevenBits(String rate, boolean packed) {
    assertHeld(figure(new BigDecimal("1234.5"), new BigDecimal(rate), AT, BESIDE), 41, packed);
    assertHeld(figure(null, new BigDecimal(rate), AT, AT), 41, packed);
  }

  @Test
  void aWideSlotGivesItsNumbersAsAPackedOneDoesWhileTheyFitALong() {
    HeldPeriods slots = new HeldPeriods();
    Location far = new Location("a.csv", 1L << 32, 3);
    int wide = slots.add(1, FigureRow.of(figure(new BigDecimal("-12.345"), new BigDecimal("6.70"), far, far)), -1);
    int packed = slots.add(2, FigureRow.of(figure(new BigDecimal("-12.345"), new BigDecimal("6.70"), AT, AT)), -1);
    int big = slots.add(3, FigureRow.of(figure(new BigDecimal("1234567890123456789.5"), BigDecimal.ONE, AT, AT)), -1);
    assertThat(slots.heldWide(wide)).isTrue();
    assertThat(slots.heldWide(packed)).isFalse();
    for (int slot : new int[] {wide, packed}) {
      assertThat(slots.compact(slot)).isTrue();
      assertThat(slots.valueUnscaled(slot)).isEqualTo(-12345);
      assertThat(slots.valueScale(slot)).isEqualTo(3);
      assertThat(slots.growthUnscaled(slot)).isEqualTo(670);
      assertThat(slots.growthScale(slot)).isEqualTo(2);
      assertThat(slots.unit(slot)).isSameAs(Fixtures.unit("亿元"));
      assertThat(slots.growthColumn(slot)).isEqualTo(3);
    }
    assertThat(slots.compact(big)).isFalse();
    assertThat(slots.value(big)).isEqualTo(new BigDecimal("1234567890123456789.5"));
  }

  @ParameterizedTest
  @CsvSource({"0, true", "4294967295, true", "4294967296, false", "9223372036854775807, false"})
  void thePlaceInDataOrderIsPackedWhileItFitsThirtyTwoBits(long seq, boolean packed) {
    assertHeld(figure(new BigDecimal("1234.5"), new BigDecimal("5.2"), AT, BESIDE), seq, packed);
  }

  @ParameterizedTest
  @CsvSource({"0, true", "4294967295, true", "4294967296, false", "9223372036854775807, false"})
  void aLineIsPackedWhileItFitsThirtyTwoBits(long line, boolean packed) {
    Location at = new Location("a.csv", line, 3);
    assertHeld(figure(BigDecimal.ONE, BigDecimal.TEN, at, new Location("a.csv", line, 4)), 41, packed);
  }

  @ParameterizedTest
  @CsvSource({"0, true", "1048575, true", "1048576, false", "2147483647, false"})
  void aLevelsColumnIsPackedUpToPlacesMaxColumn(int column, boolean packed) {
    Location at = new Location("a.csv", 7, column);
    assertHeld(figure(BigDecimal.ONE, BigDecimal.TEN, at, at), 41, packed);
    assertHeld(figure(BigDecimal.ONE, BigDecimal.TEN, at, BESIDE), 41, packed);
  }

  @ParameterizedTest
  @CsvSource({"0", "4", "16777216", "2147483647"})
  void aRatesColumnOnTheLevelsLineIsPackedWhateverItIs(int column) {
    Location rateAt = new Location("a.csv", 7, column);
    assertHeld(figure(BigDecimal.ONE, BigDecimal.TEN, AT, rateAt), 41, true);
    HeldPeriods slots = new HeldPeriods();
    int slot = slots.add(1, FigureRow.of(figure(BigDecimal.ONE, BigDecimal.TEN, AT, rateAt)), -1);
    assertThat(slots.growthColumn(slot)).isEqualTo(column);
    assertThat(slots.heldApart()).isZero();
  }

  @Test
  void unitsArePackedUpToTheTableOf256() {
    HeldPeriods slots = new HeldPeriods();
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k <= 256; k++) {
      units.add(new Unit("u" + k, "count" + k, BigDecimal.ONE));
    }
    for (int k = 0; k <= 256; k++) {
      Figure f = new Figure("x", "gdp", Period.year(2023), Amount.exact(BigDecimal.ONE), units.get(k), null, AT);
      int slot = slots.add(k, FigureRow.of(f), -1);
      assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(f);
      assertThat(slots.heldWide(slot)).as("unit %d held wide", k).isEqualTo(k == 256);
    }
    // units already in the table still pack
    int slot = slots.add(1, FigureRow.of(new Figure("x", "gdp", Period.year(2024), Amount.exact(BigDecimal.TEN),
        units.get(255), null, AT)), -1);
    assertThat(slots.heldWide(slot)).isFalse();
    assertThat(slots.unit(slot)).isSameAs(units.get(255));
  }

  @Test
  void placesArePackedUpToTheTableOf65536() {
    // a place is a file, a level's column and its rate's: here a new level column each time
    HeldPeriods slots = new HeldPeriods();
    for (int column = 1; column <= 65_537; column++) {
      Figure f = figure(BigDecimal.ONE, BigDecimal.TEN, new Location("a.csv", 7, column),
          new Location("a.csv", 7, column + 1));
      int slot = slots.add(column, FigureRow.of(f), -1);
      if (column >= 65_535) {
        assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(f);
        assertThat(slots.heldWide(slot)).as("place %d held wide", column).isEqualTo(column > 65_536);
      }
    }
    // places already in the table still pack
    int slot = slots.add(1, FigureRow.of(figure(BigDecimal.ONE, BigDecimal.TEN, new Location("a.csv", 9, 5),
        new Location("a.csv", 9, 6))), -1);
    assertThat(slots.heldWide(slot)).isFalse();
  }

  @Test
  void aRateReadOnAnotherLineKeepsItsLocationApartAndTheSlotPacked() {
    HeldPeriods slots = new HeldPeriods();
    int slot = slots.add(1, FigureRow.of(figure(BigDecimal.ONE, null, AT, null)), -1);
    for (Location rateAt : List.of(new Location("a.csv", 8, 4), new Location("b.csv", 7, 4),
        new Location("a.csv", 7, -1))) {
      Figure merged = figure(BigDecimal.ONE, BigDecimal.TEN, AT, rateAt);
      slots.set(slot, merged);
      assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(merged);
      assertThat(slots.growthLocation(slot, AT)).isSameAs(rateAt);
      assertThat(slots.growthColumn(slot)).isEqualTo(-1);
      assertThat(slots.heldWide(slot)).isFalse();
      assertThat(slots.heldApart()).isEqualTo(1);
    }
    Figure beside = figure(BigDecimal.ONE, BigDecimal.TEN, AT, BESIDE);
    slots.set(slot, beside); // the rate again on the level's line: nothing apart
    assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(beside);
    assertThat(slots.growthColumn(slot)).isEqualTo(4);
    assertThat(slots.heldApart()).isZero();
    // and held wide with its rate elsewhere: both apart, both dropped when freed
    Figure both = figure(new BigDecimal("12345678901234567890"), BigDecimal.TEN, AT, new Location("b.csv", 8, 4));
    slots.set(slot, both);
    assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(both);
    assertThat(slots.heldWide(slot)).isTrue();
    assertThat(slots.heldApart()).isEqualTo(2);
    slots.free(slot);
    assertThat(slots.heldApart()).isZero();
  }

  @Test
  void aSlotReusedAfterOneHeldApartHasNothingOfIt() {
    HeldPeriods slots = new HeldPeriods();
    Figure wide = figure(new BigDecimal("12345678901234567890"), new BigDecimal("99999999999"),
        new Location("w.csv", 1L << 40, 9), new Location("v.csv", 3, 2));
    int slot = slots.add(1L << 33, FigureRow.of(figure(BigDecimal.ONE, null, AT, null)), 5);
    slots.set(slot, wide);
    slots.markChecked(slot);
    assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(wide);
    assertThat(slots.heldApart()).isEqualTo(2);
    slots.free(slot);
    assertThat(slots.heldApart()).isZero();
    for (Figure f : List.of(figure(BigDecimal.ONE, null, AT, null), figure(null, new BigDecimal("5.2"), AT, AT))) {
      int again = slots.add(2, FigureRow.of(f), -1);
      assertThat(again).isEqualTo(slot);
      assertThat(slots.figure(again, "x", "gdp")).isEqualTo(f);
      assertThat(slots.seq(again)).isEqualTo(2);
      assertThat(slots.checked(again)).isFalse();
      assertThat(slots.heldWide(again)).isFalse();
      assertThat(slots.compact(again)).isTrue();
      assertThat(slots.heldApart()).isZero();
      slots.free(again);
    }
  }

  @Test
  void aSlotHeldWideForItsPlaceInDataOrderStaysWideWhenSetAndPackedAgainWhenReused() {
    HeldPeriods slots = new HeldPeriods();
    Figure f = figure(BigDecimal.ONE, BigDecimal.TEN, AT, BESIDE);
    int slot = slots.add(1L << 32, FigureRow.of(figure(BigDecimal.ONE, null, AT, null)), -1);
    slots.set(slot, f);
    assertThat(slots.heldWide(slot)).isTrue();
    assertThat(slots.seq(slot)).isEqualTo(1L << 32);
    assertThat(slots.figure(slot, "x", "gdp")).isEqualTo(f);
    slots.free(slot);
    int again = slots.add(7, FigureRow.of(f), -1);
    assertThat(slots.heldWide(again)).isFalse();
    assertThat(slots.seq(again)).isEqualTo(7);
    assertThat(slots.heldApart()).isZero();
  }

  private static void assertSameDigits(Figure actual, Figure expected) {
    if (expected.value() != null) {
      assertThat(actual.value().number().scale()).isEqualTo(expected.value().number().scale());
      assertThat(actual.value().relation()).isEqualTo(expected.value().relation());
    }
    if (expected.growth() != null) {
      assertThat(actual.growth().number().scale()).isEqualTo(expected.growth().number().scale());
      assertThat(actual.growth().relation()).isEqualTo(expected.growth().relation());
    }
  }

  @Provide
  Arbitrary<List<Figure>> figureLists() {
    return figures().list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Figure> figures() {
    Arbitrary<Amount> amount = Combinators.combine(numbers(), Arbitraries.of(Relation.values()))
        .as(Amount::new).injectNull(0.2);
    Arbitrary<Period> period = Combinators.combine(Arbitraries.integers().between(1, 9999),
        Arbitraries.integers().between(1, 12)).as(Period::new);
    // the rate in the level's cell, in another cell of its line (a small column, or any), or
    // on another row (as merged)
    Arbitrary<Integer> rateColumn = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.just(-2));
    return Combinators.combine(period, amount, amount, Arbitraries.of("亿元", "万元", "%", "万斤"), locations(),
        rateColumn, locations())
        .filter((p, v, g, u, at, c, other) -> v != null || g != null)
        .as((p, v, g, u, at, c, other) -> new Figure("县0001", "gdp", p, v, Fixtures.unit(u), g, at,
            c == -1 ? at : c == -2 ? other : new Location(at.file(), at.line(), c)));
  }

  private static boolean onOneRow(Figure f) {
    Location g = f.growthLocation();
    return g == null || (g.line() == f.location().line() && g.file().equals(f.location().file()));
  }

  /** {@code f}, its rate moved onto the level's line when it is on another. */
  private static Figure oneRow(Figure f) {
    return onOneRow(f) ? f : new Figure(f.entity(), f.indicator(), f.period(), f.value(), f.unit(), f.growth(),
        f.location(), new Location(f.location().file(), f.location().line(), f.growthLocation().column()));
  }

  @Provide
  Arbitrary<Location> locations() {
    return Combinators.combine(Arbitraries.of("a.csv", "<stdin>"),
        Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(Location::new);
  }

  /** Numbers of every size: compact ones, 18 and 19 digits, huge ones, negative and large scales. */
  private static Arbitrary<BigDecimal> numbers() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L).map(BigInteger::valueOf),
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18).negate(), BigInteger.TEN.pow(40)));
    Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(-3, 12),
        Arbitraries.integers().between(Integer.MIN_VALUE + 40, Integer.MAX_VALUE));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }

  @Provide
  Arbitrary<List<Integer>> operations() {
    return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(5000).ofMaxSize(12_000);
  }
}
