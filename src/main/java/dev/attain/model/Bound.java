package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One side of a threshold: a fixed number, or another indicator's figure (SPEC §2). */
public sealed interface Bound {
  /** A number in the threshold's unit (percent for growth). */
  record Fixed(BigDecimal number) implements Bound {
    public Fixed {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public String toString() {
      return number.toPlainString();
    }
  }

  /**
   * The figure of {@code indicator} for the same entity and period, by {@code measure}, plus
   * {@code plus}: {@code {indicator: gdp, measure: growth, plus: 1}}.
   */
  record Reference(String indicator, Measure measure, BigDecimal plus) implements Bound {
    public Reference {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(plus, "plus");
    }

    @Override
    public String toString() {
      String s = indicator + " " + measure.key();
      return plus.signum() == 0 ? s : s + (plus.signum() > 0 ? " + " : " − ") + plus.abs().toPlainString();
    }
  }

  static Bound of(String number) {
    return new Fixed(new BigDecimal(number));
  }
}
