package dev.attain.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one target found for one entity, with its evidence (SPEC §4.4, §5).
 *
 * @param target the target
 * @param entity the entity evaluated
 * @param evaluatedPeriod the period whose figure was judged (the target's, or a year-to-date
 *     period under time progress); the target's period when nothing was found
 * @param status PASS, WARN, FAIL or MISSING
 * @param actual the measured figure (in {@code unit}), or {@code null} when missing
 * @param actualRelation {@link Relation#EQ}, or the bound the reported figure was given as
 * @param unit unit of {@code actual}, {@code gap} and the resolved bounds: the threshold's unit for
 *     value and change, {@code %} for growth
 * @param source computed or reported, or {@code null} when missing
 * @param atLeast the lower bound judged against (a reference resolved), or {@code null}
 * @param atMost the upper bound judged against, or {@code null}
 * @param tolerance the tolerance applied, in {@code unit}: the threshold's own, or under time
 *     progress scaled with a flow's bounds to the elapsed share of the year; {@code null} when the
 *     threshold has none or when nothing was judged (missing)
 * @param gap actual minus the nearest bound it was judged against (percentage points for growth),
 *     or {@code null}; zero when inside both bounds
 * @param attainment actual ÷ at_least × 100, in %, for value and change targets with at_least,
 *     else {@code null}
 * @param progress time progress when judged on a year-to-date figure, else {@code null}
 * @param reason why the result is MISSING, else {@code null}
 * @param notes further remarks for readers, in order
 */
public record Result(
    Target target,
    String entity,
    Period evaluatedPeriod,
    Status status,
    BigDecimal actual,
    Relation actualRelation,
    Unit unit,
    Source source,
    BigDecimal atLeast,
    BigDecimal atMost,
    BigDecimal tolerance,
    BigDecimal gap,
    BigDecimal attainment,
    Progress progress,
    String reason,
    List<String> notes) {
  public Result {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(evaluatedPeriod, "evaluatedPeriod");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(unit, "unit");
    if (actualRelation == null) {
      actualRelation = Relation.EQ;
    }
    notes = List.copyOf(notes);
    if (status == Status.MISSING && reason == null) {
      throw new IllegalArgumentException("a MISSING result needs a reason");
    }
  }

  /** A MISSING result. */
  public static Result missing(Target target, String entity, Period period, Unit unit, String reason) {
    return new Result(target, entity, period, Status.MISSING, null, Relation.EQ, unit, null,
        null, null, null, null, null, null, reason, List.of());
  }
}
