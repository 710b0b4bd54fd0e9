package dev.attain.engine;

import static dev.attain.engine.PackedPeriod.CODE_MASK;
import static dev.attain.engine.PackedPeriod.FREE_SHIFT;
import static dev.attain.engine.PackedPeriod.GROWTH_SEQ;
import static dev.attain.engine.PackedPeriod.LINE_NEXT;
import static dev.attain.engine.PackedPeriod.LONGS;
import static dev.attain.engine.PackedPeriod.META;
import static dev.attain.engine.PackedPeriod.RELATION_SHIFT_GROWTH;
import static dev.attain.engine.PackedPeriod.RELATION_SHIFT_VALUE;
import static dev.attain.engine.PackedPeriod.SCALE_BIAS;
import static dev.attain.engine.PackedPeriod.SCALE_MASK;
import static dev.attain.engine.PackedPeriod.SCALE_SHIFT_GROWTH;
import static dev.attain.engine.PackedPeriod.SCALE_SHIFT_VALUE;
import static dev.attain.engine.PackedPeriod.VALUE;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link FigureStream} keeps of a period it no longer holds for the consistency check: its
 * level and rate exactly, its unit and where each was read, and its place in data order, in four
 * {@code long}s (32 bytes), so that a row that repeats the period later is compared with it as
 * {@link FigureTable#merge} compares two rows (an identical repeat is accepted, a conflicting one is
 * an error naming both lines), whatever the order of the rows; a more precise repeat {@link
 * #replace}s it, and the stream checks its rate again, in its place among the findings.
 *
 * <p>An entry is its line and the next entry of its series' chain; the level's unscaled digits; the
 * rate's unscaled digits (an {@code int}) and the place in data order (an unsigned {@code int}); and
 * one {@code long} of the rest (the four longs and bits 0–37 as {@link PackedPeriod} lays them out for both
 * kinds of period):
 *
 * <pre>
 *   bits  0–17  the period's {@link HeldPeriods#code}: every period's fits (9999-12 is 159 996 &lt; 2¹⁸)
 *        18–24  the level's scale + 64         25–31  the rate's scale + 64
 *        32–34  the level's relation           35–37  the rate's (each ordinal + 1; 7 for the figure)
 *        38–47  the unit, an index into a table of the units seen
 *        48–63  the place: the file, the level's column and the rate's, an index into a table
 * </pre>
 *
 * <p>The period's code takes all the bits it can need, so that an entry of any period is found by
 * one comparison, whichever form it is in; the scales give way instead (a number of up to 18
 * digits, as written, has a scale beyond 63 only with 46 zeros after the point). The rate of a
 * kept period is on its level's line (a row has both), so one place names both cells: a file's rows
 * mostly have one, and 65 536 of them go a long way (a table of files and columns, a level's and a
 * rate's for each file, would hold as many in 8 bits each for only 128 files).
 *
 * <p>A period that does not fit (a number of over 18 digits, a rate beyond an {@code int}'s
 * digits, a scale beyond −64…63, a line or a place in data order of 2³² or more, more than 1 024
 * units or 65 536 {@link Places}, a level's column beyond {@link Places#MAX_COLUMN}, a rate read
 * on another line: two rows merged) is kept as its figure instead: the level's relation says so,
 * the level's {@code long} is its index among the figures and the rate's is the whole place in
 * data order. Entries of one series are chained, newest first, in pages that are never copied.
 * Not thread-safe.
 */
final class ReleasedPeriods {
  // the layout of the four longs and of META's low bits: PackedPeriod
  private static final int UNIT_SHIFT = FREE_SHIFT;
  private static final int PLACE_SHIFT = 48;
  private static final int UNITS = 1 << 10;
  private static final int PLACES = 1 << 16;
  /** The level's relation code of an entry kept as its figure (relations are ordinal + 1). */
  private static final int FIGURE = 7;
  private static final Relation[] RELATIONS = Relation.values();

  static {
    if (HeldPeriods.code(9999, 12) > CODE_MASK || RELATIONS.length >= FIGURE) {
      throw new AssertionError("a period's code or a relation does not fit an entry");
    }
  }

  private static final int PAGE_BITS = 12;
  private static final int IN_PAGE = (1 << PAGE_BITS) - 1;
  private long[][] pages = new long[8][];
  private int used;
  /** The periods kept as figures, where they did not fit. */
  private final List<Figure> figures = new ArrayList<>();

  private final Units units = new Units(UNITS);
  private final Places places = new Places(PLACES);

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
    long seq = slots.seq(slot);
    long growth = slots.growthUnscaled(slot);
    Relation vr = slots.valueRelation(slot);
    Relation gr = slots.growthRelation(slot);
    int vs = slots.valueScale(slot) + SCALE_BIAS;
    int gs = slots.growthScale(slot) + SCALE_BIAS;
    boolean fits = slots.compact(slot) && vr != null && gr != null && (vs & SCALE_MASK) == vs
        && (gs & SCALE_MASK) == gs && (int) growth == growth && line >= 0 && line <= 0xFFFFFFFFL && seq >= 0
        && seq <= 0xFFFFFFFFL;
    int unit = fits ? units.index(slots.unit(slot)) : UNITS;
    // (a rate on the level's line, as a row has them, has its column; one from another row has none)
    int rateColumn = fits && unit < UNITS ? slots.growthColumn(slot) : -1;
    int place = rateColumn >= 0 ? places.index(slots.file(slot), slots.column(slot), rateColumn) : PLACES;
    fits = place < PLACES;
    at[i + LINE_NEXT] = (fits ? line << 32 : 0) | (head & 0xFFFFFFFFL);
    if (fits) {
      at[i + VALUE] = slots.valueUnscaled(slot);
      at[i + GROWTH_SEQ] = growth << 32 | seq;
      at[i + META] = code | (long) vs << SCALE_SHIFT_VALUE | (long) gs << SCALE_SHIFT_GROWTH
          | (long) (vr.ordinal() + 1) << RELATION_SHIFT_VALUE | (long) (gr.ordinal() + 1) << RELATION_SHIFT_GROWTH
          | (long) unit << UNIT_SHIFT | (long) place << PLACE_SHIFT;
    } else {
      at[i + VALUE] = figures.size();
      figures.add(slots.figure(slot, entity, indicator));
      at[i + GROWTH_SEQ] = seq;
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
      if ((at[i + META] & CODE_MASK) == code) {
        return entry;
      }
      entry = (int) at[i + LINE_NEXT];
    }
    return -1;
  }

  /** The place in data order of the period {@code entry} keeps. */
  long seq(int entry) {
    long[] at = pages[entry >>> PAGE_BITS];
    int i = (entry & IN_PAGE) * LONGS;
    long growthSeq = at[i + GROWTH_SEQ];
    return isFigure(at[i + META]) ? growthSeq : growthSeq & 0xFFFFFFFFL;
  }

  /** Whether {@code entry} is kept as its figure, not packed. */
  boolean keptAsFigure(int entry) {
    return isFigure(pages[entry >>> PAGE_BITS][(entry & IN_PAGE) * LONGS + META]);
  }

  private static boolean isFigure(long meta) {
    return ((int) (meta >>> RELATION_SHIFT_VALUE) & 7) == FIGURE;
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
    if (isFigure(meta)) {
      figures.set((int) at[i + VALUE], f);
      return;
    }
    at[i + LINE_NEXT] &= 0xFFFFFFFFL;
    at[i + VALUE] = figures.size();
    figures.add(f);
    at[i + GROWTH_SEQ] &= 0xFFFFFFFFL;
    at[i + META] = (meta & CODE_MASK) | (long) FIGURE << RELATION_SHIFT_VALUE;
  }

  /** The figure {@code entry} keeps. */
  Figure figure(int entry, String entity, String indicator, Period period) {
    long[] at = pages[entry >>> PAGE_BITS];
    int i = (entry & IN_PAGE) * LONGS;
    long meta = at[i + META];
    if (isFigure(meta)) {
      return figures.get((int) at[i + VALUE]);
    }
    int vr = (int) (meta >>> RELATION_SHIFT_VALUE) & 7;
    int gr = (int) (meta >>> RELATION_SHIFT_GROWTH) & 7;
    int vs = ((int) (meta >>> SCALE_SHIFT_VALUE) & SCALE_MASK) - SCALE_BIAS;
    int gs = ((int) (meta >>> SCALE_SHIFT_GROWTH) & SCALE_MASK) - SCALE_BIAS;
    Unit unit = units.get((int) (meta >>> UNIT_SHIFT) & (UNITS - 1));
    int place = (int) (meta >>> PLACE_SHIFT);
    int rateColumn = places.rateColumn(place);
    Location level = new Location(places.file(place), at[i + LINE_NEXT] >>> 32, places.column(place));
    Location rate = rateColumn == level.column() ? level : new Location(level.file(), level.line(), rateColumn);
    return new Figure(entity, indicator, period,
        new Amount(BigDecimal.valueOf(at[i + VALUE], vs), RELATIONS[vr - 1]), unit,
        new Amount(BigDecimal.valueOf(at[i + GROWTH_SEQ] >> 32, gs), RELATIONS[gr - 1]), level, rate);
  }
}
