package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.engine.FigureTable;
import dev.attain.model.BlankSink;
import dev.attain.model.BlankSink.Cell;
import dev.attain.model.Figure;
import dev.attain.model.Location;
import dev.attain.model.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActualsReaderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void readsTheLongLayout() {
    List<Figure> f = Read.figures("指标,时期,数值,单位,同比增长,地区\n"
        + "地区生产总值,2024,18.45,亿元,8.3,洛隆县\n"
        + "粮食产量,2024年1-6月,\"1,234.50\",,,昌都市\n");
    assertThat(f).extracting(Fixtures::show).containsExactly(
        "洛隆县 gdp 2024 value=18.45 亿元 growth=8.3 @actuals.csv:2:3",
        "昌都市 grain_output 2024-06 value=1234.50 万斤 growth=none @actuals.csv:3:3");
    assertThat(f.get(1).value().number().scale()).isEqualTo(2);
  }

  @Test
  void growthOnlyRowsPointAtTheGrowthColumn() {
    assertThat(Read.figures("indicator,period,growth\ngdp,2024,5.6%\n")).extracting(Fixtures::show)
        .containsExactly("洛隆县 gdp 2024 value=none growth=5.6 @actuals.csv:2:3");
  }

  @ParameterizedTest
  @CsvSource({"gdp", "GDP", "gDp", "ＧＤＰ", "' 生产总值 '", "地区生产总值", "urban income", "URBAN INCOME"})
  void matchesIdNameAndAliasesFoldingCaseAndWidth(String name) {
    List<Figure> f = Read.figures("indicator,period,value\n\"" + name + "\",2024,1\n");
    assertThat(f).hasSize(1);
  }

  @Test
  void entityIsEmptyWithoutColumnOrDefault() {
    List<Figure> f = new ArrayList<>();
    new ActualsReader(Fixtures.targets(null), null).read(
        new ByteArrayInputStream("indicator,period,value\ngdp,2024,1\n".getBytes(StandardCharsets.UTF_8)),
        "a.csv", f::add, ProblemHandler.FAIL_FAST);
    assertThat(f.get(0).entity()).isEmpty();
  }

  @Test
  void entityCellsFoldFullWidthAndSpacesLikeIndicatorNames() {
    List<Figure> f = Read.figures("indicator,period,value,entity\n"
        + "gdp,2024,1,洛隆县\u3000\n"
        + "gdp,2023,1,\u00A0ＡＢ县\n"
        + "gdp,2022,1,昌都  市\n"
        + "gdp,2021,1,Luolong  County\n");
    assertThat(f).extracting(Figure::entity).containsExactly("洛隆县", "AB县", "昌都市", "Luolong  County");
  }

  @Test
  void blankEntityCellTakesTheDefault() {
    assertThat(Read.figures("indicator,period,value,entity\ngdp,2024,1, \n").get(0).entity()).isEqualTo("洛隆县");
  }

  @Test
  void blankEntityCellWithNoDefaultIsAnErrorInBothLayouts() {
    ActualsReader reader = new ActualsReader(Fixtures.targets(null), null);
    ProblemHandler.Collecting p = new ProblemHandler.Collecting(10);
    List<Figure> f = new ArrayList<>();
    reader.read(new ByteArrayInputStream(("地区,指标,时期,数值,单位\n"
        + "洛隆县,地区生产总值,2024,18.45,亿元\n"
        + ",地区生产总值,2023,16.82,亿元\n"
        + "\u3000,粮食产量,2023,5300,万斤\n"
        + ",财政收入,2023,1,亿元\n" // skipped: no entity needed
        + ",,,,\n").getBytes(StandardCharsets.UTF_8)), "d.csv", f::add, p);
    reader.read(new ByteArrayInputStream("指标,区域,2023,2024\n粮食产量,,5300,5460\n".getBytes(StandardCharsets.UTF_8)),
        "w.csv", f::add, p);
    assertThat(f).extracting(Fixtures::show).containsExactly("洛隆县 gdp 2024 value=18.45 亿元 growth=none @d.csv:2:4");
    assertThat(p.problems()).extracting(Throwable::getMessage).containsExactly(
        "d.csv:3:1: no entity (fill in the 地区 cell, or add entity: to targets.yaml for the rows that leave it blank)",
        "d.csv:4:1: no entity (fill in the 地区 cell, or add entity: to targets.yaml for the rows that leave it blank)",
        "w.csv:2:2: no entity (fill in the 区域 cell, or add entity: to targets.yaml for the rows that leave it blank)");
    assertThat(reader.entities()).containsExactly("洛隆县");
  }

  @Test
  void onlyRowsNamingAnIndicatorOfTheTargetsMakeAnEntityPresent() {
    ActualsReader reader = new ActualsReader(Fixtures.targets(), null);
    List<Figure> f = new ArrayList<>();
    String csv = "地区,指标,时期,数值,单位\n"
        + "洛隆县,地区生产总值,2024,18.45,亿元\n"
        + "丁县,粮食产量,2024,NA,万斤\n" // reports nothing, but names an indicator: present
        + "丙县,工业增加值,2024,3,亿元\n" // an indicator the targets file does not name
        + "合计,,,,\n" // a spreadsheet's footer
        + "注：数据来源于统计局,,,,\n"
        + "地区,指标,时期,数值,单位\n" // a second export pasted below the first
        + "昌都市,粮食产量,2024,5460,万斤\n"
        + "注：单位为亿元，2024年为初步核算数,,,,\n"; // a note with full-width commas, naming no indicator
    reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", f::add, ProblemHandler.FAIL_FAST);
    assertThat(f).extracting(Figure::entity).containsExactly("洛隆县", "昌都市");
    assertThat(reader.entities()).containsExactly("洛隆县", "丁县", "昌都市");
  }

  @Test
  void aSecondHeaderThatDiffersEndsTheFileWithAnErrorAndAnIdenticalOneIsSkipped() {
    assertThat(Read.outcome("地区,指标,时期,数值(亿元)\n"
        + "洛隆县,地区生产总值,2024,18.45\n"
        + "地区,指标,时期,数值(亿元)\n"
        + "地区,指标,时期,数值(万元)\n"
        + "边坝县,地区生产总值,2024,91000\n")).containsExactly(
        "洛隆县 gdp 2024 value=18.45 亿元 growth=none @actuals.csv:2:4",
        "error: actuals.csv:4:1: a second header, not the same as the one at line 1 (a file holds one table: split the "
            + "file, or give both parts the same header)");
  }

  @Test
  void skippedRowsAreCountedByKindInOneInfoLineEach() {
    assertThat(Read.outcome("指标,时期,数值\n"
        + ",2024,1\n"
        + "地区生产总值,2024,18.45\n"
        + "财政收入,2024,2\n"
        + "\u3000,2023,1\n"
        + "指标,时期,数值\n"
        + "指标,时期,数值\n")).containsExactly(
        "洛隆县 gdp 2024 value=18.45 亿元 growth=none @actuals.csv:3:3",
        "INFO actuals.csv: skipped 1 row whose indicator is not in the targets file (e.g. 财政收入)",
        "INFO actuals.csv: skipped 2 rows with no indicator (first at line 2)",
        "INFO actuals.csv: skipped 2 rows repeating the header (first at line 6)");
  }

  @Test
  void linesAreWhereRecordsStart() {
    List<Figure> f = Read.figures("indicator,period,value,note\r\n"
        + "gdp,2023,1,\"a\r\nb\r\nc\"\r\n\r\n"
        + "gdp,2024,2,\n");
    assertThat(f).extracting(x -> x.location().line()).containsExactly(2L, 6L);
  }

  @Test
  void aCellOverSeveralLinesIsQuotedOnOneLine() {
    assertThatThrownBy(() -> Read.figures("indicator,period,value\ngdp,2024,\"12\r\n34\"\n"))
        .hasMessage("actuals.csv:2:3: value \"12\\r\\n34\" is not a number (expected e.g. 18.45 or 1,234.5)");
    assertThatThrownBy(() -> Read.figures("indicator,period,value\ngdp,\"20\n24\",1\n"))
        .hasMessage("actuals.csv:2:2: period \"20\\n24\" is not understood (expected 2024, 2024年, 2024-06, "
            + "2024年6月, 2024年1-6月, 2024-Q2, 2024-H1, 2024年上半年 or 2024年前三季度)");
  }

  /**
   * What the reader tells of each row of an indicator that gives no level: the cell it names, and
   * what the level and growth cells held ({@code 洛隆县 gdp 2024 @a.csv:2:3 BLANK/GIVEN}).
   */
  private static List<String> told(String csv) {
    List<String> out = new ArrayList<>();
    ActualsReader reader = new ActualsReader(Fixtures.targets(), null);
    reader.blanks((entity, indicator, period, at, level, growth) ->
        out.add(entity + " " + indicator + " " + period + " @" + at + " " + level + "/" + growth));
    reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", f -> { }, ProblemHandler.FAIL_FAST);
    return out;
  }

  @Test
  void rowsWithNoLevelAreToldWithTheirCells() {
    assertThat(told("指标,时期,数值,单位,增速\n地区生产总值,2024,,亿元,\n地区生产总值,2023,NA,亿元,\n"
        + "粮食产量,2024, ,万斤,1.5\n未知指标,2024,,,\n耕地保有量,2024,\u3000,,\n粮食产量,2023,18,万斤,\n"
        + "粮食产量,2022,—,万斤,2.0\n粮食产量,2021,,万斤,N/A\n"))
        .containsExactly(
            "洛隆县 gdp 2024 @a.csv:2:3 BLANK/BLANK",
            "洛隆县 gdp 2023 @a.csv:3:3 NOT_REPORTED/BLANK",
            "洛隆县 grain_output 2024 @a.csv:4:3 BLANK/GIVEN", // a level left blank beside a rate
            "洛隆县 farmland 2024 @a.csv:6:3 BLANK/BLANK",
            "洛隆县 grain_output 2022 @a.csv:8:3 NOT_REPORTED/GIVEN",
            "洛隆县 grain_output 2021 @a.csv:9:3 BLANK/NOT_REPORTED");
    // a table of rates alone: the rate's cell is the row's; a rate given leaves nothing to tell
    assertThat(told("indicator,period,growth\ngdp,2024,\ngdp,2023,—\ngdp,2022,5.2\n")).containsExactly(
        "洛隆县 gdp 2024 @a.csv:2:3 NONE/BLANK", "洛隆县 gdp 2023 @a.csv:3:3 NONE/NOT_REPORTED");
    // wide: the period's cell, and the growth column's beside the period it is of (2024)
    assertThat(told("指标,2023,2024,增速\n地区生产总值,18.45,,\n粮食产量,,—,2.0\n耕地保有量,NA,,3\n"))
        .containsExactly(
            "洛隆县 gdp 2024 @a.csv:2:3 BLANK/BLANK",
            "洛隆县 grain_output 2023 @a.csv:3:2 BLANK/NONE",
            "洛隆县 grain_output 2024 @a.csv:3:3 NOT_REPORTED/GIVEN",
            "洛隆县 farmland 2023 @a.csv:4:2 NOT_REPORTED/NONE",
            "洛隆县 farmland 2024 @a.csv:4:3 BLANK/GIVEN");
  }

  /**
   * The growth cell of a rate (CPI) is not read: it says nothing of the level, so a level left
   * blank beside it is told as left blank, in both layouts; in a table of rates alone it is the
   * row's only figure cell.
   */
  @Test
  void theUnreadGrowthCellOfARateDoesNotHideItsBlankLevel() {
    assertThat(told("指标,时期,数值,增速\n居民消费价格涨幅,2024,,1.8\n居民消费价格涨幅,2023,,\n"))
        .containsExactly("洛隆县 cpi 2024 @a.csv:2:3 BLANK/NONE", "洛隆县 cpi 2023 @a.csv:3:3 BLANK/NONE");
    assertThat(told("指标,2023,2024,增速\n居民消费价格涨幅,0.3,,1.8\n"))
        .containsExactly("洛隆县 cpi 2024 @a.csv:2:3 BLANK/NONE");
    assertThat(told("indicator,period,growth\ncpi,2024,1.8\ncpi,2023,\n"))
        .containsExactly("洛隆县 cpi 2024 @a.csv:2:3 NONE/GIVEN", "洛隆县 cpi 2023 @a.csv:3:3 NONE/BLANK");
  }

  /**
   * What the reader tells of each row that gives a level and no growth rate in a table with a
   * growth column ({@code 洛隆县 gdp 2024 @a.csv:2:5 BLANK}).
   */
  private static List<String> toldRates(String csv) {
    List<String> out = new ArrayList<>();
    ActualsReader reader = new ActualsReader(Fixtures.targets(), null);
    reader.blanks(new BlankSink() {
      @Override
      public void noLevel(String entity, String indicator, Period period, Location at, Cell level, Cell growth) {}

      @Override
      public void noRate(String entity, String indicator, Period period, Location at, Cell growth) {
        out.add(entity + " " + indicator + " " + period + " @" + at + " " + growth);
      }
    });
    reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", f -> { }, ProblemHandler.FAIL_FAST);
    return out;
  }

  /**
   * A level beside a growth cell left blank or marked is told with the growth cell, in both
   * layouts (the wide layout's growth column is of the period to its left); a rate given, a row
   * with no level, the unread growth cell of a rate (CPI) and a table with no growth column tell
   * nothing.
   */
  @Test
  void levelsWithNoRateAreToldWithTheirGrowthCell() {
    assertThat(toldRates("指标,时期,数值,单位,增速\n地区生产总值,2024,19.5,亿元,\n地区生产总值,2023,18.45,亿元,NA\n"
        + "地区生产总值,2022,17,亿元,3.1\n地区生产总值,2021,,亿元,\n居民消费价格涨幅,2024,1.2,%,\n粮食产量,2024,18,万斤\n"))
        .containsExactly("洛隆县 gdp 2024 @a.csv:2:5 BLANK", "洛隆县 gdp 2023 @a.csv:3:5 NOT_REPORTED",
            "洛隆县 grain_output 2024 @a.csv:7:5 BLANK"); // a short row: the growth cell is not there
    assertThat(toldRates("指标,2023,2024,增速\n地区生产总值,18.45,19.5,\n粮食产量,17,18,—\n耕地保有量,15,,\n"
        + "居民消费价格涨幅,0.3,1.2,\n"))
        .containsExactly("洛隆县 gdp 2024 @a.csv:2:4 BLANK", "洛隆县 grain_output 2024 @a.csv:3:4 NOT_REPORTED");
    assertThat(toldRates("指标,时期,数值\n地区生产总值,2024,19.5\n")).isEmpty();
  }

  /**
   * A file saved with tabs or semicolons between its cells reads as one column: said as such, at
   * the header, in UTF-8 and in GB18030; a title with a semicolon above a real header is a title.
   */
  @Test
  void aHeaderOfNamesBetweenTabsOrSemicolonsIsAFileNotSeparatedByCommas() {
    String tabs = "指标\t时期\t数值\r\n地区生产总值\t2024\t19.5\r\n";
    String said = "actuals.csv:1:1: the header is one cell with tabs between its names (指标, 时期, 数值): the file is"
        + " not comma-separated; save it as \"CSV UTF-8\" (commas between cells)";
    assertThatThrownBy(() -> Read.figures(tabs)).hasMessage(said);
    assertThatThrownBy(() -> Read.figures(tabs.getBytes(Charset.forName("GB18030")), null)).hasMessage(said);
    assertThatThrownBy(() -> Read.figures("测试县2024年主要指标\n单位：亿元\nindicator;period;value\ngdp;2024;19.5\n"))
        .hasMessage("actuals.csv:3:1: the header is one cell with semicolons between its names (indicator, period,"
            + " value): the file is not comma-separated; save it as \"CSV UTF-8\" (commas between cells)");
    assertThat(Read.figures("测试县;2024年\n指标,时期,数值\n地区生产总值,2024,19.5\n"))
        .extracting(f -> f.value().number().toPlainString()).containsExactly("19.5");
  }

  @Test
  void brokenQuotingNamesTheFieldOfTheBrokenCell() {
    assertThatThrownBy(() -> Read.figures("地区,指标,时期,数值,单位\n洛隆县,GDP,2024,\"18.45,亿元\n"))
        .hasMessage("actuals.csv:2:4: a quoted cell in the row that starts on this line is never closed"
            + " (a quote inside a cell is written twice: \"\")");
    assertThatThrownBy(() -> Read.figures("地区,指标,时期,数值,单位\n洛隆县,GDP,2024,\"12\"3,亿元\n"))
        .hasMessage("actuals.csv:2:4: malformed CSV: text after a closing quote, or a quote never closed (a quote inside a cell is written twice: \"\")");
    // read by Commons CSV from line 2 on (a doubled quote), with a cell over two lines before the broken one
    assertThatThrownBy(() -> Read.figures("地区,指标,时期,数值,单位\n\"洛隆\"\"县\",GDP,2024,1,亿元\n"
        + "洛隆县,\"G\nDP\",2024,1,\"亿元\" x\n"))
        .hasMessage("actuals.csv:3:5: malformed CSV: text after a closing quote, or a quote never closed (a quote inside a cell is written twice: \"\")");
  }

  /** Merged county cells: a blank entity cell below one that names a county, even of an indicator not checked. */
  @Test
  void aBlankEntityCellInAFileThatNamesEntitiesIsAMergedCell() {
    assertThatThrownBy(() -> Read.figures("县区,指标,时期,数值,单位\n边坝县,国土绿化面积,2024,3800,亩\n,粮食产量,2024,3779,万斤\n"))
        .hasMessage("actuals.csv:3:1: no entity: the 县区 cell is blank, but line 2 names one (a merged cell from Excel?);"
            + " fill in every 县区 cell");
  }

  @Test
  void failFastThrowsTheFirstProblem() {
    assertThatThrownBy(() -> Read.figures("indicator,period,value\ngdp,2024,\"18,45亿\"\ngdp,2024-13,1\n"))
        .hasMessage("actuals.csv:2:3: value \"18,45亿\" is not a number: " + ValueParser.COMMAS);
  }

  @Test
  void readsGb18030WhenNotUtf8AndSaysSo() {
    byte[] bytes = "指标,年份,数值\n粮食产量,2024,5400\n".getBytes(GB18030);
    try (LogCapture log = new LogCapture()) {
      assertThat(Read.figures(bytes, null)).extracting(Fixtures::show)
          .containsExactly("洛隆县 grain_output 2024 value=5400 万斤 growth=none @actuals.csv:2:3");
      assertThat(log.lines()).containsExactly("INFO actuals.csv: not UTF-8, read as GB18030");
    }
  }

  @Test
  void forcedEncodingIsUsedAsIs() {
    byte[] bytes = "指标,年份,数值\n粮食产量,2024,5400\n".getBytes(GB18030);
    try (LogCapture log = new LogCapture()) {
      assertThat(Read.figures(bytes, GB18030)).hasSize(1);
      assertThat(log.lines()).isEmpty();
    }
    assertThatThrownBy(() -> Read.figures(bytes, StandardCharsets.UTF_8))
        .hasMessage("actuals.csv:1: bytes that are not valid UTF-8; give the file's encoding with --encoding (e.g. --encoding GB18030)");
  }

  @Test
  void utf8BomIsDropped() {
    byte[] bytes = ("\uFEFF指标,年份,数值\n粮食产量,2024,5400\n").getBytes(StandardCharsets.UTF_8);
    assertThat(Read.figures(bytes, null)).hasSize(1);
    assertThat(Read.figures(bytes, StandardCharsets.UTF_8)).hasSize(1);
  }

  @Test
  void gb18030BeyondTheLookAheadIsAnErrorOnItsLine() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("indicator,period,value\n".getBytes(StandardCharsets.US_ASCII));
    int lines = 1;
    while (b.size() < TextInput.SNIFF + 100) {
      b.writeBytes("gdp,2024,18.45\n".getBytes(StandardCharsets.US_ASCII));
      lines++;
    }
    b.writeBytes("粮食产量,2024,5400\n".getBytes(GB18030));
    assertThatThrownBy(() -> Read.figures(b.toByteArray(), null))
        .hasMessage("actuals.csv:" + (lines + 1)
            + ": bytes that are not valid UTF-8; give the file's encoding with --encoding (e.g. --encoding GB18030)");
  }

  @Test
  void truncatedUtf8BeyondTheLookAheadIsNamed() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("indicator,period,value\n".getBytes(StandardCharsets.US_ASCII));
    int lines = 1;
    while (b.size() < TextInput.SNIFF + 100) {
      b.writeBytes("gdp,2024,18.45\n".getBytes(StandardCharsets.US_ASCII));
      lines++;
    }
    b.writeBytes(new byte[] {(byte) 0xE7, (byte) 0xB2});
    assertThatThrownBy(() -> Read.figures(b.toByteArray(), null))
        .hasMessage("actuals.csv:" + (lines + 1) + ": file ends inside a UTF-8 character (truncated file?)");
  }

  @Test
  void largeFilesStreamThroughTheLookAheadBoundary() {
    StringBuilder csv = new StringBuilder("指标,年份,数值,地区\n");
    int rows = 20_000;
    for (int i = 0; i < rows; i++) {
      csv.append("粮食产量,2024,").append(i).append(",乡").append(i).append('\n');
    }
    FigureTable table = new FigureTable();
    new ActualsReader(Fixtures.targets(), null).read(
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv", table,
        ProblemHandler.FAIL_FAST);
    assertThat(table.size()).isEqualTo(rows);
    assertThat(table.get("乡19999", "grain_output", Period.year(2024)).orElseThrow().location().toString())
        .isEqualTo("big.csv:20001:3");
  }

  @Test
  void aNulByteBeyondTheLookAheadIsRefusedAsBinaryWithItsLine() {
    String rows = "粮食产量,2024,1\n".repeat(5000); // past the 64 KiB look-ahead
    byte[] csv = ("指标,年份,数值\n" + rows + "粮食产量,2023,1\u0000\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Read.figures(csv, null))
        .hasMessage("actuals.csv:5002: binary file (NUL byte on this line); expected CSV text in UTF-8 or GB18030");
  }

  @Test
  void conflictingDuplicateNamesBothLinesAndIdenticalOneIsAccepted() {
    FigureTable table = FigureTable.forTargets(Fixtures.targets());
    ActualsReader reader = new ActualsReader(Fixtures.targets(), null);
    String csv = "indicator,period,value,unit\ngdp,2024,18.45,亿元\nGDP,2024,184500,万元\n生产总值,2024,18.5,亿元\n";
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "actuals.csv", table, ProblemHandler.FAIL_FAST))
        .hasMessage("actuals.csv:4:3: conflicting level for 洛隆县 地区生产总值 (gdp) 2024: 18.5 亿元 here, 184500 万元 at"
            + " actuals.csv:3:3 (identical duplicates are accepted)"); // the more precise of the two copies kept
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void wideLayoutTakesTheFirstColumnAsIndicator() {
    assertThat(Read.figures("名称,2023,2024-Q2\n粮食产量,5300,\"2,700\"\n")).extracting(Fixtures::show)
        .containsExactly("洛隆县 grain_output 2023 value=5300 万斤 growth=none @actuals.csv:2:2",
            "洛隆县 grain_output 2024-06 value=2700 万斤 growth=none @actuals.csv:2:3");
  }

  @Test
  void wideLayoutReportsABadCellAndKeepsTheOthers() {
    ProblemHandler.Collecting p = new ProblemHandler.Collecting(10);
    List<Figure> f = new ArrayList<>();
    new ActualsReader(Fixtures.targets(), null).read(new ByteArrayInputStream(
        "指标,2023,2024\n粮食产量,53OO,5400\n".getBytes(StandardCharsets.UTF_8)), "w.csv", f::add, p);
    assertThat(f).extracting(Fixtures::show).containsExactly("洛隆县 grain_output 2024 value=5400 万斤 growth=none @w.csv:2:3");
    assertThat(p.problems()).extracting(Throwable::getMessage)
        .containsExactly("w.csv:2:2: unknown unit \"OO\" in value \"53OO\" (run attain units to see the known units)");
  }

  @Test
  void percentagePointsInAUnitCellOrAfterAValueAreNoLevel() {
    assertThat(Read.outcome("指标,时期,数值,单位\n居民消费价格涨幅,2024,2.2,%\n居民消费价格涨幅,2023,0.2,百分点\n"
        + "地区生产总值,2024,18.45,pp\n居民消费价格涨幅,2022,0.3百分点,\n")).containsExactly(
        "洛隆县 cpi 2024 value=2.2 % growth=none @actuals.csv:2:3",
        "problem: actuals.csv:3:4: unit 百分点 (percentage points) is the unit of a change of a rate, not of a level; "
            + "a level of 居民消费价格涨幅 (cpi) is in %",
        "problem: actuals.csv:4:4: unit pp (percentage points) is the unit of a change of a rate, not of a level; "
            + "a level of 地区生产总值 (gdp) is in 亿元",
        "problem: actuals.csv:5:3: value \"0.3百分点\": unit 百分点 (percentage points) is the unit of a change of a rate, "
            + "not of a level (a rate is written in %)");
  }

  @Test
  void extraBlankFieldsAreNotRagged() {
    assertThat(Read.figures("indicator,period,value\ngdp,2024,1,,\n")).hasSize(1);
  }
}
