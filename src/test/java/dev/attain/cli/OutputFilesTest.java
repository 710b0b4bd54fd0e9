package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FMT=PATH}: all or nothing, never over an input, never two formats into one file. */
class OutputFilesTest {
  @TempDir Path dir;

  @BeforeEach
  void inputs() throws Exception {
    Files.writeString(dir.resolve("targets.yaml"), """
        title: t
        period: 2024
        entity: 洛隆县
        indicators:
          grain: {name: 粮食产量, unit: 万斤}
        targets:
          - indicator: grain
            value: {at_least: 5400}
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("actuals.csv"), "indicator,period,value\ngrain,2024,5460\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("old.json"), "old", StandardCharsets.UTF_8);
  }

  private String old() throws Exception {
    return Files.readString(dir.resolve("old.json"));
  }

  @Test
  void writesThroughASymbolicLinkToTheFileItNames() throws Exception {
    Files.createDirectories(dir.resolve("www"));
    Files.writeString(dir.resolve("www/index.html"), "old", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("report.html"), Path.of("www/index.html"));
    Run run = Run.of(dir, "check", "-o", "html=report.html", "actuals.csv");
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(Files.isSymbolicLink(dir.resolve("report.html"))).isTrue();
    assertThat(Files.readString(dir.resolve("www/index.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void refusesAPathThatIsNotARegularFile() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=pipe", "actuals.csv");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).isEqualTo(
        "pipe: cannot write report: not a regular file (a report replaces its file whole; name a file)\n");
    assertThat(old()).isEqualTo("old");
  }

  @Test
  void writesEveryFormatAsked() throws Exception {
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=r.csv", "actuals.csv");
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(old()).startsWith("{");
    assertThat(Files.readString(dir.resolve("r.csv"))).startsWith("\uFEFFid,");
  }

  @Test
  void twoFormatsIntoOneFileAreRefused() throws Exception {
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=./old.json", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("attain: -o csv=./old.json names the same file as -o json=old.json\n");
    assertThat(run.out()).isEmpty();
    assertThat(old()).isEqualTo("old");
  }

  @Test
  void aFolderAsOutputIsAnInputErrorAndNothingIsWritten() throws Exception {
    Files.createDirectory(dir.resolve("reports"));
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=reports", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("reports: cannot write report: is a folder\n");
    assertThat(old()).isEqualTo("old");
    assertThat(dir.resolve("reports")).isEmptyDirectory();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("targets.yaml", "actuals.csv", "old.json", "reports");
  }

  @Test
  void aMissingFolderLeavesTheOtherReportsUnchanged() throws Exception {
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=nowhere/r.csv", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(old()).isEqualTo("old");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("targets.yaml", "actuals.csv", "old.json");
  }

  @Test
  void aMissingFolderIsSaidSo() throws Exception {
    Run run = Run.of(dir, "check", "-o", "csv=nowhere/r.csv", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("nowhere/r.csv: cannot write report: no such folder\n");
  }

  @Test
  void aFolderThatTakesNoNewFilesIsNotCalledMissing() throws Exception {
    // /proc exists, but a new file there is refused as "no such file": the folder is not missing
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "no /proc");
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "json=/proc/version", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("/proc/version: cannot write report: cannot create a file in /proc (a report "
        + "is written to a temporary file in its folder, then renamed into place)\n");
    assertThat(run.out()).isEmpty();
    assertThat(old()).isEqualTo("old");
  }

  @Test
  void aFileWhereAFolderShouldBeIsSaidSo() throws Exception {
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=actuals.csv/r.csv", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("actuals.csv/r.csv: cannot write report: actuals.csv is not a folder\n");
    assertThat(old()).isEqualTo("old");
  }

  @Test
  void badInputWritesNothing() throws Exception {
    Files.writeString(dir.resolve("actuals.csv"), "indicator,period,value\ngrain,2024,18,45亿\n", StandardCharsets.UTF_8);
    Run run = Run.of(dir, "check", "-o", "json=old.json", "-o", "csv=r.csv", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    assertThat(old()).isEqualTo("old");
    assertThat(dir.resolve("r.csv")).doesNotExist();
  }

  @Test
  void aUsageErrorWritesNothing() throws Exception {
    Run run = Run.of(dir, "check", "-o", "json=old.json", "--fail-on", "sometimes", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(old()).isEqualTo("old");
  }

  @Test
  void anInputFileAsOutputIsRefused() throws Exception {
    Run run = Run.of(dir, "check", "-o", "csv=actuals.csv", "actuals.csv");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("attain: -o csv=actuals.csv would overwrite an input file\n");
    assertThat(Files.readString(dir.resolve("actuals.csv"))).startsWith("indicator,");
  }
}
