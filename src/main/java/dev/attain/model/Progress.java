package dev.attain.model;

import java.math.BigDecimal;

/**
 * Time progress (序时进度) of a year's target judged on a year-to-date figure.
 *
 * @param elapsed share of the year expected by the evaluated period, in % (50.0 at the end of June
 *     with even months; the schedule's point otherwise)
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
 */
public record Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead,
    BigDecimal ofCeiling, BigDecimal over) {
  /** Progress of a figure that is not over the share of a ceiling. */
  public Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead) {
    this(elapsed, expected, attainment, ahead, null, null);
  }
}
