package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the reader corpora ({@code src/test/resources/bad/csv} and {@code bad/yaml})
 * run through the command line: {@code check} exits 3 with exactly one line on standard error
 * (the first problem of the file's {@code .expected}), nothing on standard output, and leaves the
 * report files named with {@code -o} as they were; {@code validate} prints every line of the
 * {@code .expected} and then the count.
 *
 * <p>The expected lines are derived from the corpora's {@code .expected} files: for a CSV, its
 * {@code problem:} and {@code error:} lines; for a targets file, all its lines. The CSV files are
 * read with {@link #TARGETS}, the vocabulary the CSV corpus was written for.
 */
class BadInputCliTest {
  static final Path BAD = Run.repoRoot().resolve("src/test/resources/bad");

  /** The vocabulary of the CSV corpus (see its README), as a targets file. */
  static final String TARGETS = """
      title: 洛隆县2024年主要预期目标
      period: 2024
      entity: 洛隆县
      indicators:
        gdp: {name: 地区生产总值, unit: 亿元, aliases: [GDP, 生产总值], growth: real}
        grain_output: {name: 粮食产量, unit: 万斤}
        farmland: {name: 耕地保有量, unit: 万亩, type: stock}
        cpi: {name: 居民消费价格涨幅, unit: "%"}
        urban_income: {name: 城镇居民人均可支配收入, unit: 元, aliases: [Urban Income]}
      targets:
        - {indicator: gdp, growth: {at_least: 8}}
        - {indicator: grain_output, value: {at_least: 5400}}
        - {indicator: farmland, value: {at_least: 15.8}}
        - {indicator: cpi, value: {at_most: 3}}
        - {indicator: urban_income, growth: {at_least: 8}}
      """;

  static final String GOOD_CSV = "指标,时期,数值\n地区生产总值,2024,20.1\n";
  static final String OLD_REPORT = "an older report, left as it was\n";

  @TempDir Path tmp;

  static Stream<String> badCsv() throws IOException {
    return names("csv", ".csv");
  }

  static Stream<String> badYaml() throws IOException {
    return names("yaml", ".yaml");
  }

  private static Stream<String> names(String dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(BAD.resolve(dir))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext)).sorted().toList().stream();
    }
  }

  @Test
  void theCorporaHoldAtLeastFortyBadFiles() throws IOException {
    assertThat(badCsv().count() + badYaml().count()).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "check {0}")
  @MethodSource("badCsv")
  void checkRefusesABadCsvInOneLineAndWritesNoReport(String csv) throws IOException {
    Path targets = write("targets.yaml", TARGETS);
    List<String> expected = csvExpected(csv);
    assertThat(expected).as("problems in " + csv + ".expected").isNotEmpty();

    assertRefused(Run.of(BAD.resolve("csv"), withReports("check", "-t", targets.toString(), csv)), expected.get(0), csv);
  }

  @ParameterizedTest(name = "validate {0}")
  @MethodSource("badCsv")
  void validateListsEveryProblemOfABadCsv(String csv) throws IOException {
    Path targets = write("targets.yaml", TARGETS);
    List<String> expected = new ArrayList<>(csvExpected(csv));
    expected.add(count(expected.size()));

    Run run = Run.of(BAD.resolve("csv"), "validate", "-t", targets.toString(), csv);
    assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(withoutInfo(run.err(), csv)).as(run.toString()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "check {0}")
  @MethodSource("badYaml")
  void checkRefusesABadTargetsFileInOneLineAndWritesNoReport(String yaml) throws IOException {
    Path csv = write("actuals.csv", GOOD_CSV);
    List<String> expected = yamlExpected(yaml);

    assertRefused(Run.of(BAD.resolve("yaml"), withReports("check", "-t", yaml, csv.toString())), expected.get(0));
  }

  @ParameterizedTest(name = "validate {0}")
  @MethodSource("badYaml")
  void validateListsEveryProblemOfABadTargetsFile(String yaml) throws IOException {
    Path csv = write("actuals.csv", GOOD_CSV);
    List<String> expected = new ArrayList<>(yamlExpected(yaml));
    expected.add(count(expected.size()));

    Run run = Run.of(BAD.resolve("yaml"), "validate", "-t", yaml, csv.toString());
    assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(run.err().lines()).as(run.toString()).containsExactlyElementsOf(expected);
  }

  @Test
  void anOversizedTargetsFileIsRefusedBeforeItIsParsed() throws IOException {
    Path big = write("big.yaml", "# padding\n".repeat(110_000) + "title: [unclosed\n");
    Path csv = write("actuals.csv", GOOD_CSV);

    assertRefused(Run.of(tmp, withReports("check", "-t", big.getFileName().toString(), csv.toString())),
        "big.yaml: the file has 1100017 bytes; targets files over 1048576 bytes (1 MiB) are refused");
  }

  @Test
  void aSpreadsheetSavedOnChineseWindowsIsReadAsGb18030WithAnInfoLine() throws IOException {
    write("targets.yaml", TARGETS);
    Files.write(tmp.resolve("gbk.csv"), GOOD_CSV.getBytes(java.nio.charset.Charset.forName("GB18030")));

    Run detected = Run.of(tmp, "check", "-t", "targets.yaml", "gbk.csv", "--summary");
    assertThat(detected.exit()).as(detected.toString()).isEqualTo(ExitCode.MISSED);
    assertThat(detected.err()).isEqualTo("attain: gbk.csv: not UTF-8, read as GB18030\n");

    Run forced = Run.of(tmp, "check", "-t", "targets.yaml", "gbk.csv", "--summary", "--encoding", "GB18030");
    assertThat(forced.exit()).as(forced.toString()).isEqualTo(ExitCode.MISSED);
    assertThat(forced.err()).isEmpty();
    assertThat(forced.out()).isEqualTo(detected.out());

    Run wrong = Run.of(tmp, "check", "-t", "targets.yaml", "gbk.csv", "--encoding", "UTF-8");
    assertThat(wrong.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).isEqualTo("gbk.csv:1: bytes that are not valid UTF-8;"
        + " give the file's encoding with --encoding (e.g. --encoding GB18030)\n");
  }

  @Test
  void entitiesMatchAcrossWidthsAndSpacesInData_targetsAndCommandLine() throws IOException {
    write("targets.yaml", TARGETS.replace("entity: 洛隆县", "entity: \"洛隆县\\u3000\""));
    write("actuals.csv", "指标,时期,数值,地区\n粮食产量,2024,5460,\"\u00A0洛隆县\"\n粮食产量,2024,5460,ＡＢ县\n");

    Run run = Run.of(tmp, "check", "-t", "targets.yaml", "actuals.csv", "--entity", "洛隆县\u3000", "-f", "csv");
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().skip(1).map(l -> l.split(",")[4])).containsOnly("洛隆县");
    Run all = Run.of(tmp, "check", "-t", "targets.yaml", "actuals.csv", "-f", "csv");
    assertThat(all.out()).contains(",AB县,").doesNotContain("ＡＢ");
  }

  /** The command with an existing JSON report and a markdown report not yet written. */
  private String[] withReports(String... args) throws IOException {
    write("report.json", OLD_REPORT);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-o", "json=" + tmp.resolve("report.json"), "-o", "markdown=" + tmp.resolve("report.md")));
    return all.toArray(String[]::new);
  }

  private void assertRefused(Run run, String line) throws IOException {
    assertRefused(run, line, null);
  }

  /** As above; with {@code csv}, info lines about that file (a title skipped, rows skipped) may come before the line. */
  private void assertRefused(Run run, String line, String csv) throws IOException {
    assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out()).as(run.toString()).isEmpty();
    assertThat(csv == null ? run.err().lines().toList() : withoutInfo(run.err(), csv)).as(run.toString())
        .containsExactly(line);
    assertThat(run.err()).as(run.toString()).endsWith(line + "\n");
    assertThat(Files.readString(tmp.resolve("report.json"), StandardCharsets.UTF_8)).isEqualTo(OLD_REPORT);
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no report written, no temporary file left")
          .doesNotContain("report.md")
          .allMatch(n -> !n.endsWith(".tmp"));
    }
  }

  /** The lines of {@code err} but the info lines about {@code csv} ({@code attain: a.csv: skipped 1 row …}). */
  private static List<String> withoutInfo(String err, String csv) {
    return err.lines().filter(l -> !l.startsWith("attain: " + csv + ": ")).toList();
  }

  /** The problem lines of a CSV case's {@code .expected}, without their {@code problem: }/{@code error: } prefix. */
  static List<String> csvExpected(String csv) throws IOException {
    Path golden = BAD.resolve("csv").resolve(csv.replaceFirst("\\.csv$", ".expected"));
    List<String> lines = new ArrayList<>();
    for (String l : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
      if (l.startsWith("problem: ")) {
        lines.add(l.substring("problem: ".length()));
      } else if (l.startsWith("error: ")) {
        lines.add(l.substring("error: ".length()));
      }
    }
    return lines;
  }

  static List<String> yamlExpected(String yaml) throws IOException {
    Path golden = BAD.resolve("yaml").resolve(yaml.replaceFirst("\\.yaml$", ".expected"));
    return Files.readAllLines(golden, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  private static String count(int n) {
    return "attain: " + n + (n == 1 ? " problem" : " problems") + " found";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }
}
