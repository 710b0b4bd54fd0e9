package dev.attain.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the targets file, for editors and {@code attain schema}. It
 * describes what {@link TargetsReader} accepts; the reader checks more (units, references, ids).
 */
public final class TargetsSchema {
  /** Where the schema lies on the class path. */
  public static final String RESOURCE = "/dev/attain/targets.schema.json";

  private TargetsSchema() {}

  /** The schema's text, UTF-8 JSON ending with a newline. */
  public static String text() {
    try (InputStream in = TargetsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
