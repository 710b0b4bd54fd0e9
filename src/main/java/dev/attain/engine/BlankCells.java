package dev.attain.engine;

import dev.attain.model.BlankSink;
import dev.attain.model.Bound;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first blank cell of each figure the targets need (of the indicators they name, in a target
 * year or the year before, as {@link FigureStream} keeps figures): memory grows with those
 * figures, not with the data. A MISSING reason names it ({@link Measurer}).
 *
 * <p>Filled by one thread (the reader's), read once reading is over.
 */
public final class BlankCells implements BlankSink {
  private record Key(String entity, String indicator, Period period) {}

  private final Set<String> indicators = new HashSet<>();
  private final BitSet years = new BitSet();
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
    for (Target t : targets.targets()) {
      if (only != null && !t.period().equals(only)) {
        continue;
      }
      indicators.add(t.indicator().id());
      for (Bound b : new Bound[] {t.threshold().atLeast(), t.threshold().atMost()}) {
        if (b instanceof Bound.Reference r) {
          indicators.add(r.indicator());
        }
      }
      years.set(t.period().year());
      years.set(t.period().year() - 1);
    }
    if (asOf != null) {
      years.set(asOf.year());
      years.set(asOf.year() - 1);
    }
  }

  @Override
  public void blank(String entity, String indicator, Period period, Location at) {
    if (years.get(period.year()) && indicators.contains(indicator)) {
      first.putIfAbsent(new Key(entity, indicator, period), at);
    }
  }

  /** The first blank cell given for this figure, if any. */
  public Optional<Location> at(String entity, String indicator, Period period) {
    return Optional.ofNullable(first.get(new Key(entity, indicator, period)));
  }
}
