package dev.attain.model;

/** Which consistency findings reports list one by one ({@code --findings}). */
public enum FindingsMode {
  /**
   * Inconsistent and uncheckable ones; consistent ones are counted, and the rates of real-growth
   * indicators counted per indicator ({@link RealGrowthRates}).
   */
  PROBLEMS,
  /** Every one; the rates of real-growth indicators are counted per indicator as well. */
  ALL
}
