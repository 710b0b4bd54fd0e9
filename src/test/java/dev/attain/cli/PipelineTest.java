package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.attain.engine.EvaluationOptions;
import dev.attain.engine.FigureStream;
import dev.attain.io.ProblemHandler;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.FindingsMode;
import dev.attain.model.InputException;
import dev.attain.model.Report;
import dev.attain.model.TargetSet;
import dev.attain.report.RenderOptions;
import dev.attain.report.ReportFormat;
import dev.attain.testutil.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check command's two-thread read: the same figures in the same order, the same report, and
 * the same first error, as reading on one thread.
 */
class PipelineTest {
  @TempDir Path tmp;

  static final String TARGETS = """
      title: 基准
      period: 2024
      indicators:
        gdp: {name: 地区生产总值, unit: 亿元, growth: real}
        retail: {name: 社会消费品零售总额, unit: 亿元}
        income: {name: 城镇居民人均可支配收入, unit: 元}
      targets:
        - {indicator: retail, growth: {at_least: 5}}
        - {indicator: income, value: {at_least: 40000}}
      """;

  // --- the pipe itself --------------------------------------------------------------------------

  @Test
  void itemsArriveInOrderAcrossBatches() {
    int n = Pipeline.BATCH * 3 + 17;
    List<Integer> got = new ArrayList<>();
    Pipeline.<Integer>run("test", feed -> {
      for (int i = 0; i < n; i++) {
        feed.accept(i);
      }
    }, got::add);
    assertThat(got).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(got.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aProducerFailureComesAfterEveryItemBeforeIt() {
    InputException boom = new InputException("bad row");
    List<Integer> got = new ArrayList<>();
    Throwable thrown = catchThrowableOfType(() -> Pipeline.<Integer>run("test", feed -> {
      for (int i = 0; i < Pipeline.BATCH + 5; i++) {
        feed.accept(i);
      }
      throw boom;
    }, got::add), InputException.class);
    assertThat(thrown).isSameAs(boom);
    assertThat(got).hasSize(Pipeline.BATCH + 5);
  }

  @Test
  void aSinkFailureStopsTheProducerAndIsThrown() {
    InputException conflict = new InputException("conflict");
    int[] produced = new int[1];
    assertThatThrownBy(() -> Pipeline.<Integer>run("test", feed -> {
      for (int i = 0; i < 100_000_000; i++) {
        produced[0]++;
        feed.accept(i);
      }
    }, i -> {
      if (i == 5000) {
        throw conflict;
      }
    })).isSameAs(conflict);
    assertThat(produced[0]).isLessThan(100_000_000);
  }

  // --- the check command's read -------------------------------------------------------------------

  /** A file over the threshold: entities × three indicators × 2016–2024, rates mostly consistent. */
  private Path bigCsv(String name, int entities, String extraAfterRow, int extraAt) throws IOException {
    StringBuilder sb = new StringBuilder("地区,指标,时期,数值,增速(%)\n");
    int row = 0;
    for (int e = 1; e <= entities; e++) {
      String[] names = {"地区生产总值", "社会消费品零售总额", "城镇居民人均可支配收入"};
      for (int k = 0; k < names.length; k++) {
        long level = 1000 + e * 7L + k * 300;
        for (int y = 2016; y <= 2024; y++) {
          long next = level + (e + y + k) % 97;
          String rate = y == 2016 ? "" : String.format("%.1f", (next - level) * 100.0 / level + ((e + y) % 11 == 0 ? 1 : 0));
          sb.append("县").append(e).append(',').append(names[k]).append(',').append(y).append(',')
              .append(next / 10).append('.').append(next % 10).append(',').append(rate).append('\n');
          level = next;
          if (++row == extraAt) {
            sb.append(extraAfterRow);
          }
        }
      }
    }
    Path p = tmp.resolve(name);
    Files.writeString(p, sb.toString());
    assertThat(Files.size(p)).isGreaterThan(Inputs.CONCURRENT_BYTES);
    return p;
  }

  private TargetSet targets() throws IOException {
    Path t = tmp.resolve("targets.yaml");
    Files.writeString(t, TARGETS);
    return Inputs.targets(ctx(), t.toString(), ProblemHandler.FAIL_FAST);
  }

  private Cli.Context ctx() {
    return new Cli.Context(tmp, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false);
  }

  private List<Inputs.Source> sources(Path... files) {
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      names.add(f.getFileName().toString());
    }
    return Inputs.sources(ctx(), null, names);
  }

  private interface Read {
    void into(Cli.Context ctx, TargetSet t, List<Inputs.Source> s, Consumer<FigureRow> sink);
  }

  /** The reference: figures made by the reader, on this thread. */
  private static final Read ONE_THREAD =
      (c, t, s, sink) -> Inputs.read(c, t, s, null, ProblemHandler.FAIL_FAST, f -> sink.accept(FigureRow.of(f)));
  private static final Read TWO_THREADS =
      (c, t, s, sink) -> Inputs.readConcurrently(c, t, s, null, ProblemHandler.FAIL_FAST, dev.attain.model.BlankSink.NONE, sink);

  private String report(Read read, TargetSet targets, List<Inputs.Source> sources, FindingsMode mode) {
    EvaluationOptions options = new EvaluationOptions(null, null, java.util.Set.of(), null, null, mode);
    FigureStream stream = new FigureStream(targets, options);
    read.into(ctx(), targets, sources, stream::accept);
    Report report = stream.evaluate(options);
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      ReportFormat.JSON.writer(new RenderOptions(false, false)).write(report, w);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  @Test
  void twoThreadsGiveTheSameFiguresAndReportAsOne() throws IOException {
    TargetSet targets = targets();
    List<Inputs.Source> sources = sources(bigCsv("a.csv", 1500, "", 0), bigCsv("b.csv", 1500, "", 0));
    List<Figure> one = new ArrayList<>();
    List<Figure> two = new ArrayList<>();
    ONE_THREAD.into(ctx(), targets, sources, r -> one.add(r.figure()));
    TWO_THREADS.into(ctx(), targets, sources, r -> two.add(r.figure()));
    assertThat(two).hasSize(one.size()).isEqualTo(one);
    for (FindingsMode mode : FindingsMode.values()) {
      assertThat(report(TWO_THREADS, targets, sources, mode)).isEqualTo(report(ONE_THREAD, targets, sources, mode));
    }
  }

  /**
   * The whole-table read of {@code attain validate} and the check's stream agree on the entities of
   * the data: those of the rows that name an indicator of the targets file, a row that reports
   * nothing included, and no footer, note, repeated header or unknown indicator.
   */
  @Test
  void theWholeTableAndTheStreamSeeTheSameEntities() throws IOException {
    TargetSet targets = targets();
    Files.writeString(tmp.resolve("a.csv"), """
        地区,指标,时期,数值,增速(%)
        甲县,社会消费品零售总额,2023,100,
        甲县,社会消费品零售总额,2024,106,6.0
        合计,,,,
        丙县,工业增加值,2024,3,
        地区,指标,时期,数值,增速(%)
        丁县,城镇居民人均可支配收入,2024,NA,
        乙县,社会消费品零售总额,2024,50,4.0
        注：数据来源于统计局,,,,
        """);
    List<Inputs.Source> sources = sources(tmp.resolve("a.csv"));
    EvaluationOptions options = EvaluationOptions.defaults();
    dev.attain.engine.FigureTable whole = Inputs.figures(ctx(), targets, sources, null, ProblemHandler.FAIL_FAST);
    FigureStream stream = new FigureStream(targets, options);
    stream.table().entitiesOfData(Inputs.readConcurrently(ctx(), targets, sources, null, ProblemHandler.FAIL_FAST, dev.attain.model.BlankSink.NONE,
        stream::accept));
    assertThat(whole.entities()).containsExactly("甲县", "丁县", "乙县");
    assertThat(stream.table().entities()).isEqualTo(whole.entities());
    Report fromStream = stream.evaluate(options);
    assertThat(fromStream).isEqualTo(dev.attain.engine.Evaluator.evaluate(targets, whole, options));
    assertThat(fromStream.entities()).containsExactly("甲县", "丁县", "乙县");
  }

  /**
   * Rows left blank, marked NA or —, and level cells left blank beside a rate, in the middle of a
   * large file: the check, reading on two threads into its stream, gives the report of validate's
   * whole-table read, the same reasons naming the same cells.
   */
  @Test
  void blankAndMarkedCellsGiveTheWholeTablesReasonsOnTwoThreads() throws IOException {
    String extra = """
        县甲,城镇居民人均可支配收入,2024,,
        县乙,城镇居民人均可支配收入,2024,,3.0
        县丙,城镇居民人均可支配收入,2024,NA,
        县丙,城镇居民人均可支配收入,2024,,
        县丁,城镇居民人均可支配收入,2024,,
        县丁,城镇居民人均可支配收入,2024,—,
        县乙,社会消费品零售总额,2023,,4.0
        县乙,社会消费品零售总额,2024,100,
        县甲,社会消费品零售总额,2024,,6.5
        """;
    Path csv = bigCsv("blanks.csv", 1500, extra, 20_000);
    TargetSet targets = targets();
    EvaluationOptions options = EvaluationOptions.defaults();
    Report whole = dev.attain.engine.Evaluator.evaluate(targets,
        Inputs.figures(ctx(), targets, sources(csv), null, ProblemHandler.FAIL_FAST), options);
    StringWriter expected = new StringWriter();
    try (PrintWriter w = new PrintWriter(expected)) {
      ReportFormat.JSON.writer(new RenderOptions(false, false)).write(whole, w);
    }
    Run run = Run.of(tmp, "check", "-t", "targets.yaml", "blanks.csv", "-f", "json");
    assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.MISSED);
    assertThat(run.out()).isEqualTo(expected.toString());
    List<String> reasons = whole.results().stream().filter(r -> r.reason() != null)
        .map(r -> r.entity() + " " + r.target().id() + ": " + r.reason()).toList();
    assertThat(reasons).containsExactly(
        "县乙 retail.growth: 2023 level left blank (base period, blanks.csv:20008:4); only a growth rate",
        "县丙 retail.growth: no 2024 figure",
        "县丁 retail.growth: no 2024 figure",
        "县甲 income.value: 2024 left blank (blanks.csv:20002:4)",
        "县乙 income.value: 2024 level left blank (blanks.csv:20003:4); only a growth rate",
        "县丙 income.value: no 2024 figure",
        "县丁 income.value: no 2024 figure");
  }

  @Test
  void aBadRowInTheMiddleGivesTheSameOneLineError() throws IOException {
    Path csv = bigCsv("bad.csv", 1500, "县9,地区生产总值,2020,\"18,45亿\",\n", 20_000);
    assertSameError(csv, "bad.csv:20002:4: value \"18,45亿\" is not a number");
  }

  @Test
  void aConflictingDuplicateGivesTheSameOneLineError() throws IOException {
    Path csv = bigCsv("dup.csv", 1500, "县3,城镇居民人均可支配收入,2024,1.0,\n", 20_000);
    assertSameError(csv, "dup.csv:20002:4: conflicting level for 县3 城镇居民人均可支配收入 (income) 2024: 1.0 元 here, ");
  }

  private void assertSameError(Path csv, String starts) throws IOException {
    TargetSet targets = targets();
    List<Inputs.Source> sources = sources(csv);
    EvaluationOptions options = EvaluationOptions.defaults();
    InputException one = catchThrowableOfType(
        () -> ONE_THREAD.into(ctx(), targets, sources, new FigureStream(targets, options)::accept), InputException.class);
    InputException two = catchThrowableOfType(
        () -> TWO_THREADS.into(ctx(), targets, sources, new FigureStream(targets, options)::accept), InputException.class);
    assertThat(one).isNotNull();
    assertThat(two).isNotNull().hasMessage(one.getMessage());
    assertThat(two.location()).isEqualTo(one.location());

    Run run = Run.of(tmp, "check", "-t", "targets.yaml", csv.getFileName().toString());
    assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
    assertThat(run.err()).as(run.toString()).contains(starts);
  }

}
