package dev.attain.model;

/** The outcome of a consistency check of a reported growth rate (SPEC §4.7). */
public enum FindingStatus {
  CONSISTENT,
  INCONSISTENT,
  /** Cannot be checked from levels (real growth, a bound, a base level ≤ 0). */
  UNCHECKABLE
}
