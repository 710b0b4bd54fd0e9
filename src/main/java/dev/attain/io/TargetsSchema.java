package dev.attain.io;

/** Placeholder until the schema lands. */
public final class TargetsSchema {
  private TargetsSchema() {}

  public static String text() {
    return "{}\n";
  }
}
