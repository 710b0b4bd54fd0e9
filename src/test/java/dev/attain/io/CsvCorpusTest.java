package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every {@code *.csv} under {@code src/test/resources/bad/csv} and {@code
 * good/csv} is read with the fixture vocabulary, and what comes out (figures, problems, the error
 * that ended the file, INFO log lines) must equal its {@code .expected} file line for line. See
 * the README in {@code bad/csv} for how to add a case and regenerate the goldens.
 */
class CsvCorpusTest {
  private static final Path ROOT = Path.of("src/test/resources");
  private static final boolean REGENERATE = Boolean.getBoolean("attain.regenerate");

  static Stream<Path> cases() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("bad/csv", "good/csv")) {
      try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsAsExpected(Path csv) throws IOException {
    List<String> actual = Read.outcome(Files.readAllBytes(csv), csv.getFileName().toString());
    Path golden = expectedOf(csv);
    if (REGENERATE) {
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyInputHasItsExpectationAndBackAgain() throws IOException {
    List<String> orphans = new ArrayList<>();
    for (String dir : List.of("bad/csv", "good/csv")) {
      try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
        for (Path p : s.toList()) {
          String f = p.getFileName().toString();
          if (f.endsWith(".csv") && !Files.exists(expectedOf(p))) {
            orphans.add(p + " has no .expected");
          } else if (f.endsWith(".expected")
              && !Files.exists(p.resolveSibling(f.replaceFirst("\\.expected$", ".csv")))) {
            orphans.add(p + " has no .csv");
          } else if (!f.endsWith(".csv") && !f.endsWith(".expected") && !f.equals("README.md")) {
            orphans.add(p + " is neither a case nor an expectation");
          }
        }
      }
    }
    assertThat(orphans).isEmpty();
    try (Stream<Path> s = Files.list(ROOT.resolve("bad/csv"))) {
      assertThat(s.filter(p -> p.toString().endsWith(".csv")).count()).isGreaterThanOrEqualTo(20);
    }
  }

  private static Path expectedOf(Path csv) {
    String f = csv.getFileName().toString();
    return csv.resolveSibling(f.substring(0, f.length() - 4) + ".expected");
  }
}
