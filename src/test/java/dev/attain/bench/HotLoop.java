package dev.attain.bench;

import static dev.attain.io.ProblemHandler.FAIL_FAST;

import dev.attain.engine.EvaluationOptions;
import dev.attain.engine.FigureStream;
import dev.attain.engine.FigureTable;
import dev.attain.io.ActualsReader;
import dev.attain.io.ProblemHandler;
import dev.attain.io.TargetsReader;
import dev.attain.model.Report;
import dev.attain.model.TargetSet;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hot loop of a check — parse a row, convert its cells, hand the row on — timed in one warm
 * JVM, so that regressions show. Not a test: run it by hand on data from scripts/bench.
 *
 * <pre>
 * java -cp target/attain.jar:target/test-classes dev.attain.bench.HotLoop \
 *     target/bench/data-2800-40-2016-2024/targets.yaml target/bench/data-2800-40-2016-2024/actuals.csv 5
 * </pre>
 *
 * <p>A fourth argument {@code stream} leaves out the whole-table round.
 *
 * <p>Prints, per round, rows per second for: reading only (rows dropped), reading into the
 * streaming store (rows, as a check reads), and reading into the whole table (figures, as validate
 * reads); and the time the evaluation of what the streaming store kept takes.
 */
public final class HotLoop {
  private HotLoop() {}

  public static void main(String[] args) throws IOException {
    Path targetsFile = Path.of(args[0]);
    Path csv = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean wholeTable = args.length <= 3 || !args[3].equals("stream");
    TargetSet targets = TargetsReader.read(targetsFile, ProblemHandler.FAIL_FAST);
    for (int round = 1; round <= rounds; round++) {
      long[] count = new long[1];
      time("read only   ", round, csv, targets, (r, in) -> r.readRows(in, csv.toString(), row -> count[0]++, FAIL_FAST),
          count);
      FigureStream stream = new FigureStream(targets, EvaluationOptions.defaults());
      long[] c2 = new long[1];
      time("streaming   ", round, csv, targets,
          (r, in) -> r.readRows(in, csv.toString(), row -> { c2[0]++; stream.accept(row); }, FAIL_FAST), c2);
      System.out.printf("              findings listed %d, held %d (peak %d), kept %d; live heap %d MB%n",
          stream.rates().listed().size(), stream.held(), stream.peakHeld(), stream.table().size(), liveMegabytes());
      long t0 = System.nanoTime();
      Report report = stream.evaluate(EvaluationOptions.defaults());
      System.out.printf("round %d evaluation   %.3f s  %,d results%n", round, (System.nanoTime() - t0) / 1e9,
          report.results().size());
      if (!wholeTable) {
        continue;
      }
      FigureTable table = new FigureTable();
      long[] c3 = new long[1];
      time("whole table ", round, csv, targets,
          (r, in) -> r.read(in, csv.toString(), f -> { c3[0]++; table.accept(f); }, FAIL_FAST), c3);
      System.out.printf("              figures %d; live heap %d MB%n", table.size(), liveMegabytes());
      // keep both alive until measured
      if (table.size() < 0 || stream.held() < 0) {
        System.out.println();
      }
    }
  }

  private static long liveMegabytes() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  /** One way of reading the file: as the check does (rows) or as validate does (figures). */
  private interface Reading {
    void read(ActualsReader reader, InputStream in);
  }

  private static void time(String what, int round, Path csv, TargetSet targets, Reading reading, long[] count)
      throws IOException {
    long t0 = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
      reading.read(new ActualsReader(targets, null), in);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("round %d %s %.3f s  %,.0f figures/s%n", round, what, s, count[0] / s);
  }
}
