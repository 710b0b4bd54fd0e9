package dev.attain.engine;

import dev.attain.model.BlankSink;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.TargetSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first blank cell of each figure the targets need (of the indicators they name, in a target
 * year or the year before, as {@link FigureStream} keeps figures): memory grows with those
 * figures, not with the data. A MISSING reason names it ({@link Measurer}).
 *
 * <p>Filled by one thread (the reader's), read once reading is over.
 */
public final class BlankCells implements BlankSink {
  private record Key(String entity, String indicator, Period period) {}

  private final NeededFigures needed;
  private final Map<Key, Location> first = new HashMap<>();

  /** Blank cells of the figures {@code targets} need (every target, as validate reads). */
  public BlankCells(TargetSet targets) {
    this(targets, null, null);
  }

  /** As {@link #BlankCells(TargetSet)}, for the targets of {@code options}' period (and its as-of year). */
  public BlankCells(TargetSet targets, EvaluationOptions options) {
    this(targets, options.period(), options.asOf());
  }

  private BlankCells(TargetSet targets, Period only, Period asOf) {
    this.needed = new NeededFigures(targets, only, asOf);
  }

  @Override
  public void blank(String entity, String indicator, Period period, Location at) {
    if (needed.year(period.year()) && needed.indicator(indicator)) {
      first.putIfAbsent(new Key(entity, indicator, period), at);
    }
  }

  /** The first blank cell given for this figure, if any. */
  public Optional<Location> at(String entity, String indicator, Period period) {
    return Optional.ofNullable(first.get(new Key(entity, indicator, period)));
  }
}
