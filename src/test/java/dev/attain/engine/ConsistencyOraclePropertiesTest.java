package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.Indicator;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A consistency finding agrees with a brute-force oracle, and its evidence never contradicts it.
 *
 * <p>The oracle takes the levels' range of growth as two exact fractions of integers, {@code
 * gmin = ((v − ½u)/(b + ½u′) − 1)·100} and {@code gmax = ((v + ½u)/(b − ½u′) − 1)·100}, with
 * nothing of the production code, and asks whether some growth in {@code [gmin, gmax]} lies within
 * the reported rate (a bound as written; an exact rate as the half-unit interval it stands for).
 * The rate is drawn near an end of that range, where a rounding slip would show.
 */
class ConsistencyOraclePropertiesTest {
  private static final Unit UNIT = UnitTable.builtIn().find("万元").orElseThrow();
  private static final Pattern ALLOWED = Pattern.compile("levels allow (-?[0-9.]+)–(-?[0-9.]+)");

  /** A positive level written with 0 to 3 decimals. */
  @Provide
  Arbitrary<BigDecimal> levels() {
    return Combinators.combine(Arbitraries.longs().between(1, 9_999_999L), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<Relation> relations() {
    return Arbitraries.of(Relation.values());
  }

  @Property(tries = 3000)
  void theStatusIsTheOraclesAndTheShownRangeNeverContradictsIt(
      @ForAll("levels") BigDecimal v, @ForAll("levels") BigDecimal b, @ForAll("relations") Relation relation,
      @ForAll @IntRange(min = 0, max = 2) int end, @ForAll @IntRange(min = 0, max = 3) int d,
      @ForAll @IntRange(min = -2, max = 2) int nudge) {
    Q gmin = Q.of(v.subtract(half(v))).div(Q.of(b.add(half(b)))).minus(Q.ONE).times(100);
    Q gmax = Q.of(v.add(half(v))).div(Q.of(b.subtract(half(b)))).minus(Q.ONE).times(100);
    Q point = Q.of(v).div(Q.of(b)).minus(Q.ONE).times(100);
    Q near = end == 0 ? gmin : end == 1 ? gmax : point;
    BigDecimal r = near.floor(d).add(BigDecimal.valueOf(nudge, d));
    Q q = Q.of(r);

    boolean oracle = switch (relation) {
      case EQ -> gmax.compareTo(q.minus(Q.of(half(r)))) >= 0 && gmin.compareTo(q.plus(Q.of(half(r)))) <= 0;
      case LT -> gmin.compareTo(q) < 0;
      case LE -> gmin.compareTo(q) <= 0;
      case GT -> gmax.compareTo(q) > 0;
      case GE -> gmax.compareTo(q) >= 0;
    };
    Figure cur = new Figure("甲", "x", Period.year(2024), Amount.exact(v), UNIT, new Amount(r, relation), null);
    Figure base = new Figure("甲", "x", Period.year(2023), Amount.exact(b), UNIT, null, null);
    Finding f = ConsistencyChecker.check(cur, base, Indicator.of("x", "x", UNIT));
    String what = relation.symbol() + r.toPlainString() + " from " + b + " to " + v + ": " + f.note();
    assertThat(f.status()).as(what).isEqualTo(oracle ? FindingStatus.CONSISTENT : FindingStatus.INCONSISTENT);

    Matcher m = ALLOWED.matcher(f.note());
    assertThat(m.matches()).as(what).isTrue();
    Q lo = Q.of(new BigDecimal(m.group(1)));
    Q hi = Q.of(new BigDecimal(m.group(2)));
    assertThat(lo.compareTo(gmin)).as("rounded outward: " + what).isLessThanOrEqualTo(0);
    assertThat(hi.compareTo(gmax)).as("rounded outward: " + what).isGreaterThanOrEqualTo(0);
    // the shown range meets the rate exactly when the finding says consistent
    Q rLo = relation == Relation.EQ ? q.minus(Q.of(half(r))) : q;
    Q rHi = relation == Relation.EQ ? q.plus(Q.of(half(r))) : q;
    boolean shownMeets = switch (relation) {
      case EQ -> hi.compareTo(rLo) >= 0 && lo.compareTo(rHi) <= 0;
      case LT -> lo.compareTo(q) < 0;
      case LE -> lo.compareTo(q) <= 0;
      case GT -> hi.compareTo(q) > 0;
      case GE -> hi.compareTo(q) >= 0;
    };
    assertThat(shownMeets).as(what).isEqualTo(oracle);
    if (!oracle) { // the end facing the rate does not even touch it, unless the true end is on it
      boolean tooLow = relation == Relation.EQ ? gmax.compareTo(rLo) < 0 : !relation.isUpper();
      if (tooLow) {
        assertThat(hi.compareTo(rLo) < 0 || gmax.compareTo(rLo) == 0 && hi.compareTo(rLo) == 0).as(what).isTrue();
      } else {
        assertThat(lo.compareTo(rHi) > 0 || gmin.compareTo(rHi) == 0 && lo.compareTo(rHi) == 0).as(what).isTrue();
      }
      if (relation.isBound()) { // the growth shown lies beyond the bound too
        Q c = Q.of(f.computed());
        assertThat(relation.isUpper() ? c.compareTo(q) > 0 : c.compareTo(q) < 0).as(what + ", " + f.computed()).isTrue();
      }
    }
    if (relation.isBound()) { // at least one decimal, whatever the bound's
      assertThat(f.computed().scale()).as(what).isGreaterThanOrEqualTo(Math.max(1, d));
    }
    // the growth shown is the levels' growth, rounded half-up at its decimals
    Q diff = Q.of(f.computed()).minus(point);
    Q halfUnit = Q.of(BigDecimal.valueOf(5, f.computed().scale() + 1));
    assertThat(diff.abs().compareTo(halfUnit)).as(what + ", " + f.computed()).isLessThanOrEqualTo(0);
  }

  private static BigDecimal half(BigDecimal x) {
    return BigDecimal.valueOf(5, Math.max(x.scale(), 0) + 1);
  }

  /** An exact fraction of integers, denominator positive. */
  private record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
    static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    static Q of(BigDecimal x) {
      return x.scale() >= 0 ? new Q(x.unscaledValue(), BigInteger.TEN.pow(x.scale()))
          : new Q(x.unscaledValue().multiply(BigInteger.TEN.pow(-x.scale())), BigInteger.ONE);
    }

    Q plus(Q o) {
      return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return plus(new Q(o.num.negate(), o.den));
    }

    Q times(long k) {
      return new Q(num.multiply(BigInteger.valueOf(k)), den);
    }

    Q div(Q o) {
      BigInteger n = num.multiply(o.den);
      BigInteger dd = den.multiply(o.num);
      return dd.signum() < 0 ? new Q(n.negate(), dd.negate()) : new Q(n, dd);
    }

    Q abs() {
      return new Q(num.abs(), den);
    }

    /** The largest number of {@code d} decimals not above this. */
    BigDecimal floor(int d) {
      BigInteger scaled = num.multiply(BigInteger.TEN.pow(d));
      BigInteger[] qr = scaled.divideAndRemainder(den);
      BigInteger fl = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
      return new BigDecimal(fl, d);
    }

    @Override
    public int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }
}
