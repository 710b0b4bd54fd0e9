package dev.attain.model;

/**
 * Where a data reader tells what a row of an indicator held where it gave no level, so that a
 * MISSING reason can name a cell left blank ({@code 2024 left blank (actuals.csv:7:4)}, {@code
 * 2024 level left blank (actuals.csv:7:4); only a growth rate}, {@code 2024 growth rate left blank
 * (actuals.csv:7:5); real growth: levels not used}), and keep silent about blanks when a row says
 * outright that there is no figure ({@code NA}, {@code —}).
 */
@FunctionalInterface
public interface BlankSink {
  /** Takes nothing. */
  BlankSink NONE = (entity, indicator, period, at, level, growth) -> {};

  /** What one cell of a row held. */
  enum Cell {
    /** Empty, or white space only. */
    BLANK,
    /** A "not reported" mark: {@code NA}, {@code —}, {@code -}, {@code …} and the like. */
    NOT_REPORTED,
    /** A figure (a number or a bound). */
    GIVEN,
    /** No such cell: the table has no such column, or (the growth cell of a rate) it is not read. */
    NONE
  }

  /**
   * A row of {@code indicator} for this entity and period that gives no level.
   *
   * @param at the level cell, or the growth cell of a table without a level column
   * @param level what the level cell held: {@link Cell#BLANK}, {@link Cell#NOT_REPORTED} or {@link
   *     Cell#NONE}
   * @param growth what the growth cell held; {@link Cell#GIVEN} when the row gives a growth rate
   */
  void noLevel(String entity, String indicator, Period period, Location at, Cell level, Cell growth);

  /**
   * A row of {@code indicator} for this entity and period that gives a level and no growth rate,
   * in a table with a growth column (not for a rate, whose growth cell is not read).
   *
   * @param at the growth cell
   * @param growth what it held: {@link Cell#BLANK} or {@link Cell#NOT_REPORTED}
   */
  default void noRate(String entity, String indicator, Period period, Location at, Cell growth) {}
}
