package dev.attain.report;

import dev.attain.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Test helper: a report rendered to a string. */
final class Render {
  private Render() {}

  static String render(ReportFormat format, Report report) {
    return render(format, report, RenderOptions.plain());
  }

  static String render(ReportFormat format, Report report, RenderOptions options) {
    StringWriter w = new StringWriter();
    try {
      format.writer(options).write(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
