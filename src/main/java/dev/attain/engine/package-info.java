/**
 * The pure core: measures figures (value, growth, change, time progress), judges them against
 * thresholds, and checks reported growth rates for consistency. Entry point: {@link
 * dev.attain.engine.Evaluator#evaluate}. No I/O, no command line.
 *
 * <p>Compute, then judge: {@code Measurer} turns figures into a {@code Measurement} (an exact
 * figure or a bound, its source and notes, or the reason there is none); {@code Judge} compares a
 * measurement with resolved bounds and tolerance and knows nothing of where it came from; {@code
 * Shown} turns the exact numbers of a result into those reports show; {@link
 * dev.attain.engine.TimeProgress} gives the elapsed share of a year; {@link
 * dev.attain.engine.ConsistencyChecker} checks reported rates against levels. All arithmetic is
 * {@link java.math.BigDecimal}; {@code Rounding} states where and how quotients are rounded.
 */
package dev.attain.engine;
