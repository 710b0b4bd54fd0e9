package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The integer form of the consistency rule (used by the streaming check) decides exactly as the
 * {@link BigDecimal} form, or says the numbers are too large for it.
 */
class IntegerConsistencyPropertiesTest {
  private static final Unit UNIT = UnitTable.builtIn().find("万元").orElseThrow();

  @Provide
  Arbitrary<Long> unscaled() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-2_000, 2_000_000),
        Arbitraries.longs().between(-2_000_000_000_000L, 2_000_000_000_000L),
        Arbitraries.of(0L, 1L, -1L, 5L, 1_000_000_000L, 1_000_000_000_000L, -1_000_000_000_000L, Long.MAX_VALUE / 10));
  }

  @Provide
  Arbitrary<Integer> scale() {
    return Arbitraries.integers().between(-1, 8);
  }

  @Property(tries = 3000)
  void sameAnswerAsBigDecimals(@ForAll("unscaled") long r, @ForAll("scale") int rs, @ForAll("unscaled") long v,
      @ForAll("scale") int vs, @ForAll("unscaled") long b, @ForAll("scale") int bs) {
    int answer = ConsistencyChecker.isConsistent(r, rs, v, vs, b, bs);
    if (answer == ConsistencyChecker.TOO_LARGE) {
      return;
    }
    boolean exact = ConsistencyChecker.isConsistent(BigDecimal.valueOf(r, rs), BigDecimal.valueOf(v, vs), UNIT,
        BigDecimal.valueOf(b, bs), UNIT);
    assertThat(answer == ConsistencyChecker.YES).isEqualTo(exact);
  }

  /** Levels close to what a rate gives, so that both answers occur often, up to the edges. */
  @Property(tries = 3000)
  void sameAnswerNearTheEdge(@ForAll("scale") int rs, @ForAll("scale") int vs, @ForAll("scale") int bs) {
    java.util.Random random = new java.util.Random(rs * 100 + vs * 10 + bs);
    for (int i = 0; i < 50; i++) {
      long b = 1 + (long) (random.nextDouble() * Math.pow(10, random.nextInt(12)));
      long r = random.nextInt(4000) - 1000;
      BigDecimal rate = BigDecimal.valueOf(r, Math.max(rs, 0));
      BigDecimal level = BigDecimal.valueOf(b, Math.max(bs, 0)).multiply(rate.movePointLeft(2).add(BigDecimal.ONE))
          .setScale(Math.max(vs, 0), java.math.RoundingMode.HALF_UP);
      long v = level.unscaledValue().longValue() + random.nextInt(3) - 1;
      int answer = ConsistencyChecker.isConsistent(r, Math.max(rs, 0), v, Math.max(vs, 0), b, Math.max(bs, 0));
      if (answer == ConsistencyChecker.TOO_LARGE) {
        continue;
      }
      boolean exact = ConsistencyChecker.isConsistent(BigDecimal.valueOf(r, Math.max(rs, 0)),
          BigDecimal.valueOf(v, Math.max(vs, 0)), UNIT, BigDecimal.valueOf(b, Math.max(bs, 0)), UNIT);
      assertThat(answer == ConsistencyChecker.YES).as("r=%d/%d v=%d/%d b=%d/%d", r, rs, v, vs, b, bs).isEqualTo(exact);
    }
  }
}
