package dev.attain.model;

/** Which statuses make exit code 1 ({@code --fail-on}). */
public enum FailOn {
  FAIL,
  WARN,
  NEVER
}
