package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Figure;
import dev.attain.model.InputException;
import dev.attain.model.TargetSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ActualsReader#readRows} hands over what {@link ActualsReader#read} does: every figure
 * made from a row ({@link dev.attain.model.FigureRow#figure}) equals the one {@code read} makes (numbers with the same digits and scale), in
 * the same order, with the same problems and the same error — on every file of the CSV corpus
 * (with the fixture vocabulary) and every bundled sample (with its own targets).
 */
class ReadRowsTest {
  static Stream<Path> files() throws IOException {
    List<Path> all = new ArrayList<>(CsvCorpusTest.cases().toList());
    for (String sample : List.of("samples/luolong", "samples/china-2023", "samples/china-2024", "samples/ytd-counties")) {
      all.add(Path.of("..").resolve(sample).resolve("actuals.csv"));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void rowsMakeTheFiguresReadMakes(Path csv) throws IOException {
    Path file = csv.startsWith("..") ? dev.attain.testutil.Run.repoRoot().resolve(csv.subpath(1, csv.getNameCount())) : csv;
    byte[] bytes = Files.readAllBytes(file);
    TargetSet targets = csv.startsWith("..") ? targetsOf(file) : Fixtures.targets();
    List<String> eager = outcome(targets, bytes, (reader, sink, problems) ->
        reader.read(new ByteArrayInputStream(bytes), "actuals.csv", sink, problems));
    List<String> rows = outcome(targets, bytes, (reader, sink, problems) ->
        reader.readRows(new ByteArrayInputStream(bytes), "actuals.csv", row -> sink.accept(row.figure()), problems));
    assertThat(rows).isEqualTo(eager);
  }

  private static TargetSet targetsOf(Path actuals) {
    Path own = actuals.resolveSibling("targets.yaml");
    Path targets = Files.exists(own) ? own : dev.attain.testutil.Run.repoRoot().resolve("targets.yaml");
    return TargetsReader.read(targets, ProblemHandler.FAIL_FAST);
  }

  private interface Reading {
    void read(ActualsReader reader, Consumer<Figure> sink, ProblemHandler problems);
  }

  /** Each figure with the scale of its numbers, then the problems and the error, one line each. */
  private static List<String> outcome(TargetSet targets, byte[] bytes, Reading reading) {
    List<String> out = new ArrayList<>();
    ProblemHandler.Collecting problems = new ProblemHandler.Collecting(100);
    try {
      reading.read(new ActualsReader(targets, null), f -> out.add(f + " scales " + scale(f.value()) + "/"
          + scale(f.growth())), problems);
    } catch (InputException e) {
      out.add("error: " + e.getMessage());
    }
    problems.problems().forEach(p -> out.add("problem: " + p.getMessage()));
    return out;
  }

  private static String scale(dev.attain.model.Amount a) {
    return a == null ? "-" : Integer.toString(a.number().scale());
  }
}
