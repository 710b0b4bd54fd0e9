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

  /**
   * A writer of this format. Options other formats have no use for are ignored: colour and
   * summary-only concern {@link #TEXT} alone. Every writer emits characters meant to be encoded as
   * UTF-8 (the XML declaration says so; CSV starts with a byte-order mark).
   */
  public ReportWriter writer(RenderOptions options) {
    return switch (this) {
      case TEXT -> new TextWriter(options);
      case MARKDOWN -> new MarkdownWriter();
      case JSON -> new JsonWriter();
      case CSV -> new CsvWriter();
      case JUNIT -> new JunitWriter();
      case HTML -> new HtmlWriter();
    };
  }
}
