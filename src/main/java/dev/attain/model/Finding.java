package dev.attain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reported growth rate checked against the levels (SPEC §4.7).
 *
 * @param entity the entity
 * @param indicator the indicator id
 * @param name the indicator's display name
 * @param period the period of the reported rate
 * @param reported the rate as published, in %
 * @param reportedRelation {@link Relation#EQ}, or the bound the rate was published as ({@code <12}
 *     is {@link Relation#LT} 12: the rate is below 12 %)
 * @param computed the rate the levels give, rounded to the reported rate's decimals (one more
 *     when that shows the difference); for a rate reported as a bound, to at least one decimal
 *     (more where the indicator's decimals or the bound's are more, and where that shows the
 *     growth beyond an inconsistent bound); {@code null} when uncheckable
 * @param status consistent, inconsistent or uncheckable
 * @param note why it is uncheckable, or what the levels allow, e.g. {@code levels allow 5.34–5.35}
 * @param location the row that reported the rate
 */
public record Finding(
    String entity,
    String indicator,
    String name,
    Period period,
    BigDecimal reported,
    Relation reportedRelation,
    BigDecimal computed,
    FindingStatus status,
    String note,
    Location location) {
  public Finding {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reported, "reported");
    if (reportedRelation == null) {
      reportedRelation = Relation.EQ;
    }
    Objects.requireNonNull(status, "status");
  }

  /** A finding on a rate published exactly. */
  public Finding(String entity, String indicator, String name, Period period, BigDecimal reported,
      BigDecimal computed, FindingStatus status, String note, Location location) {
    this(entity, indicator, name, period, reported, Relation.EQ, computed, status, note, location);
  }
}
