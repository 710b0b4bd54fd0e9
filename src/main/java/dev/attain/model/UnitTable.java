package dev.attain.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The units a targets file may use: the built-in table of SPEC §4.1 plus the file's own {@code
 * units:}. Look-up folds full-width forms (NFKC) and ignores surrounding white space.
 */
public final class UnitTable {
  private static final String[] COUNTS = {
    "人", "人次", "户", "个", "项", "座", "套", "家", "株", "头", "只", "辆", "件", "次", "场次"
  };

  private static final UnitTable BUILT_IN = buildBuiltIn();

  private final Map<String, Unit> bySymbol;

  private UnitTable(Map<String, Unit> bySymbol) {
    this.bySymbol = bySymbol;
  }

  /** The built-in table. */
  public static UnitTable builtIn() {
    return BUILT_IN;
  }

  private static UnitTable buildBuiltIn() {
    Map<String, Unit> m = new LinkedHashMap<>();
    put(m, "元", "money", "1");
    put(m, "千元", "money", "1000");
    put(m, "万元", "money", "10000");
    put(m, "百万元", "money", "1000000");
    put(m, "亿元", "money", "100000000");
    put(m, "万亿元", "money", "1000000000000");
    put(m, "斤", "mass", "1");
    put(m, "万斤", "mass", "10000");
    put(m, "亿斤", "mass", "100000000");
    put(m, "万亿斤", "mass", "1000000000000");
    put(m, "公斤", "mass", "2");
    put(m, "千克", "mass", "2");
    put(m, "吨", "mass", "2000");
    put(m, "万吨", "mass", "20000000");
    put(m, "亩", "area", "1");
    put(m, "万亩", "area", "10000");
    put(m, "公顷", "area", "15");
    put(m, "万公顷", "area", "150000");
    put(m, "平方公里", "area", "1500");
    for (String c : COUNTS) {
      put(m, c, c, "1");
      put(m, "万" + c, c, "10000");
      put(m, "亿" + c, c, "100000000");
    }
    put(m, "%", Unit.RATE, "1");
    put(m, "‰", Unit.RATE, "0.1");
    return new UnitTable(Collections.unmodifiableMap(m));
  }

  private static void put(Map<String, Unit> m, String symbol, String dimension, String factor) {
    m.put(symbol, new Unit(symbol, dimension, new BigDecimal(factor)));
  }

  /** This table plus {@code extra} units (a targets file's {@code units:}), in that order. */
  public UnitTable with(Collection<Unit> extra) {
    Map<String, Unit> m = new LinkedHashMap<>(bySymbol);
    for (Unit u : extra) {
      m.put(Folding.text(u.symbol()), u);
    }
    return new UnitTable(Collections.unmodifiableMap(m));
  }

  /** The unit written as {@code symbol} (NFKC-folded, trimmed), if known. */
  public Optional<Unit> find(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(bySymbol.get(Folding.text(symbol)));
  }

  public boolean contains(String symbol) {
    return find(symbol).isPresent();
  }

  /** Every unit, built-in ones first, in table order. */
  public Collection<Unit> all() {
    return bySymbol.values();
  }

  /**
   * Percentage points (百分点, {@code pp}): the difference of two rates in %, the unit of a change
   * target on a rate. Of the rate dimension (1 pp is 1 %, 10 ‰ points) but not in the table: it
   * names no level, so data files and value targets cannot use it.
   */
  private static final Unit PERCENTAGE_POINTS = new Unit("pp", Unit.RATE, BigDecimal.ONE);

  public static Unit percentagePoints() {
    return PERCENTAGE_POINTS;
  }

  /** Whether {@code symbol} names percentage points: {@code pp} (any case) or {@code 百分点}. */
  public static boolean isPercentagePoints(String symbol) {
    String s = Folding.text(symbol == null ? "" : symbol).strip();
    return s.equalsIgnoreCase("pp") || s.equals("百分点");
  }

  /**
   * Why {@code symbol}, percentage points, cannot be the unit of a level (an indicator's unit, a
   * data cell's): the start of the message, to which the place adds what a level there is in.
   */
  public static String pointsAreNoLevel(String symbol, boolean inTargets) {
    return "unit " + Folding.text(symbol).strip() + " (percentage points) is the unit of a change of a rate"
        + (inTargets ? " (change:)" : "") + ", not of a level";
  }

  /** The built-in percent unit. */
  public static Unit percent() {
    return BUILT_IN.bySymbol.get("%");
  }
}
