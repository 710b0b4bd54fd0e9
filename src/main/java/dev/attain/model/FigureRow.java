package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as a row of the data gives it, checked but not made yet: its parts, with a plain
 * number (no relation, at most 18 digits) held as its unscaled digits and scale rather than a
 * {@link BigDecimal}. The reader makes rows on one thread; the streaming check takes the numbers
 * as they are and makes the figure only when it keeps one ({@link #figure}).
 *
 * @param value the level when it is not plain (a relation, a suffix, a separator), else null
 * @param plainValue whether the level is plain: {@code valueUnscaled} and {@code valueScale}
 * @param growth the rate when it is not plain, else null
 * @param plainGrowth whether the rate is plain: {@code growthUnscaled} and {@code growthScale}
 */
public record FigureRow(String entity, String indicator, Period period, Unit unit, String file, long line,
    int column, Amount value, boolean plainValue, long valueUnscaled, int valueScale, Amount growth,
    boolean plainGrowth, long growthUnscaled, int growthScale) {
  public FigureRow {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(file, "file");
    if ((plainValue && value != null) || (plainGrowth && growth != null)) {
      throw new IllegalArgumentException("a number is either plain or parsed");
    }
    if (!plainValue && value == null && !plainGrowth && growth == null) {
      throw new IllegalArgumentException("a figure needs a value or a growth rate");
    }
  }

  /** The row of a figure made already (its numbers as amounts). */
  public static FigureRow of(Figure f) {
    Location at = f.location();
    return new FigureRow(f.entity(), f.indicator(), f.period(), f.unit(), at.file(), at.line(), at.column(),
        f.value(), false, 0, 0, f.growth(), false, 0, 0);
  }

  /** The figure, made now. */
  public Figure figure() {
    return new Figure(entity, indicator, period, level(), unit, rate(), new Location(file, line, column));
  }

  /** The level, or null when the row has none. */
  public Amount level() {
    return plainValue ? Amount.exact(BigDecimal.valueOf(valueUnscaled, valueScale)) : value;
  }

  /** The rate, or null when the row has none. */
  public Amount rate() {
    return plainGrowth ? Amount.exact(BigDecimal.valueOf(growthUnscaled, growthScale)) : growth;
  }
}
