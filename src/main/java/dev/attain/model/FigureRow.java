package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as a row of the data gives it, checked but possibly not made yet: either the figure
 * itself ({@link #made}), or its parts, with a plain number (no relation, at most 18 digits) held
 * as its unscaled digits and scale rather than a {@link BigDecimal}. The reader makes rows on one
 * thread; the streaming check takes the numbers as they are and makes the figure only when it
 * keeps one ({@link #figure}).
 *
 * @param made the figure, when it was made already (all other components are then empty)
 * @param value the level when it is not plain (a relation, a suffix, a separator), else null
 * @param plainValue whether the level is plain: {@code valueUnscaled} and {@code valueScale}
 * @param growth the rate when it is not plain, else null
 * @param plainGrowth whether the rate is plain: {@code growthUnscaled} and {@code growthScale}
 */
public record FigureRow(Figure made, String entity, String indicator, Period period, Unit unit, String file,
    long line, int column, Amount value, boolean plainValue, long valueUnscaled, int valueScale, Amount growth,
    boolean plainGrowth, long growthUnscaled, int growthScale) {

  public FigureRow {
    if (made != null) {
      if (entity != null || indicator != null || period != null || unit != null || file != null || value != null
          || plainValue || growth != null || plainGrowth) {
        throw new IllegalArgumentException("a row made already has no parts");
      }
    } else {
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
  }

  /** A row for a figure made already. */
  public static FigureRow of(Figure made) {
    return new FigureRow(made, null, null, null, null, null, 0, 0, null, false, 0, 0, null, false, 0, 0);
  }

  /** The figure (made now, unless it was made already). */
  public Figure figure() {
    if (made != null) {
      return made;
    }
    return new Figure(entity, indicator, period, level(), unit, rate(), new Location(file, line, column));
  }

  /** The level, or null when the row has none. */
  public Amount level() {
    if (made != null) {
      return made.value();
    }
    return plainValue ? Amount.exact(BigDecimal.valueOf(valueUnscaled, valueScale)) : value;
  }

  /** The rate, or null when the row has none. */
  public Amount rate() {
    if (made != null) {
      return made.growth();
    }
    return plainGrowth ? Amount.exact(BigDecimal.valueOf(growthUnscaled, growthScale)) : growth;
  }
}
