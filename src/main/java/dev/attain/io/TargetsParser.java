package dev.attain.io;

import dev.attain.io.YamlNode.Alias;
import dev.attain.io.YamlNode.Entry;
import dev.attain.io.YamlNode.Kind;
import dev.attain.io.YamlNode.ListNode;
import dev.attain.io.YamlNode.MapNode;
import dev.attain.io.YamlNode.Scalar;
import dev.attain.model.Bound;
import dev.attain.model.Folding;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Periods;
import dev.attain.model.Schedule;
import dev.attain.model.Severity;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the {@link YamlNode} tree of a targets file into a {@link TargetSet}, checking every rule
 * of SPEC §2. Each problem goes to the {@link ProblemHandler}; the part it is in (a unit, an
 * indicator, a target) is left out and reading goes on, so one pass lists every problem. Targets
 * that name a left-out indicator or unit are left out silently (their cause is already reported).
 */
final class TargetsParser {
  static final List<String> TOP_KEYS =
      List.of("title", "period", "entity", "actuals", "units", "schedule", "indicators", "targets");
  static final List<String> INDICATOR_KEYS =
      List.of("name", "unit", "aliases", "type", "growth", "decimals", "schedule");
  static final List<String> TARGET_KEYS =
      List.of("indicator", "value", "growth", "change", "id", "text", "severity", "entity", "period");
  /** Digits a number may have before and after the decimal point, as in data files. */
  static final int MAX_DIGITS = ValueParser.MAX_DIGITS;
  static final List<String> THRESHOLD_KEYS = List.of("at_least", "at_most", "tolerance", "unit");
  static final List<String> GROWTH_THRESHOLD_KEYS = List.of("at_least", "at_most", "tolerance");
  static final List<String> REFERENCE_KEYS = List.of("indicator", "measure", "plus");
  static final List<String> UNIT_KEYS = List.of("dimension", "equals");

  /** A number and a word after it: 0.5pp, 5400万斤, 18.45 亿元. */
  private static final Pattern NUMBER_AND_WORD = Pattern.compile("([+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+))\\s*([^0-9.,\\s].*)");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  /** What a flow mapping makes of the digits after the comma of {@code {at_least: 1,200}}: a key {@code 200}. */
  private static final Pattern DIGIT_GROUP = Pattern.compile("\\d{3}(\\.\\d*)?");
  private static final Pattern SHORT_WHOLE = Pattern.compile("[+-]?\\d{1,3}");
  private static final Pattern WHOLE = Pattern.compile("\\d+");
  private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*(\\S.*)");
  private static final Pattern SCHEDULE_KEY = Pattern.compile("([QqHhMm])(\\d{1,2})");
  private static final String ATTAIN_UNITS = "attain units lists the known units";

  private final String name;
  private final Path dir;
  private final ProblemHandler problems;
  private final List<InputException> fullWidth;
  private UnitTable units = UnitTable.builtIn();
  private final Set<String> badUnits = new HashSet<>();
  private final Set<String> badIndicators = new HashSet<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();

  private TargetsParser(String name, Path dir, ProblemHandler problems, List<InputException> fullWidth) {
    this.name = name;
    this.dir = dir;
    this.problems = problems;
    this.fullWidth = fullWidth;
  }

  /**
   * The targets {@code root} defines; {@code root} is the document, never null.
   *
   * @param fullWidth the full-width characters {@link YamlTree#fullWidthSyntax} found in the file: an
   *     unknown key they explain is reported as one of them
   */
  static TargetSet build(YamlNode root, String name, Path dir, ProblemHandler problems,
      List<InputException> fullWidth) {
    return new TargetsParser(name, dir, problems, fullWidth).build(root);
  }

  private TargetSet build(YamlNode root) {
    if (!(root instanceof MapNode top)) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      boolean csv = lower.endsWith(".csv") || lower.endsWith(".txt") || root.describe().contains(",");
      throw new InputException(root.location(),
          "expected a map of keys (title, period, indicators, targets …), found " + root.describe()
              + (csv ? ": this looks like a data file; the targets file (YAML) goes after -t, data files after it" : ""));
    }
    checkKeys(top, TOP_KEYS);
    YamlNode unitsNode = top.get("units");
    if (unitsNode != null) {
      readUnits(unitsNode);
    }
    String title = top.get("title") == null ? defaultTitle() : text(top.get("title"), "title");
    Period period = top.get("period") == null ? null : period(top.get("period"), "period");
    String entity = top.get("entity") == null ? null : entity(top.get("entity"));
    List<Path> actuals = top.get("actuals") == null ? List.of() : actuals(top.get("actuals"));
    Schedule schedule = top.get("schedule") == null ? null : schedule(top.get("schedule"));

