package dev.attain.report;

import java.util.Locale;

/** The report formats; each builds its writer. */
public enum ReportFormat {
  TEXT("txt"),
  MARKDOWN("md"),
  JSON("json"),
  CSV("csv"),
  JUNIT("xml"),
  HTML("html");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The name used on the command line: {@code text}, {@code json} … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public ReportWriter writer(RenderOptions options) {
    throw new UnsupportedOperationException(key() + " is not yet implemented");
  }
}
