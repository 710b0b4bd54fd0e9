package dev.attain.io;

import dev.attain.engine.FigureTable;
import dev.attain.model.Figure;
import dev.attain.model.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads bytes with the fixture vocabulary and tells what came out, in file order. */
final class Read {
  private Read() {}

  /** The figures, failing on the first problem. */
  static List<Figure> figures(String csv) {
    return figures(csv.getBytes(StandardCharsets.UTF_8), null);
  }

  static List<Figure> figures(byte[] bytes, Charset forced) {
    List<Figure> out = new ArrayList<>();
    new ActualsReader(Fixtures.targets(), forced)
        .read(new ByteArrayInputStream(bytes), "actuals.csv", out::add, ProblemHandler.FAIL_FAST);
    return out;
  }

  /**
   * Everything reading produces, one line each: figures (as merged into a {@link FigureTable}, in
   * order of appearance), problems, a problem that ended the file, and INFO log lines.
   */
  static List<String> outcome(byte[] bytes, String name) {
    List<String> lines = new ArrayList<>();
    ProblemHandler.Collecting problems = new ProblemHandler.Collecting(100);
    FigureTable table = FigureTable.forTargets(Fixtures.targets());
    String thrown = null;
    List<String> log;
    try (LogCapture capture = new LogCapture()) {
      try {
        new ActualsReader(Fixtures.targets(), null)
            .read(new ByteArrayInputStream(bytes), name, table, problems);
      } catch (InputException e) {
        thrown = e.getMessage();
      }
      log = capture.lines();
    }
    for (Figure f : table.all()) {
      lines.add(Fixtures.show(f));
    }
    for (InputException p : problems.problems()) {
      lines.add("problem: " + p.getMessage());
    }
    if (thrown != null) {
      lines.add("error: " + thrown);
    }
    lines.addAll(log);
    return lines;
  }

  static List<String> outcome(String csv) {
    return outcome(csv.getBytes(StandardCharsets.UTF_8), "actuals.csv");
  }
}
