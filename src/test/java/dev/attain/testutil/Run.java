package dev.attain.testutil;

import dev.attain.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One in-process run of the command line through {@link Main#run}: exit code, standard output,
 * standard error.
 */
public record Run(int exit, String out, String err) {
  /** Runs {@code args} with relative paths resolved against {@code workDir} and empty stdin. */
  public static Run of(Path workDir, String... args) {
    return withStdin(workDir, new byte[0], args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  public static Run withStdin(Path workDir, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(workDir, in, o, e, args);
    }
    return new Run(code, out.toString(), err.toString());
  }

  /** The repository's root folder (where pom.xml is), for tests that run the bundled samples. */
  public static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !p.resolve("pom.xml").toFile().isFile()) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
