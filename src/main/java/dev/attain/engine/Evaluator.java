package dev.attain.engine;

import dev.attain.model.Report;
import dev.attain.model.TargetSet;

/**
 * Evaluates every target against the figures: measure (value, growth, change, time progress),
 * then judge; checks the consistency of reported growth rates. Pure: no I/O.
 */
public final class Evaluator {
  private Evaluator() {}

  /** The report of {@code targets} against {@code figures}. */
  public static Report evaluate(TargetSet targets, FigureTable figures, EvaluationOptions options) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
