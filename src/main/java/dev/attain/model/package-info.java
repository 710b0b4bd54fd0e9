/**
 * The vocabulary of attain: records and enums shared by every layer — {@link dev.attain.model.TargetSet}
 * (what a targets file defines), {@link dev.attain.model.Figure} (one reported datum), {@link
 * dev.attain.model.Result} and {@link dev.attain.model.Report} (what an evaluation found).
 *
 * <p>Nothing here does I/O. Every number is a {@link java.math.BigDecimal}.
 */
package dev.attain.model;
