package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes are given as the actuals file or the targets file, the command line ends with
 * exit 0, 1 or 3, never 4 (a bug); on 3 it says why on standard error and writes no report on
 * standard output; every line on standard error names its file or the program (one line per
 * problem: text quoted from the input never breaks a line). The bytes are arbitrary, or the bundled Luolong sample with a few edits: bytes
 * flipped, the file cut short, quotes, commas, line breaks, NULs or any Unicode text inserted.
 *
 * <p>Tries are few (the suite must stay fast) and jqwik draws new ones on every build. Each try
 * runs under a generous time limit that only guards against a hang (an endless loop
 * would otherwise stop the build); it is not a speed requirement.
 */
class AnyInputPropertiesTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final Path ROOT = Run.repoRoot();
  private static final byte[] SAMPLE_CSV = read(ROOT.resolve("samples/luolong/actuals.csv"));
  private static final byte[] SAMPLE_TARGETS = read(ROOT.resolve("targets.yaml"));

  private static Path dir;

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("attain-any-input");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 100)
  void anyBytesAsTheActualsFile(@ForAll("bytes") byte[] csv, @ForAll boolean validate) {
    assertEndsCleanly(SAMPLE_TARGETS, csv, validate);
  }

  @Property(tries = 200)
  void anyEditOfTheSampleActualsFile(@ForAll("editedCsv") byte[] csv, @ForAll boolean validate) {
    assertEndsCleanly(SAMPLE_TARGETS, csv, validate);
  }

  @Property(tries = 100)
  void anyBytesAsTheTargetsFile(@ForAll("bytes") byte[] yaml, @ForAll boolean validate) {
    assertEndsCleanly(yaml, SAMPLE_CSV, validate);
  }

  @Property(tries = 100)
  void anyEditOfTheSampleTargetsFile(@ForAll("editedTargets") byte[] yaml, @ForAll boolean validate) {
    assertEndsCleanly(yaml, SAMPLE_CSV, validate);
  }

  /**
   * Whatever an edited sample holds, a report that is written parses as its format and carries
   * every result: JSON valid against its schema, JUnit XML against its XSD, CSV with as many rows
   * as results, HTML as XML, markdown and text with a row per result.
   */
  @Property(tries = 150)
  void anyEditOfTheSampleGivesReportsThatParse(@ForAll("editedCsv") byte[] csv,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int editTargets,
      @ForAll("editedTargets") byte[] yaml) throws Exception {
    write("targets.yaml", editTargets == 0 ? yaml : SAMPLE_TARGETS); // the targets edited one time in four
    write("actuals.csv", csv);
    Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Run.of(dir, "check", "-t", "targets.yaml", "actuals.csv",
        "-f", "json", "-o", "junit=r.xml", "-o", "csv=r.csv", "-o", "html=r.html", "-o", "markdown=r.md",
        "-o", "text=r.txt"));
    if (run.exit() == 3) {
      return;
    }
    assertThat(run.exit()).as(run.toString()).isIn(0, 1);
    com.fasterxml.jackson.databind.JsonNode json = FormatsOnSamplesTest.JSON.readTree(run.out());
    assertThat(FormatsOnSamplesTest.schema().validate(json)).as(run.out()).isEmpty();
    com.fasterxml.jackson.databind.JsonNode results = json.get("results");
    FormatsOnSamplesTest.junit(readText("r.xml"), results);
    FormatsOnSamplesTest.csv(readText("r.csv"), results);
    FormatsOnSamplesTest.html(readText("r.html"), results);
    FormatsOnSamplesTest.markdown(readText("r.md"), results);
    FormatsOnSamplesTest.text(readText("r.txt"), results);
  }

  private static String readText(String name) {
    return new String(read(dir.resolve(name)), StandardCharsets.UTF_8);
  }

  private static void assertEndsCleanly(byte[] targets, byte[] csv, boolean validate) {
    write("targets.yaml", targets);
    write("actuals.csv", csv);
    Run run = assertTimeoutPreemptively(HANG_GUARD,
        () -> validate ? Run.of(dir, "validate", "-t", "targets.yaml", "actuals.csv")
            : Run.of(dir, "check", "-t", "targets.yaml", "actuals.csv"));
    assertThat(run.exit()).as(run.toString()).isIn(0, 1, 3);
    if (run.exit() == 3) {
      assertThat(run.err()).as(run.toString()).isNotBlank().doesNotContain("\tat ");
      assertThat(run.out()).as(run.toString()).isEmpty();
    }
    // one line per problem or log message, each naming its file or the program
    for (String line : run.err().split("\n", -1)) {
      if (!line.isEmpty()) {
        assertThat(line).as(run.toString()).matches("(actuals\\.csv|targets\\.yaml|attain):.*");
      }
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(300)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(any, text);
  }

  @Provide
  Arbitrary<byte[]> editedCsv() {
    return edited(SAMPLE_CSV);
  }

  @Provide
  Arbitrary<byte[]> editedTargets() {
    return edited(SAMPLE_TARGETS);
  }

  /** One to five edits of {@code base}. */
  private static Arbitrary<byte[]> edited(byte[] base) {
    return edit().list().ofMinSize(1).ofMaxSize(5).map(edits -> {
      byte[] b = base;
      for (Edit e : edits) {
        b = e.apply(b);
      }
      return b;
    });
  }

  private static Arbitrary<Edit> edit() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> bits = Arbitraries.oneOf(
        Arbitraries.of("\"", ",", "\n", "\r\n", "\r", "\u0000", "%", "％", "E5", "e-3", "e2147483647", "e-2147483647", "1e99999999999", "−", "１２，３４５．６",
            "亿元", "万吨", "-", "—", "NA", "<", "≥", "2024-13", "2024年", "\u3000", "\u00A0", "\uFEFF", ":", "- ",
            "{", "}", "[", "]", "&a ", "*a", "!!str ", "<<: ", "'", "#", "\t", "---\n", "? ", "|\n"),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('0', '9').withChars(".,-").ofMinLength(1).ofMaxLength(40));
    Arbitrary<Edit> insert = Combinators.combine(at, bits)
        .as((p, s) -> new Edit(Edit.Kind.INSERT, p, s.getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Edit> flip = Combinators.combine(at, Arbitraries.bytes())
        .as((p, x) -> new Edit(Edit.Kind.FLIP, p, new byte[] {x}));
    Arbitrary<Edit> cut = at.map(p -> new Edit(Edit.Kind.TRUNCATE, p, new byte[0]));
    Arbitrary<Edit> delete = at.map(p -> new Edit(Edit.Kind.DELETE, p, new byte[0]));
    return Arbitraries.frequencyOf(
        Tuple.of(4, insert), Tuple.of(3, flip), Tuple.of(1, cut), Tuple.of(2, delete));
  }

  /** One edit at a relative position (0 to 1) of the file. */
  record Edit(Kind kind, double at, byte[] bytes) {
    enum Kind { INSERT, FLIP, TRUNCATE, DELETE }

    byte[] apply(byte[] b) {
      int p = (int) Math.min(b.length, Math.floor(at * b.length));
      switch (kind) {
        case INSERT: {
          byte[] r = new byte[b.length + bytes.length];
          System.arraycopy(b, 0, r, 0, p);
          System.arraycopy(bytes, 0, r, p, bytes.length);
          System.arraycopy(b, p, r, p + bytes.length, b.length - p);
          return r;
        }
        case FLIP: {
          if (b.length == 0) {
            return b;
          }
          byte[] r = b.clone();
          int i = Math.min(p, b.length - 1);
          r[i] = (byte) (r[i] ^ (bytes[0] == 0 ? 1 : bytes[0]));
          return r;
        }
        case TRUNCATE:
          return Arrays.copyOf(b, p);
        default: { // DELETE a few bytes
          int end = Math.min(b.length, p + 3);
          byte[] r = new byte[b.length - (end - p)];
          System.arraycopy(b, 0, r, 0, p);
          System.arraycopy(b, end, r, p, b.length - end);
          return r;
        }
      }
    }

    @Override
    public String toString() {
      return kind + "@" + at + ":" + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void write(String name, byte[] bytes) {
    try {
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
