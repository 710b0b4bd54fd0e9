package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The packed slots give back exactly the figure they took: digits, scale, relation, locations. */
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
      // some with a rate whose column is packed, some with one too large to pack (held apart)
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
  Arbitrary<Figure> figures() {
    Arbitrary<Amount> amount = Combinators.combine(numbers(), Arbitraries.of(Relation.values()))
        .as(Amount::new).injectNull(0.2);
    Arbitrary<Period> period = Combinators.combine(Arbitraries.integers().between(1, 9999),
        Arbitraries.integers().between(1, 12)).as(Period::new);
    // the rate in the level's cell, in another cell of its line (a column that packs, or one too large), or
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
