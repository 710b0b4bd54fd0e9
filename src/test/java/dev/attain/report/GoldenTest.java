package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in every format, compared byte for byte with {@code
 * src/test/resources/report-golden/<fixture>/report.<extension>}. Regenerate with {@code mvn -B -q
 * test -Dtest=GoldenTest -Dattain.updateGoldens=true} and review the diff like code.
 */
class GoldenTest {
  static final Path ROOT = Path.of("src/test/resources/report-golden");
  static final boolean UPDATE = Boolean.getBoolean("attain.updateGoldens");

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, Report> e : Fixtures.all().entrySet()) {
      for (ReportFormat f : ReportFormat.values()) {
        out.add(Arguments.of(e.getKey(), f));
      }
    }
    return out.stream();
  }

  static Path golden(String fixture, ReportFormat format) {
    return ROOT.resolve(fixture).resolve("report." + format.extension());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGolden(String fixture, ReportFormat format) throws IOException {
    byte[] actual = Render.render(format, Fixtures.all().get(fixture)).getBytes(StandardCharsets.UTF_8);
    Path file = golden(fixture, format);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.write(file, actual);
    }
    assertThat(file).exists();
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .isEqualTo(new String(actual, StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(file)).isEqualTo(actual);
  }

  @Test
  void noOrphanGoldens() throws IOException {
    TreeSet<String> expected = new TreeSet<>();
    for (String fixture : Fixtures.all().keySet()) {
      for (ReportFormat f : ReportFormat.values()) {
        expected.add(ROOT.relativize(golden(fixture, f)).toString());
      }
    }
    expected.add("README.md");
    expected.add(".gitattributes");
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(Files::isRegularFile).forEach(p -> present.add(ROOT.relativize(p).toString()));
    }
    assertThat(present).isEqualTo(expected);
  }
}
