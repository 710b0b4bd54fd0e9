/**
 * Adapters at the edge: the targets YAML reader ({@link dev.attain.io.TargetsReader}) and the
 * actuals CSV reader ({@link dev.attain.io.ActualsReader}, entry point {@code read(InputStream,
 * String, Consumer, ProblemHandler)}; its helpers decide the encoding ({@code TextInput}), map the
 * header ({@code Header}) and read value cells ({@code ValueParser})). Every problem is an {@link
 * dev.attain.model.InputException} carrying file:line:column; problems in a row go to a {@link
 * dev.attain.io.ProblemHandler}, so {@code validate} can list them all in one pass.
 */
package dev.attain.io;
