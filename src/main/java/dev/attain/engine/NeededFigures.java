package dev.attain.engine;

import dev.attain.model.Bound;
import dev.attain.model.Period;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Which figures the targets need: those of the indicators they name (and their {@code
 * {indicator: …}} references), in a target's year or the year before (and the as-of year and the
 * year before it). What the streaming check keeps ({@link FigureStream}) and which blank cells are
 * remembered ({@link BlankCells}) both follow this one rule.
 */
final class NeededFigures {
  private final Set<String> indicators = new HashSet<>();
  private final BitSet years = new BitSet();

  /** For the targets of period {@code only} (every target when null), evaluated as of {@code asOf} (or null). */
  NeededFigures(TargetSet targets, Period only, Period asOf) {
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

  /** Whether some needed figure is of this indicator. */
  boolean indicator(String indicator) {
    return indicators.contains(indicator);
  }

  /** Whether some needed figure is of this year. */
  boolean year(int year) {
    return years.get(year);
  }
}
