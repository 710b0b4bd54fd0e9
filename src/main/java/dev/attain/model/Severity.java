package dev.attain.model;

/** What a missed target counts as. Ordered: {@link #WARN} is milder than {@link #FAIL}. */
public enum Severity {
  WARN,
  FAIL
}
