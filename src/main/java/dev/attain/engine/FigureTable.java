package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Indicator;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.TargetSet;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The figures of one run, merged from every data file, keyed by entity, indicator and period.
 *
 * <p>Two rows for the same key merge: one may give the level and another the growth rate. Rows
 * that give the same field different figures are refused with an {@link InputException} that
 * names both lines; identical duplicates are accepted (SPEC §3.5). Levels are compared after
 * conversion, so {@code 18.45 亿元} and {@code 184500 万元} are the same figure. A conflict names
 * the indicator as the targets file calls it ({@link #forTargets}), e.g. {@code 地区生产总值 (gdp)}.
 */
public final class FigureTable implements Consumer<Figure> {
  /** Every figure, in order of first appearance (a merge keeps the first place): {@code [0, size)}. */
  private Figure[] inOrder = new Figure[64];
  private int size;
  private final LinkedHashSet<String> entities = new LinkedHashSet<>();
  private final Map<SeriesKey, Series> series = new HashMap<>();
  private final Function<String, String> names;
  /** The entity added last (tested by identity: the reader gives repeated cells as one string). */
  private String lastEntity;
  /** The series added to last. */
  private String seriesEntity;
  private String seriesIndicator;
  private Series lastSeries;
  /** Blank cells the reader saw (null when none were gathered). */
  private BlankCells blanks;

  /** A table whose conflict messages name indicators by id. */
  public FigureTable() {
    this(id -> id);
  }

  /**
   * A table whose conflict messages name an indicator as {@code names} says.
   *
   * @param names the name of an indicator id in messages
   */
  public FigureTable(Function<String, String> names) {
    this.names = names;
  }

  /**
   * A table whose conflict messages name an indicator by its name in {@code targets} and its id,
   * {@code 地区生产总值 (gdp)} (the id alone when the name is the id or the id is not there).
   */
  public static FigureTable forTargets(TargetSet targets) {
    Map<String, Indicator> byId = targets.indicators();
    return new FigureTable(id -> {
      Indicator ind = byId.get(id);
      return ind == null || ind.name().equals(id) ? id : ind.name() + " (" + id + ")";
    });
  }

  /** One entity's one indicator. */
  private record SeriesKey(String entity, String indicator) {
    // spelled out, as Period's: a record's generated ones cost start-up
    @Override
    public boolean equals(Object o) {
      return o instanceof SeriesKey k && entity.equals(k.entity) && indicator.equals(k.indicator);
    }

    @Override
    public int hashCode() {
      return entity.hashCode() * 31 + indicator.hashCode();
    }
  }

  /**
   * One entity's one indicator: its periods in chronological order, each with the place of its
   * figure in {@link #inOrder}. A series has a few periods (a handful of years, their months), so
   * a sorted array searched in place beats a tree or a map per figure.
   */
  private static final class Series {
    Period[] periods = new Period[2];
    int[] at = new int[2];
    int count;

    /** The index of {@code p} in {@link #periods}, or {@code -(insertion point) - 1}. */
    int find(Period p) {
      int lo = 0;
      int hi = count - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = periods[mid].compareTo(p);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -lo - 1;
    }

    void insert(int i, Period p, int place) {
      if (count == periods.length) {
        periods = Arrays.copyOf(periods, count * 2);
        at = Arrays.copyOf(at, count * 2);
      }
      System.arraycopy(periods, i, periods, i + 1, count - i);
      System.arraycopy(at, i, at, i + 1, count - i);
      periods[i] = p;
      at[i] = place;
      count++;
    }
  }

  /** Adds a figure, merging it with one of the same key. */
  @Override
  public void accept(Figure f) {
    String entity = f.entity();
    String indicator = f.indicator();
    if (entity != seriesEntity || indicator != seriesIndicator) { // rows come grouped: the last series, first
      lastSeries = series.computeIfAbsent(new SeriesKey(entity, indicator), k -> new Series());
      seriesEntity = entity;
      seriesIndicator = indicator;
    }
    Series s = lastSeries;
    int i = s.find(f.period());
    if (i >= 0) {
      int place = s.at[i];
      inOrder[place] = merge(inOrder[place], f);
      return; // its entity is here already
    }
    if (size == inOrder.length) {
      inOrder = Arrays.copyOf(inOrder, size * 2);
    }
    s.insert(-i - 1, f.period(), size);
    inOrder[size++] = f;
    if (entity != lastEntity) {
      entities.add(entity);
      lastEntity = entity;
    }
  }

  /**
   * {@code old} and {@code f} (same key) as one figure; conflicting fields throw. The level and the
   * rate each keep the location of the row that gave them. A level joining a figure that had only a
   * rate keeps its own number and unit (a rate has no unit to convert it to), so the merged figure
   * is the same in whatever order the rows come. Of two copies of the same level or rate in
   * different precision, the more precise one is kept ({@link #finer}): whatever the order, the
   * merged figure is the same (copies identical in number, unit and relation keep the first one's
   * location). Returns {@code old} itself when {@code f} adds nothing to it.
   */
  Figure merge(Figure old, Figure f) {
    Amount value = old.value();
    Unit unit = old.unit();
    Location at = old.location();
    boolean changed = false;
    if (f.value() != null) {
      if (value == null) { // a rate carries no unit: the level comes as published, in its own unit
        changed = true;
      } else if (!sameLevel(value, old.unit(), f.value(), f.unit())) {
        throw conflict(old, f.location(), old.location(), "level", value + " " + old.unit(), f.value() + " " + f.unit());
      } else {
        changed = finer(f.value().number(), f.unit(), value.number(), unit);
      }
      if (changed) {
        value = f.value();
        unit = f.unit();
        at = f.location();
      }
    }
    Amount growth = old.growth();
    Location growthAt = old.growthLocation();
    if (f.growth() != null) {
      boolean take;
      if (growth == null) {
        take = true;
      } else if (!same(growth, f.growth())) {
        throw conflict(old, f.growthLocation(), growthAt, "growth", growth + "%", f.growth() + "%");
      } else {
        take = Rounding.decimals(f.growth().number()) > Rounding.decimals(growth.number());
      }
      if (take) {
        growth = f.growth();
        growthAt = f.growthLocation();
        changed = true;
      }
    }
    return changed ? new Figure(old.entity(), old.indicator(), old.period(), value, unit, growth, at, growthAt) : old;
  }

  private static boolean same(Amount a, Amount b) {
    return a.relation() == b.relation() && a.number().compareTo(b.number()) == 0;
  }

  /**
   * Whether level {@code a} in {@code au} and {@code b} in {@code bu} are the same figure: the same
   * relation and the same number in the dimension's base unit (exact, so the same both ways round,
   * where converting one into the other's unit may have to cut a quotient such as 22 亩 ÷ 15).
   */
  private static boolean sameLevel(Amount a, Unit au, Amount b, Unit bu) {
    return a.relation() == b.relation() && (au.factor().compareTo(bu.factor()) == 0
        ? a.number().compareTo(b.number()) == 0
        : a.number().multiply(au.factor()).compareTo(b.number().multiply(bu.factor())) == 0);
  }

  /**
   * Whether {@code n} in {@code u} is a more precise copy than the same level {@code m} in {@code w}:
   * half a unit of its last decimal, in the dimension's base unit, is smaller ({@code 163000 万元}
   * ±0.5 万元 over {@code 16.3 亿元} ±0.05 亿元; what the consistency check allows the level). Copies
   * equally precise in different units ({@code 1.6300 亿元}, {@code 16300 万元}) keep the one in the
   * smaller unit, then the unit whose symbol sorts first, so that no order of rows decides.
   */
  static boolean finer(BigDecimal n, Unit u, BigDecimal m, Unit w) {
    int c = Rounding.halfUnit(n).multiply(u.factor()).compareTo(Rounding.halfUnit(m).multiply(w.factor()));
    if (c == 0) {
      c = u.factor().compareTo(w.factor());
    }
    if (c == 0) {
      c = u.symbol().compareTo(w.symbol());
    }
    return c < 0;
  }

  /** A conflict found at {@code here}: {@code second} there, {@code first} at {@code before}. */
  private InputException conflict(Figure old, Location here, Location before, String what, String first,
      String second) {
    String who = old.entity().isEmpty() ? "" : old.entity() + " ";
    return new InputException(here,
        "conflicting " + what + " for " + who + names.apply(old.indicator()) + " " + old.period() + ": " + second
            + " here, " + first + " at " + before + " (identical duplicates are accepted)");
  }

  /**
   * Notes an entity seen in the data without adding a figure: a streaming run drops figures the
   * targets do not need but keeps every entity, in order of first appearance.
   */
  public void addEntity(String entity) {
    entities.add(entity);
  }

  /** Gives the blank cells the reader saw for the figures the targets need: MISSING reasons name them. */
  public void blanks(BlankCells b) {
    blanks = b;
  }

  /**
   * The blank cell to name for a figure that is not in the table, if the reader noted one (and no
   * row marked the figure "not reported").
   */
  Optional<Location> blankAt(String entity, String indicator, Period period) {
    return blanks == null ? Optional.empty() : blanks.at(entity, indicator, period);
  }

  /**
   * The blank level cell to name for a figure that has only a growth rate, if the reader noted one
   * (and no row marked its level "not reported").
   */
  Optional<Location> levelBlankAt(String entity, String indicator, Period period) {
    return blanks == null ? Optional.empty() : blanks.levelAt(entity, indicator, period);
  }

  /**
   * The blank growth cell to name for a figure that has a level and no growth rate, if the reader
   * noted one (and no row marked its growth cell "not reported").
   */
  Optional<Location> rateBlankAt(String entity, String indicator, Period period) {
    return blanks == null ? Optional.empty() : blanks.rateAt(entity, indicator, period);
  }

  /**
   * The blank cell to name for a period's missing level: of a figure not in the table, its row's
   * ({@link #blankAt}); of a figure with only a growth rate, its level cell ({@link #levelBlankAt});
   * empty when the level is there or no blank is to be named.
   */
  Optional<Location> levelLeftBlank(String entity, String indicator, Period period) {
    Optional<Figure> f = get(entity, indicator, period);
    if (f.isEmpty()) {
      return blankAt(entity, indicator, period);
    }
    return f.get().value() == null ? levelBlankAt(entity, indicator, period) : Optional.empty();
  }

  public Optional<Figure> get(String entity, String indicator, Period period) {
    Series s = series.get(new SeriesKey(entity, indicator));
    int i = s == null ? -1 : s.find(period);
    return i < 0 ? Optional.empty() : Optional.of(inOrder[s.at[i]]);
  }

  /** Periods present for this entity and indicator, in chronological order. */
  public NavigableSet<Period> periods(String entity, String indicator) {
    Series s = series.get(new SeriesKey(entity, indicator));
    if (s == null) {
      return Collections.emptyNavigableSet();
    }
    return Collections.unmodifiableNavigableSet(new TreeSet<>(Arrays.asList(s.periods).subList(0, s.count)));
  }

  /**
   * Makes the data's entities those of {@code inOrder} (the entity of every row the reader used, in
   * order of first appearance), so that an entity whose rows report no figure is still present.
   * Entities already here keep their relative order, which is the same.
   */
  public void entitiesOfData(List<String> inOrder) {
    LinkedHashSet<String> all = new LinkedHashSet<>(inOrder);
    all.addAll(entities);
    entities.clear();
    entities.addAll(all);
  }

  /** Whether any row of the data is for {@code entity}. */
  public boolean hasEntity(String entity) {
    return entities.contains(entity);
  }

  /** Entities in order of first appearance. */
  public List<String> entities() {
    return new ArrayList<>(entities);
  }

  /** Every figure, in order of first appearance (a copy: later figures do not show in it). */
  public Collection<Figure> all() {
    return List.copyOf(Arrays.asList(inOrder).subList(0, size));
  }

  public int size() {
    return size;
  }
}
