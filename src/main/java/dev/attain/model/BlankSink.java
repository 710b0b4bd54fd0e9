package dev.attain.model;

/**
 * Where a data reader says that a row of an indicator left its figure's cells blank, so that a
 * MISSING reason can say where: {@code 2024 left blank (actuals.csv:7:4)}.
 */
@FunctionalInterface
public interface BlankSink {
  /** Takes nothing. */
  BlankSink NONE = (entity, indicator, period, at) -> {};

  /**
   * @param at the blank cell: the value cell, or the growth cell of a table without one
   */
  void blank(String entity, String indicator, Period period, Location at);
}
