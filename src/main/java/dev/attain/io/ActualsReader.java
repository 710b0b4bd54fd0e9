package dev.attain.io;

import dev.attain.model.Amount;
import dev.attain.model.BlankSink;
import dev.attain.model.BlankSink.Cell;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.Folding;
import dev.attain.model.Indicator;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Periods;
import dev.attain.model.TargetSet;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an actuals CSV file (SPEC §3), long or wide layout, and streams its figures to a sink.
 * Rows whose indicator cell is blank, repeats the header's or names no indicator of the targets
 * file are skipped (counted in one info line per kind and file), and their entity is not noted:
 * a spreadsheet's footer ({@code 合计,,,}), a note below the table or a second header where two
 * exports were pasted together is not an entity of the data.
 *
 * <p>Up to five rows of one cell above the header ({@code 测试县2024年主要经济指标}) are titles:
 * skipped, and shown in an info line; a unit given there ({@code 单位：万元}) is the unit of every
 * row that gives none of its own (see {@code unitText} below), and must agree with one the header names.
 *
 * <p>The file is read record by record ({@link CsvRecords}: lines without quotes are split there,
 * the rest by Apache Commons CSV); memory does not grow with its size.
 * Locations are {@code file:line:column} where the line is the physical line on which the record
 * starts (a quoted cell may span lines) and the column is the 1-based <em>field</em> number of the
 * offending cell (not a character offset).
 *
 * <p>A row with a bad cell is reported to the {@link ProblemHandler} and skipped; reading goes on
 * with the next row. Problems with the file as a whole (binary, undecodable, empty, no usable
 * header, broken quoting) are thrown at once. In the wide layout a bad value cell skips only that
 * cell: each cell is a figure of its own. The wide layout carries levels, and the rates of its one
 * growth column, which belong to the latest period column to its left ({@link Header#growthOf}).
 */
public final class ActualsReader {
  private static final Logger LOG = LoggerFactory.getLogger(ActualsReader.class);

  /** The first group of a number written with thousands separators, and a group after it (with decimals). */
  private static final java.util.regex.Pattern SPLIT_HEAD = java.util.regex.Pattern.compile("[+-]?[0-9]{1,3}");
  private static final java.util.regex.Pattern SPLIT_TAIL = java.util.regex.Pattern.compile("[0-9]{3}(\\.[0-9]+)?");

  /** 人民币 before or after a unit of money (万元人民币, 人民币万元): the currency, said of the unit. */
  private static final java.util.regex.Pattern RENMINBI = java.util.regex.Pattern.compile("^人民币|人民币$");

  /** Caches of cell text are bounded: past this many distinct texts, look-ups are not cached. */
  private static final int CACHE_LIMIT = 8192;

  /** Title rows skipped above the header at most: a title, a subtitle, a line on who reports. */
  private static final int MAX_TITLES = 5;

  private final TargetSet targets;
  private final Charset forcedEncoding;
  private final Map<String, Indicator> byName = new HashMap<>();
  /** The entity of every row used so far (one naming an indicator), in order of first appearance. */
  private final java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
  private String lastSeen;
  private BlankSink blanks = BlankSink.NONE;

  /** Where what a row of an indicator that gives no level held in its cells is told (none by default). */
  public void blanks(BlankSink sink) {
    blanks = sink;
  }

  /**
   * @param targets the vocabulary (indicator names, aliases, units) and default entity
   * @param forcedEncoding the {@code --encoding}, or {@code null} to detect UTF-8 / GB18030
   */
  public ActualsReader(TargetSet targets, Charset forcedEncoding) {
    this.targets = targets;
    this.forcedEncoding = forcedEncoding;
    for (Indicator ind : targets.indicators().values()) {
      byName.putIfAbsent(Folding.nameKey(ind.id()), ind);
      byName.putIfAbsent(Folding.nameKey(ind.name()), ind);
      for (String a : ind.aliases()) {
        byName.putIfAbsent(Folding.nameKey(a), ind);
      }
    }
  }

  /**
   * The entities of the rows used so far, in order of first appearance: every row whose indicator
   * is one of the targets file's, also one that reports nothing (an empty cell, {@code NA}), for an
   * entity present in the data is evaluated (SPEC §4.5), if only to be MISSING. Skipped rows (no
   * indicator, a repeated header, an indicator the targets file does not name) add none.
   */
  public List<String> entities() {
    return List.copyOf(seen);
  }

  private void seen(String entity) {
    if (entity != lastSeen) {
      lastSeen = entity;
      seen.add(entity);
    }
  }

  /**
   * Reads one file and hands every figure to {@code sink}.
   *
   * @param in the bytes (not closed)
   * @param name the file as the user named it, for messages ({@code <stdin>} for {@code -})
   * @param sink receives figures in file order
   * @param problems where problems go
   * @throws InputException when the file as a whole cannot be read (see the class comment)
   */
  public void read(InputStream in, String name, Consumer<Figure> sink, ProblemHandler problems) {
    TextInput.LineCountingReader text = TextInput.open(in, name, forcedEncoding);
    new Run(name, new CsvRecords(text, name), sink, null, problems).run();
  }

  /**
   * As {@link #read}, but hands each figure over as a {@link FigureRow}, whose plain numbers are
   * not made into {@code BigDecimal}s and whose figure is not made: the streaming check makes only
   * what it keeps, on its own thread when reading and checking run on two. Every check and every
   * error is the reader's, as with {@link #read}; {@link FigureRow#figure()} gives the very figure
   * {@link #read} would have handed over.
   */
  public void readRows(InputStream in, String name, Consumer<FigureRow> sink, ProblemHandler problems) {
    TextInput.LineCountingReader text = TextInput.open(in, name, forcedEncoding);
    new Run(name, new CsvRecords(text, name), null, sink, problems).run();
  }

  /** The state of reading one file. */
  private final class Run {
    private final String file;
    private final CsvRecords records;
    /** Where figures go: made here ({@link #read}), or as rows to be made there ({@link #readRows}). */
    private final Consumer<Figure> sink;
    private final Consumer<FigureRow> rows;
    private final ProblemHandler problems;
    private final ValueParser values = new ValueParser(targets.units());
    private final String defaultEntity = targets.entity() == null ? "" : targets.entity();
    /** The indicator a name cell names, or {@code null} for none. */
    private final Lookup<Named> indicators = new Lookup<>(this::named);
    /** The unit written in the current row's indicator cell ({@code 粮食产量（万斤）}), or {@code null}. */
    private Unit cellUnit;
    /** Whether a cell is a header's name for the indicator column ({@code 指标}, {@code 指标名称} …). */
    private final Lookup<Boolean> namesIndicatorColumn =
        new Lookup<>(text -> Header.role(Folding.trim(text), targets.units()) == Header.Role.INDICATOR);
    /** The period of a period cell, or {@code null} when it is not one. */
    private final Lookup<Period> periods = new Lookup<>(text -> Periods.parse(text).orElse(null));
    /** The unit of a unit cell, or {@code null} when blank or unknown. */
    private final Lookup<Unit> units = new Lookup<>(text -> {
      String s = Folding.trim(text);
      if (s.isEmpty()) {
        return null;
      }
      Unit u = targets.units().find(s).orElse(null);
      if (u == null) { // (万元), （万元）, 万元人民币, 人民币万元: as titles and headers write it
        String f = ValueParser.unbracketed(Folding.text(s));
        String money = RENMINBI.matcher(f).replaceAll("");
        u = f.isEmpty() ? null : targets.units().find(money).orElse(null);
        if (u != null && !money.equals(f) && !u.dimension().equals("money")) {
          u = null; // (人民币 is said of money only)
        }
      }
      return u;
    });
    /**
     * The entity of an entity cell, folded; for a blank cell the targets file's {@code entity:}, or
     * {@code null} when it has none.
     */
    private final Lookup<String> entities = new Lookup<>(text -> {
      String e = Folding.entity(text);
      return !e.isEmpty() ? e : targets.entity();
    });
    private final List<String> unknownExamples = new ArrayList<>(3);
    private long unknownRows;
    /** Rows with a blank indicator cell, and the line of the first. */
    private long blankRows;
    private long firstBlank;
    /**
     * The indicator the nearest row above with a filled indicator cell names, and that row's line:
     * a blank cell below it that holds a figure is an Excel merged cell ({@code null}: none, or not
     * one the targets file has, whose rows are skipped anyway).
     */
    private Indicator namedAbove;
    private long namedAboveLine;
    private String indicatorHeader;
    private String unitHeader;
    private String subPeriodHeader;
    private String periodHeader;
    /**
     * A part of the year a title names ({@code 洛隆县2024年1-6月主要经济指标}, {@code （1-9月）}), its
     * year (0: none said) and where: a period cell or column of the whole year is then refused.
     */
    private int titleMonths;
    private int titleYear;
    private Location titlePeriodAt;
    private String titlePeriodText;
    /** Under such a title, the first row of a whole year, and whether a row gave a part of one. */
    private Location yearRowAt;
    private Period yearRowPeriod;
    private boolean subYearRow;
    /**
     * The unit a note below the header gives the table ({@code 注：单位为万元}, a skipped row of one
     * cell), where it was, and the note; and per indicator the first line whose level was read in
     * the indicator's own unit for want of one in the row or above the header: the note must not
     * say otherwise ({@link #notedUnit}).
     */
    private Unit noteUnit;
    private Location noteUnitAt;
    private String noteText;
    private final Map<Indicator, Long> inOwnUnit = new java.util.LinkedHashMap<>();
    private Indicator inOwnUnitLast;
    /** Per indicator, the unit column's blank and given cells ({@link #unitCell}); the last asked, first. */
    private final Map<Indicator, UnitCells> unitCells = new HashMap<>();
    private Indicator unitCellsOf;
    private UnitCells unitCellsLast;
    /** Rows whose indicator cell is the header's (two exports pasted one after the other), and the first's line. */
    private long headerRows;
    /** The unit a line above the header gives the table ({@code 单位：万元}): for rows that give none. */
    private Unit lineUnit;
    private long lineUnitLine;
    /** The indicators a figure of which was taken in {@link #lineUnit}, by name, with their own unit. */
    private final java.util.LinkedHashMap<String, Unit> inLineUnit = new java.util.LinkedHashMap<>();
    /** The first row whose entity cell is blank, and the first that names one (0: none yet). */
    private long blankEntityLine;
    private long namedEntityLine;
    /** Rows whose entity is a total (合计), skipped, and the first's line. */
    private long totalRows;
    private long firstTotal;
    /** Growth cells of indicators in % or ‰, not read ({@link #rateGrowth}), and the first indicators' names. */
    private long rateGrowthCells;
    private final List<String> rateGrowthNames = new ArrayList<>(3);
    private long firstHeader;
    /** The header row's cells as {@link #headerKeys} gives them, and its line. */
    private List<String> headerCells;
    private long headerLine;
    /** One-cell rows above the header ({@link #title}): their cells, lines and filled column (1-based). */
    private final List<List<String>> titleCells = new ArrayList<>(MAX_TITLES);
    private final List<Long> titleLines = new ArrayList<>(MAX_TITLES);
    /** Per column with no header ({@link Header#blank}), whether a row filled it; and how many are not yet filled. */
    private boolean[] filledBlank;
    private int blankToFill;
    /** The row being read. */
    private CsvRecords current;
    /** A header below the first that differs from it: reading the file stops there. */
    private InputException secondHeader;
    private String entityHeader;
    private long line;
    private Header header;
    /** The level and rate of the current row: parsed, or plain (unscaled and scale), or none. */
    private Amount value;
    private boolean plainValue;
    private long valueUnscaled;
    private int valueScale;
    private Amount growth;
    private boolean plainGrowth;
    private long growthUnscaled;
    private int growthScale;

    Run(String file, CsvRecords records, Consumer<Figure> sink, Consumer<FigureRow> rows, ProblemHandler problems) {
      this.file = file;
      this.records = records;
      this.sink = sink;
      this.rows = rows;
      this.problems = problems;
    }

    void run() {
      long rows = 0;
      CsvRecords r;
      while ((r = next()) != null) {
        if (header == null) {
          if (title(r)) {
            continue;
          }
          header = Header.of(r.toList(), file, line, targets.units());
          titles();
          titleYear();
          boolean subYear = false; // (a column of a part of the year: the year's columns are the year's)
          for (Period p : header.periods) {
            subYear |= !p.isYear();
          }
          for (int k = 0; k < header.periodColumns.length && titleMonths > 0 && !subYear; k++) {
            if (yearUnderATitle(header.periods[k])) {
              throw yearUnderATitle(header.periods[k], new Location(file, line, header.periodColumns[k] + 1));
            }
          }
          headerCells = headerKeys(r);
          headerLine = line;
          entityHeader = header.entity < 0 ? null : Folding.trim(cell(r, header.entity));
          indicatorHeader = Folding.trim(cell(r, header.indicator));
          unitHeader = header.unit < 0 ? null : Folding.trim(cell(r, header.unit));
          subPeriodHeader = header.subPeriod < 0 ? null : Folding.trim(cell(r, header.subPeriod));
          periodHeader = header.period < 0 ? null : Folding.trim(cell(r, header.period));
          filledBlank = new boolean[header.blank.length];
          blankToFill = header.blank.length;
          continue;
        }
        rows++;
        if (blankToFill > 0) { // 0 once every column with no header was seen filled, and for most files
          fillsBlank(r);
        }
        try {
          if (r.size() > header.size && !blankFrom(r, header.size)) {
            throw new InputException(new Location(file, line, header.size + 1), "row has " + r.size()
                + " fields but the header has " + header.size + spaceBeforeQuote(r));
          }
          current = r;
          if (header.wide) {
            wideRow(r);
          } else {
            longRow(r);
          }
        } catch (InputException e) {
          if (e == secondHeader) {
            throw e;
          }
          problems.report(e);
        }
      }
      if (yearRowAt != null && !subYearRow) { // (the order of the rows does not matter)
        problems.report(yearUnderATitle(yearRowPeriod, yearRowAt));
      }
      if (noteUnit != null) {
        try {
          notedUnit();
        } catch (InputException e) {
          problems.report(e);
        }
      }
      if (header == null && !titleCells.isEmpty()) { // one-cell rows only: the first is the header it always was
        Header.of(titleCells.get(0), file, titleLines.get(0), targets.units());
      }
      if (header == null) {
        throw new InputException(Location.of(file),
            "empty file (expected a header row such as indicator,period,value)");
      }
      List<String> unused = header.unused(filledBlank);
      if (!unused.isEmpty()) { // a column the reader does not know is read by nothing: say so
        LOG.info("{}: column{} not used: {}", file, unused.size() == 1 ? "" : "s", String.join(", ", unused));
      }
      if (rows == 0) {
        LOG.info("{}: no data rows below the header", file);
      }
      if (unknownRows > 0) {
        LOG.info("{}: skipped {} row{} whose indicator is not in the targets file (e.g. {})", file,
            unknownRows, unknownRows == 1 ? "" : "s", String.join(", ", unknownExamples));
      }
      if (blankRows > 0) {
        LOG.info("{}: skipped {} with no indicator ({})", file, rows(blankRows), lines(blankRows, firstBlank));
      }
      if (headerRows > 0) {
        LOG.info("{}: skipped {} repeating the header ({})", file, rows(headerRows), lines(headerRows, firstHeader));
      }
      if (totalRows > 0) {
        LOG.info("{}: skipped {} whose {} is a total or a part of one (合计, 全县合计, 其中：…: not an entity; {})", file, rows(totalRows),
            entityHeader, lines(totalRows, firstTotal));
      }
      if (lineUnit != null) { // say what the unit line was taken for, and where it changes the scale
        List<String> taken = new ArrayList<>();
        inLineUnit.forEach((name, own) -> taken.add(own.symbol().equals(lineUnit.symbol()) ? name
            : name + " (its unit " + own.symbol() + ")"));
        if (taken.isEmpty()) {
          LOG.warn("{}: line {} gives the unit {}, but no row without a unit of its own is of that dimension:"
              + " no figure was read in it", file, lineUnitLine, lineUnit.symbol());
        } else {
          LOG.info("{}: figures taken in {}, as line {} says: {}", file, lineUnit.symbol(), lineUnitLine,
              String.join(", ", taken));
        }
      }
      if (rateGrowthCells > 0) {
        LOG.info("{}: growth column not read for {} (a rate: its change from the year before is in percentage"
            + " points, worked out from its levels; {})", file, String.join(", ", rateGrowthNames),
            rateGrowthCells == 1 ? "1 cell" : rateGrowthCells + " cells");
      }
    }

    /**
     * Notes a growth cell of an indicator that is itself a rate (居民消费价格涨幅 in %), which is not
     * read: bulletins give its change in percentage points there (0.3 → 2.1: 1.8), which is no
     * growth rate, and a growth target of a rate is refused; its change comes from its levels.
     */
    private void rateGrowth(Indicator ind) {
      rateGrowthCells++;
      if (rateGrowthNames.size() < 3 && !rateGrowthNames.contains(ind.name())) {
        rateGrowthNames.add(ind.name());
      }
    }

    /** Notes which columns with no header {@code r} fills (any row below the header, skipped or not). */
    private void fillsBlank(CsvRecords r) {
      int[] blank = header.blank;
      for (int k = 0; k < blank.length; k++) {
        if (!filledBlank[k] && blank[k] < r.size() && !r.isBlank(blank[k])) {
          filledBlank[k] = true;
          blankToFill--;
        }
      }
    }

    /**
     * Whether {@code r}, above the header, is a title: one filled cell that names no column
     * ({@code 测试县2024年主要经济指标}, {@code （2024年1-9月）}); kept to be skipped once the next row
     * is a header. After {@link #MAX_TITLES} such rows, none is a title: the first is read as the
     * header, as it always was (a file of one-cell rows has another separator).
     */
    private boolean title(CsvRecords r) {
      int filled = -1;
      int more = 0;
      for (int i = 0; i < r.size(); i++) {
        if (!r.isBlank(i)) {
          if (filled >= 0) {
            more++;
          } else {
            filled = i;
          }
        }
      }
      if (more > 0) {
        return more <= 2 && unitTitle(r);
      }
      String cell = r.get(filled);
      Header.Role role = Header.role(cell, targets.units());
      // (a one-cell row is no header; 单位（万元） alone names the unit column only in a header: here it is a unit line)
      if (role != null && !(role == Header.Role.UNIT && Header.headerUnit(cell, targets.units()) != null)) {
        return false;
      }
      Header.otherSeparator(cell, file, line, filled + 1, targets.units()); // 指标\t时期\t数值: no title
      if (titleCells.size() == MAX_TITLES) {
        try {
          Header.of(titleCells.get(0), file, titleLines.get(0), targets.units()); // throws: no column named
        } catch (InputException e) {
          if (e.getMessage().contains("looks like a targets file")) {
            throw e;
          }
          throw new InputException(new Location(file, titleLines.get(0), 0), "no header in the first " + (MAX_TITLES + 1)
              + " rows: lines " + titleLines.get(0) + " to " + line + " are one cell each (" + shownCell(titleCells.get(0))
              + " …); up to " + MAX_TITLES + " title lines above the header are skipped: delete the others, or, if"
              + " the file is not separated by commas, save it as \"CSV UTF-8\"");
        }
        return false;
      }
      titleCells.add(r.toList());
      titleLines.add(line);
      return true;
    }

    /** What a title's cell on the right says: the unit, who reports, when it was made. */
    private static final java.util.regex.Pattern TITLE_NOTE = java.util.regex.Pattern.compile("单位|日期|制表|填报|报送|编制");

    /** Up to a month's end: 截至6月, 截止到2024年6月底, 截至9月末. */
    private static final java.util.regex.Pattern UP_TO =
        java.util.regex.Pattern.compile("截[至止]到?\\s*(?:([0-9]{4})\\s*年)?\\s*([0-9]{1,2})\\s*月(?:底|末|份)?");

    /** A year in a title: 2024年. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("([0-9]{4})\\s*年");

    /** What a title's date, not its period, follows: 制表日期：, 填报时间 (and a year of the date). */
    private static final java.util.regex.Pattern DATED =
        java.util.regex.Pattern.compile("(日期|时间|制表|填报|报送)[:\\s]*([0-9]{4}\\s*年)?\\s*$");

    /** A part of the year in a title, with or without its year: 2024年1-6月, 1-9月, 上半年, 前三季度, 一季度. */
    private static final java.util.regex.Pattern TITLE_PERIOD = java.util.regex.Pattern.compile(
        "((?:[0-9]{4}\\s*年\\s*)?(?:1\\s*[-~～—至]\\s*[0-9]{1,2}\\s*月|上半年|前三季度|[一1]季度|第一季度))");

    /** Notes the part of the year a title names ({@link #titleMonths}), if any. */
    private void titlePeriod(String raw, Location at) {
      String f = Folding.text(raw);
      java.util.regex.Matcher upTo = UP_TO.matcher(f); // 截至6月底: January to June
      StringBuilder b = new StringBuilder();
      while (upTo.find()) {
        upTo.appendReplacement(b, (upTo.group(1) == null ? "" : upTo.group(1) + "年") + "1-" + upTo.group(2) + "月");
      }
      f = upTo.appendTail(b).toString();
      java.util.regex.Matcher m = TITLE_PERIOD.matcher(f);
      while (m.find()) {
        if (DATED.matcher(f.substring(0, m.start())).find()) {
          continue; // (not the date the table was made: 制表日期：2024年7月)
        }
        String text = m.group(1).replaceAll("\\s+", "");
        boolean year = text.matches("[0-9]{4}年.*");
        Period p = Periods.parse(year ? text : "2000年" + text).orElse(null);
        if (p == null || p.isYear()) {
          continue;
        }
        if (titleMonths != 0 && titleMonths != p.months()) {
          titleMonths = -1; // 一季度及上半年: two parts of the year, the table's columns say which is which
          return;
        }
        if (titleMonths == 0) {
          titleMonths = p.months();
          titleYear = year ? p.year() : 0;
          titlePeriodAt = at;
          titlePeriodText = text;
        }
      }
    }

    /**
     * The year of a title's part of the year that names none ({@code （1-6月）}), from another title
     * line ({@code 测试县2024年主要经济指标}) when they name one year.
     */
    private void titleYear() {
      if (titleMonths <= 0 || titleYear != 0) {
        return;
      }
      java.util.Set<String> years = new java.util.TreeSet<>();
      for (List<String> row : titleCells) {
        for (String c : row) {
          String f = Folding.text(c);
          java.util.regex.Matcher y = YEAR.matcher(f);
          while (y.find()) {
            if (!DATED.matcher(f.substring(0, y.start())).find()) {
              years.add(y.group(1));
            }
          }
        }
      }
      if (years.size() == 1) {
        titleYear = Integer.parseInt(years.iterator().next());
        titlePeriodText = titleYear + "年" + titlePeriodText;
      }
    }

    /**
     * Refuses the year {@code p} (a period cell at {@code col}, or a column of the wide layout) where
     * the title names a part of that year ({@code 2024年1-6月}, or {@code 1-6月} of any year): the
     * figures would be judged as the year's.
     */
    private boolean yearUnderATitle(Period p) {
      return titleMonths > 0 && p.isYear() && (titleYear == 0 || titleYear == p.year());
    }

    private InputException yearUnderATitle(Period p, Location at) {
      return new InputException(at, "the period " + p + " is a whole year, but the title says " + titlePeriodText
          + " (" + titlePeriodAt + ") and no row gives a part of the year: write the period as it is ("
          + (titleYear == 0 ? p.year() + "年" : "") + titlePeriodText + "), or correct the title");
    }

    /** The filled cell of a one-cell row, as a message quotes it. */
    private static String shownCell(List<String> row) {
      for (String c : row) {
        if (!c.isBlank()) {
          return Folding.shown(c);
        }
      }
      return "";
    }

    /**
     * Whether {@code r}, of two or three filled cells above the header, is a title with the unit or
     * who reports or when on its right ({@code 洛隆县2024年主要经济指标,,,单位：万元}, {@code 制表日期：…}): no
     * cell names a column, and one says 单位, 日期, 制表, 填报, 报送 or 编制; kept as a title (its cells are
     * read for a unit each).
     */
    private boolean unitTitle(CsvRecords r) {
      boolean says = false;
      for (int i = 0; i < r.size(); i++) {
        if (!r.isBlank(i)) {
          String cell = r.get(i);
          if (Header.role(cell, targets.units()) != null) {
            return false;
          }
          says |= TITLE_NOTE.matcher(Folding.text(cell).replaceAll("单\\s+位", "单位")).find();
        }
      }
      if (!says || titleCells.size() == MAX_TITLES) {
        return false;
      }
      titleCells.add(r.toList());
      titleLines.add(line);
      return true;
    }

    /**
     * Skips the titles above the header, with an info line that shows them; a unit given there
     * ({@code 单位：万元}) becomes the unit of rows that give none ({@link #lineUnit}), and is refused
     * when it is unknown, two units, or not the one the header or an earlier line names.
     */
    private void titles() {
      if (titleCells.isEmpty()) {
        return;
      }
      List<String> shown = new ArrayList<>();
      for (int k = 0; k < titleCells.size(); k++) {
        List<String> row = titleCells.get(k);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) { // (a title of several cells: each is read for a unit)
          if (!row.get(c).isBlank()) {
            title(row.get(c), new Location(file, titleLines.get(k), c + 1), k);
            texts.add(Folding.shown(row.get(c)));
          }
        }
        shown.add("line " + titleLines.get(k) + ": " + String.join(" ", texts));
      }
      LOG.info("{}: skipped {} above the header, as a title ({})", file,
          titleCells.size() == 1 ? "1 row" : titleCells.size() + " rows", String.join("; ", shown));
    }

    /** Reads the unit the title cell {@code raw} of title {@code k} gives, if any ({@link #titles}). */
    private void title(String raw, Location at, int k) {
      if (titleMonths >= 0) {
        titlePeriod(raw, at);
      }
      List<String> given = unitText(raw);
      // (a table of rates alone has no levels for a unit to apply to: its growth column is in %)
      if (given != null && (header.wide || header.value >= 0)) {
        Unit said = null;
        for (String g : given) {
          Unit u = targets.units().find(g).orElse(null);
          if (u == null) {
            throw new InputException(at, "the line above the header gives the unit \"" + g + "\", which is not"
                + " a known unit (run attain units to see them, or add it under units: in the targets file)");
          }
          if (u.isRate() && given.size() > 1) {
            continue; // 单位：万元、%: the rates are the growth column's
          }
          if (said != null && !said.symbol().equals(u.symbol())) {
            throw new InputException(at, "the line above the header gives two units, " + said.symbol() + " and "
                + u.symbol() + ": give the unit of each row in a 单位 column or in its indicator cell");
          }
          said = u;
        }
        if (said != null) { // (null: 单位：%、‰, rates only, the growth column's; no unit for the levels)
          if (header.valueUnit != null && !said.symbol().equals(header.valueUnit.symbol())) {
            throw new InputException(at, "the line above the header says " + said.symbol() + " but the header says "
                + header.valueUnit.symbol() + "; give one unit");
          }
          if (lineUnit != null && !lineUnit.symbol().equals(said.symbol())) {
            throw new InputException(at, "the line above the header says " + said.symbol() + " but line "
                + lineUnitLine + " says " + lineUnit.symbol() + "; give one unit");
          }
          if (header.valueUnit == null) {
            lineUnit = said;
            lineUnitLine = titleLines.get(k);
          }
        }
      }
    }

    /**
     * The units a title row gives the table's figures, as written, or {@code null} when it gives
     * none. A unit follows 单位 ({@code 单位：万元}, {@code 单位　万元}, {@code 单位为万元}, {@code 计量单位
     * 万元}, {@code 金额单位/万元}, {@code （单位：万元）}, {@code 注：单位为万元}), up to a bracket, a
     * sentence's end or the next note ({@code 单位：万元　填报单位：…}); 填报单位, 报送单位, 制表单位 and
     * 单位名称 name who reports, and 各单位… (no separator, no unit after it) is a title. Without 单位,
     * a known unit in the last brackets ({@code 主要经济指标（万元）}) or the line alone ({@code 万元}).
     * Several units ({@code 单位：万元、%}) are listed each.
     */
    private List<String> unitText(String text) {
      // (full-width brackets, colons and spaces fold: （：→ (:); 单 位 spaced out to line up is 单位)
      String f = Folding.text(text).replaceAll("单\\s+位", "单位");
      List<String> parts = new ArrayList<>();
      for (int at = f.indexOf("单位"); at >= 0; at = f.indexOf("单位", at + 2)) {
        String before = Header.spaceless(f.substring(0, at));
        String rest = f.substring(at + 2);
        if (REPORTER.matcher(before).find() || rest.startsWith("名称") || rest.startsWith("负责")) {
          continue; // who reports: 填报单位, 编制单位 …, 单位名称, 单位负责人
        }
        // a 单位 of its own (at the start, after white space, a bracket, 注: or 计量/金额/货币/人民币/本表)
        // says that a unit follows: what follows and is none is an error; after another word it may be
        // a word of the title (各单位, 本单位), so only a known unit counts
        boolean own = at == 0 || Folding.isSpace(f.charAt(at - 1)) || OWN.matcher(before).find();
        java.util.regex.Matcher sep = SEPARATOR.matcher(rest);
        sep.lookingAt();
        boolean said = own && (sep.group(1) != null || sep.group(2) != null); // 单位为/是, 单位：, 单位/, 单位-
        rest = rest.substring(sep.end());
        String segment = RENMINBI.matcher(rest.split("[\\s()\\[\\]【】。]|填报|报送|制表|单位", 2)[0]).replaceAll("");
        List<String> pieces = unitPieces(segment, "[,;]"); // 单位：万元，亿元: both, to be refused
        if (pieces == null) { // 单位为亿元；其他指标…: the unit, up to the sentence's end
          String token = segment.split("[,;]", 2)[0];
          pieces = token.isEmpty() ? null : unitPieces(token, null);
        }
        if (pieces == null) {
          continue;
        }
        if (said || pieces.stream().allMatch(g -> targets.units().find(g).isPresent())) {
          parts.addAll(pieces); // (an unknown unit after 单位： is said to be one: an error)
        }
      }
      if (!parts.isEmpty()) {
        return parts;
      }
      String t = Header.spaceless(f);
      if (t.endsWith(")") && t.lastIndexOf('(') >= 0) {
        String inBrackets = t.substring(t.lastIndexOf('(') + 1, t.length() - 1);
        if (targets.units().find(inBrackets).isPresent()) {
          return List.of(inBrackets);
        }
      }
      return targets.units().find(t).isPresent() ? List.of(t) : null;
    }

    /** Words before 单位 that make it who reports (填报单位, 编制单位, 报表单位 …), not a unit. */
    private static final java.util.regex.Pattern REPORTER =
        java.util.regex.Pattern.compile("(填报|报送|制表|编制|填表|上报|编报|报表|统计|主管|调查|汇总|报告)$");
    /** Words before 单位 that make it the table's unit (注：单位, （单位, 计量单位, 金额单位 …). */
    private static final java.util.regex.Pattern OWN =
        java.util.regex.Pattern.compile("(注:?|[(\\[【]|计量|金额|货币|人民币|本表|价值|数量|计价)$");
    /** What joins 单位 and its unit: 为 or 是, then a colon, a slash or a dash, with white space about. */
    private static final java.util.regex.Pattern SEPARATOR =
        java.util.regex.Pattern.compile("\\s*(为|是)?\\s*([:/\\-])?\\s*");

    /**
     * The units in {@code token}: itself when it is a known unit ({@code 吨标准煤/万元}); else its
     * pieces between {@code 、} (or {@code also}) when each is one ({@code 万元、%}); else itself, or
     * {@code null} with {@code also} given.
     */
    private List<String> unitPieces(String token, String also) {
      if (token.isEmpty()) {
        return null;
      }
      if (targets.units().find(token).isPresent()) {
        return List.of(token);
      }
      // (not at /: 元/人 and 吨/公顷 are units of their own, per person and per hectare)
      List<String> pieces = List.of(token.split(also == null ? "、" : "、|" + also));
      if (pieces.size() > 1 && pieces.stream().allMatch(g -> targets.units().find(g).isPresent())) {
        return pieces;
      }
      return also == null ? List.of(token) : null;
    }

    private static String rows(long n) {
      return n == 1 ? "1 row" : n + " rows";
    }

    /** {@code line 12}, or {@code first at line 12} when there are more. */
    private static String lines(long n, long first) {
      return (n == 1 ? "line " : "first at line ") + first;
    }

    /** The next non-blank record, with {@link #line} set to the line it starts on. */
    private CsvRecords next() {
      while (true) {
        boolean more = records.next();
        line = records.line();
        if (!more) {
          return null;
        }
        if (!blankFrom(records, 0)) {
          return records;
        }
      }
    }

    private void longRow(CsvRecords r) {
      Header h = header;
      Indicator ind = indicator(cached(r, h.indicator));
      if (ind == null) {
        return;
      }
      String entity = entity(r);
      if (entity == null) {
        return;
      }
      seen(entity);
      Period period = period(r, h.period);
      Unit unit = h.valueUnit;
      if (cellUnit != null) {
        unit = namedUnit(ind, h);
      }
      Unit cellGiven = null;
      if (h.unit >= 0) {
        Unit u = unit(r, h.unit, ind);
        if (u != null) {
          agrees(u, unit, h.unit);
          unit = u;
          cellGiven = u;
        }
      }
      value = null;
      plainValue = false;
      if (h.value >= 0) {
        if (h.value < r.size() && r.plain(h.value)) {
          plainValue = true;
          valueUnscaled = r.plainUnscaled();
          valueScale = r.plainScale();
          int next = h.value + 1;
          if (next < r.size() && !h.reads(next) && valueScale == 0 && valueUnscaled < 1000) {
            splitAtComma(r, h.value);
          }
        } else {
          Location at = new Location(file, line, h.value + 1);
          value = values.parse(cell(r, h.value), "value", at);
          if (value != null) {
            unit = suffixed(cell(r, h.value), values.suffix(), unit, unitSaidBy(r, h), ind, at);
          }
        }
      }
      growth = null;
      plainGrowth = false;
      if (h.growth >= 0) {
        if (ind.unit().isRate()) { // not read, nor parsed: it may well say 1.8pp or 提高1.8个百分点
          if (reported(r, h.growth)) {
            rateGrowth(ind);
          }
        } else {
          growth(r, h.growth);
        }
      }
      boolean hasValue = plainValue || value != null;
      boolean hasGrowth = plainGrowth || growth != null;
      // what the cells of a row with no level held, for a MISSING reason to name a blank one (a mark,
      // NA or —, is no blank); a rate in a table with no level column leaves nothing to say. The
      // growth cell of a rate, not read, says nothing of its level (but is the only figure cell of a
      // table with no level column)
      if (!hasValue && (h.value >= 0 || !hasGrowth)) {
        Cell growthCell = h.growth < 0 || ind.unit().isRate() && h.value >= 0 ? Cell.NONE
            : hasGrowth ? Cell.GIVEN : blankOrMark(r, h.growth);
        blanks.noLevel(entity, ind.id(), period, new Location(file, line, (h.value >= 0 ? h.value : h.growth) + 1),
            h.value < 0 ? Cell.NONE : blankOrMark(r, h.value), growthCell);
      }
      if (!hasValue && !hasGrowth) {
        return;
      }
      if (unit == null) {
        unit = tableUnit(ind);
        if (hasValue && unit == ind.unit()) {
          inOwnUnit(ind);
          if (h.unit >= 0) {
            unitCell(ind, null);
          }
        }
      } else if (!unit.convertsTo(ind.unit())) { // a unit cell was checked already
        compatible(unit, ind, new Location(file, line, h.value + 1));
      }
      if (cellGiven != null && hasValue && cellGiven != ind.unit() && !cellGiven.symbol().equals(ind.unit().symbol())) {
        unitCell(ind, cellGiven);
      }
      if (hasValue && !hasGrowth && h.growth >= 0 && !ind.unit().isRate()) { // for a real-growth target to name it
        blanks.noRate(entity, ind.id(), period, new Location(file, line, h.growth + 1), blankOrMark(r, h.growth));
      }
      int col = hasValue ? h.value + 1 : h.growth + 1;
      int growthCol = plainGrowth || growth != null ? h.growth + 1 : 0;
      FigureRow row = new FigureRow(entity, ind.id(), period, unit, file, line, col, growthCol, value, plainValue,
          valueUnscaled, valueScale, growth, plainGrowth, growthUnscaled, growthScale);
      if (rows != null) {
        rows.accept(row);
      } else {
        sink.accept(row.figure());
      }
    }

    /**
     * Notes that the unit column gives {@code given} for a level of {@code ind}, or ({@code null})
     * is blank where the level is read in the indicator's own unit, as the targets file gives it;
     * both for one indicator in one file is refused: a merged cell from Excel, whose unit only its
     * top row keeps (万元 above, blank below: the rows below would be read in 亿元, 10 000 times
     * too large).
     */
    private void unitCell(Indicator ind, Unit given) {
      UnitCells c = unitCellsLast;
      if (ind != unitCellsOf) {
        c = unitCells.computeIfAbsent(ind, k -> new UnitCells());
        unitCellsOf = ind;
        unitCellsLast = c;
      }
      if (given == null) {
        if (c.blankLine > 0) {
          return;
        }
        c.blankLine = line;
      } else {
        if (c.given != null) {
          return;
        }
        c.given = given;
        c.givenLine = line;
      }
      if (c.blankLine == 0 || c.given == null) {
        return;
      }
      String column = unitHeader;
      String own = ind.unit().symbol();
      Location at = new Location(file, line, header.unit + 1);
      if (given == null) {
        throw new InputException(at, "no unit: the " + column + " cell is blank, and the level would be read in " + own
            + " (the targets file's unit of " + ind.name() + "), but line " + c.givenLine + " gives "
            + c.given.symbol() + " for it (a merged cell from Excel?); fill in every " + column + " cell");
      }
      throw new InputException(at, "the " + column + " cell gives " + given.symbol() + " for " + ind.name()
          + " here, but line " + c.blankLine + " left it blank and was read in " + own
          + " (the targets file's unit); fill in every " + column + " cell");
    }

    /** Where an indicator's unit cells were left blank and where one first gave another unit (0, null: none yet). */
    private static final class UnitCells {
      long blankLine;
      long givenLine;
      Unit given;
    }

    /**
     * The end of the message for a row of too many fields: where a cell starts with a space and a
     * quote ({@code , "5,460",}), that quote is text and the comma inside it separates, so say so.
     */
    private static String spaceBeforeQuote(CsvRecords r) {
      for (int i = 0; i < r.size(); i++) {
        String c = r.get(i);
        int k = 0;
        while (k < c.length() && (c.charAt(k) == ' ' || c.charAt(k) == '\t')) {
          k++;
        }
        if (k > 0 && k < c.length() && c.charAt(k) == '"') {
          return " (field " + (i + 1) + " starts with a space before its quote, which makes the quote text and the"
              + " comma inside it a separator: remove the space)";
        }
      }
      return " (quote a cell that contains a comma)";
    }

    /**
     * Refuses a value of one to three digits whose next cell, a note or the unit, is three digits
     * ({@code 1,350} unquoted, in a table with a 备注 column after the value): one number split at
     * its comma, which would otherwise read as 1 with a note of 350.
     */
    private void splitAtComma(CsvRecords r, int col) {
      String head = Folding.trim(r.get(col));
      String tail = Folding.trim(r.get(col + 1));
      if (SPLIT_HEAD.matcher(head).matches() && SPLIT_TAIL.matcher(tail).matches()) {
        throw new InputException(new Location(file, line, col + 1), "value \"" + head + "\" and the cell after it, \""
            + tail + "\", look like one number split at its comma (" + head + "," + tail + "): quote it (\"" + head
            + "," + tail + "\") or write it without the comma");
      }
    }

    /** Hands a figure made here on (the wide layout, whose cells are few per row). */
    private void made(Figure f) {
      if (rows != null) {
        rows.accept(FigureRow.of(f));
      } else {
        sink.accept(f);
      }
    }

    private void wideRow(CsvRecords r) {
      Header h = header;
      Indicator ind = indicator(cached(r, h.indicator));
      if (ind == null) {
        return;
      }
      String entity = entity(r);
      if (entity == null) {
        return;
      }
      seen(entity);
      Unit named = cellUnit == null ? null : namedUnit(ind, h);
      Unit rowUnit = h.unit >= 0 ? unit(r, h.unit, ind) : null;
      boolean unitCell = rowUnit != null;
      if (unitCell) {
        agrees(rowUnit, named != null ? named : h.valueUnit, h.unit);
        if (!rowUnit.symbol().equals(ind.unit().symbol()) && holdsFigure(r)) {
          unitCell(ind, rowUnit);
        }
      } else if (named != null) {
        rowUnit = named;
      } else if (h.valueUnit != null) {
        rowUnit = h.valueUnit;
        compatible(rowUnit, ind, new Location(file, line, h.indicator + 1));
      } else if (lineUnit != null) {
        rowUnit = tableUnit(ind);
      }
      // (the row gives no unit, nor does the table: its cells are read in the indicator's unit)
      boolean ownUnit = rowUnit == null || !unitCell && named == null && h.valueUnit == null && rowUnit == ind.unit();
      if (h.unit >= 0 && ownUnit && holdsFigure(r)) {
        unitCell(ind, null);
      }
      for (int k = 0; k < h.periodColumns.length; k++) {
        int c = h.periodColumns[k];
        boolean rateOfRate = k == h.growthOf && ind.unit().isRate();
        if (rateOfRate && reported(r, h.growth)) {
          rateGrowth(ind); // not read, nor parsed: it may well say 1.8pp or 提高1.8个百分点
        }
        Amount rate = k == h.growthOf && !rateOfRate ? wideGrowth(r, h.growth) : null;
        try {
          Location at = new Location(file, line, c + 1);
          String raw = cell(r, c);
          Amount cellValue = values.parse(raw, "value", at);
          Location growthAt = rate == null ? null : new Location(file, line, h.growth + 1);
          if (cellValue == null) {
            Cell growthCell = k != h.growthOf || h.growth < 0 || rateOfRate ? Cell.NONE
                : rate != null ? Cell.GIVEN : blankOrMark(r, h.growth);
            blanks.noLevel(entity, ind.id(), h.periods[k], at, blankOrMark(r, c), growthCell);
            if (rate != null) { // a rate with no level: the figure is where the rate is
              made(new Figure(entity, ind.id(), h.periods[k], null, rowUnit == null ? ind.unit() : rowUnit, rate,
                  growthAt));
            }
            continue;
          }
          Unit unit = suffixed(raw, values.suffix(), rowUnit, unitSaidBy(r, h), ind, at);
          if (ownUnit && values.suffix() == null) {
            inOwnUnit(ind);
          }
          if (unit == null) {
            unit = ind.unit();
          } else {
            compatible(unit, ind, at);
          }
          if (k == h.growthOf && h.growth >= 0 && !rateOfRate && rate == null) {
            blanks.noRate(entity, ind.id(), h.periods[k], new Location(file, line, h.growth + 1),
                blankOrMark(r, h.growth));
          }
          made(new Figure(entity, ind.id(), h.periods[k], cellValue, unit, rate, at, growthAt));
        } catch (InputException e) {
          problems.report(e);
        }
      }
    }

    /**
     * The rate in the wide layout's growth column, or {@code null} for none; a bad cell is reported
     * and read as none (the level beside it is still read, each cell being a figure of its own).
     */
    private Amount wideGrowth(CsvRecords r, int col) {
      growth = null;
      plainGrowth = false;
      try {
        growth(r, col);
      } catch (InputException e) {
        problems.report(e);
        return null;
      }
      return plainGrowth ? Amount.exact(java.math.BigDecimal.valueOf(growthUnscaled, growthScale)) : growth;
    }

    /**
     * The unit of a figure whose row gives none: the one the line above the header gives ({@code
     * 单位：万元}) where it is of the indicator's dimension (a table in 万元 may hold a rate in %),
     * else the indicator's.
     */
    private Unit tableUnit(Indicator ind) {
      if (lineUnit == null || !lineUnit.convertsTo(ind.unit())) {
        return ind.unit();
      }
      inLineUnit.putIfAbsent(ind.name(), ind.unit());
      return lineUnit;
    }

    /**
     * A unit cell must agree with a unit the header or the indicator cell names ({@code before}):
     * two units for one figure are a mistake.
     */
    private void agrees(Unit cell, Unit before, int col) {
      if (before != null && !cell.symbol().equals(before.symbol())) {
        throw new InputException(new Location(file, line, col + 1), "the unit column says " + cell.symbol()
            + " but the " + (cellUnit != null ? "indicator cell" : "header") + " says " + before.symbol()
            + "; give one unit");
      }
    }

    /**
     * The unit the indicator cell gives ({@link #cellUnit}), once it agrees with a unit the header
     * names and is one of the indicator's dimension.
     */
    private Unit namedUnit(Indicator ind, Header h) {
      Location at = new Location(file, line, h.indicator + 1);
      if (h.valueUnit != null && !cellUnit.symbol().equals(h.valueUnit.symbol())) {
        throw new InputException(at, "the indicator cell says " + cellUnit.symbol() + " but the header says "
            + h.valueUnit.symbol() + "; give one unit");
      }
      compatible(cellUnit, ind, at);
      return cellUnit;
    }

    /** What gives the row's unit, for a value suffix to agree with: the unit column, the indicator cell, or none. */
    private String unitSaidBy(CsvRecords r, Header h) {
      return h.unit >= 0 && !blank(r, h.unit) ? "the unit column" : cellUnit != null ? "the indicator cell"
          : h.valueUnit != null ? "the header" : null;
    }

    /**
     * The unit of a value given its suffix: the suffix must agree with the unit the row gives
     * ({@code saidBy}: the unit column or the indicator cell; {@code null} when the row gives none).
     */
    private Unit suffixed(String raw, Unit suffix, Unit unit, String saidBy, Indicator ind, Location at) {
      if (suffix == null) {
        return unit;
      }
      if (saidBy != null && !suffix.symbol().equals(unit.symbol())) {
        throw new InputException(at, "value \"" + Folding.trim(raw) + "\" is in " + suffix.symbol()
            + " but " + saidBy + " says " + unit.symbol());
      }
      if (suffix.isRate() && !ind.unit().isRate()) {
        throw new InputException(at, "value \"" + Folding.trim(raw) + "\" is a percentage but "
            + ind.name() + " is measured in " + ind.unit().symbol() + " (a growth rate goes in the growth column)");
      }
      compatible(suffix, ind, at);
      return suffix;
    }

    private void compatible(Unit unit, Indicator ind, Location at) {
      if (!unit.convertsTo(ind.unit())) {
        throw new InputException(at, "incompatible units: " + unit.symbol() + " (" + unit.dimension()
            + ") given for " + ind.name() + ", which is measured in " + ind.unit().symbol() + " ("
            + ind.unit().dimension() + ")");
      }
    }

    /** Reads the rate of the current row into {@link #growth} or, when plain, {@link #growthUnscaled}. */
    private void growth(CsvRecords r, int col) {
      if (col < r.size() && r.plain(col)) {
        plainGrowth = true;
        growthUnscaled = r.plainUnscaled();
        growthScale = r.plainScale();
        return;
      }
      Location at = new Location(file, line, col + 1);
      String raw = cell(r, col);
      Amount g = values.parse(raw, "growth", at);
      Unit s = values.suffix();
      if (g != null && s != null && !s.symbol().equals("%")) {
        throw new InputException(at, "growth \"" + Folding.trim(raw)
            + "\" must be a percentage " + ValueParser.EXPECTED_GROWTH);
      }
      growth = g;
    }

    /**
     * What an indicator cell names: an indicator of the targets file by its id, name or alias; or
     * such a name with a unit after it in brackets, as tables without a unit column write it
     * ({@code 粮食产量（万斤）}, {@code 粮食产量(单位：万斤)}), also with a note's mark after it ({@code
     * 地区生产总值①}, {@code 地区生产总值*}); or {@code null}. A name with other text in
     * brackets ({@code 地区生产总值(现价)}) names none, unless that is its name in the targets file.
     */
    private Named named(String text) {
      Indicator ind = byName.get(Folding.nameKey(text));
      if (ind != null) {
        return new Named(ind, null);
      }
      String marked = Folding.trim(text);
      int end = marked.length();
      while (end > 0 && isNoteMark(marked.charAt(end - 1))) {
        end--;
      }
      if (end > 0 && end < marked.length()) { // 地区生产总值①, 地区生产总值*: a note's mark, not the name
        return named(marked.substring(0, end));
      }
      String s = Folding.text(text);
      int open = s.lastIndexOf('(');
      if (open > 0 && s.endsWith(")")) {
        Indicator before = byName.get(Folding.nameKey(s.substring(0, open)));
        Unit u = before == null ? null : Header.headerUnit(s.substring(open), targets.units());
        if (u != null) {
          return new Named(before, u);
        }
      }
      if (!marked.isEmpty() && marked.length() > 1 && (marked.charAt(0) >= '\u2460' && marked.charAt(0) <= '\u2473'
          || marked.charAt(0) >= '\u2776' && marked.charAt(0) <= '\u277F')) { // ①粮食产量 (NFKC makes ① a 1)
        return named(marked.substring(1));
      }
      java.util.regex.Matcher bullet = BULLET.matcher(s);
      if (bullet.lookingAt() && bullet.end() < s.length()) { // 一、地区生产总值, 1.粮食产量, 其中：一般公共预算收入
        return named(s.substring(bullet.end()));
      }
      return null;
    }

    /**
     * The numbering or the 其中 before an indicator's name in a bulletin's table: {@code 一、},
     * {@code 1.}, {@code 1、}, {@code (1)}, {@code （一）}, {@code ①} …, {@code 其中：}, {@code #}.
     */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile(
        "\\s*(?:[0-9]{1,2}\\s*[.、)]|[一二三四五六七八九十]{1,3}\\s*[、.]|\\(\\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*\\)"
            + "|其中\\s*[:：]?|#)\\s*");

    /** A mark after a name that points to a note: ①, ¹, *, ※. */
    private static boolean isNoteMark(char c) {
      return c == '*' || c == '※' || c == '＊' || ValueParser.isOtherNumber(c);
    }

    /**
     * The indicator a name cell names, or {@code null} when none: the row is skipped, counted as one
     * with no indicator, one repeating the header, or one whose indicator the targets file lacks.
     * Sets {@link #cellUnit}.
     */
    private Indicator indicator(String raw) {
      Named named = indicators.get(raw);
      cellUnit = named == null ? null : named.unit();
      Indicator ind = named == null ? null : named.indicator();
      if (ind != null) {
        namedAbove = ind;
        namedAboveLine = line;
        noteUnit = null; // a row of figures below it: a heading, not a note below the table
      } else {
        String shown = Folding.shown(raw);
        fullWidthCommas(current);
        if (noteUnit == null) {
          note(current);
        }
        if (shown.isEmpty()) {
          if (namedAbove != null && holdsFigure(current)) {
            throw new InputException(new Location(file, line, header.indicator + 1), "no indicator: the "
                + indicatorHeader + " cell is blank, but the row holds a figure and line " + namedAboveLine
                + " above names " + namedAbove.name() + " (a merged cell from Excel?); fill in every "
                + indicatorHeader + " cell");
          }
          if (blankRows++ == 0) {
            firstBlank = line;
          }
        } else if (namesIndicatorColumn.get(raw)) { // a header: 指标, 指标名称 …
          namedAbove = null;
          if (!headerKeys(current).equals(headerCells)) { // the rows below belong to another table: the file ends here
            secondHeader = new InputException(new Location(file, line, 1), "a second header, not the same as the one "
                + "at line " + headerLine + " (a file holds one table: split the file, or give both parts the same header)");
            throw secondHeader;
          }
          if (headerRows++ == 0) {
            firstHeader = line;
          }
        } else {
          namedAbove = null;
          if (header.entity >= 0 && namedEntityLine == 0 && !current.isBlank(header.entity)) {
            namedEntityLine = line; // a row of another indicator names its entity: a blank one below is a merged cell
          }
          unknownRows++;
          LOG.debug("{}:{}: indicator \"{}\" is not in the targets file; row skipped", file, line, shown);
          if (unknownExamples.size() < 3 && !unknownExamples.contains(shown)) {
            unknownExamples.add(shown);
          }
        }
      }
      return ind;
    }

    /**
     * Notes the unit {@code r} gives, a skipped row below the header whose one filled cell begins
     * with 单位 (after 注: or a bracket) and one known unit of levels ({@code 注：单位为万元}, {@code
     * 单位：万元、%}): the table's figures are in it, and a row read in another unit for want of its
     * own is refused once the file is read ({@link #notedUnit}), unless rows of figures follow the
     * note (a section's heading, then). A unit it does not know, or two, are left to the reader.
     */
    private void note(CsvRecords r) {
      int filled = onlyFilled(r);
      if (filled < 0 || r.get(filled).indexOf('单') < 0) {
        return;
      }
      String raw = r.get(filled);
      if (!TABLE_UNIT_NOTE.matcher(Folding.text(raw).replaceAll("单\\s+位", "单位")).lookingAt()) {
        return; // (一、价值量指标（单位：亿元）, 注：人均收入单位为元: a section's or an indicator's, not the table's)
      }
      String text = Folding.shown(raw);
      List<String> given = unitText(raw);
      if (given == null) {
        return;
      }
      Unit said = null;
      for (String g : given) {
        Unit u = targets.units().find(g).orElse(null);
        if (u == null || u.isRate() && given.size() > 1) {
          if (u == null) {
            return;
          }
          continue;
        }
        if (said != null && !said.symbol().equals(u.symbol())) {
          return;
        }
        said = u;
      }
      if (said != null) {
        noteUnit = said;
        noteUnitAt = new Location(file, line, filled + 1);
        noteText = text;
      }
    }

    /** A note that gives the table's unit: 单位 at its start, after 注: or a bracket (注：单位为万元, （单位：万元）). */
    private static final java.util.regex.Pattern TABLE_UNIT_NOTE =
        java.util.regex.Pattern.compile("(注\\s*\\d?\\s*[:：]?)?\\s*[(\\[【]?\\s*(计量|金额|货币)?单位");

    /** Notes that a level of {@code ind} on this line was read in its own unit, the row and table giving none. */
    private void inOwnUnit(Indicator ind) {
      if (ind != inOwnUnitLast) {
        inOwnUnitLast = ind;
        inOwnUnit.putIfAbsent(ind, line);
      }
    }

    /**
     * Refuses the unit a note below the header gives ({@link #noteUnit}) where figures were read in
     * another: the one the line above the header gives, or the targets file's unit of an indicator
     * of its dimension whose rows give none (a note read after the rows cannot scale them).
     */
    private void notedUnit() {
      String said = "a note below the header gives the unit " + noteUnit.symbol() + " (" + noteText + ")";
      if (lineUnit != null && !inLineUnit.isEmpty() && !lineUnit.symbol().equals(noteUnit.symbol())) {
        throw new InputException(noteUnitAt, said + " but line " + lineUnitLine + " says " + lineUnit.symbol()
            + "; give one unit");
      }
      for (Map.Entry<Indicator, Long> e : inOwnUnit.entrySet()) {
        Unit own = e.getKey().unit();
        if (noteUnit.convertsTo(own) && !noteUnit.symbol().equals(own.symbol())) {
          throw new InputException(noteUnitAt, said + ", but the level of " + e.getKey().name() + " on line "
              + e.getValue() + ", with no unit of its own, was read in " + own.symbol() + ", the targets file's unit:"
              + " give the unit in a 单位 column, or in a line above the header");
        }
      }
    }

    /**
     * Whether {@code r}, whose indicator cell is blank, holds a figure of a data row: a period and
     * a number for the level or rate (long layout), or a number in a period column (wide); a
     * total's row (合计) holds none of an entity, and a row whose unit cell is not of the indicator
     * above ({@code 增速(%)} below a level) is another row of its own.
     */
    private boolean holdsFigure(CsvRecords r) {
      Header h = header;
      if (h.entity >= 0 && !blank(r, h.entity) && isTotal(Folding.entity(r.get(h.entity)))) {
        return false;
      }
      if (h.unit >= 0 && !blank(r, h.unit)) { // 增速(%) or % below a level: another row's, not a merged cell
        Unit u = units.get(cached(r, h.unit));
        if (u == null || !u.convertsTo(namedAbove.unit())) {
          return false;
        }
      }
      if (h.wide) {
        for (int c : h.periodColumns) {
          if (number(r, c)) {
            return true;
          }
        }
        return false;
      }
      return !blank(r, h.period) && periods.get(cached(r, h.period)) != null
          && (h.value >= 0 ? number(r, h.value) : h.growth >= 0 && number(r, h.growth));
    }

    /** Whether cell {@code col} of {@code r} is a number (a plain one, or one the value parser reads). */
    private boolean number(CsvRecords r, int col) {
      if (blank(r, col)) {
        return false;
      }
      if (r.plain(col)) {
        return true;
      }
      try {
        return values.parse(cell(r, col), "value", new Location(file, line, col + 1)) != null;
      } catch (InputException e) {
        return false;
      }
    }

    /** The one filled cell of {@code r}, or -1 when none is or several are. */
    private static int onlyFilled(CsvRecords r) {
      int filled = -1;
      for (int i = 0; i < r.size(); i++) {
        if (!r.isBlank(i)) {
          if (filled >= 0) {
            return -1;
          }
          filled = i;
        }
      }
      return filled;
    }

    /** A decimal number, signed or not ({@code 49}, {@code -3.5}). */
    private static boolean isNumber(String s) {
      int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
      int digits = 0;
      boolean point = false;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (c == '.' && !point) {
          point = true;
        } else {
          return false;
        }
      }
      return digits > 0;
    }

    /**
     * The cells of {@code r} as a header is read (folded: full-width brackets, case, white space
     * inside a name), without the empty ones at its end: two headers that name the same columns
     * compare equal.
     */
    private static List<String> headerKeys(CsvRecords r) {
      List<String> cells = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        cells.add(Header.spaceless(Folding.nameKey(r.get(i))));
      }
      while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
        cells.remove(cells.size() - 1);
      }
      return cells;
    }

    /**
     * Refuses a row with no indicator whose one filled cell is a row typed with full-width
     * commas ({@code 乙县，社会消费品零售总额，2024，49}): its parts name an indicator of the targets
     * file and a period, and another is a number, so it holds a figure that would otherwise be
     * skipped with the footers (notes such as {@code 地区生产总值，单位为亿元} or {@code
     * 社会消费品零售总额，2024年1-6月} hold no figure).
     */
    private void fullWidthCommas(CsvRecords r) {
      int filled = onlyFilled(r);
      if (filled < 0) {
        return;
      }
      String cell = r.get(filled);
      if (cell.indexOf('，') < 0) {
        return;
      }
      boolean namesIndicator = false;
      boolean namesPeriod = false;
      boolean holdsNumber = false;
      for (String part : cell.split("，")) {
        if (!namesIndicator && named(part) != null) {
          namesIndicator = true;
        } else if (!namesPeriod && Periods.parse(part).isPresent()) {
          namesPeriod = true;
        } else {
          holdsNumber |= isNumber(Folding.trim(part));
        }
      }
      if (namesIndicator && namesPeriod && holdsNumber) {
        throw new InputException(new Location(file, line, filled + 1), "the row is one cell, its values separated "
            + "by full-width commas (，): separate them with commas (,)");
      }
    }

    private Period period(CsvRecords r, int col) {
      String raw = cached(r, col);
      if (header.subPeriod >= 0 && !blank(r, header.subPeriod)) {
        return subPeriod(r, col, raw);
      }
      Period p = periods.get(raw);
      if (p == null) {
        throw new InputException(new Location(file, line, col + 1),
            raw.isBlank() ? "no period (expected " + Periods.ACCEPTED + ")"
                : "period \"" + Folding.trim(raw) + "\" " + Periods.refusal(raw));
      }
      if (titleMonths > 0) {
        if (!p.isYear()) {
          subYearRow = true;
        } else if (yearRowAt == null && yearUnderATitle(p)) {
          yearRowAt = new Location(file, line, col + 1);
          yearRowPeriod = p;
        }
      }
      return p;
    }

    /**
     * The period a year cell and the part of the year beside it give ({@code 2024} and {@code 1-6月},
     * {@code 6}, {@code 上半年}, {@code 一季度}: read as {@code 2024年1-6月} … would be); a blank part is
     * the year. A part that is a year on its own, or a year cell that is not a year, is refused.
     */
    private Period subPeriod(CsvRecords r, int col, String raw) {
      String year = Folding.text(raw);
      String written = Folding.trim(r.get(header.subPeriod));
      String part = Folding.text(written);
      Location at = new Location(file, line, header.subPeriod + 1);
      boolean quarters = subPeriodHeader.contains("季");
      if (!year.matches("[0-9]{4}年?")) {
        Period whole = periods.get(raw); // 2024年1-6月 beside 月份 6: the same period, said twice
        Period again = whole == null ? null : partOf(whole.year() + "", part, quarters);
        if (whole != null && whole.equals(again)) {
          return whole;
        }
        throw new InputException(new Location(file, line, col + 1), "period \"" + Folding.trim(raw) + "\" "
            + (whole == null ? Periods.refusal(raw) : "is not the period the " + subPeriodHeader + " column beside it says ("
            + written + "): give the year alone in " + Folding.trim(headerCellOf(col)) + " (" + whole.year() + ")"));
      }
      String y = year.replace("年", "");
      Period p = partOf(y, part, quarters);
      if (p == null || p.isYear() && !part.matches("(1[-~至]12|12)月?|全年|4|Q4|第?四季度|H2")) {
        String text = y + "年" + part;
        throw new InputException(at, "\"" + written + "\" beside the year " + y + " is not a part of the year (expected "
            + (quarters ? "1, 2, 3, 4 (to the end of that quarter), 一季度, 上半年, 前三季度 …" : "1-6月, 6月, 6, 上半年, 一季度, 前三季度 …")
            + "): " + (p == null ? "period \"" + text + "\" " + Periods.refusal(text) : "leave it blank for the year"));
      }
      return p;
    }

    /**
     * The period a year and the part of it beside it give: {@code 6}, {@code 1-6} and {@code 6月} of
     * a 月份 column are months to that month's end; {@code 2}, {@code Q2} of a 季度 column to that
     * quarter's end, as {@code 2024-Q2} is; words as periods say them ({@code 上半年}, {@code 一季度}).
     */
    private Period partOf(String year, String part, boolean quarters) {
      String text;
      if (quarters && part.matches("[1-4]|[Qq][1-4]")) {
        text = year + "-Q" + part.charAt(part.length() - 1);
      } else if (part.matches("[0-9]{1,2}|[0-9]{1,2}[-~至][0-9]{1,2}")) {
        text = year + "年" + part + "月";
      } else if (part.matches("[Qq][1-4]|[Hh][12]")) {
        text = year + "-" + part.toUpperCase(java.util.Locale.ROOT);
      } else {
        text = year + "年" + part;
      }
      return periods.get(text);
    }

    /** The header's cell over column {@code col}. */
    private String headerCellOf(int col) {
      return col == header.period && periodHeader != null ? periodHeader : "the period";
    }

    /** The unit in a unit cell, or {@code null} when the cell is blank. */
    private Unit unit(CsvRecords r, int col, Indicator ind) {
      String raw = cached(r, col);
      Unit u = units.get(raw);
      if (u == null) {
        String s = Folding.trim(raw);
        if (s.isEmpty()) {
          return null;
        }
        if (UnitTable.isPercentagePoints(s)) {
          throw new InputException(new Location(file, line, col + 1), UnitTable.pointsAreNoLevel(s, false)
              + "; a level of " + ind.name() + " (" + ind.id() + ") is in " + ind.unit().symbol());
        }
        if (!header.wide && header.value >= 0 && col == header.value + 1) { // 5,400 unquoted: 5 in 400
          splitAtComma(r, header.value);
        }
        throw new InputException(new Location(file, line, col + 1),
            "unknown unit \"" + s + "\" (run attain units to see the known units)");
      }
      if (!u.convertsTo(ind.unit())) {
        compatible(u, ind, new Location(file, line, col + 1));
      }
      return u;
    }

    /**
     * The row's entity: its entity cell's; for a blank cell, or with no entity column, the targets
     * file's {@code entity:}. A blank cell with no {@code entity:} to take is an error (an entity
     * named "" would be a county of its own, and the row would be missing from the real one).
     */
    private String entity(CsvRecords r) {
      if (header.entity < 0) {
        return defaultEntity;
      }
      String e = entities.get(cached(r, header.entity));
      if (e == null) {
        throw new InputException(entityCell(), "no entity (fill in the "
            + entityHeader + " cell, or add entity: to " + targets.file() + " for the rows that leave it blank)");
      }
      // a blank cell among cells that name entities is an Excel merged cell, not the targets file's entity
      if (r.isBlank(header.entity)) {
        if (namedEntityLine > 0) {
          throw new InputException(entityCell(), "no entity: the " + entityHeader + " cell is blank, but line " + namedEntityLine
              + " names one (a merged cell from Excel?); fill in every " + entityHeader + " cell");
        }
        if (blankEntityLine == 0) {
          blankEntityLine = line;
        }
      } else {
        if (blankEntityLine > 0) {
          // (a blank cell was read as the targets file's entity:, or it would have been an error)
          throw new InputException(entityCell(), "the " + entityHeader + " cell names " + e + " here, but line "
              + blankEntityLine + " left it blank and was read as " + targets.entity()
              + " (the targets file's entity:); fill in every " + entityHeader + " cell");
        }
        if (namedEntityLine == 0) {
          namedEntityLine = line;
        }
        if (isTotal(e)) { // 合计, 全县合计, 其中：城区: the table's total or a part of a row above, no entity of its own
          if (totalRows++ == 0) {
            firstTotal = line;
          }
          return null;
        }
      }
      return e;
    }

    /** The current row's entity cell, for a message (made only when there is one to give). */
    private Location entityCell() {
      return new Location(file, line, header.entity + 1);
    }
  }

  /**
   * Whether an entity cell, folded ({@code 合 计} is {@code 合计}), is no entity of its own: a total
   * ({@code 合计}, {@code 全县合计}, {@code 各乡镇小计}: a name ending so) or a part of the row above
   * ({@code 其中：城区}, {@code 其中:城区}).
   */
  private static boolean isTotal(String e) {
    return e.length() <= 12 && (e.endsWith("合计") || e.endsWith("总计") || e.endsWith("小计"))
        || e.startsWith("其中:") || e.startsWith("其中：");
  }

  /** What an indicator cell names: the indicator, and the unit written after its name, or {@code null}. */
  private record Named(Indicator indicator, Unit unit) {}

  /**
   * What cell texts mean (an indicator, a period, a unit, an entity), worked out once per distinct
   * text: remembered by text while a bounded map has room, and the text asked last is tested by
   * identity first — rows come grouped (an entity's indicators, an indicator's years), and a cell
   * that repeats the row before's is the same string ({@link CsvRecords#cached}).
   */
  private static final class Lookup<V> {
    private final Function<String, V> meaning;
    private final Map<String, V> byText = new HashMap<>();
    private String lastText;
    private V last;

    /** @param meaning what a text means, {@code null} for nothing (remembered as well) */
    Lookup(Function<String, V> meaning) {
      this.meaning = meaning;
    }

    V get(String text) {
      if (text == lastText) {
        return last;
      }
      V v = byText.get(text);
      if (v == null && !byText.containsKey(text)) {
        v = meaning.apply(text);
        if (byText.size() < CACHE_LIMIT) {
          byText.put(text, v);
        }
      }
      lastText = text;
      last = v;
      return v;
    }
  }

  /** The cell, or "" for a field the row does not have (short rows are padded). */
  private static String cell(CsvRecords r, int col) {
    return col < r.size() ? r.get(col) : "";
  }

  /** {@link #cell}, as one string per distinct text ({@link CsvRecords#cached}). */
  private static String cached(CsvRecords r, int col) {
    return col < r.size() ? r.cached(col) : "";
  }

  /** Whether {@link #cell} reports something: not blank, nor a "not reported" mark ({@code —}, {@code NA} …). */
  private static boolean reported(CsvRecords r, int col) {
    return !blank(r, col) && !ValueParser.notReported(Folding.text(r.get(col)));
  }

  /**
   * A cell that gives no figure: blank, or a "not reported" mark; a cell that could not be read
   * (reported as a problem, where problems are collected) counts as given, being neither.
   */
  private static Cell blankOrMark(CsvRecords r, int col) {
    return blank(r, col) ? Cell.BLANK : ValueParser.notReported(Folding.text(r.get(col))) ? Cell.NOT_REPORTED
        : Cell.GIVEN;
  }

  /** Whether {@link #cell} is blank. */
  private static boolean blank(CsvRecords r, int col) {
    return col >= r.size() || r.isBlank(col);
  }

  private static boolean blankFrom(CsvRecords r, int from) {
    for (int i = from; i < r.size(); i++) {
      if (!r.isBlank(i)) {
        return false;
      }
    }
    return true;
  }
}
