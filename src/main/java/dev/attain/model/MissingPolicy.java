package dev.attain.model;

/** How a MISSING result counts toward the verdict ({@code --missing}). */
public enum MissingPolicy {
  FAIL,
  WARN,
  IGNORE
}
