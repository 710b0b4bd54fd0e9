package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of the data files named on the command line does not change a result or a finding. */
class FileOrderTest {
  @TempDir Path dir;

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * A rate published alone (its row's unit blank) and the levels published in another unit: the
   * level keeps the precision it was published with, whichever file comes first.
   */
  @Test
  void aRateFileBeforeOrAfterTheLevelsGivesTheSameReport() throws Exception {
    write("targets.yaml", """
        title: 次序
        period: 2024
        entity: 洛隆县
        indicators:
          x: {name: X, unit: 万元}
        targets:
          - indicator: x
            value: {at_least: 15000}
        """);
    write("G.csv", "indicator,period,growth\nX,2024,8\n");
    write("L.csv", "indicator,period,value,unit\nX,2023,1.5,亿元\nX,2024,1.7,亿元\n");
    Run gl = Run.of(dir, "check", "G.csv", "L.csv", "--findings", "all", "-f", "json");
    Run lg = Run.of(dir, "check", "L.csv", "G.csv", "--findings", "all", "-f", "json");
    assertThat(gl.exit()).as("%s", gl).isZero();
    assertThat(gl.out()).isEqualTo(lg.out());
    assertThat(gl.out()).contains("\"consistent\": 1,\n    \"inconsistent\": 0,")
        .contains("\"actual\": 17000,").contains("\"converted from 1.7 亿元\"");
  }

  /** A level in 亩 joining a rate whose row says 公顷 is 22 亩, not a 34-digit cut of 22 ÷ 15 公顷. */
  @Test
  void aLevelAfterARateOnlyRowInAnotherUnitKeepsItsUnit() throws Exception {
    write("targets.yaml", """
        period: 2024
        entity: 洛隆县
        indicators:
          land: {name: 耕地, unit: 公顷, type: stock}
        targets:
          - indicator: land
            value: {at_least: 1, unit: 亩}
        """);
    write("A.csv", "indicator,period,value,unit,growth\n耕地,2024,,公顷,5\n耕地,2024,22,亩,\n");
    write("B.csv", "indicator,period,value,unit,growth\n耕地,2024,22,亩,\n耕地,2024,,公顷,5\n");
    Run a = Run.of(dir, "check", "A.csv", "-f", "json");
    Run b = Run.of(dir, "check", "B.csv", "-f", "json");
    assertThat(a.exit()).as("%s", a).isZero();
    assertThat(a.out()).contains("\"actual\": 22,\n      \"actual_relation\": null,\n      \"unit\": \"亩\",\n"
        + "      \"source\": \"reported\",");
    assertThat(a.out()).isEqualTo(b.out().replace("B.csv", "A.csv"));
  }

  /**
   * The same level in two precisions, one file each: the more precise copy (163000 万元, ±0.5 万元)
   * is kept in either order, so the rate it makes inconsistent (16.3 亿元 would allow 7.8 % over
   * 15.2) is inconsistent in both, and the value target shows the same figure.
   */
  @Test
  void theMorePreciseCopyOfALevelIsKeptWhicheverFileComesFirst() throws Exception {
    write("targets.yaml", """
        title: 精度
        period: 2024
        entity: 洛隆县
        indicators:
          x: {name: X, unit: 亿元}
        targets:
          - indicator: x
            value: {at_least: 16}
        """);
    write("A.csv", "indicator,period,value,unit,growth\nX,2023,15.2,亿元,\nX,2024,16.3,亿元,7.8\n");
    write("B.csv", "indicator,period,value,unit\nX,2024,163000,万元\n");
    Run ab = Run.of(dir, "check", "A.csv", "B.csv", "--findings", "all", "-f", "json");
    Run ba = Run.of(dir, "check", "B.csv", "A.csv", "--findings", "all", "-f", "json");
    assertThat(ab.exit()).as("%s", ab).isZero();
    assertThat(ab.out()).isEqualTo(ba.out());
    assertThat(ab.out()).contains("\"consistent\": 0,\n    \"inconsistent\": 1,")
        .contains("\"actual\": 16.3,").contains("\"converted from 163000 万元\"")
        .contains("\"reported\": 7.8,").contains("\"computed\": 7.2,").contains("\"location\": \"A.csv:3:5\"");
  }

  /** A rate given as 7.2 in one file and 7.20 in another: 7.20 is checked, and cited, in either order. */
  @Test
  void theRateWithMoreDecimalsIsKeptWhicheverFileComesFirst() throws Exception {
    write("targets.yaml", """
        period: 2024
        entity: 洛隆县
        indicators:
          x: {name: X, unit: 万元}
        targets:
          - indicator: x
            growth: {at_least: 7}
        """);
    // 1000.00 → 1072.40 is 7.24 %: within 7.2's ±0.05, not 7.20's ±0.005
    write("A.csv", "indicator,period,value,growth\nX,2023,1000.00,\nX,2024,1072.40,7.2\n");
    write("B.csv", "indicator,period,growth\nX,2024,7.20\n");
    Run ab = Run.of(dir, "check", "A.csv", "B.csv", "-f", "text", "--color", "never");
    Run ba = Run.of(dir, "check", "B.csv", "A.csv", "-f", "text", "--color", "never");
    assertThat(ab.out()).isEqualTo(ba.out());
    assertThat(ab.out()).contains("B.csv:2:3").contains("7.20").doesNotContain("A.csv:3:4");
  }

  /**
   * A row left blank in one file and the same figure marked NA or — in the other: the mark wins
   * in either order of the files, so the report is the same; a level cell left blank beside a rate
   * is named whichever file comes first, unless the other file marks that level.
   */
  @Test
  void aMarkInOneFileWinsOverABlankInTheOtherWhicheverComesFirst() throws Exception {
    write("targets.yaml", """
        title: 空白与NA
        period: 2024
        entity: 洛隆县
        indicators:
          x: {name: X, unit: 万元}
          y: {name: Y, unit: 万元}
          z: {name: Z, unit: 万元}
        targets:
          - indicator: x
            value: {at_least: 1}
          - indicator: y
            value: {at_least: 1}
          - indicator: z
            value: {at_least: 1}
          - indicator: z
            growth: {at_least: 5}
        """);
    write("A.csv", "indicator,period,value,growth\nX,2024,,\nY,2024,,6.0\nZ,2024,,6.0\n");
    write("B.csv", "indicator,period,value,growth\nX,2024,NA,\nY,2024,—,6.0\n");
    Run ab = Run.of(dir, "check", "A.csv", "B.csv", "-f", "json");
    Run ba = Run.of(dir, "check", "B.csv", "A.csv", "-f", "json");
    assertThat(ab.exit()).as("%s", ab).isEqualTo(1);
    assertThat(ab.out()).isEqualTo(ba.out());
    assertThat(ab.out()).contains("\"reason\": \"no 2024 figure\"")
        .contains("\"reason\": \"no 2024 level (only a growth rate)\"")
        .contains("\"reason\": \"2024 level left blank (A.csv:4:3); only a growth rate\"")
        .doesNotContain("A.csv:2:3").doesNotContain("A.csv:3:3");
    // the growth target uses Z's rate: not MISSING
    assertThat(ab.out()).contains("\"summary\": {\n    \"status\": \"FAIL\",\n    \"exit_code\": 1,\n    \"pass\": 1,\n"
        + "    \"warn\": 0,\n    \"fail\": 0,\n    \"missing\": 3,");
  }
}
