package dev.attain;

import dev.attain.cli.Cli;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The run {@code scripts/attain} records its class-data archive from: the command line it is given
 * (a check of the bundled sample with every report format), as {@link Main} runs it, then, in the
 * same JVM and with their output dropped, every other command and the help and usage paths, so
 * that the archive holds the classes each of them loads (a command's model is built only when
 * the command is run). Not a way to run attain: it never exits with a verdict.
 */
public final class Rehearsal {
  private Rehearsal() {}

  /** The other command lines rehearsed; {@code T} stands for the targets file given with -t. */
  private static final List<List<String>> OTHERS = List.of(
      List.of("--version"), List.of("--help"), List.of(), List.of("chek"),
      List.of("check", "--help"), List.of("check", "--bogus"), List.of("check", "--period", "x", "-t", "T"),
      List.of("validate", "--help"), List.of("validate", "-t", "T"),
      List.of("units", "--help"), List.of("units", "-t", "T"),
      List.of("schema", "--help"), List.of("schema"),
      List.of("generate-completion", "--help"), List.of("generate-completion"));

  public static void main(String[] args) {
    Main.runProcess(args);
    String targets = targets(args);
    for (List<String> line : OTHERS) {
      String[] given = line.stream().map(a -> a.equals("T") ? targets : a).toArray(String[]::new);
      Cli.run(Path.of(""), InputStream.nullInputStream(), OutputStream.nullOutputStream(),
          new PrintWriter(Writer.nullWriter()), given);
    }
  }

  /** The targets file {@code args} name with -t. */
  private static String targets(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-t")) {
        return args[i + 1];
      }
    }
    return "targets.yaml";
  }
}
