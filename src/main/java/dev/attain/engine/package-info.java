/**
 * The pure core: measures figures (value, growth, change, time progress), judges them against
 * thresholds, and checks reported growth rates for consistency. Entry point: {@link
 * dev.attain.engine.Evaluator#evaluate}. No I/O, no command line.
 */
package dev.attain.engine;
