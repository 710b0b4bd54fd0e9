package dev.attain.report;

import dev.attain.model.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Writers never close {@code out}. */
public interface ReportWriter {
  void write(Report report, Writer out) throws IOException;
}
