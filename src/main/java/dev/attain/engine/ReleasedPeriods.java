package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link FigureStream} keeps of a period it no longer holds for the consistency check: its
 * level and rate exactly, its unit and where each was read, and its place in data order, in six
 * {@code long}s, so that a row that repeats the period later is compared with it as {@link
 * FigureTable#merge} compares two rows (an identical repeat is accepted, a conflicting one is an
 * error naming both lines), whatever the order of the rows; a more precise repeat {@link #replace}s
 * it, and the stream checks its rate again, in its place among the findings.
 *
 * <p>The numbers are kept as unscaled longs and scales; the unit, and the file and column each
 * number was read from, as indexes into small tables (a file's figures mostly come from one column).
 * A period whose numbers or location do not fit (over 18 digits, a scale beyond ±127, a line past
 * 2³², more than 4 096 places) is kept as its figure instead. Entries of one series are chained,
 * newest first, in pages that are never copied. Not thread-safe.
 */
final class ReleasedPeriods {
  // the longs of an entry
  /** The line in the high half, the next entry of the series' chain in the low half. */
  private static final int LINE_NEXT = 0;
  private static final int VALUE = 1;
  private static final int GROWTH = 2;
  /** Code, scales, relations, unit and the level's place, packed (shifts below). */
  private static final int META = 3;
  /** The rate's line in the high half, its place in the low half. */
  private static final int GROWTH_AT = 4;
  /** The period's place in data order (its slot's {@link HeldPeriods#seq}): where a re-checked finding goes. */
  private static final int SEQ = 5;
  private static final int LONGS = 6;

  private static final int SCALE_SHIFT_VALUE = 20;
  private static final int SCALE_SHIFT_GROWTH = 28;
  private static final int RELATION_SHIFT_VALUE = 36;
  private static final int RELATION_SHIFT_GROWTH = 39;
  private static final int UNIT_SHIFT = 42;
  private static final int PLACE_SHIFT = 52;
  private static final int UNITS = 1 << 10;
  private static final int PLACES = 1 << 12;
  /** The level's relation code of an entry kept as its figure (relations are ordinal + 1). */
  private static final int FIGURE = 7;
  private static final Relation[] RELATIONS = Relation.values();

  private static final int PAGE_BITS = 12;
  private static final int IN_PAGE = (1 << PAGE_BITS) - 1;
  private long[][] pages = new long[8][];
  private int used;
  /** The periods kept as figures, where they did not fit. */
  private final List<Figure> figures = new ArrayList<>();

  private final List<Unit> units = new ArrayList<>();
  private final Map<Unit, Integer> unitIndex = new HashMap<>();
  /** A place is a file and a column. */
  private final List<Location> places = new ArrayList<>();
  /** Per file, the index + 1 of each column's place (0: none yet). */
  private final Map<String, int[]> placeIndex = new HashMap<>();
  private Unit lastUnit;
  private int lastUnitAt;
  /** The place of the last level, and of the last rate: each mostly the same as the one before. */
  private final Place lastLevel = new Place();
  private final Place lastRate = new Place();

  private static final class Place {
    String file;
    int column;
    int index;
  }

  /**
   * Keeps what {@code slot} holds (its rate checked: both its numbers are there), chained before
   * {@code head}; returns the new head of the series' chain.
   */
  int keep(int head, HeldPeriods slots, int slot, String entity, String indicator) {
    int entry = used++;
    int page = entry >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new long[(IN_PAGE + 1) * LONGS];
    }
    long[] at = pages[page];
    int i = (entry & IN_PAGE) * LONGS;
    long code = slots.code(slot);
    long line = slots.line(slot);
    int unit = index(slots.unit(slot));
    int place = place(lastLevel, slots.file(slot), slots.column(slot));
    Relation vr = slots.valueRelation(slot);
    Relation gr = slots.growthRelation(slot);
    int growthColumn = gr == null ? -1 : slots.growthColumn(slot);
    long growthLine = line;
    int growthPlace;
    if (growthColumn >= 0) { // the rate beside the level, as a row has them
      growthPlace = place(lastRate, slots.file(slot), growthColumn);
    } else { // the rate from another row
      Location rate = gr == null ? null : slots.growthLocation(slot, slots.location(slot));
      growthLine = rate == null ? -1 : rate.line();
      growthPlace = rate == null ? PLACES : place(lastRate, rate.file(), rate.column());
    }
    int vs = slots.valueScale(slot) + 128;
    int gs = slots.growthScale(slot) + 128;
    boolean fits = slots.compact(slot) && vr != null && gr != null && (vs & 0xFF) == vs && (gs & 0xFF) == gs
        && unit < UNITS && place < PLACES && growthPlace < PLACES && line >= 0 && line <= 0xFFFFFFFFL
        && growthLine >= 0 && growthLine <= 0xFFFFFFFFL;
    at[i + LINE_NEXT] = (fits ? line << 32 : 0) | (head & 0xFFFFFFFFL);
    at[i + SEQ] = slots.seq(slot);
    if (fits) {
      at[i + VALUE] = slots.valueUnscaled(slot);
      at[i + GROWTH] = slots.growthUnscaled(slot);
      at[i + META] = code | (long) vs << SCALE_SHIFT_VALUE | (long) gs << SCALE_SHIFT_GROWTH
          | (long) (vr.ordinal() + 1) << RELATION_SHIFT_VALUE | (long) (gr.ordinal() + 1) << RELATION_SHIFT_GROWTH
          | (long) unit << UNIT_SHIFT | (long) place << PLACE_SHIFT;
      at[i + GROWTH_AT] = growthLine << 32 | growthPlace;
    } else {
      at[i + VALUE] = figures.size();
      figures.add(slots.figure(slot, entity, indicator));
      at[i + META] = code | (long) FIGURE << RELATION_SHIFT_VALUE;
    }
    return entry;
  }

  /** The figure kept for the period of {@code code} in the chain from {@code head}, or null. */
  Figure figure(int head, int code, String entity, String indicator, Period period) {
    int entry = find(head, code);
    return entry < 0 ? null : figure(entry, entity, indicator, period);
  }

  /** The entry of the period of {@code code} in the chain from {@code head}, or -1. */
  int find(int head, int code) {
    for (int entry = head; entry >= 0; ) {
      long[] at = pages[entry >>> PAGE_BITS];
      int i = (entry & IN_PAGE) * LONGS;
      if ((int) (at[i + META] & 0xFFFFF) == code) {
        return entry;
      }
      entry = (int) at[i + LINE_NEXT];
    }
    return -1;
  }

  /** The place in data order of the period {@code entry} keeps. */
  long seq(int entry) {
    return pages[entry >>> PAGE_BITS][(entry & IN_PAGE) * LONGS + SEQ];
  }

  /**
   * Keeps {@code f} (the same period, merged with a more precise repeat) for {@code entry} instead
   * of what it kept; its chain and place in data order stay. Kept as the figure itself: a repeat in
   * another precision is rare.
   */
  void replace(int entry, Figure f) {
    long[] at = pages[entry >>> PAGE_BITS];
    int i = (entry & IN_PAGE) * LONGS;
    long meta = at[i + META];
    if (((int) (meta >>> RELATION_SHIFT_VALUE) & 7) == FIGURE) {
      figures.set((int) at[i + VALUE], f);
      return;
    }
    at[i + LINE_NEXT] &= 0xFFFFFFFFL;
    at[i + VALUE] = figures.size();
    figures.add(f);
    at[i + META] = (meta & 0xFFFFF) | (long) FIGURE << RELATION_SHIFT_VALUE;
  }

  /** The figure {@code entry} keeps. */
  Figure figure(int entry, String entity, String indicator, Period period) {
    long[] at = pages[entry >>> PAGE_BITS];
    int i = (entry & IN_PAGE) * LONGS;
    long meta = at[i + META];
    long lineNext = at[i + LINE_NEXT];
    int vr = (int) (meta >>> RELATION_SHIFT_VALUE) & 7;
    if (vr == FIGURE) {
      return figures.get((int) at[i + VALUE]);
    }
    int gr = (int) (meta >>> RELATION_SHIFT_GROWTH) & 7;
    int vs = ((int) (meta >>> SCALE_SHIFT_VALUE) & 0xFF) - 128;
    int gs = ((int) (meta >>> SCALE_SHIFT_GROWTH) & 0xFF) - 128;
    Unit unit = units.get((int) (meta >>> UNIT_SHIFT) & (UNITS - 1));
    Location place = places.get((int) (meta >>> PLACE_SHIFT) & (PLACES - 1));
    Location level = new Location(place.file(), lineNext >>> 32, place.column());
    long growthAt = at[i + GROWTH_AT];
    Location growthPlace = places.get((int) growthAt);
    Location rate = growthPlace == place && growthAt >>> 32 == level.line() ? level
        : new Location(growthPlace.file(), growthAt >>> 32, growthPlace.column());
    return new Figure(entity, indicator, period,
        new Amount(BigDecimal.valueOf(at[i + VALUE], vs), RELATIONS[vr - 1]), unit,
        new Amount(BigDecimal.valueOf(at[i + GROWTH], gs), RELATIONS[gr - 1]), level, rate);
  }

  private int index(Unit unit) {
    if (unit != lastUnit) {
      lastUnit = unit;
      lastUnitAt = unitIndex.computeIfAbsent(unit, u -> {
        units.add(u);
        return units.size() - 1;
      });
    }
    return lastUnitAt;
  }

  /**
   * The index of the place of {@code file} and {@code column}; {@code last} is the one looked up
   * before. Rows of several files release each other's periods (a row of one file is the next year
   * of a period read from another), so a miss is common there: it costs one map lookup by the file
   * name, whose hash is kept, and no allocation.
   */
  private int place(Place last, String file, int column) {
    if (file != last.file || column != last.column) {
      last.file = file;
      last.column = column;
      if (column < 0) {
        last.index = PLACES; // (not in the table: the period is kept as its figure)
        return last.index;
      }
      int[] columns = placeIndex.get(file);
      if (columns == null || column >= columns.length) {
        int length = Math.max(column + 1, columns == null ? 8 : 2 * columns.length);
        columns = columns == null ? new int[length] : Arrays.copyOf(columns, length);
        placeIndex.put(file, columns);
      }
      if (columns[column] == 0) {
        places.add(new Location(file, 0, column));
        columns[column] = places.size();
      }
      last.index = columns[column] - 1;
    }
    return last.index;
  }
}
