package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/bad/yaml/NAME.yaml} is read with a collecting handler; every
 * problem it reports, then the one thrown if any, must equal the lines of {@code NAME.expected}.
 * See the README in that folder.
 */
class BadTargetsCorpusTest {
  static final Path DIR = Path.of("src/test/resources/bad/yaml");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    List<String> actual = problems(name + ".yaml", Files.readAllBytes(DIR.resolve(name + ".yaml")));
    Path expectedFile = DIR.resolve(name + ".expected");
    if (Boolean.getBoolean("attain.regenerate")) {
      Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("expected file of " + name).exists();
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void everyExpectedFileHasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> orphans = files.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".yaml") && !n.equals("README.md"))
          .filter(n -> !n.endsWith(".expected")
              || !Files.exists(DIR.resolve(n.substring(0, n.length() - ".expected".length()) + ".yaml")))
          .collect(Collectors.toList());
      assertThat(orphans).as("files in " + DIR + " without a NAME.yaml").isEmpty();
    }
  }

  /** What a user sees from {@code attain validate}: each problem, in order, then the fatal one. */
  static List<String> problems(String name, byte[] bytes) {
    ProblemHandler.Collecting collecting = new ProblemHandler.Collecting(100);
    List<String> lines = new ArrayList<>();
    try {
      TargetsReader.read(TargetsReader.decode(bytes, name), name, Path.of(""), collecting);
      collecting.problems().forEach(p -> lines.add(p.getMessage()));
    } catch (InputException e) {
      collecting.problems().forEach(p -> lines.add(p.getMessage()));
      lines.add(e.getMessage());
    }
    return lines;
  }
}
