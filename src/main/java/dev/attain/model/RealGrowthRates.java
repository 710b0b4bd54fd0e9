package dev.attain.model;

import java.util.Objects;

/**
 * The reported growth rates of one real-growth indicator ({@code growth: real}), counted together
 * (SPEC §4.3, §4.7): rates at comparable prices cannot be checked against nominal levels, so a report
 * gives one entry per indicator with how many rates there were, instead of one UNCHECKABLE finding
 * per row (those are listed one by one only under {@link FindingsMode#ALL}).
 *
 * @param indicator the indicator id
 * @param name the indicator's display name
 * @param rates how many reported rates of this indicator had both levels (the rates a nominal
 *     indicator would have had checked), over every entity and period; each also counts as
 *     uncheckable in the {@link Summary}
 */
public record RealGrowthRates(String indicator, String name, int rates) {
  /** Why a real-growth rate is not checkable: the note of its finding, and the {@link #reason()} of every entry. */
  public static final String REASON = "real growth, at comparable prices: not checkable from nominal levels";

  public RealGrowthRates {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(name, "name");
    if (rates < 1) {
      throw new IllegalArgumentException("rates must be at least 1: " + rates);
    }
  }

  /** {@link #REASON}. */
  public String reason() {
    return REASON;
  }
}
