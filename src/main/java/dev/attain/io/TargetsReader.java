package dev.attain.io;

import dev.attain.model.InputException;
import dev.attain.model.TargetSet;
import java.nio.file.Path;

/** Reads a targets file (SPEC §2) strictly: every problem is an {@link InputException} with file:line:column. */
public final class TargetsReader {
  /** Files larger than this are refused before parsing. */
  public static final long MAX_BYTES = 1024 * 1024;

  private TargetsReader() {}

  /**
   * Reads and checks {@code file}. {@code actuals:} paths are resolved against the file's folder.
   *
   * @param file the targets file
   * @param problems where problems go; with {@link ProblemHandler#FAIL_FAST} the first is thrown
   * @throws InputException for the first problem, or when the file cannot be used at all
   */
  public static TargetSet read(Path file, ProblemHandler problems) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads targets from text; {@code name} stands for the file in messages, {@code dir} resolves {@code actuals:}. */
  public static TargetSet read(String text, String name, Path dir, ProblemHandler problems) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
