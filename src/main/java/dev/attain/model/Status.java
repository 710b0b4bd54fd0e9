package dev.attain.model;

/** The outcome of one target for one entity. */
public enum Status {
  PASS,
  WARN,
  FAIL,
  /** No data to decide on; the result says why. */
  MISSING
}
