package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Time progress (序时进度) of a year's target judged on a year-to-date figure.
 *
 * @param elapsed share of the year due by the evaluated period, in %, the one the judgement uses:
 *     of the calendar (50.0 at the end of June), or under a {@code schedule:} the schedule's point
 *     (see {@code basis})
 * @param expected the threshold scaled to the elapsed share (2500 of a 5000 亩 target; of a range,
 *     its floor's), as shown, or {@code null} when the measure is judged as it stands (stocks,
 *     rates, growth)
 * @param attainment the year-to-date figure as % of the annual threshold, or {@code null}
 * @param ahead attainment minus elapsed, in percentage points (negative: behind), or {@code null};
 *     {@code null} too for a figure over the share of the ceiling, which is not "ahead"
 * @param ofCeiling for a figure over the share of the ceiling (an {@code at_most}), the figure as % of
 *     the annual ceiling; else {@code null}
 * @param over for a figure over the share of the ceiling, {@code ofCeiling} minus elapsed, in
 *     percentage points, always positive; else {@code null}
 * @param basis what {@code elapsed} is a share of: the calendar, or the schedule
 * @param yearElapsed share of the calendar year elapsed by the evaluated period, in % (75.0 at the
 *     end of September whatever the schedule); equal to {@code elapsed} on the calendar basis
 */
public record Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead,
    BigDecimal ofCeiling, BigDecimal over, ProgressBasis basis, BigDecimal yearElapsed) {
  public Progress {
    Objects.requireNonNull(basis, "basis");
    if (basis == ProgressBasis.CALENDAR && yearElapsed == null) {
      yearElapsed = elapsed;
    }
  }

  /** Progress on the calendar basis. */
  public Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead,
      BigDecimal ofCeiling, BigDecimal over) {
    this(elapsed, expected, attainment, ahead, ofCeiling, over, ProgressBasis.CALENDAR, elapsed);
  }

  /** Progress on the calendar basis of a figure that is not over the share of a ceiling. */
  public Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead) {
    this(elapsed, expected, attainment, ahead, null, null);
  }

  /** This progress, with {@code elapsed} due by a schedule, and {@code yearElapsed} of the calendar year. */
  public Progress bySchedule(BigDecimal yearElapsed) {
    return new Progress(elapsed, expected, attainment, ahead, ofCeiling, over, ProgressBasis.SCHEDULE, yearElapsed);
  }
}
