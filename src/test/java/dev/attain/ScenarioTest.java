package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scenario tests of the command line, one folder each under {@code
 * src/test/resources/scenarios/}; see the README there. Each scenario runs in-process through
 * {@link Main#run} in a copy of its folder and must reproduce {@code expected.out}, {@code
 * expected.err} and {@code expected.exit} exactly, and every file under {@code expected-files/}.
 *
 * <p>To regenerate the goldens after an intended change: {@code mvn -B test -Dtest=ScenarioTest
 * -Dattain.updateGoldens=true}, then review the diff like code.
 */
class ScenarioTest {
  static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  static final boolean UPDATE = Boolean.getBoolean("attain.updateGoldens");
  static final Set<String> HARNESS_FILES =
      Set.of("cmd", "stdin", "expected.out", "expected.err", "expected.exit", "expected-files", "README.md");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(String name, @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
    Path dir = SCENARIOS.resolve(name);
    copy(dir, tmp);
    List<String> args = Files.readAllLines(dir.resolve("cmd"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    byte[] stdin = Files.exists(dir.resolve("stdin")) ? Files.readAllBytes(dir.resolve("stdin")) : new byte[0];
    Run run = Run.withStdin(tmp, stdin, args.toArray(String[]::new));

    if (UPDATE) {
      Files.writeString(dir.resolve("expected.out"), run.out(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("expected.exit"), run.exit() + "\n", StandardCharsets.UTF_8);
      if (run.err().isEmpty()) {
        Files.deleteIfExists(dir.resolve("expected.err"));
      } else {
        Files.writeString(dir.resolve("expected.err"), run.err(), StandardCharsets.UTF_8);
      }
      Path files = dir.resolve("expected-files");
      if (Files.isDirectory(files)) {
        try (Stream<Path> s = Files.list(files)) {
          for (Path f : s.toList()) {
            Files.copy(tmp.resolve(f.getFileName().toString()), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return;
    }

    assertThat(run.exit()).as("exit code; %s", run)
        .isEqualTo(Integer.parseInt(Files.readString(dir.resolve("expected.exit")).strip()));
    assertThat(run.out()).as("stdout").isEqualTo(read(dir.resolve("expected.out")));
    Path err = dir.resolve("expected.err");
    assertThat(run.err()).as("stderr").isEqualTo(Files.exists(err) ? read(err) : "");
    Path files = dir.resolve("expected-files");
    assertThat(filesIn(tmp)).as("files in the folder after the run: the inputs and the expected reports, nothing else")
        .isEqualTo(expectedFilesAfter(dir));
    if (Files.isDirectory(files)) {
      try (Stream<Path> s = Files.list(files)) {
        for (Path f : s.toList()) {
          Path produced = tmp.resolve(f.getFileName().toString());
          assertThat(produced).as("report file %s", f.getFileName()).exists();
          assertThat(Files.readAllBytes(produced)).as("report file %s", f.getFileName())
              .isEqualTo(Files.readAllBytes(f));
        }
      }
    }
  }

  /** Every file in a scenario folder is used: named on its command line, by its targets file, or by the harness. */
  @Test
  void noOrphanFiles() throws IOException {
    List<String> orphans = new ArrayList<>();
    for (String name : scenarios().toList()) {
      Path dir = SCENARIOS.resolve(name);
      assertThat(dir.resolve("cmd")).as("scenario %s has no cmd file", name).exists();
      StringBuilder mentioned = new StringBuilder(Files.readString(dir.resolve("cmd")));
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
          mentioned.append('\n').append(Files.readString(f));
        }
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) {
          String file = f.getFileName().toString();
          boolean defaultTargets = file.equals("targets.yaml");
          if (!HARNESS_FILES.contains(file) && !defaultTargets && !mentioned.toString().contains(file)) {
            orphans.add(name + "/" + file);
          }
        }
      }
      assertThat(dir.resolve("expected.exit")).as("scenario %s has no expected.exit", name).exists();
      assertThat(dir.resolve("expected.out")).as("scenario %s has no expected.out", name).exists();
    }
    assertThat(orphans).as("files no scenario uses").isEmpty();
  }

  /** The scenario's own files (but for the expected reports' folder) plus the reports it must write. */
  private static java.util.SortedSet<String> expectedFilesAfter(Path dir) throws IOException {
    java.util.SortedSet<String> names = filesIn(dir);
    names.removeIf(n -> n.startsWith("expected-files"));
    Path files = dir.resolve("expected-files");
    if (Files.isDirectory(files)) {
      try (Stream<Path> s = Files.list(files)) {
        s.forEach(f -> names.add(f.getFileName().toString()));
      }
    }
    return names;
  }

  private static java.util.SortedSet<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path rel = from.relativize(p);
        if (rel.toString().startsWith("expected-files")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
