package dev.attain.io;

import dev.attain.model.Figure;
import dev.attain.model.TargetSet;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * Reads an actuals CSV file (SPEC §3), long or wide layout, and streams its figures to a sink.
 * Rows whose indicator is not in the targets file's vocabulary are skipped.
 */
public final class ActualsReader {
  private final TargetSet targets;
  private final Charset forcedEncoding;

  /**
   * @param targets the vocabulary (indicator names, aliases, units) and default entity
   * @param forcedEncoding the {@code --encoding}, or {@code null} to detect UTF-8 / GB18030
   */
  public ActualsReader(TargetSet targets, Charset forcedEncoding) {
    this.targets = targets;
    this.forcedEncoding = forcedEncoding;
  }

  /**
   * Reads one file and hands every figure to {@code sink}.
   *
   * @param in the bytes (not closed)
   * @param name the file as the user named it, for messages ({@code <stdin>} for {@code -})
   * @param sink receives figures in file order
   * @param problems where problems go
   */
  public void read(InputStream in, String name, Consumer<Figure> sink, ProblemHandler problems) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
