package dev.attain.model;

import java.math.BigDecimal;

/**
 * Time progress (序时进度) of a year's target judged on a year-to-date figure.
 *
 * @param elapsed share of the year expected by the evaluated period, in % (50.0 at the end of June
 *     with even months; the schedule's point otherwise)
 * @param expected the threshold scaled to the elapsed share (2500 of a 5000 亩 target), or {@code
 *     null} when the measure is judged as it stands (stocks, rates, growth)
 * @param attainment the year-to-date figure as % of the annual threshold, or {@code null}
 * @param ahead attainment minus elapsed, in percentage points (negative: behind), or {@code null}
 */
public record Progress(BigDecimal elapsed, BigDecimal expected, BigDecimal attainment, BigDecimal ahead) {}
