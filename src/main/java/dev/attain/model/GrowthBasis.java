package dev.attain.model;

/** Whether an indicator's published growth is nominal or at comparable prices (real). */
public enum GrowthBasis {
  /** Growth follows from the levels: {@code (value / base − 1) × 100}. */
  NOMINAL,
  /** Published at comparable prices: only the reported rate can show it (SPEC §4.3). */
  REAL
}
