/**
 * The command line: picocli commands ({@code check}, {@code validate}, {@code units}, {@code
 * schema}), options, exit codes and error handlers. The only package that imports picocli. Entry
 * point: {@link dev.attain.cli.Cli#run}.
 */
package dev.attain.cli;
