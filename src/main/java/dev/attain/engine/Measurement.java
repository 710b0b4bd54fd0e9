package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Source;
import java.util.List;
import java.util.Objects;

/**
 * What measuring one indicator for one entity and period found, before any judging: the figure
 * (exact or a bound) with its source and notes, or the reason there is none.
 *
 * @param actual the measured figure in the requested unit (% for growth), or {@code null}
 * @param source computed or reported, or {@code null} when missing
 * @param notes remarks for readers
 * @param reason why nothing could be measured, or {@code null}
 */
record Measurement(Amount actual, Source source, List<String> notes, String reason) {
  Measurement {
    notes = List.copyOf(notes);
    if ((actual == null) == (reason == null)) {
      throw new IllegalArgumentException("a measurement has either a figure or a reason");
    }
    if (actual != null) {
      Objects.requireNonNull(source, "source");
    }
  }

  static Measurement of(Amount actual, Source source, List<String> notes) {
    return new Measurement(actual, source, notes, null);
  }

  static Measurement missing(String reason) {
    return new Measurement(null, null, List.of(), reason);
  }

  boolean isMissing() {
    return actual == null;
  }
}
