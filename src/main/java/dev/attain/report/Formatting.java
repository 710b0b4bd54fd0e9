package dev.attain.report;

import dev.attain.model.Bound;
import dev.attain.model.Finding;
import dev.attain.model.Measure;
import dev.attain.model.Progress;
import dev.attain.model.ProgressBasis;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Report;
import dev.attain.model.Result;
import dev.attain.model.Summary;
import dev.attain.model.Target;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How every format writes numbers and the phrases built from them; one place, so that text,
 * markdown, HTML and JUnit say the same thing in the same way.
 *
 * <ul>
 *   <li>A decimal is shown with exactly the digits it has ({@link BigDecimal#toPlainString()}):
 *       never scientific notation, trailing zeros neither added nor removed. Growth, gap and
 *       attainment are shown as the engine rounded them.
 *   <li>Minus is the ASCII {@code -} in every format; a gap carries its sign ({@code +0.3},
 *       {@code -2.0}); a zero gap has none ({@code 0}).
 *   <li>A number and its unit: {@code %} and {@code ‰} follow the number directly ({@code 8.3%}),
 *       other units after a space ({@code 5612 万斤}).
 *   <li>Growth gaps, and gaps of {@code %} figures, are in percentage points: {@code -2.0 pp}.
 *       Attainment is a percentage: {@code 108.7%}.
 *   <li>A threshold reads {@code ≥ 8%}, {@code ≤ 3%}, {@code 7.8–8.2 万亩}, a tolerance as {@code
 *       ≤ 3% (tolerance 0.5 pp)}, a reference as {@code ≥ gdp growth (8.3%)} with the figure it
 *       resolved to in parentheses.
 *   <li>An absent figure is an empty cell, not a dash.
 * </ul>
 */
public final class Formatting {
  private Formatting() {}

  /** The exact digits, or {@code ""} for {@code null}. */
  public static String plain(BigDecimal n) {
    return n == null ? "" : n.toPlainString();
  }

  /** With its sign: {@code +0.3}, {@code -2.0}, {@code 0}; {@code ""} for {@code null}. */
  public static String signed(BigDecimal n) {
    if (n == null) {
      return "";
    }
    return n.signum() > 0 ? "+" + n.toPlainString() : n.toPlainString();
  }

  /** {@code 8.3%}, {@code 5612 万斤}; {@code ""} for {@code null}. */
  public static String withUnit(BigDecimal n, Unit unit) {
    if (n == null) {
      return "";
    }
    return withUnit(n.toPlainString(), unit);
  }

  static String withUnit(String number, Unit unit) {
    return isRateSymbol(unit) ? number + unit.symbol() : number + " " + unit.symbol();
  }

  private static boolean isRateSymbol(Unit unit) {
    return unit.symbol().equals("%") || unit.symbol().equals("‰");
  }

  /** The actual with its bound symbol and unit: {@code 8.3%}, {@code <5%}, {@code 5612 万斤}. */
  public static String actual(Result r) {
    if (r.actual() == null) {
      return "";
    }
    return withUnit(r.actualRelation().symbol() + r.actual().toPlainString(), r.unit());
  }

  /**
   * The bound symbol JSON and CSV give beside the actual ({@code <}, {@code ≤}, {@code >}, {@code
   * ≥}), or {@code null}: the actual is exact, or there is none (a MISSING result reported only as
   * a bound has no actual; its reason quotes the bound).
   */
  static String actualRelation(Result r) {
    return r.actual() != null && r.actualRelation().isBound() ? r.actualRelation().symbol() : null;
  }

  /** The unit gaps and tolerances of {@code r} are in: {@code pp} for growth and {@code %}. */
  public static String gapUnit(Result r) {
    return gapUnit(r.target().measure(), r.unit());
  }

  static String gapUnit(Measure measure, Unit unit) {
    return measure == Measure.GROWTH || unit.symbol().equals("%") ? "pp" : unit.symbol();
  }

  /** {@code +0.3 pp}, {@code -0.15 亿元}; {@code ""} when there is no gap. */
  public static String gap(Result r) {
    if (r.gap() == null) {
      return "";
    }
    String unit = gapUnit(r);
    return unit.equals("‰") ? signed(r.gap()) + unit : signed(r.gap()) + " " + unit;
  }

  /** {@code 108.7%}; {@code ""} for {@code null}. */
  public static String percent(BigDecimal n) {
    return n == null ? "" : n.toPlainString() + "%";
  }

  /**
   * The threshold as readers know it: {@code ≥ 8%}, {@code 7.8–8.2 万亩}, {@code ≥ gdp growth (8.3%)},
   * {@code ≤ 3% (tolerance 0.5 pp)}; under time progress the bounds and tolerance applied, then the
   * annual ones they are scaled from: {@code ≥ 75 亿元 (tolerance 3 亿元; annual ≥ 100 亿元, tolerance
   * 4 亿元)}.
   */
  public static String threshold(Result r) {
    ThresholdText t = thresholdText(r);
    List<String> inParentheses = new ArrayList<>(2);
    if (t.tolerance() != null) {
      inParentheses.add(t.tolerance());
    }
    if (t.annual() != null) {
      inParentheses.add(t.annual());
    }
    return inParentheses.isEmpty() ? t.judged() : t.judged() + " (" + String.join("; ", inParentheses) + ")";
  }

  /**
   * The threshold in one part, or, when the bounds or the tolerance were scaled to the elapsed
   * share of the year, in two: what the figure was judged against ({@code ≥ 75 亿元 (tolerance 3
   * 亿元)}) and the annual threshold in parentheses ({@code (annual ≥ 100 亿元, tolerance 4 亿元)}).
   */
  public static List<String> thresholdParts(Result r) {
    ThresholdText t = thresholdText(r);
    String judged = t.tolerance() == null ? t.judged() : t.judged() + " (" + t.tolerance() + ")";
    return t.annual() == null ? List.of(judged) : List.of(judged, "(" + t.annual() + ")");
  }

  /**
   * The phrases of a threshold: the bounds judged against, the tolerance applied ({@code null}
   * when none), and the annual threshold they were scaled from ({@code null} when not scaled).
   */
  private record ThresholdText(String judged, String tolerance, String annual) {}

  private static ThresholdText thresholdText(Result r) {
    Threshold t = r.target().threshold();
    Unit unit = t.unit();
    String s;
    if (t.atLeast() != null && t.atMost() != null) {
      if (t.atLeast() instanceof Bound.Fixed lo && t.atMost() instanceof Bound.Fixed hi) {
        s = withUnit(lo.number().toPlainString() + "–" + hi.number().toPlainString(), unit);
      } else {
        s = bound(t.atLeast(), r.atLeast(), unit) + " – " + bound(t.atMost(), r.atMost(), unit);
        s = s.replace("≥ ", "").replace("≤ ", "");
      }
    } else if (t.atLeast() != null) {
      s = "≥ " + bound(t.atLeast(), r.atLeast(), unit);
    } else {
      s = "≤ " + bound(t.atMost(), r.atMost(), unit);
    }
    String share = yearToDateBounds(r);
    String written = t.tolerance() == null ? null : tolerance(t.tolerance(), r);
    // a missing result applied nothing: its threshold is shown as written
    String applied = r.tolerance() != null ? tolerance(r.tolerance(), r) : written;
    boolean scaledTolerance = t.tolerance() != null && r.tolerance() != null
        && t.tolerance().compareTo(r.tolerance()) != 0;
    if (share == null && !scaledTolerance) {
      return new ThresholdText(s, applied, null);
    }
    // year to date: what was judged against, then the annual threshold it is scaled from
    String annual = share == null ? "annual " + written : "annual " + s + (written == null ? "" : ", " + written);
    return new ThresholdText(share == null ? s : share, applied, annual);
  }

  /** {@code tolerance 0.5 pp}, {@code tolerance 3 亿元}. */
  private static String tolerance(BigDecimal n, Result r) {
    String tu = gapUnit(r.target().measure(), r.target().threshold().unit());
    return "tolerance " + n.toPlainString() + (tu.equals("‰") ? tu : " " + tu);
  }

  /**
   * The bounds a year-to-date figure was judged against, the annual ones scaled to the elapsed
   * share of the year ({@code ≥ 3750 亩}), or {@code null} when the threshold was not scaled.
   */
  private static String yearToDateBounds(Result r) {
    if (r.progress() == null || r.progress().expected() == null) {
      return null;
    }
    Threshold t = r.target().threshold();
    if (t.atLeast() != null && t.atMost() != null && r.atLeast() != null && r.atMost() != null) {
      return withUnit(r.atLeast().toPlainString() + "–" + r.atMost().toPlainString(), r.unit());
    }
    if (t.atLeast() != null && r.atLeast() != null) {
      return "≥ " + withUnit(r.atLeast(), r.unit());
    }
    if (t.atMost() != null && r.atMost() != null) {
      return "≤ " + withUnit(r.atMost(), r.unit());
    }
    return null;
  }

  private static String bound(Bound b, BigDecimal resolved, Unit unit) {
    if (b instanceof Bound.Fixed f) {
      return withUnit(f.number(), unit);
    }
    String ref = reference((Bound.Reference) b);
    return resolved == null ? ref : ref + " (" + withUnit(resolved, unit) + ")";
  }

  /** A reference bound in ASCII: {@code gdp growth}, {@code gdp growth +1}, {@code gdp value -0.5}. */
  public static String reference(Bound.Reference ref) {
    String s = ref.indicator() + " " + ref.measure().key();
    return ref.plus().signum() == 0 ? s : s + " " + signed(ref.plus());
  }

  /**
   * The target as a row of a table names it: its {@link #wording}, then, in parentheses, what the
   * row would otherwise leave unsaid of the indicator's name and the measure ({@link #unsaid}):
   * {@code 财政收入稳步增长 (一般公共预算收入 change)}, {@code 一般公共预算收入 (change)}, or the
   * wording alone ({@code 地区生产总值增长8%} under the id {@code gdp.growth}).
   */
  public static String name(Result r) {
    String unsaid = unsaid(r);
    return unsaid == null ? wording(r) : wording(r) + " (" + unsaid + ")";
  }

  /** The target's wording ({@code text}), else the indicator's name. */
  static String wording(Result r) {
    String text = r.target().text();
    return text != null && !text.isBlank() ? text : r.target().indicator().name();
  }

  /**
   * What a row showing the target's id and {@link #wording} does not say of its indicator's name
   * and its measure, or {@code null} when it says both. The measure is said by an id of the default
   * form ({@code rev.change}, {@code rev.change.2}, {@code rev.change.strict}); the name by a
   * wording that contains it (the name itself, when there is no {@code text}). When the wording is
   * the target's {@code text} and either is unsaid, both are given, as {@code 一般公共预算收入
   * change} (the order a reference bound reads in, {@code gdp growth}); with no {@code text}, only
   * the measure can be missing: {@code change}.
   */
  static String unsaid(Result r) {
    Target t = r.target();
    String measure = t.measure().key();
    boolean idSaysMeasure = idSaysMeasure(t);
    String text = t.text();
    if (text == null || text.isBlank()) {
      return idSaysMeasure ? null : measure;
    }
    if (idSaysMeasure && text.contains(t.indicator().name())) {
      return null;
    }
    return t.indicator().name() + " " + measure;
  }

  /**
   * True when the target's id says its measure: the default id {@code <indicator>.<measure>}, made
   * unique ({@code rev.change.2}) or qualified ({@code rev.change.strict}) after a dot.
   */
  private static boolean idSaysMeasure(Target t) {
    String base = t.indicator().id() + "." + t.measure().key();
    String id = t.id();
    return id.equals(base) || id.startsWith(base + ".");
  }

  /**
   * {@code 52.0% of the annual target, 50.0% of the year: 2.0 pp ahead}; {@code … pp behind}; {@code
   * on schedule} when the figure is exactly on the share due. A figure over the share of the ceiling
   * is not ahead: {@code 59.5% of the annual ceiling, 58.3% of the year: 1.2 pp over the ceiling's
   * share}. Under a {@code schedule:} the share due is the schedule's, not the year's, and both are
   * said: {@code 72.2% of the annual target, 70.0% due by the schedule (75.0% of the year): 2.2 pp
   * ahead}.
   */
  public static String progress(Progress p) {
    if (p.over() != null) {
      return percent(p.ofCeiling()) + " of the annual ceiling, " + due(p) + ": " + p.over().toPlainString()
          + " pp over the ceiling's share";
    }
    List<String> parts = new ArrayList<>();
    if (p.attainment() != null) {
      parts.add(percent(p.attainment()) + " of the annual target");
    }
    if (p.elapsed() != null) {
      parts.add(due(p));
    }
    String s = String.join(", ", parts);
    if (p.ahead() != null) {
      String ahead = switch (p.ahead().signum()) {
        case -1 -> p.ahead().negate().toPlainString() + " pp behind";
        case 1 -> p.ahead().toPlainString() + " pp ahead";
        default -> "on schedule";
      };
      s = s.isEmpty() ? ahead : s + ": " + ahead;
    }
    return s;
  }

  /**
   * The share due by the period: {@code 75.0% of the year}, or under a schedule {@code 70.0% due by
   * the schedule (75.0% of the year)}.
   */
  public static String due(Progress p) {
    return p.basis() == ProgressBasis.SCHEDULE
        ? percent(p.elapsed()) + " due by the schedule (" + percent(p.yearElapsed()) + " of the year)"
        : percent(p.elapsed()) + " of the year";
  }

  /**
   * Everything a reader should know beyond the columns, in order: the reason a result is missing,
   * the time progress, the engine's notes. The time progress is said once: when a note already
   * tells it ({@code year-to-date 2024-09: …}), that note stands alone.
   */
  public static List<String> remarks(Result r) {
    List<String> out = new ArrayList<>();
    if (r.reason() != null) {
      out.add(r.reason());
    }
    if (r.progress() != null) {
      String p = progress(r.progress());
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    out.addAll(r.notes());
    return out;
  }

  /**
   * The rate a finding checked, as published: {@code 9.7%}, or with its bound, {@code <12%}.
   */
  public static String reported(Finding f) {
    return f.reportedRelation().symbol() + percent(f.reported());
  }

  /** What a finding says: {@code reported 51.8%, levels give 48.6%}, and its note. */
  public static String finding(Finding f) {
    String s = "reported " + reported(f);
    if (f.computed() != null) {
      s += ", levels give " + percent(f.computed());
    }
    if (f.note() != null && !f.note().isBlank()) {
      s += " (" + f.note() + ")";
    }
    return s;
  }

  /** Written in place of the results table when there are no results. */
  static final String NO_RESULTS = "No targets were evaluated.";

  /**
   * The columns of the results table of text, markdown and HTML; {@code entity} only when the
   * report has more than one entity ({@code multi}).
   */
  static List<String> resultHeaders(boolean multi) {
    List<String> headers = new ArrayList<>(List.of("status", "id", "target"));
    if (multi) {
      headers.add("entity");
    }
    headers.addAll(List.of("period", "actual", "threshold", "gap", "attainment", "source", "remarks"));
    return headers;
  }

  /** True for the columns of results and findings tables that hold a number and align right. */
  static boolean numeric(String header) {
    return switch (header) {
      case "actual", "gap", "attainment", "reported", "computed" -> true;
      default -> false;
    };
  }

  /**
   * The cells of {@code r} under {@link #resultHeaders}: the status word, then every column as
   * plain text; {@link #remarks} joined by {@code remarksSeparator}. Writers escape and lay them out.
   */
  static List<String> resultCells(Result r, boolean multi, String remarksSeparator) {
    List<String> cells = new ArrayList<>(multi ? 11 : 10);
    cells.add(r.status().name());
    cells.add(r.target().id());
    cells.add(name(r));
    if (multi) {
      cells.add(r.entity());
    }
    cells.add(r.evaluatedPeriod().toString());
    cells.add(actual(r));
    cells.add(threshold(r));
    cells.add(gap(r));
    cells.add(percent(r.attainment()));
    cells.add(r.source() == null ? "" : r.source().key());
    cells.add(String.join(remarksSeparator, remarks(r)));
    return cells;
  }

  /** The columns of the findings table of markdown and HTML. */
  static final List<String> FINDING_HEADERS =
      List.of("status", "entity", "indicator", "period", "reported", "computed", "note", "location");

  /** The cells of {@code f} under {@link #FINDING_HEADERS}, as plain text. */
  static List<String> findingCells(Finding f) {
    return List.of(f.status().name(), f.entity(), f.name() != null ? f.name() : f.indicator(),
        f.period().toString(), reported(f), percent(f.computed()),
        f.note() == null ? "" : f.note(), f.location() == null ? "" : f.location().toString());
  }

  /**
   * What is counted but not listed one by one, or {@code null} when nothing is: {@code 3 consistent
   * rates are not listed (--findings all lists them).}; with rates of real-growth indicators
   * (counted per indicator, {@link #realGrowthRates}), {@code 3 consistent rates and 22400
   * real-growth rates are not listed one by one (--findings all lists them).}; the option passed
   * through {@code code} (markdown writes it as code).
   */
  static String unlistedNote(int consistent, int realGrowth, UnaryOperator<String> code) {
    String option = " (" + code.apply("--findings all") + " lists them).";
    if (realGrowth == 0) {
      return consistent == 0 ? null
          : consistent + (consistent == 1 ? " consistent rate is" : " consistent rates are") + " not listed" + option;
    }
    String rg = realGrowth + (realGrowth == 1 ? " real-growth rate" : " real-growth rates");
    if (consistent == 0) {
      return rg + (realGrowth == 1 ? " is" : " are") + " not listed one by one" + option;
    }
    return consistent + (consistent == 1 ? " consistent rate and " : " consistent rates and ") + rg
        + " are not listed one by one" + option;
  }

  /** {@link #unlistedNote(int, int, UnaryOperator)} of {@code report}. */
  static String unlistedNote(Report report, UnaryOperator<String> code) {
    return unlistedNote(report.unlistedConsistent(), report.unlistedRealGrowth(), code);
  }

  /** What the entries of {@link Report#realGrowth()} are: the label of {@link #realGrowthRates}. */
  static final String REAL_GROWTH_LABEL = "Real growth (at comparable prices), not checkable from nominal levels";

  /**
   * The rates of each real-growth indicator, in the report's order: {@code 地区生产总值 1 rate,
   * 第一产业增加值 22400 rates}; {@code ""} when there are none.
   */
  static String realGrowthRates(List<RealGrowthRates> entries) {
    StringBuilder b = new StringBuilder();
    for (RealGrowthRates r : entries) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(oneLine(r.name())).append(' ').append(r.rates()).append(r.rates() == 1 ? " rate" : " rates");
    }
    return b.toString();
  }

  /** {@code Summary: FAIL, 17 results: 11 passed, 2 warnings, 2 failed, 2 missing; exit code 1.} */
  static String closing(Report report) {
    Summary s = report.summary();
    int total = report.results().size();
    String line = "Summary: " + s.status() + ", " + total + (total == 1 ? " result: " : " results: ")
        + s.pass() + " passed, " + s.warn() + (s.warn() == 1 ? " warning, " : " warnings, ")
        + s.fail() + " failed, " + s.missing() + " missing";
    if (s.findings() > 0) {
      line += "; growth rates checked: " + findingCounts(s);
    }
    return line + "; exit code " + s.exitCode() + ".";
  }

  /**
   * The one-line summary, fit for an email subject: {@code 洛隆县2024年主要预期目标: FAIL — 2 failed,
   * 2 warnings, 11 passed, 2 missing, 1 inconsistent}. {@code failed}, {@code warning(s)} and
   * {@code passed} are always there, in that order; {@code missing} and {@code inconsistent}
   * follow only when not zero. A report about one entity, whose tables have no entity column, names
   * it after the title ({@code 县域目标 · 甲县: FAIL — …}) unless the title already does; an empty
   * title leaves the line starting with the entity, or the status.
   */
  public static String summaryLine(Report report) {
    String title = report.title().isBlank() ? "" : oneLine(report.title());
    String entity = soleEntity(report);
    if (entity != null && !title.contains(entity)) {
      title = title.isEmpty() ? entity : title + " · " + entity;
    }
    String head = title.isEmpty() ? "" : title + ": ";
    return head + report.summary().status() + " — " + counts(report.summary());
  }

  /**
   * The entity a report is about when it has exactly one (its tables then leave the entity column
   * out, {@link #resultHeaders}), or {@code null}: several entities, none, or one with no name.
   */
  static String soleEntity(Report report) {
    if (report.entities().size() != 1) {
      return null;
    }
    String entity = oneLine(report.entities().get(0)).strip();
    return entity.isEmpty() ? null : entity;
  }

  /** {@code 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent}. */
  public static String counts(Summary s) {
    StringBuilder b = new StringBuilder();
    b.append(s.fail()).append(" failed, ");
    b.append(s.warn()).append(s.warn() == 1 ? " warning, " : " warnings, ");
    b.append(s.pass()).append(" passed");
    if (s.missing() > 0) {
      b.append(", ").append(s.missing()).append(" missing");
    }
    if (s.inconsistent() > 0) {
      b.append(", ").append(s.inconsistent()).append(" inconsistent");
    }
    return b.toString();
  }

  /** {@code 1 inconsistent, 1 uncheckable, 3 consistent}. */
  public static String findingCounts(Summary s) {
    return s.inconsistent() + " inconsistent, " + s.uncheckable() + " uncheckable, " + s.consistent() + " consistent";
  }

  /** Line breaks and tabs to spaces, other control characters to U+FFFD: one line, no escapes. */
  public static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int first = 0;
    while (first < s.length() && !isControl(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // the common case: nothing to replace
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
  }
}
