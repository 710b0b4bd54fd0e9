package dev.attain.io;

import dev.attain.model.Folding;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Periods;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an actuals file, mapped to columns (SPEC §3.1, §3.2).
 *
 * <p>Header names match case-insensitively after NFKC folding, ignoring white space inside them
 * ({@code 指　　标}), text in {@code (…)} or {@code （…）} and a trailing {@code %}: {@code 数值(亿元)} is the value column. When that text in
 * the value column's header is a known unit, it is the unit of rows whose unit cell is blank or
 * absent. A file with no period column and at least one header that starts like a period ({@code
 * 2024…}) is wide; every such header must then be a period. Two columns with the same role are an
 * error.
 *
 * <p>The growth column holds rates in %: a growth name whose header gives another unit ({@code
 * 比上年增减(万元)}, {@code 同比增长(百分点)}) is not it, and the names of a change ({@code 同比增减},
 * {@code 比上年增减}) are a growth rate only with {@code %} in the header. Columns that no role uses
 * are listed in {@link #unused}, except notes and row numbers ({@code 来源}, {@code 备注}, {@code
 * 序号} …), which are expected beside figures, and columns with no header: those are {@link
 * #blank}, and named only when a row fills them.
 */
final class Header {
  enum Role {
    INDICATOR("indicator", "指标", "指标名称", "项目", "项目名称"),
    PERIOD("period", "时期", "期间", "年份", "年度", "时间"),
    VALUE("value", "数值", "值", "本期", "本期值", "绝对值", "绝对数", "总量", "本期数", "本年", "本年累计", "累计", "累计数",
        "金额"),
    UNIT("unit", "单位", "计量单位"),
    GROWTH("growth", "增速", "增长", "同比增长", "同比增速", "增幅", "增长率", "同比", "比上年增长", "比上年同期增长",
        "累计增长", "累计同比增长", "累计增速", "累计同比", "累计同比增速", "累计比上年同期增长", "累计比上年增长", "累计增幅",
        "本年累计增长", "本年累计同比增长",
        "增长速度", "同比增减", "比上年增减", "较上年增长", "较上年同期增长", "比去年同期增长", "较去年同期增长",
        "比上年同期增减", "较上年增减", "较上年同期增减", "比去年同期增减", "增减", "±", "同比±", "比上年±", "比上年同期±",
        "较上年±", "比去年同期±"),
    ENTITY("entity", "地区", "区域", "主体", "地区名称", "区域名称", "县区", "区县", "县市区", "县", "行政区划", "行政区",
        "省份", "城市", "地市", "单位名称"),
    /** The part of the year, in a column of its own beside a period column of years ({@code 年份,月份}). */
    SUBPERIOD("月份", "月份", "月", "季度", "月度", "期别");

    final List<String> names;

    Role(String... names) {
      this.names = List.of(names);
    }

    String key() {
      return names.get(0);
    }
  }

  private static final Map<String, Role> ROLES = new HashMap<>();
  /**
   * Names a role has also, as bulletin tables write them, that yield to a long-standing name of the
   * same role in the same header: with 项目 beside 指标, or 金额 or 本年累计 beside 数值, the other is
   * the column, and this one is named as not used (as it was before these names were known).
   */
  private static final java.util.Set<String> ALSO = java.util.Set.of("项目", "项目名称", "绝对数", "总量", "本期数", "本年",
      "本年累计", "累计", "累计数", "金额");
  /** Value names for the period alone (本期 may be the month alone) and for the year so far: never yield. */
  private static final java.util.Set<String> PERIOD_ALONE = java.util.Set.of("本期", "本期值");
  private static final java.util.Set<String> SO_FAR = java.util.Set.of("本年累计", "累计", "累计数");
  /** A period, then a name: 2023年增长(%), 2024年1-6月比上年增长(%). */
  private static final java.util.regex.Pattern PERIOD_THEN_NAME =
      java.util.regex.Pattern.compile("([0-9]{4}年?(?:1?[0-9]月|1-1?[0-9]月|上半年|前三季度)?)(\\D.*)");

  /**
   * A period header of a plan or an estimate, not of reported figures: 2024年目标, 2024年计划(万元),
   * 2024年预期目标, 2024年目标增长(%), 2024年全年预计.
   */
  private static final java.util.regex.Pattern PLANNED =
      java.util.regex.Pattern.compile("^[0-9]{4}.*?(目标|计划|任务|预期|预计|预测)");
  /**
   * Words after a period header that say its figures are what was done or first reported
   * (2024年1-6月完成, 2024年实际完成, 2024年快报, 2024年(初步)): the period's figures, read as such.
   */
  private static final java.util.regex.Pattern DONE =
      java.util.regex.Pattern.compile("\\s*(\\((初步|快报|实际|完成)\\)|((累计)?(实际|完成|实绩|快报|初步))+(数|值|情况)?)(?=\\s*(\\(.*\\))?$)");

  /** A value of the months so far, named by them: 1-6月累计, 1～9月累计数. */
  private static final java.util.regex.Pattern SO_FAR_OF_MONTHS =
      java.util.regex.Pattern.compile("(1[-~～—至]([1-9]|1[0-2])月|[1-9]|1[0-2]月)(份)?累计(数|值)?");
  /** Names of a column of the month alone, in a monthly table beside its 累计: not read (no year-to-date figure). */
  private static final java.util.Set<String> MONTH_ALONE = java.util.Set.of("本月", "当月", "本月数", "当月数", "本月值",
      "当月值", "本月完成", "当月完成");
  /** Growth names that also name a change in the unit: a growth rate only with {@code %} in the header. */
  private static final java.util.Set<String> CHANGE_OR_RATE = java.util.Set.of("同比增减", "比上年增减", "比上年同期增减",
      "较上年增减", "较上年同期增减", "比去年同期增减", "增减", "±", "同比±", "比上年±", "比上年同期±", "较上年±", "比去年同期±");
  /** Notes and row numbers: not figures, expected beside them, so not listed as unused. */
  private static final java.util.Set<String> NOTES = java.util.Set.of("来源", "数据来源", "资料来源", "备注", "说明", "注",
      "注释", "附注", "序号", "source", "note", "notes", "remark", "remarks", "comment", "comments");

  static {
    for (Role r : Role.values()) {
      for (String n : r.names) {
        ROLES.put(n, r);
      }
    }
  }

  final boolean wide;
  final int size;
  final int indicator;
  final int period;
  final int value;
  final int unit;
  final int growth;
  final int entity;
  /**
   * Long layout: the column that gives the part of the year beside a period column of years
   * ({@code 年份,月份}: {@code 2024,1-6月} is 2024年1-6月), or -1.
   */
  final int subPeriod;
  /**
   * The unit a header names: the value column's ({@code 数值(亿元)}) in the long layout, the
   * indicator's or the periods' ({@code 指标(万吨)}, {@code 2024年(万吨)}) in the wide one; or
   * {@code null}.
   */
  final Unit valueUnit;
  /** Wide layout: the columns that hold periods, and their periods. */
  final int[] periodColumns;
  final Period[] periods;
  /**
   * Wide layout: the period whose rate the growth column holds (an index into {@link #periods}):
   * the latest of the period columns to its left ({@code 指标,2023年,2024年,比上年增长(%)} and {@code
   * 指标,2024年,2023年,比上年增长(%)}: 2024); -1 when there is no growth column.
   */
  final int growthOf;
  /** The columns no role uses and that are not notes, as {@code 比上年增减(万元) (5)}; in file order. */
  final List<String> unused;
  /** Their column indexes (0-based), in the same order. */
  private final int[] unusedColumns;
  /**
   * The columns with a blank header that no role uses (0-based, ascending): named as unused only
   * when a row below fills them ({@link #unused(boolean[])}).
   */
  final int[] blank;
  /** Per column, whether a role reads it. */
  private final boolean[] read;

  private Header(boolean wide, int size, int[] cols, Unit valueUnit, int[] periodColumns, Period[] periods,
      List<String> cells, boolean[] used, Period growthPeriod) {
    this.wide = wide;
    this.size = size;
    this.indicator = cols[Role.INDICATOR.ordinal()];
    this.period = cols[Role.PERIOD.ordinal()];
    this.value = cols[Role.VALUE.ordinal()];
    this.unit = cols[Role.UNIT.ordinal()];
    this.growth = cols[Role.GROWTH.ordinal()];
    this.entity = cols[Role.ENTITY.ordinal()];
    this.subPeriod = wide ? -1 : cols[Role.SUBPERIOD.ordinal()];
    this.valueUnit = valueUnit;
    this.periodColumns = periodColumns;
    this.periods = periods;
    int of = -1;
    for (int k = 0; k < periodColumns.length && growth >= 0; k++) {
      if (growthPeriod != null ? periods[k].equals(growthPeriod)
          : periodColumns[k] < growth && (of < 0 || periods[k].compareTo(periods[of]) > 0)) {
        of = k;
      }
    }
    this.growthOf = wide ? of : -1;
    this.read = used.clone();
    List<String> unused = new ArrayList<>();
    List<Integer> unusedColumns = new ArrayList<>();
    List<Integer> blank = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String text = shown(cells.get(i));
      if (used[i]) {
        continue;
      }
      if (text.isEmpty()) {
        blank.add(i);
      } else if (!NOTES.contains(key(text))) {
        unused.add(text + " (" + (i + 1) + ")");
        unusedColumns.add(i);
      }
    }
    this.unused = List.copyOf(unused);
    this.unusedColumns = unusedColumns.stream().mapToInt(Integer::intValue).toArray();
    this.blank = blank.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether a role reads column {@code i} (0-based): not a note, nor a column no role names. */
  boolean reads(int i) {
    return i < read.length && read[i];
  }

  /**
   * {@link #unused}, with the columns of {@link #blank} that rows filled ({@code filled[k]} for
   * {@code blank[k]}) named {@code column 4 (no header)}, in file order: a column with figures and
   * no name (the second row of a two-row header left its name below) is not dropped unseen.
   */
  List<String> unused(boolean[] filled) {
    List<String> all = new ArrayList<>(unused.size() + blank.length);
    int u = 0;
    for (int k = 0; k < blank.length; k++) {
      if (!filled[k]) {
        continue;
      }
      while (u < unused.size() && unusedColumns[u] < blank[k]) {
        all.add(unused.get(u++));
      }
      all.add("column " + (blank[k] + 1) + " (no header)");
    }
    all.addAll(unused.subList(u, unused.size()));
    return all;
  }

  private static String shown(String cell) {
    return Folding.shown(cell);
  }

  /** The role a header cell names, or {@code null}. */
  static Role role(String header, UnitTable units) {
    String key = key(header);
    Role r = ROLES.get(key);
    if (r == null && SO_FAR_OF_MONTHS.matcher(key).matches()) {
      return Role.VALUE; // 1-6月累计: the year so far, named by its months
    }
    return r == Role.GROWTH && !inPercent(header, key, units) ? null : r;
  }

  /**
   * Whether a growth header may hold rates in %: it says {@code %} ({@code 增速(%)}, {@code 增速%}),
   * or, for a name that is not also a change's, it names no other unit ({@code 增速}, {@code
   * 增速(累计)}; not {@code 增速(万元)}, {@code 增长(百分点)} or {@code 比上年增长(个百分点)}).
   */
  private static boolean inPercent(String header, String key, UnitTable units) {
    String s = Folding.text(header);
    String p = unitText(header);
    if ((p != null && p.equals("%")) || s.endsWith("%")) {
      return true;
    }
    if (CHANGE_OR_RATE.contains(key)) {
      return false;
    }
    return p == null || !(p.contains("百分点") || p.equalsIgnoreCase("pp") || units.find(p).isPresent());
  }

  /**
   * The {@linkplain Folding#nameKey name key} of {@code header} without its text in parentheses.
   * Headers differ from other names only there: {@code 数值(亿元)} names the value column and its unit.
   * Parentheses are found after NFKC, so full-width {@code （…）} count too.
   */
  static String key(String header) {
    String s = Folding.text(header);
    if (s.endsWith("%")) { // 增速%, as 增速(%)
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder b = new StringBuilder(s.length());
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        b.append(c);
      }
    }
    return spaceless(Folding.nameKey(b.toString()));
  }

  /**
   * {@code key} without white space inside it: headers are padded to a width with full-width or
   * ordinary spaces ({@code 指　　标}, {@code 时　　期}, {@code 指 标}), and no header name has a
   * space of its own. Header time only: data cells keep theirs.
   */
  static String spaceless(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Folding.isSpace(key.charAt(i))) {
        StringBuilder b = new StringBuilder(key.length());
        for (int j = 0; j < key.length(); j++) {
          char c = key.charAt(j);
          if (!Folding.isSpace(c)) {
            b.append(c);
          }
        }
        return b.toString();
      }
    }
    return key;
  }

  /**
   * The unit a header names in parentheses: {@code 数值(亿元)}, {@code 数值（单位：万吨）},
   * {@code 2024年(万吨)}; {@code null} when the parenthesis holds no known unit ({@code 本期(累计)}).
   */
  static Unit headerUnit(String header, UnitTable units) {
    String p = unitText(header);
    return p == null ? null : units.find(p).orElse(null);
  }

  /** The text of the first parenthesis in {@code header}, without a leading {@code 单位:}; or {@code null}. */
  private static String unitText(String header) {
    String p = parenthesised(header);
    if (p != null && p.startsWith("单位")) {
      p = Folding.trim(p.substring(2));
      if (p.startsWith(":")) {
        p = Folding.trim(p.substring(1));
      }
    }
    return p;
  }

  /** The text of the first parenthesis in {@code header}, trimmed, or {@code null}. */
  static String parenthesised(String header) {
    String s = Folding.text(header);
    int a = s.indexOf('(');
    int b = s.indexOf(')', a + 1);
    return a >= 0 && b > a ? Folding.trim(s.substring(a + 1, b)) : null;
  }

  /**
   * Maps {@code cells} (the header row, on {@code line}).
   *
   * @throws InputException when a required column is missing, two columns have one role, or a
   *     period-like header of a wide file is not a period
   */
  static Header of(List<String> cells, String file, long line, UnitTable units) {
    int[] cols = new int[Role.values().length];
    java.util.Arrays.fill(cols, -1);
    Role[] roles = new Role[cells.size()];
    List<Integer> growths = new ArrayList<>(2);
    int monthAlone = -1; // a column of the month alone (本月, 当月): a monthly table's
    for (int i = 0; i < cells.size(); i++) {
      Role r = role(cells.get(i), units);
      roles[i] = r;
      if (r == null) {
        if (MONTH_ALONE.contains(key(cells.get(i)))) {
          monthAlone = i;
        }
        continue;
      }
      if (r == Role.GROWTH) {
        growths.add(i);
      }
      int prev = cols[r.ordinal()];
      if (prev >= 0 && r == Role.GROWTH) {
        continue; // (resolved below, once the value column is known)
      }
      if (prev >= 0) {
        String before = key(cells.get(prev));
        String here = key(cells.get(i));
        boolean alsoBefore = ALSO.contains(before);
        boolean alsoHere = ALSO.contains(here);
        boolean aloneAndSoFar = PERIOD_ALONE.contains(before) && SO_FAR.contains(here)
            || PERIOD_ALONE.contains(here) && SO_FAR.contains(before);
        if (alsoBefore != alsoHere && !aloneAndSoFar) { // the long-standing name is the column
          if (alsoHere) {
            roles[i] = null;
            continue;
          }
          roles[prev] = null;
          cols[r.ordinal()] = i;
          continue;
        }
        String perPeriod = r == Role.GROWTH ? " (a table with a growth column for each period needs one file per"
            + " period)" : "";
        throw new InputException(new Location(file, line, i + 1), "columns " + (prev + 1) + " ("
            + Folding.trim(cells.get(prev)) + ") and " + (i + 1) + " (" + Folding.trim(cells.get(i))
            + ") both name the " + r.key() + "; keep one" + perPeriod);
      }
      cols[r.ordinal()] = i;
    }
    if (!growths.isEmpty()) {
      cols[Role.GROWTH.ordinal()] = growthColumn(cells, growths, cols[Role.VALUE.ordinal()], monthAlone, file, line);
      for (int g : growths) {
        if (g != cols[Role.GROWTH.ordinal()]) {
          roles[g] = null;
        }
      }
    }
    Unit valueUnit = null;
    if (cols[Role.VALUE.ordinal()] >= 0) {
      valueUnit = headerUnit(cells.get(cols[Role.VALUE.ordinal()]), units);
    }
    if (cols[Role.PERIOD.ordinal()] < 0) {
      List<Integer> pc = new ArrayList<>();
      List<Period> ps = new ArrayList<>();
      Period grownOf = null; // the period a growth column names (2024年比上年增长(%)), or null
      for (int i = 0; i < cells.size(); i++) {
        if (roles[i] != null || !Periods.looksLikePeriod(cells.get(i))) {
          continue;
        }
        String text = Folding.trim(cells.get(i));
        String folded = Folding.text(text);
        if (PLANNED.matcher(folded).find()) {
          continue; // 2024年目标, 2024年计划: the targets file's to say; listed as not used
        }
        java.util.regex.Matcher done = DONE.matcher(folded);
        if (done.find()) {
          text = folded.substring(0, done.start()) + folded.substring(done.end()); // 2024年1-6月完成: the period's figures
        }
        Unit inHeader = headerUnit(text, units); // 2024年(万吨): the period, and the unit of its values
        String periodText = inHeader == null ? text : Folding.trim(text.substring(0, text.indexOf('(')));
        Period p = Periods.parse(periodText).orElse(null);
        if (p == null) {
          java.util.regex.Matcher grown = PERIOD_THEN_NAME.matcher(Folding.text(text));
          if (grown.matches() && Periods.parse(grown.group(1)).isPresent() && role(grown.group(2), units) == Role.GROWTH) {
            if (cols[Role.GROWTH.ordinal()] < 0) { // 2024年比上年增长(%): the growth column, of the period it names
              cols[Role.GROWTH.ordinal()] = i;
              grownOf = Periods.parse(grown.group(1)).get();
              continue;
            }
            throw new InputException(new Location(file, line, i + 1), "\"" + text + "\" is a second growth column:"
                + " the wide layout takes one, of one period (" + Folding.trim(cells.get(cols[Role.GROWTH.ordinal()]))
                + "); keep that one, or give each period's rates in a file of its own");
          }
          throw new InputException(new Location(file, line, i + 1),
              "period \"" + text + "\" " + Periods.refusal(periodText));
        }
        if (inHeader != null) {
          if (valueUnit != null && !valueUnit.symbol().equals(inHeader.symbol())) {
            throw new InputException(new Location(file, line, i + 1), "header \"" + text + "\" says "
                + inHeader.symbol() + " but an earlier header says " + valueUnit.symbol() + "; give one unit");
          }
          valueUnit = inHeader;
        }
        pc.add(i);
        ps.add(p);
      }
      if (pc.isEmpty()) {
        throw missing(cells, file, line, Role.PERIOD,
            "; or period headers such as 2024 for the wide layout");
      }
      if (cols[Role.INDICATOR.ordinal()] < 0) {
        cols[Role.INDICATOR.ordinal()] = 0;
      }
      Unit indicatorHeader = headerUnit(cells.get(cols[Role.INDICATOR.ordinal()]), units); // 指标(万吨)
      if (indicatorHeader != null && valueUnit != null && !indicatorHeader.symbol().equals(valueUnit.symbol())) {
        throw new InputException(new Location(file, line, cols[Role.INDICATOR.ordinal()] + 1), "header says "
            + indicatorHeader.symbol() + " but a period header says " + valueUnit.symbol() + "; give one unit");
      }
      if (valueUnit == null) {
        valueUnit = indicatorHeader;
      }
      int growth = cols[Role.GROWTH.ordinal()];
      if (grownOf != null && !ps.contains(grownOf)) {
        throw new InputException(new Location(file, line, growth + 1), "the growth column (" + Folding.trim(cells.get(growth))
            + ") names " + grownOf + ", which no period column gives: its rates need that period's column");
      }
      if (growth >= 0 && growth < pc.get(0) && grownOf == null) {
        throw new InputException(new Location(file, line, growth + 1), "the growth column (" + Folding.trim(cells.get(growth))
            + ") stands before every period column: it holds the rate of the period to its left (as in 指标,2023年,2024年,"
            + "比上年增长(%)); move it after its period");
      }
      // the wide layout reads the indicator, unit, entity and growth columns, and the periods
      boolean[] used = new boolean[cells.size()];
      for (Role r : new Role[] {Role.INDICATOR, Role.UNIT, Role.ENTITY, Role.GROWTH}) {
        if (cols[r.ordinal()] >= 0) {
          used[cols[r.ordinal()]] = true;
        }
      }
      pc.forEach(c -> used[c] = true);
      return new Header(true, cells.size(), cols, valueUnit,
          pc.stream().mapToInt(Integer::intValue).toArray(), ps.toArray(new Period[0]), cells, used, grownOf);
    }
    if (cols[Role.INDICATOR.ordinal()] < 0) {
      throw missing(cells, file, line, Role.INDICATOR, "");
    }
    if (cols[Role.VALUE.ordinal()] < 0 && cols[Role.GROWTH.ordinal()] < 0) {
      throw new InputException(new Location(file, line, 0), "no value or growth column (found: "
          + found(cells) + "; accepted: " + String.join(", ", Role.VALUE.names) + ", or "
          + String.join(", ", Role.GROWTH.names.subList(0, Role.GROWTH.names.indexOf("比上年增减") + 1).stream()
              .map(n -> CHANGE_OR_RATE.contains(n) ? n + "(%)" : n).toList())
          + ", 比上年±(%) and other bulletin headings)");
    }
    boolean[] used = new boolean[cells.size()];
    for (int c : cols) {
      if (c >= 0) {
        used[c] = true;
      }
    }
    return new Header(false, cells.size(), cols, valueUnit, new int[0], new Period[0], cells, used, null);
  }

  /**
   * The growth column among {@code growths} (ascending): the one there is; in a monthly table (a
   * value of the year so far, 累计, beside the month's, 本月), the year-to-date rate's (累计增长(%),
   * or the growth column right after the 累计 column), for the month's is no year-to-date growth;
   * refused where that cannot be told, as two growth columns in other tables are.
   */
  private static int growthColumn(List<String> cells, List<Integer> growths, int value, int monthAlone, String file,
      long line) {
    boolean soFarValue = value >= 0 && isSoFar(key(cells.get(value)));
    List<Integer> soFarGrowth = growths.stream().filter(g -> key(cells.get(g)).startsWith("累计")
        || key(cells.get(g)).startsWith("本年累计")).toList();
    if (soFarGrowth.size() == 1 && (soFarValue || growths.size() > 1)) {
      return soFarGrowth.get(0);
    }
    if (soFarValue && monthAlone >= 0 && soFarGrowth.isEmpty()) {
      if (growths.contains(value + 1)) {
        return value + 1; // 本月,同比增长,累计,同比增长: the rate beside the year-to-date figure
      }
      int g = growths.get(0);
      throw new InputException(new Location(file, line, g + 1), "the growth column (" + Folding.trim(cells.get(g))
          + ") stands beside " + Folding.trim(cells.get(monthAlone)) + " and " + Folding.trim(cells.get(value))
          + ": whether it is the month's rate or the year-to-date one the header does not say; name the year-to-date"
          + " rate's column 累计增长(%), or put it right after " + Folding.trim(cells.get(value)));
    }
    if (monthAlone >= 0 && !soFarValue && soFarGrowth.isEmpty()) { // 本月,同比增长(%): the month's own rate
      int g = growths.get(0);
      throw new InputException(new Location(file, line, g + 1), "the growth column (" + Folding.trim(cells.get(g))
          + ") stands beside " + Folding.trim(cells.get(monthAlone)) + " and no column of the year so far (累计):"
          + " it is the month's rate, not the year-to-date one a target is judged on; give the 累计 columns");
    }
    if (growths.size() > 1) {
      int a = growths.get(0);
      int b = growths.get(1);
      throw new InputException(new Location(file, line, b + 1), "columns " + (a + 1) + " (" + Folding.trim(cells.get(a))
          + ") and " + (b + 1) + " (" + Folding.trim(cells.get(b)) + ") both name the growth; keep one (a table with a"
          + " growth column for each period needs one file per period)");
    }
    return growths.get(0);
  }

  /** Whether a value column's key names the year so far: 累计, 本年累计, 1-6月累计 … */
  private static boolean isSoFar(String key) {
    return SO_FAR.contains(key) || SO_FAR_OF_MONTHS.matcher(key).matches();
  }

  /**
   * Refuses a row of one filled cell (at {@code column}, 1-based) that holds column names between
   * tabs or semicolons: the header of a file saved as "Text (Tab delimited)", or as CSV where the
   * list separator is {@code ;}, read as one column. Said as such, rather than taken for a title
   * and then as no indicator or period column found.
   */
  static void otherSeparator(String cell, String file, long line, int column, UnitTable units) {
    for (String sep : new String[] {"\t", ";"}) {
      String[] names = cell.split(sep, -1);
      if (names.length > 1 && java.util.Arrays.stream(names).anyMatch(n -> role(n, units) != null)) {
        throw new InputException(new Location(file, line, column), "the header is one cell with "
            + (sep.equals("\t") ? "tabs" : "semicolons") + " between its names (" + shown(cell).replace(sep, ", ")
            + "): the file is not comma-separated; save it as \"CSV UTF-8\" (commas between cells)");
      }
    }
  }

  private static InputException missing(List<String> cells, String file, long line, Role role, String more) {
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")
        || !cells.isEmpty() && cells.get(0).matches("\\s*(title|period|entity|actuals|units|schedule|indicators|targets):(\\s.*)?")) {
      return new InputException(new Location(file, line, 0), "this looks like a targets file (YAML), given as a data"
          + " file: the targets file goes after -t, data files (CSV) after it");
    }
    return new InputException(new Location(file, line, 0), "no " + role.key() + " column (found: "
        + found(cells) + "; accepted: " + String.join(", ", role.names) + more + ")");
  }

  private static String found(List<String> cells) {
    List<String> shown = new ArrayList<>();
    for (String c : cells) {
      String s = Folding.trim(c);
      if (!s.isEmpty()) {
        shown.add(s);
      }
    }
    return shown.isEmpty() ? "no names" : String.join(", ", shown);
  }
}
