package dev.attain.model;

/** Which consistency findings reports list one by one ({@code --findings}). */
public enum FindingsMode {
  /** Inconsistent and uncheckable ones; consistent ones are counted. */
  PROBLEMS,
  ALL
}