    YamlNode indicatorsNode = top.get("indicators");
    if (indicatorsNode == null) {
      missing(top, Location.of(name),
          "missing key \"indicators\" (the indicators the targets measure, e.g. gdp: {name: 地区生产总值, unit: 亿元})");
    } else {
      readIndicators(indicatorsNode);
    }
    List<Target> targets = new ArrayList<>();
    YamlNode targetsNode = top.get("targets");
    if (targetsNode == null) {
      missing(top, Location.of(name),
          "missing key \"targets\" (a list of targets, e.g. - {indicator: gdp, growth: {at_least: 8}})");
    } else {
      targets = readTargets(targetsNode, period);
    }
    return new TargetSet(name, title == null ? defaultTitle() : title, period, entity, actuals, indicators,
        targets, units, schedule);
  }

  private String defaultTitle() {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  // ---------------------------------------------------------------- units

  private void readUnits(YamlNode node) {
    MapNode m = map(node, "units", "{箱: {dimension: 箱}, 担: {equals: 100 斤}}");
    if (m == null) {
      return;
    }
    Set<String> builtInDimensions = UnitTable.builtIn().all().stream().map(Unit::dimension)
        .collect(Collectors.toSet());
    List<Unit> defined = new ArrayList<>();
    for (Entry e : m.entries().values()) {
      Unit u = customUnit(e, builtInDimensions);
      if (u == null) {
        badUnits.add(Folding.text(e.key()));
      } else {
        defined.add(u);
        units = UnitTable.builtIn().with(defined);
      }
    }
  }

  private Unit customUnit(Entry e, Set<String> builtInDimensions) {
    String symbol = e.key().strip();
    if (symbol.isEmpty()) {
      return fail(e.keyLocation(), "a unit needs a symbol");
    }
    if (UnitTable.builtIn().contains(symbol) || UnitTable.isPercentagePoints(symbol)) {
      return fail(e.keyLocation(), "unit \"" + symbol + "\" is built in; choose another symbol (" + ATTAIN_UNITS + ")");
    }
    MapNode def = map(e.value(), "unit " + symbol, "{dimension: 箱} or {equals: 100 斤}");
    if (def == null || !checkKeys(def, UNIT_KEYS)) {
      return null;
    }
    YamlNode dimension = def.get("dimension");
    YamlNode equals = def.get("equals");
    if ((dimension == null) == (equals == null)) {
      return fail(def.location(), "unit \"" + symbol + "\" needs either dimension: (a new kind of count, e.g. "
          + "{dimension: 箱}) or equals: (a multiple of a known unit, e.g. {equals: 100 斤})");
    }
    if (dimension != null) {
      String d = text(dimension, "dimension");
      if (d == null) {
        return null;
      }
      if (builtInDimensions.contains(d)) {
        return fail(dimension.location(), "dimension \"" + d + "\" is built in; define a unit of it with equals:, "
            + "e.g. {equals: 100 斤}");
      }
      return new Unit(symbol, d, BigDecimal.ONE);
    }
    String text = text(equals, "equals");
    if (text == null) {
      return null;
    }
    Matcher m = AMOUNT_AND_UNIT.matcher(Folding.text(text));
    if (!m.matches()) {
      return fail(equals.location(), "equals: expected a number and a known unit, e.g. 100 斤, found "
          + equals.describe());
    }
    BigDecimal n = new BigDecimal(m.group(1));
    if (n.signum() <= 0) {
      return fail(equals.location(), "equals: expected a positive amount, found " + equals.describe());
    }
    Unit base = unit(m.group(2), equals.location());
    if (base == null) {
      return null;
    }
    return new Unit(symbol, base.dimension(), n.multiply(base.factor()));
  }

  /** The unit {@code symbol} names, or null after reporting it unknown. */
  private Unit unit(String symbol, Location at) {
    return unit(symbol, at, null);
  }

  /** As {@link #unit(String, Location)}; a suggestion prefers a unit of {@code dimension} (may be null). */
  private Unit unit(String symbol, Location at, String dimension) {
    Optional<Unit> u = units.find(symbol);
    if (u.isPresent()) {
      return u.get();
    }
    String folded = Folding.text(symbol);
    if (badUnits.contains(folded)) {
      return null;
    }
    if (UnitTable.isPercentagePoints(symbol)) { // (a threshold's unit: pp is taken before this)
      return fail(at, UnitTable.pointsAreNoLevel(symbol, true)
          + "; a rate is in \"%\" (a change target on it is then in percentage points)");
    }
    List<String> known = units.all().stream() // of the expected dimension first: 万屯 is 万吨 for a mass
        .sorted(Comparator.comparing(k -> !k.dimension().equals(dimension))).map(Unit::symbol).toList();
    String hint = Suggestions.nearest(folded, known, folded.length() <= 2 ? 1 : 2)
        .map(s -> "did you mean \"" + s + "\"? ").orElse("");
    return fail(at, "unknown unit \"" + symbol + "\" (" + hint + ATTAIN_UNITS + ")");
  }

  private Unit unit(YamlNode node, String what) {
    String s = text(node, what);
    return s == null ? null : unit(s, node.location());
  }

  // ---------------------------------------------------------------- indicators

  private void readIndicators(YamlNode node) {
    MapNode m = map(node, "indicators", "gdp: {name: 地区生产总值, unit: 亿元}");
    if (m == null) {
      return;
    }
    if (m.entries().isEmpty()) {
      report(m.location(), "indicators: the map is empty (expected e.g. gdp: {name: 地区生产总值, unit: 亿元})");
    }
    Map<String, Indicator> byName = new HashMap<>();
    for (Entry e : m.entries().values()) {
      Indicator ind = indicator(e);
      if (ind == null || !namesAreFree(ind, e, byName)) {
        badIndicators.add(e.key());
      } else {
        indicators.put(ind.id(), ind);
      }
    }
  }

  private Indicator indicator(Entry e) {
    String id = e.key();
    if (id.isBlank()) {
      return fail(e.keyLocation(), "an indicator needs an id");
    }
    MapNode m = map(e.value(), "indicator " + id, "{name: 地区生产总值, unit: 亿元}");
    if (m == null) {
      return null;
    }
    boolean ok = checkKeys(m, INDICATOR_KEYS);
    String displayName = null;
    if (m.get("name") == null) {
      ok = missing(m, m.location(), "indicator \"" + id + "\" has no name (add name: and the name used in the data)");
    } else {
      displayName = text(m.get("name"), "name");
      ok &= displayName != null;
    }
    Unit unit = null;
    if (m.get("unit") == null) {
      ok = missing(m, m.location(), "indicator \"" + id + "\" has no unit (add unit:, e.g. 亿元, 万斤 or \"%\")");
    } else {
      unit = unit(m.get("unit"), "unit");
      ok &= unit != null;
    }
    List<String> aliases = List.of();
    if (m.get("aliases") != null) {
      aliases = textList(m.get("aliases"), "aliases");
      ok &= aliases != null;
    }
    IndicatorType type = null;
    if (m.get("type") != null) {
      type = choice(m.get("type"), "type", IndicatorType.values());
      ok &= type != null;
    }
    GrowthBasis growth = GrowthBasis.NOMINAL;
    if (m.get("growth") != null) {
      growth = choice(m.get("growth"), "growth", GrowthBasis.values());
      ok &= growth != null;
    }
    int decimals = 1;
    if (m.get("decimals") != null) {
      YamlNode d = m.get("decimals");
      if (d instanceof Scalar s && s.kind() == Kind.NUMBER && WHOLE.matcher(s.text()).matches()
          && s.text().length() <= 2 && Integer.parseInt(s.text()) <= 10) {
        decimals = Integer.parseInt(s.text());
      } else {
        typeError(d, "decimals", "a whole number from 0 to 10");
        ok = false;
      }
    }
    Schedule schedule = null;
    if (m.get("schedule") != null) {
      schedule = schedule(m.get("schedule"));
      ok &= schedule != null;
    }
    if (!ok) {
      return null;
    }
    if (type == null) {
      type = unit.isRate() ? IndicatorType.RATE : IndicatorType.FLOW;
    } else if (unit.isRate() && type != IndicatorType.RATE) {
      // SPEC §2: a % or ‰ unit makes it a rate. Taken for a flow, a rate's threshold would be
      // scaled to the elapsed share of the year (CPI ≤ 3% read as ≤ 1.5% in June); for a stock, it
      // would be reported as one. A contradiction is refused, not silently overruled either way.
      return fail(m.get("type").location(), "indicator " + id + ": a " + unit.symbol()
          + " unit makes it a rate; type " + type.name().toLowerCase(Locale.ROOT)
          + " does not apply (leave type: out, or write type: rate)");
    }
    return new Indicator(id, displayName, unit, aliases, type, growth, decimals, schedule, e.keyLocation());
  }

  /** Data rows match an indicator by id, name or alias: two indicators may not share one. */
  private boolean namesAreFree(Indicator ind, Entry e, Map<String, Indicator> byName) {
    Map<String, String> own = new LinkedHashMap<>(); // the key data rows are matched by (case-insensitive)
    own.putIfAbsent(Folding.nameKey(ind.id()), ind.id());
    own.putIfAbsent(Folding.nameKey(ind.name()), ind.name());
    ind.aliases().forEach(a -> own.putIfAbsent(Folding.nameKey(a), a));
    boolean ok = true;
    for (Map.Entry<String, String> n : own.entrySet()) {
      Indicator other = byName.get(n.getKey());
      if (other != null) {
        ok = report(e.keyLocation(), "indicator \"" + ind.id() + "\": the name \"" + Folding.text(n.getValue())
            + "\" is already used by indicator \"" + other.id() + "\" (line " + other.location().line()
            + "); data rows could not tell them apart");
      }
    }
    if (ok) {
      own.keySet().forEach(n -> byName.put(n, ind));
    }
    return ok;
  }

  // ---------------------------------------------------------------- schedule

  private Schedule schedule(YamlNode node) {
    MapNode m = map(node, "schedule", "{Q1: 10, H1: 35, Q3: 70}");
    if (m == null) {
      return null;
    }
    if (m.entries().isEmpty()) {
      return fail(m.location(), "schedule: the map is empty (expected e.g. {Q1: 10, H1: 35, Q3: 70}, "
          + "or leave it out for even months)");
    }
    boolean ok = true;
    TreeMap<Integer, BigDecimal> points = new TreeMap<>();
    Map<Integer, Entry> keyOf = new HashMap<>();
    for (Entry e : m.entries().values()) {
      int months = scheduleMonths(e.key());
      if (months == 0) {
        ok = report(e.keyLocation(), "schedule: unknown period \"" + e.key()
            + "\" (expected Q1 to Q4, H1, H2 or M1 to M12)");
        continue;
      }
      BigDecimal p = number(e.value(), "schedule " + e.key(), UnitTable.percent());
      if (p == null) {
        ok = false;
        continue;
      }
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        ok = report(e.value().location(), "schedule: " + e.key() + " must be 0 to 100 (percent of the year), found "
            + p.toPlainString());
        continue;
      }
      if (months == 12 && p.compareTo(BigDecimal.valueOf(100)) != 0) {
        ok = report(e.value().location(), "schedule: " + e.key() + " ends the year and must be 100, found "
            + p.toPlainString());
        continue;
      }
      Entry same = keyOf.get(months);
      if (same != null) {
        ok = report(e.keyLocation(), "schedule: " + e.key() + " is the same month as " + same.key()
            + " (line " + same.keyLocation().line() + ")");
        continue;
      }
      keyOf.put(months, e);
      points.put(months, p);
    }
    Map.Entry<Integer, BigDecimal> prev = null;
    for (Map.Entry<Integer, BigDecimal> cur : points.entrySet()) {
      if (prev != null && cur.getValue().compareTo(prev.getValue()) <= 0) {
        Entry later = keyOf.get(cur.getKey());
        ok = report(later.value().location(), "schedule: " + later.key() + " (" + cur.getValue().toPlainString()
            + ") must be above " + keyOf.get(prev.getKey()).key() + " (" + prev.getValue().toPlainString()
            + "): the percentages are cumulative");
      }
      prev = cur;
    }
    return ok ? new Schedule(points) : null;
  }

  /** Months elapsed at the end of {@code Q1}–{@code Q4}, {@code H1}, {@code H2}, {@code M1}–{@code M12}; 0 if none. */
  static int scheduleMonths(String key) {
    Matcher m = SCHEDULE_KEY.matcher(key.strip());
    if (!m.matches()) {
      return 0;
    }
    int n = Integer.parseInt(m.group(2));
    return switch (Character.toUpperCase(m.group(1).charAt(0))) {
      case 'Q' -> n >= 1 && n <= 4 ? 3 * n : 0;
      case 'H' -> n >= 1 && n <= 2 ? 6 * n : 0;
      default -> n >= 1 && n <= 12 ? n : 0;
    };
  }

  // ---------------------------------------------------------------- targets

  private List<Target> readTargets(YamlNode node, Period filePeriod) {
    if (!(node instanceof ListNode list)) {
      typeError(node, "targets", "a list of targets, e.g. - {indicator: gdp, growth: {at_least: 8}}");
      return List.of();
    }
    if (list.items().isEmpty()) {
      report(list.location(), "targets: the list is empty (expected e.g. - {indicator: gdp, growth: {at_least: 8}})");
    }
    // Explicit ids first: a default id never takes one that a later target states.
    Map<String, Location> explicit = new HashMap<>();
    Set<YamlNode> duplicateIds = new HashSet<>();
    for (YamlNode item : list.items()) {
      if (item instanceof MapNode m && m.get("id") instanceof Scalar s && s.kind() != Kind.NULL) {
        Location first = explicit.putIfAbsent(s.text(), s.location());
        if (first != null) {
          report(s.location(), "duplicate target id \"" + s.text() + "\" (first on line " + first.line() + ")");
          duplicateIds.add(item);
        }
      }
    }
    List<Target> targets = new ArrayList<>();
    Set<String> taken = new HashSet<>(explicit.keySet());
    for (YamlNode item : list.items()) {
      Target t = target(item, filePeriod);
      if (t == null || duplicateIds.contains(item)) {
        continue;
      }
      if (t.id().isEmpty()) {
        String base = t.indicator().id() + "." + t.measure().key();
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
          id = base + "." + n;
        }
        t = t.withId(id);
      }
      taken.add(t.id());
      targets.add(t);
    }
    return targets;
  }

  private Target target(YamlNode node, Period filePeriod) {
    MapNode m = map(node, "target", "{indicator: gdp, growth: {at_least: 8}}");
    if (m == null) {
      return null;
    }
    boolean ok = checkKeys(m, TARGET_KEYS);
    Indicator ind = null;
    boolean indicatorKnown = false;
    if (m.get("indicator") == null) {
      ok = missing(m, m.location(), "target has no indicator (add indicator: and an id from indicators:)");
    } else {
      String id = text(m.get("indicator"), "indicator");
      ind = id == null ? null : indicator(id, m.get("indicator").location());
      indicatorKnown = ind != null;
      ok &= indicatorKnown;
    }
    List<Entry> measures = m.entries().values().stream()
        .filter(e -> e.key().equals("value") || e.key().equals("growth") || e.key().equals("change")).toList();
    Measure measure = null;
    Threshold threshold = null;
    if (measures.isEmpty()) {
      ok = missing(m, m.location(), "target has no measure (add value:, growth: or change:)");
    } else if (measures.size() > 1) {
      ok = report(measures.get(1).keyLocation(), "target has more than one measure: "
          + measures.stream().map(e -> e.key() + " (line " + e.keyLocation().line() + ")")
              .collect(Collectors.joining(", "))
          + "; write one target per measure");
    } else {
      measure = Measure.fromKey(measures.get(0).key());
      if (measure == Measure.GROWTH && ind != null && ind.unit().isRate()) {
        ok = report(measures.get(0).keyLocation(), growthOfARate(ind, ", would be ", "write change: {…}"));
      }
      threshold = threshold(measures.get(0), measure, ind);
      ok &= threshold != null;
    }
    String id = "";
    if (m.get("id") != null) {
      id = text(m.get("id"), "id");
      ok &= id != null;
    }
    String text = null;
    if (m.get("text") != null) {
      text = text(m.get("text"), "text");
      ok &= text != null;
    }
    Severity severity = Severity.FAIL;
    if (m.get("severity") != null) {
      severity = choice(m.get("severity"), "severity", new Severity[] {Severity.FAIL, Severity.WARN});
      ok &= severity != null;
    }
    String entity = null;
    if (m.get("entity") != null) {
      entity = entity(m.get("entity"));
      ok &= entity != null;
    }
    Period period = filePeriod;
    if (m.get("period") != null) {
      period = period(m.get("period"), "period");
      ok &= period != null;
    } else if (filePeriod == null) {
      ok = missing(m, m.location(), "target has no period (add period: here or at the top of the file)");
    }
    if (!ok) {
      return null;
    }
    return new Target(id, ind, measure, threshold, text, severity, entity, period, m.location());
  }

  /**
   * Why growth of {@code rate}, an indicator in % or ‰, is refused: a relative change of a rate
   * (CPI 2.0 % → 2.2 % is growth of 10 %) is almost always meant as its change in points. {@code
   * link} joins the growth named and the explanation.
   */
  private static String growthOfARate(Indicator rate, String link, String instead) {
    String u = rate.unit().symbol();
    String points = u.equals("%") ? "percentage points" : u + " points";
    return "growth of " + rate.name() + ", a rate in " + u + link + "a relative change of a rate (2.0" + u
        + " → 2.2" + u + " is +10%); " + instead + " for " + points;
  }

  /** The indicator whose name or an alias {@code text} is (folded as data cells are), or {@code null}. */
  private Indicator namedBy(String text) {
    String key = Folding.nameKey(text);
    for (Indicator ind : indicators.values()) {
      if (Folding.nameKey(ind.name()).equals(key) || ind.aliases().stream().anyMatch(a -> Folding.nameKey(a).equals(key))) {
        return ind;
      }
    }
    return null;
  }

  /** The indicator {@code id} names, or null after reporting it unknown (silently if it was bad). */
  private Indicator indicator(String id, Location at) {
    Indicator ind = indicators.get(id);
    if (ind != null) {
      return ind;
    }
    if (badIndicators.contains(id)) {
      return null;
    }
    Set<String> known = new LinkedHashSet<>(indicators.keySet());
    known.addAll(badIndicators);
    Optional<String> near = Suggestions.nearest(id, known, 2);
    Indicator named = namedBy(id);
    String hint = named != null ? ": it is " + (Folding.nameKey(named.name()).equals(Folding.nameKey(id))
        ? "the name of " : "an alias of ") + named.id() + "; a target names its indicator by id (indicator: "
        + named.id() + ")" : near.map(s -> " (did you mean \"" + s + "\"?)")
        .orElse(known.isEmpty() ? " (indicators: defines none)" : " (defined: " + String.join(", ", known) + ")");
    return fail(at, "unknown indicator \"" + id + "\"" + hint);
  }

  private Threshold threshold(Entry measureEntry, Measure measure, Indicator ind) {
    String key = measure.key();
    MapNode m = map(measureEntry.value(), key, "{at_least: 8}");
    if (m == null) {
      return null;
    }
    boolean ok;
    if (measure == Measure.GROWTH && m.entries().containsKey("unit")) {
      report(m.entries().get("unit").keyLocation(), "unit is not allowed in a growth threshold (growth is in %)");
      checkKeys(m, THRESHOLD_KEYS);
      ok = false;
    } else {
      ok = checkKeys(m, measure == Measure.GROWTH ? GROWTH_THRESHOLD_KEYS : THRESHOLD_KEYS);
    }
    boolean keysOk = ok;
    Unit unit = measure == Measure.GROWTH ? UnitTable.percent() : ind == null ? null : ind.unit();
    if (measure != Measure.GROWTH && m.get("unit") != null) {
      String symbol = text(m.get("unit"), "unit");
      Unit given;
      if (symbol != null && UnitTable.isPercentagePoints(symbol)) {
        given = pointsOf(symbol, m.get("unit").location(), measure, ind);
      } else {
        given = symbol == null ? null : unit(symbol, m.get("unit").location(), unit == null ? null : unit.dimension());
      }
      if (given == null) {
        ok = false;
      } else if (unit != null && !given.convertsTo(unit)) {
        ok = report(m.get("unit").location(), "unit " + given.symbol() + " (" + given.dimension()
            + ") cannot measure indicator " + ind.id() + ", which is in " + unit.symbol() + " (" + unit.dimension() + ")");
      } else {
        unit = given;
      }
    }
    if (measure == Measure.CHANGE && unit != null && unit.symbol().equals("%")) {
      unit = UnitTable.percentagePoints(); // a difference of two rates in % is in percentage points
    }
    if (m.get("at_least") == null && m.get("at_most") == null && keysOk) { // else a misspelt one, reported
      ok = report(m.location(), key + ": the threshold has no at_least or at_most (give one or both)");
    }
    Bound atLeast = null;
    Bound atMost = null;
    if (m.get("at_least") != null) {
      atLeast = bound(m.get("at_least"), "at_least", measure, unit, ind);
      ok &= atLeast != null;
    }
    if (m.get("at_most") != null) {
      atMost = bound(m.get("at_most"), "at_most", measure, unit, ind);
      ok &= atMost != null;
    }
    BigDecimal tolerance = null;
    if (m.get("tolerance") != null) {
      tolerance = number(m.get("tolerance"), "tolerance", unit);
      if (tolerance != null && tolerance.signum() < 0) {
        tolerance = fail(m.get("tolerance").location(), "tolerance: expected 0 or more, found " + tolerance.toPlainString());
      }
      ok &= tolerance != null;
    }
    if (tolerance != null && measure == Measure.VALUE && atLeast instanceof Bound.Fixed lo && lo.number().signum() > 0
        && tolerance.compareTo(lo.number()) >= 0) { // {at_least: 5400, tolerance: 5400}: meant as 5 %?
      org.slf4j.LoggerFactory.getLogger(TargetsParser.class).warn("{}: tolerance {} is as large as at_least {}: every"
          + " figure from 0 up is at worst a warning (a tolerance is in the threshold's unit, {}, not a share of it)",
          m.get("tolerance").location(), tolerance.toPlainString(), lo, unit == null ? "?" : unit.symbol());
    }
    if (atLeast instanceof Bound.Fixed lo && atMost instanceof Bound.Fixed hi && lo.number().compareTo(hi.number()) > 0) {
      ok = report(m.get("at_most").location(), "at_least " + lo + " is above at_most " + hi + " (no figure could pass)");
    }
    if (!ok || unit == null) {
      return null;
    }
    return new Threshold(atLeast, atMost, tolerance, unit);
  }

  /**
   * Percentage points as the unit of a threshold, or null after reporting why not: only a change
   * of a rate is in points.
   */
  private Unit pointsOf(String symbol, Location at, Measure measure, Indicator ind) {
    if (measure != Measure.CHANGE) {
      return fail(at, UnitTable.pointsAreNoLevel(symbol, true)
          + (ind == null ? "" : "; a level of " + ind.id() + " is in " + ind.unit().symbol()));
    }
    if (ind != null && !ind.unit().isRate()) {
      return fail(at, "unit " + symbol + " (percentage points) measures a change of a rate; indicator " + ind.id()
          + " is in " + ind.unit().symbol() + " (" + ind.unit().dimension() + ")");
    }
    return UnitTable.percentagePoints();
  }

  private Bound bound(YamlNode node, String key, Measure measure, Unit unit, Indicator self) {
    if (!(node instanceof MapNode m)) {
      BigDecimal n = number(node, key, unit, "a number or {indicator: <id>}");
      return n == null ? null : new Bound.Fixed(n);
    }
    boolean ok = checkKeys(m, REFERENCE_KEYS);
    Indicator ref = null;
    if (m.get("indicator") == null) {
      ok = missing(m, m.location(), key + ": a reference needs indicator: and an id from indicators:");
    } else {
      String id = text(m.get("indicator"), "indicator");
      ref = id == null ? null : indicator(id, m.get("indicator").location());
      ok &= ref != null;
    }
    Measure refMeasure = measure;
    if (m.get("measure") != null) {
      refMeasure = choice(m.get("measure"), "measure", Measure.values());
      ok &= refMeasure != null;
    }
    BigDecimal plus = BigDecimal.ZERO;
    if (m.get("plus") != null) {
      plus = number(m.get("plus"), "plus", unit);
      ok &= plus != null;
    }
    if (!ok) {
      return null;
    }
    if (refMeasure == Measure.GROWTH && ref.unit().isRate()) {
      return fail(m.location(), key + " refers to the " + growthOfARate(ref, ": ", "refer to measure: change"));
    }
    if (self != null && ref.id().equals(self.id()) && refMeasure == measure) {
      return fail(m.location(), key + " refers to the target's own figure (" + ref.id() + " " + measure.key()
          + "); refer to another indicator or measure");
    }
    String thresholdDimension = measure == Measure.GROWTH ? Unit.RATE : unit == null ? null : unit.dimension();
    Unit refUnit = refMeasure == Measure.GROWTH ? UnitTable.percent() : ref.unit();
    if (thresholdDimension != null && !refUnit.dimension().equals(thresholdDimension)) {
      Unit thresholdUnit = measure == Measure.GROWTH ? UnitTable.percent() : unit;
      return fail(m.location(), key + " refers to " + ref.id() + " " + refMeasure.key() + " in " + refUnit.symbol()
          + " (" + refUnit.dimension() + "), which cannot be compared with a threshold in " + thresholdUnit.symbol()
          + " (" + thresholdUnit.dimension() + ")");
    }
    return new Bound.Reference(ref.id(), refMeasure, plus);
  }

  // ---------------------------------------------------------------- scalars

  /**
   * A decimal from the scalar's text, never through {@code double}. A quoted number is accepted; so
   * is a trailing {@code %} (or {@code ‰}) where {@code unit} is that rate unit: {@code "8%"} is 8
   * for growth and for an indicator in %.
   */
  private BigDecimal number(YamlNode node, String what, Unit unit) {
    return number(node, what, unit, "a number");
  }

  private BigDecimal number(YamlNode node, String what, Unit unit, String expected) {
    if (!(node instanceof Scalar s) || s.kind() == Kind.NULL || s.kind() == Kind.BOOLEAN) {
      return typeError(node, what, expected);
    }
    int mark = ValueParser.footnoteMark(s.text());
    if (mark >= 0) {
      return fail(s.location(), what + ": " + s.describe() + " " + ValueParser.footnote(s.text(), mark));
    }
    String t = Folding.text(s.text());
    if (t.startsWith("\u2212")) { // the minus sign, as in data files
      t = "-" + t.substring(1);
    }
    if (t.endsWith("%") || t.endsWith("‰")) {
      String sign = t.substring(t.length() - 1);
      // null: the unit is unknown, already reported; "1%" on a change of a rate is 1 pp, as unit: "%" is
      boolean points = sign.equals("%") && unit == UnitTable.percentagePoints();
      if (unit != null && !unit.symbol().equals(sign) && !points) {
        return fail(s.location(), what + ": " + s.describe() + " is in " + sign + " but the threshold is in "
            + unit.symbol() + "; write a plain number");
      }
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.indexOf(',') >= 0 && s.kind() == Kind.STRING) {
      if (!groupedByThousands(t)) {
        return fail(s.location(), what + ": " + s.describe() + " is not a number: " + ValueParser.COMMAS);
      }
      t = t.replace(",", ""); // "5,400", as in data files
    }
    if (!DECIMAL.matcher(t).matches()) {
      java.util.regex.Matcher m = NUMBER_AND_WORD.matcher(t);
      if (s.kind() == Kind.STRING && m.matches()) { // 0.5pp, 5400万斤: a number and a unit
        String rest = m.group(2).strip();
        if (rest.equals("pp") || rest.equals("PP") || rest.endsWith("百分点")) {
          return fail(s.location(), what + ": " + s.describe() + ": write the number alone, " + m.group(1)
              + " (a growth target's bounds and tolerance are in percentage points of growth; a rate's change:"
              + " is in points of the rate)");
        }
        return fail(s.location(), what + ": " + s.describe() + " has its unit in it: write the number alone ("
            + what + ": " + m.group(1) + ") and the unit beside it (unit: " + rest + ")");
      }
      return typeError(node, what, expected);
    }
    if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) { // refused as in data files, where it loses digits
      return fail(s.location(), what + ": " + s.describe() + " is in scientific notation (write the number in full, "
          + inFull(t) + ")");
    }
    BigDecimal n;
    try {
      n = new BigDecimal(t);
    } catch (NumberFormatException | ArithmeticException e) { // an exponent beyond any int
      n = null;
    }
    if (n == null || n.scale() > MAX_DIGITS || (long) n.precision() - n.scale() > MAX_DIGITS) {
      return fail(s.location(), what + ": " + s.describe() + " is out of range (at most " + MAX_DIGITS
          + " digits before and " + MAX_DIGITS + " after the decimal point)");
    }
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  /**
   * What to write for a number in scientific notation: {@code 500} for {@code 5e2}, when that has
   * at most {@link #MAX_DIGITS} digits each side of the point; else the data-file message's example.
   */
  private static String inFull(String t) {
    try {
      BigDecimal n = new BigDecimal(t);
      BigDecimal plain = n.scale() < 0 ? n.setScale(0) : n;
      if (plain.scale() <= MAX_DIGITS && (long) plain.precision() - plain.scale() <= MAX_DIGITS) {
        return plain.toPlainString() + " for " + t;
      }
    } catch (NumberFormatException | ArithmeticException e) { // an exponent beyond any int
      // the example below
    }
    return "e.g. 1200 for 1.2E3";
  }

  private Period period(YamlNode node, String what) {
    if (node instanceof Scalar s && (s.kind() == Kind.NUMBER || s.kind() == Kind.STRING)) {
      Optional<Period> p = Periods.parse(s.text());
      if (p.isPresent()) {
        return p.get();
      }
      return fail(s.location(), what + ": " + s.describe() + " " + Periods.refusal(s.text()));
    }
    return typeError(node, what, "a period such as " + Periods.ACCEPTED);
  }

  private List<Path> actuals(YamlNode node) {
    List<YamlNode> items = node instanceof ListNode l ? l.items()
        : node instanceof Scalar s && s.kind() == Kind.STRING ? List.of(node) : null;
    if (items == null) {
      typeError(node, "actuals", "a list of CSV file paths, e.g. [actuals.csv]");
      return List.of();
    }
    List<Path> paths = new ArrayList<>();
    for (YamlNode item : items) {
      String p = text(item, "actuals");
      if (p == null) {
        continue;
      }
      try {
        paths.add(dir == null ? Path.of(p) : dir.resolve(p));
      } catch (InvalidPathException e) {
        report(item.location(), "actuals: \"" + p + "\" is not a file path (" + e.getReason() + ")");
      }
    }
    return paths;
  }

  private List<String> textList(YamlNode node, String what) {
    if (!(node instanceof ListNode l)) {
      return typeError(node, what, "a list of names, e.g. [GDP, 生产总值]");
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : l.items()) {
      String t = text(item, what);
      ok &= t != null;
      out.add(t);
    }
    return ok ? out : null;
  }

  /** An entity, folded as data files' entity cells are ({@link Folding#entity}). */
  private String entity(YamlNode node) {
    String t = text(node, "entity");
    if (t == null) {
      return null;
    }
    String e = Folding.entity(t);
    return e.isEmpty() ? typeError(node, "entity", "text") : e;
  }

  /** Text of a scalar (a number or a word is text too); null after reporting anything else. */
  private String text(YamlNode node, String what) {
    if (node instanceof Scalar s && s.kind() != Kind.NULL && !s.text().isBlank()) {
      return s.text().strip();
    }
    return typeError(node, what, "text");
  }

  private <E extends Enum<E>> E choice(YamlNode node, String what, E[] options) {
    if (node instanceof Scalar s) {
      for (E e : options) {
        if (e.name().toLowerCase(Locale.ROOT).equals(s.text().strip())) {
          return e;
        }
      }
    }
    List<String> names = Arrays.stream(options).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    String accepted = names.size() == 2 ? names.get(0) + " or " + names.get(1)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    return typeError(node, what, accepted);
  }

  private MapNode map(YamlNode node, String what, String example) {
    if (node instanceof MapNode m) {
      return m;
    }
    return typeError(node, what, "a map such as " + example);
  }

  /** Reports {@code what: expected …, found …} (nothing for an alias, already reported); null. */
  private <T> T typeError(YamlNode node, String what, String expected) {
    if (!(node instanceof Alias)) {
      report(node.location(), what + ": expected " + expected + ", found " + node.describe());
    }
    return null;
  }

  /**
   * Reports every key of {@code m} not in {@code valid}, with the nearest valid one; true if none.
   * In a flow mapping, {@code {at_least: 1,200}} is {@code at_least: 1} and a key {@code 200} with no
   * value: such keys (three digits, no value, each on the line of and after a whole number of one
   * to three digits or of the key before) are reported once, as the number they were meant to be.
   * A key made by a full-width colon ({@code value：{at_least}) is reported as that; one made by a
   * full-width space in the indentation is thrown, as a syntax error would be.
   */
  private boolean checkKeys(MapNode m, List<String> valid) {
    boolean ok = true;
    Entry previous = null;
    Location groupEnd = null; // the last digit group of a number split at its commas, while they follow
    for (Entry e : m.entries().values()) {
      if (groupEnd != null && isDigitGroup(e, groupEnd)) {
        groupEnd = e.keyLocation(); // reported with the first group
      } else if (!valid.contains(e.key())) {
        groupEnd = null;
        InputException typo = YamlTree.fullWidthAt(e.key(), e.keyLocation(), fullWidth);
        String number = typo != null || previous == null ? null : splitNumber(m, previous, e);
        if (typo != null && typo.getMessage().endsWith(YamlTree.FULL_WIDTH_INDENT)) {
          throw typo; // "　　growth" at the start of a line: the lines after it are no longer where they belong
        } else if (typo != null) { // value：{at_least: 8} is a key "value：{at_least"
          problems.report(typo);
          ok = false;
        } else if (number != null) {
          groupEnd = e.keyLocation();
          // quoting "0,500" would not make it a number: say why at once
          ok = report(e.keyLocation(), groupedByThousands(number)
              ? "unknown key \"" + e.key() + "\" (a number with a thousands separator must be quoted: \"" + number + "\")"
              : previous.key() + ": " + number + " is not a number: " + ValueParser.COMMAS);
        } else {
          String home = elsewhere(e.key(), m, valid);
          ok = report(e.keyLocation(), "unknown key \"" + e.key() + "\" " + (home != null ? home : "("
              + Suggestions.nearest(e.key(), valid, 2).map(s -> "did you mean \"" + s + "\"?")
                  .orElse("expected " + String.join(", ", valid)) + ")"));
        }
      } else {
        groupEnd = null;
      }
      previous = e;
    }
    return ok;
  }

  /**
   * Where {@code key}, unknown in {@code m} (whose keys are {@code valid}), belongs, when it is a
   * key of another part of the file (a tolerance beside the target's growth: rather than in it, an
   * indicator's unit in a target); or {@code null}.
   */
  private static String elsewhere(String key, MapNode m, List<String> valid) {
    if (valid != TOP_KEYS && valid != INDICATOR_KEYS && valid != TARGET_KEYS) {
      return null; // (in a threshold, a reference or a unit: the keys there are few, and listed)
    }
    if (THRESHOLD_KEYS.contains(key) && valid == TARGET_KEYS) {
      for (String measure : key.equals("unit") ? List.of("value", "change") : List.of("value", "growth", "change")) {
        if (m.entries().containsKey(measure)) {
          return "here: " + key + " belongs inside the target's " + measure + ": (" + measure + ": {…, " + key
              + ": …})";
        }
      }
      return "here: " + key + " belongs inside a target's value:, growth: or change: (value: {" + key + ": …})";
    }
    if (GROWTH_THRESHOLD_KEYS.contains(key)) {
      return "here: " + key + " belongs inside a target's value:, growth: or change:, under targets:";
    }
    if (INDICATOR_KEYS.contains(key) && valid != INDICATOR_KEYS) {
      return "here: " + key + " is an indicator's key: give it in the indicator's entry under indicators:";
    }
    if (TARGET_KEYS.contains(key) && valid != TARGET_KEYS) {
      return "here: " + key + " is a target's key: give it in the target's entry under targets:";
    }
    if (TOP_KEYS.contains(key) && valid != TOP_KEYS) {
      return "here: " + key + " is a key of the file's top level: write it at the start of a line";
    }
    return null;
  }

  /**
   * The number a flow mapping split at its commas, when {@code first} is its first digit group and
   * {@code before} holds its start ({@code 1} of {@code 1,200}): {@code "1,200"}, with every group
   * that follows; else null.
   */
  private static String splitNumber(MapNode m, Entry before, Entry first) {
    if (!(before.value() instanceof Scalar n && n.kind() == Kind.NUMBER && SHORT_WHOLE.matcher(n.text()).matches()
        && isDigitGroup(first, n.location()))) {
      return null;
    }
    StringBuilder b = new StringBuilder(n.text());
    boolean after = false;
    Location end = n.location();
    for (Entry e : m.entries().values()) {
      after |= e == first;
      if (after) {
        if (!isDigitGroup(e, end)) {
          break;
        }
        b.append(',').append(e.key());
        end = e.keyLocation();
      }
    }
    return b.toString();
  }

  /**
   * Whether the commas of a decimal {@code t} (a sign, digits and commas, a point and digits) separate
   * thousands: {@code 1,234.5} but not {@code 0,500}, {@code 12,34} or {@code 1,234.5,6}.
   */
  private static boolean groupedByThousands(String t) {
    int from = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
    int dot = t.indexOf('.');
    int to = dot < 0 ? t.length() : dot;
    return ValueParser.groupedByThousands(t, from, to) && t.indexOf(',', to) < 0;
  }

  /** A key of three digits with no value, after {@code before} on its line: the tail of a number split at a comma. */
  private static boolean isDigitGroup(Entry e, Location before) {
    return DIGIT_GROUP.matcher(e.key()).matches() && e.value() instanceof Scalar v && v.kind() == Kind.NULL
        && v.text().isEmpty() && e.keyLocation().line() == before.line()
        && e.keyLocation().column() > before.column();
  }

  /**
   * Reports that a key of {@code m} is missing, unless a full-width character made another key of
   * it ({@code value：{at_most: 3}}), already reported; always false, as {@link #report}.
   */
  private boolean missing(MapNode m, Location at, String detail) {
    boolean mangled = m.entries().values().stream()
        .anyMatch(e -> YamlTree.fullWidthAt(e.key(), e.keyLocation(), fullWidth) != null);
    if (!mangled) {
      report(at, detail);
    }
    return false;
  }

  /** Reports a problem; always false, so that {@code ok = report(…)} reads as it does. */
  private boolean report(Location at, String detail) {
    problems.report(new InputException(at, detail));
    return false;
  }

  private <T> T fail(Location at, String detail) {
    report(at, detail);
    return null;
  }
}
