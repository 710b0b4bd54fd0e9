package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void divisionIsExactWhereItTerminatesElse34Digits() {
    assertThat(Decimals.divide(new BigDecimal("1"), new BigDecimal("8"))).isEqualTo(new BigDecimal("0.125"));
    assertThat(Decimals.divide(new BigDecimal("100"), new BigDecimal("3")))
        .isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
  }

  @Test
  void stripDropsTrailingZerosButNeverGoesBelowScaleZero() {
    assertThat(Decimals.strip(new BigDecimal("2500.00"))).hasToString("2500");
    assertThat(Decimals.strip(new BigDecimal("0.1250"))).hasToString("0.125");
  }

  @Property
  void aProductDividedByAFactorIsTheNumberExactly(@ForAll BigDecimal a, @ForAll BigDecimal b) {
    Assume.that(b.signum() != 0);
    assertThat(Decimals.divide(a.multiply(b), b)).isEqualByComparingTo(a);
  }
}
