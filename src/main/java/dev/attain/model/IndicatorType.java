package dev.attain.model;

/** How an indicator accumulates over a year; decides how year-to-date figures are judged. */
public enum IndicatorType {
  /** Accumulates over the year (output, investment): judged against the elapsed share. */
  FLOW,
  /** A level at a point in time (farmland): judged as it stands. */
  STOCK,
  /** A rate or ratio ({@code %}, {@code ‰}): judged as it stands. */
  RATE
}
