package dev.attain.model;

import java.util.Objects;

/**
 * Where something came from: a file, a 1-based line and a 1-based column (0 when unknown).
 *
 * @param file the file name as the user gave it (or {@code <stdin>})
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String file, long line, int column) {
  public Location {
    Objects.requireNonNull(file, "file");
  }

  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  /** {@code file:line:column}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
