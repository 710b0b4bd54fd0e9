package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as a row of the data gives it, checked but not made yet: its parts, with a plain
 * number (no relation, at most 18 digits) held as its unscaled digits and scale rather than a
 * {@link BigDecimal}. The reader makes rows on one thread; the streaming check takes the numbers
 * as they are and makes the figure only when it keeps one ({@link #figure}).
 *
 * @param column the column of the level's cell, or of the rate's when the row has no level
 * @param growthColumn the column of the rate's cell (on the same line), or 0 when the row has no rate
 * @param value the level when it is not plain (a relation, a suffix, a separator), else null
 * @param plainValue whether the level is plain: {@code valueUnscaled} and {@code valueScale}
 * @param growth the rate when it is not plain, else null
 * @param plainGrowth whether the rate is plain: {@code growthUnscaled} and {@code growthScale}
 */
public record FigureRow(String entity, String indicator, Period period, Unit unit, String file, long line,
    int column, int growthColumn, Amount value, boolean plainValue, long valueUnscaled, int valueScale, Amount growth,
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

  /**
   * The row of a figure made already (its numbers as amounts), whose level and rate are on one
   * line, as a row's are.
   *
   * @throws IllegalArgumentException for a figure merged from two rows
   */
  public static FigureRow of(Figure f) {
    Location at = f.location();
    Location growthAt = f.growthLocation();
    if (growthAt != null && (growthAt.line() != at.line() || !growthAt.file().equals(at.file()))) {
      throw new IllegalArgumentException("level and rate on two rows: " + at + ", " + growthAt);
    }
    return new FigureRow(f.entity(), f.indicator(), f.period(), f.unit(), at.file(), at.line(), at.column(),
        growthAt == null ? 0 : growthAt.column(), f.value(), false, 0, 0, f.growth(), false, 0, 0);
  }

  /** The figure, made now. */
  public Figure figure() {
    Location at = new Location(file, line, column);
    boolean hasRate = plainGrowth || growth != null;
    return new Figure(entity, indicator, period, level(), unit, rate(), at,
        !hasRate || growthColumn == column ? at : new Location(file, line, growthColumn));
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
