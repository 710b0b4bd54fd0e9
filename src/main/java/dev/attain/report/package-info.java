/**
 * One writer per report format behind {@link dev.attain.report.ReportWriter}; {@link
 * dev.attain.report.ReportFormat} builds them. Output is deterministic: same report, same bytes.
 */
package dev.attain.report;
