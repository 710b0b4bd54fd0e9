/**
 * Adapters at the edge: the targets YAML reader ({@link dev.attain.io.TargetsReader}, with its
 * JSON Schema {@link dev.attain.io.TargetsSchema}) and the actuals CSV reader ({@link
 * dev.attain.io.ActualsReader}). Every problem is an {@link dev.attain.model.InputException}
 * carrying file:line:column; problems in a row go to a {@link dev.attain.io.ProblemHandler}, so
 * {@code validate} can list them all in one pass.
 *
 * <p>The targets reader works in two steps: {@code YamlTree} walks Jackson's streaming YAML
 * parser into a small tree that keeps every node's line and column (and refuses anchors, aliases,
 * merge keys, tags and duplicate keys); {@code TargetsParser} checks that tree against SPEC §2 and
 * builds the {@link dev.attain.model.TargetSet}.
 *
 * <p>The actuals reader streams: {@code TextInput} decides the encoding, {@code CsvRecords} splits
 * records (itself for plain lines, Apache Commons CSV from the first unusual one on), {@code
 * Header} maps the header, {@code ValueParser} reads value cells.
 */
package dev.attain.io;
