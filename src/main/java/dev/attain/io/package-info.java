/**
 * Adapters at the edge: the targets YAML reader ({@link dev.attain.io.TargetsReader}) and the
 * actuals CSV reader ({@link dev.attain.io.ActualsReader}). Every problem is an {@link
 * dev.attain.model.InputException} carrying file:line:column.
 */
package dev.attain.io;
