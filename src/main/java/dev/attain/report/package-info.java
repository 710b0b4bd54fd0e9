/**
 * Report writers: one per format behind {@link dev.attain.report.ReportWriter}, built by {@link
 * dev.attain.report.ReportFormat#writer(RenderOptions)} — the entry point. Formats: {@code text}
 * (terminals, email; aligned by {@link dev.attain.report.DisplayWidth}), {@code markdown} (CI
 * summaries), {@code json} (schema {@code attain.report/1}, documented in {@code
 * dev/attain/report.schema.json}), {@code csv} (spreadsheets), {@code junit} (CI test reports) and
 * {@code html} (one self-contained page).
 *
 * <p>Numbers and phrases are written the same way in every format by {@link
 * dev.attain.report.Formatting}. Writers only read the model, never close the writer they are
 * given, and are deterministic: the same report gives the same characters (no timestamps).
 */
package dev.attain.report;
