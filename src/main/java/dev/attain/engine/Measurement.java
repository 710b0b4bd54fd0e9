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
 * @param exact the exact value of {@code actual}'s number, or {@code null} when missing: the number
 *     itself, or the quotient of a unit conversion that need not terminate (871 亩 is 871/15 公顷,
 *     which {@code actual} carries cut to 34 digits), so that judging never depends on a cut
  * @param source computed or reported, or {@code null} when missing
 * @param notes remarks for readers
 * @param reason why nothing could be measured, or {@code null}
 * @param boundFrom for a figure known only as a bound because it is computed from reported bounds
 *     (a change), the reported bounds it comes from ({@code 2023 reported only as > 5}); else
 *     {@code null}
 */
record Measurement(Amount actual, Fraction exact, Source source, List<String> notes, String reason,
    String boundFrom) {
  Measurement {
    notes = List.copyOf(notes);
    if ((actual == null) == (reason == null)) {
      throw new IllegalArgumentException("a measurement has either a figure or a reason");
    }
    if (actual != null) {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(source, "source");
    }
  }

  /** A figure whose number is exact as it stands. */
  static Measurement of(Amount actual, Source source, List<String> notes) {
    return of(actual, Fraction.of(actual.number()), source, notes);
  }

  /** A figure whose number is {@code exact} (cut to 34 digits in {@code actual} when it does not terminate). */
  static Measurement of(Amount actual, Fraction exact, Source source, List<String> notes) {
    return new Measurement(actual, exact, source, notes, null, null);
  }

  static Measurement missing(String reason) {
    return new Measurement(null, null, null, List.of(), reason, null);
  }

  /** This figure, known only as a bound computed from the reported bounds {@code from}. */
  Measurement boundFrom(String from) {
    return new Measurement(actual, exact, source, notes, reason, from);
  }

  /**
   * What a MISSING result says of a figure known only as a bound, its number shown as {@code
   * number}: {@code reported only as < 5}, or for one computed from reported bounds, {@code change
   * known only as < 5 (2023 reported only as > 5)}.
   */
  String onlyAs(String measure, java.math.BigDecimal number) {
    String bound = actual.relation().symbol() + " " + number.toPlainString();
    return boundFrom == null ? "reported only as " + bound : measure + " known only as " + bound + " (" + boundFrom + ")";
  }

  boolean isMissing() {
    return actual == null;
  }
}
