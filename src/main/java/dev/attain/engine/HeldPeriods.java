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
import dev.attain.model.FigureRow;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The periods {@link FigureStream} holds for its consistency check, each a figure packed into four
 * {@code long}s (32 bytes) at the slot's index, in pages of {@code long[]} that are never copied,
 * instead of an object of its own. A national check holds some 300 000 periods to its end; as
 * objects, the garbage collector traced and copied each one (about 1 ms per 1 MB held), as pages it
 * copies a few blocks and traces nothing. Freed slots are reused.
 *
 * <p>A slot keeps everything {@link #figure} needs to give the figure back, equal to the one held:
 * its period, unit and locations (the entity and indicator are its series'), and its level and rate
 * with their relations; besides, its place in data order ({@link #seq}), whether its rate is
 * checked, and the next slot of its series' chain ({@link #next}), so that a series needs no array
 * of its own. The longs are the line and the next slot; the level's unscaled digits; the rate's
 * unscaled digits (an {@code int}) and the place in data order (an unsigned {@code int}); and one
 * {@code long} of the rest (the four longs and bits 0–37 as {@link PackedPeriod} lays them out for both
 * kinds of period):
 *
 * <pre>
 *   bits  0–17  the period's {@link #code}: every period's fits (9999-12 is 159 996 &lt; 2¹⁸)
 *        18–24  the level's scale + 64         25–31  the rate's scale + 64
 *        32–34  the level's relation           35–37  the rate's (each ordinal + 1; 0 for none)
 *        38     the rate checked               39     the slot held wide
 *        40–47  the unit, an index into a table of the units seen ({@link Units})
 *        48–63  the place: the file, the level's column and the rate's, an index into {@link Places}
 * </pre>
 *
 * <p>As in {@link ReleasedPeriods}, the period's code takes all the bits it can need, so that a
 * series' chain is searched by one comparison a slot, and one place names the file and both cells
 * of a row: a file's rows mostly have one.
 *
 * <p>What does not fit is held apart, in a map by slot, and dropped when the slot is set again or
 * freed, so that a reused slot has nothing of the figure before. A rate read on another line than
 * its level (two rows merged: one file may give levels and another rates) keeps its {@link
 * Location} there, and its place a rate column of -1. A slot with anything else that does not fit
 * (a number of over 18 digits, a rate beyond an {@code int}'s digits, a scale beyond −64…63, a line
 * or a place in data order of 2³² or more, more than 256 units or 65 536 places, a level's column
 * beyond {@link Places#MAX_COLUMN}) is held wide: its code, relations, mark and chain stay packed,
 * the rest is kept as it came. Not thread-safe.
 */
final class HeldPeriods {
  // the layout of the four longs and of META's low bits: PackedPeriod
  private static final int RELATION_MASK = 7;
  private static final long RELATION_BITS = (long) RELATION_MASK << RELATION_SHIFT_VALUE
      | (long) RELATION_MASK << RELATION_SHIFT_GROWTH;
  private static final long CHECKED = 1L << FREE_SHIFT;
  /** The slot's numbers, unit, locations and place in data order are in {@link #wide}. */
  private static final long WIDE = 1L << (FREE_SHIFT + 1);
  private static final int UNIT_SHIFT = FREE_SHIFT + 2;
  private static final int PLACE_SHIFT = 48;
  private static final int UNITS = 1 << 8;
  private static final int PLACES = 1 << 16;
  /** The rate column of a rate read on another line: its location is in {@link #ratesElsewhere}. */
  private static final int ELSEWHERE = -1;
  private static final long LOW = 0xFFFFFFFFL;
  private static final Relation[] RELATIONS = Relation.values();

  static {
    if (code(9999, 12) > CODE_MASK || RELATIONS.length > RELATION_MASK) { // ordinal + 1 in three bits
      throw new AssertionError("a period's code or a relation does not fit a slot");
    }
  }

  /** Slots per page: pages are never copied to grow, so the collector moves each once. */
  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int IN_PAGE = PAGE - 1;
  private long[][] pages = new long[8][];
  /** Slots ever used: {@code [0, used)}. */
  private int used;
  /** The first free slot, chained through {@link #next}; -1 for none. */
  private int free = -1;
  private final Units units = new Units(UNITS);
  private final Places places = new Places(PLACES);
  /** By slot, the location of a rate read on another line than its level. */
  private final Map<Integer, Location> ratesElsewhere = new HashMap<>();
  /** By slot, what a slot held wide holds. */
  private final Map<Integer, Wide> wide = new HashMap<>();

  /**
   * What a slot held wide holds, as it came: its numbers (each null when the figure has none),
   * unit, locations (the rate's column -1 when it is elsewhere) and place in data order.
   */
  private record Wide(long seq, String file, long line, int column, int rateColumn, Unit unit, BigDecimal value,
      BigDecimal growth) {
    /** Whether both numbers have at most 18 digits (or are none). */
    boolean compact() {
      return (value == null || fitsLong(value)) && (growth == null || fitsLong(growth));
    }

    long valueDigits() {
      return digits(value);
    }

    int valueScale() {
      return scale(value);
    }

    long growthDigits() {
      return digits(growth);
    }

    int growthScale() {
      return scale(growth);
    }
  }

  /** The code of a period in a series: {@code year * 16 + months}. */
  static int code(int year, int months) {
    return year * 16 + months;
  }

  /**
   * A slot holding the figure of {@code row} (not made: a plain number goes in as its digits and
   * scale), read as row {@code seq}; its {@link #next} is {@code next}.
   */
  int add(long seq, FigureRow row, int next) {
    int slot = take();
    long[] page = pages[slot >>> PAGE_BITS];
    int i = (slot & IN_PAGE) * LONGS;
    Period period = row.period();
    page[i + LINE_NEXT] = next & LOW;
    page[i + META] = code(period.year(), period.months())
        | (long) relation(row.value(), row.plainValue()) << RELATION_SHIFT_VALUE
        | (long) relation(row.growth(), row.plainGrowth()) << RELATION_SHIFT_GROWTH;
    int rateColumn = row.growthColumn();
    if (rateColumn < 0) { // (not a reader's row: a row's rate has its column on the row's line)
      ratesElsewhere.put(slot, new Location(row.file(), row.line(), rateColumn));
      rateColumn = ELSEWHERE;
    }
    if (!(level(page, i, row.value(), row.plainValue(), row.valueUnscaled(), row.valueScale())
        && rate(page, i, row.growth(), row.plainGrowth(), row.growthUnscaled(), row.growthScale())
        && cells(page, i, seq, row.file(), row.line(), row.column(), rateColumn, row.unit()))) {
      widen(slot, new Wide(seq, row.file(), row.line(), row.column(), rateColumn, row.unit(), number(row.level()),
          number(row.rate())));
    }
    return slot;
  }

  /** Frees {@code slot} for reuse, and what was held apart for it. */
  void free(int slot) {
    forget(slot);
    long[] page = pages[slot >>> PAGE_BITS];
    int i = (slot & IN_PAGE) * LONGS;
    page[i + VALUE] = 0;
    page[i + GROWTH_SEQ] = 0;
    page[i + META] = 0;
    page[i + LINE_NEXT] = free & LOW;
    free = slot;
  }

  /**
   * Takes the level and rate of {@code figure} (same key as the slot's), its unit and their
   * locations (a level or a rate merged from another row has that row's; so has the unit of a level
   * that joined a rate, which has none); the slot's place in data order, mark and chain stay.
   */
  void set(int slot, Figure figure) {
    long seq = seq(slot);
    forget(slot);
    long[] page = pages[slot >>> PAGE_BITS];
    int i = (slot & IN_PAGE) * LONGS;
    Amount v = figure.value();
    Amount g = figure.growth();
    page[i + META] = page[i + META] & (CODE_MASK | CHECKED) | (long) relation(v, false) << RELATION_SHIFT_VALUE
        | (long) relation(g, false) << RELATION_SHIFT_GROWTH;
    Location at = figure.location();
    Location growthAt = figure.growthLocation();
    int rateColumn = 0; // (a figure with no rate: as a row with none gives)
    if (growthAt != null) {
      if (growthAt.line() == at.line() && growthAt.file().equals(at.file()) && growthAt.column() >= 0) {
        rateColumn = growthAt.column();
      } else {
        ratesElsewhere.put(slot, growthAt);
        rateColumn = ELSEWHERE;
      }
    }
    if (!(level(page, i, v, false, 0, 0) && rate(page, i, g, false, 0, 0)
        && cells(page, i, seq, at.file(), at.line(), at.column(), rateColumn, figure.unit()))) {
      widen(slot, new Wide(seq, at.file(), at.line(), at.column(), rateColumn, figure.unit(), number(v), number(g)));
    }
  }

  /** A free slot, or a new one. */
  private int take() {
    if (free >= 0) {
      int slot = free;
      free = next(slot);
      return slot;
    }
    int slot = used++;
    int page = slot >>> PAGE_BITS;
    if (page == pages.length) {
      pages = Arrays.copyOf(pages, page * 2);
    }
    if (pages[page] == null) {
      pages[page] = new long[PAGE * LONGS];
    }
    return slot;
  }

  /** A relation as a slot packs it: 0 for no number, else its ordinal + 1 (a plain number's is EQ). */
  private static int relation(Amount a, boolean plain) {
    return plain ? Relation.EQ.ordinal() + 1 : a == null ? 0 : a.relation().ordinal() + 1;
  }

  /** Packs the level's digits and scale (0 for none); false, writing nothing, when they do not fit. */
  private static boolean level(long[] page, int i, Amount v, boolean plain, long digits, int scale) {
    return number(page, i, v, plain, digits, scale, false);
  }

  /**
   * Packs the rate's digits (an {@code int}'s) and scale (0 for none); false, writing nothing, when
   * they do not fit.
   */
  private static boolean rate(long[] page, int i, Amount g, boolean plain, long digits, int scale) {
    return number(page, i, g, plain, digits, scale, true);
  }

  /**
   * Packs a number given as an amount, or as plain digits and scale, or neither (0, 0): the level's
   * in {@link #VALUE}, the rate's, whose digits must fit an {@code int}, in the high half of {@link
   * #GROWTH_SEQ}.
   */
  private static boolean number(long[] page, int i, Amount a, boolean plain, long digits, int scale, boolean isRate) {
    if (a != null) {
      BigDecimal n = a.number();
      if (!fitsLong(n)) {
        return false;
      }
      digits = unscaled(n);
      scale = n.scale();
    } else if (!plain) {
      digits = 0;
      scale = 0;
    }
    int packed = scale + SCALE_BIAS;
    if ((packed & SCALE_MASK) != packed || (isRate && (int) digits != digits)) {
      return false;
    }
    if (isRate) {
      page[i + GROWTH_SEQ] = digits << 32;
      page[i + META] |= (long) packed << SCALE_SHIFT_GROWTH;
    } else {
      page[i + VALUE] = digits;
      page[i + META] |= (long) packed << SCALE_SHIFT_VALUE;
    }
    return true;
  }

  /**
   * Packs the place in data order, the line, the unit and the place of the cells; false, writing
   * nothing, when any does not fit.
   */
  private boolean cells(long[] page, int i, long seq, String file, long line, int column, int rateColumn, Unit unit) {
    if (seq < 0 || seq > LOW || line < 0 || line > LOW) {
      return false;
    }
    int u = units.index(unit);
    int p = u < UNITS ? places.index(file, column, rateColumn) : PLACES;
    if (p == PLACES) {
      return false;
    }
    page[i + GROWTH_SEQ] = page[i + GROWTH_SEQ] & ~LOW | seq;
    page[i + LINE_NEXT] = line << 32 | page[i + LINE_NEXT] & LOW;
    page[i + META] |= (long) u << UNIT_SHIFT | (long) p << PLACE_SHIFT;
    return true;
  }

  /** Holds {@code slot} wide, as {@code w}: only its code, relations, mark and chain stay packed. */
  private void widen(int slot, Wide w) {
    long[] page = pages[slot >>> PAGE_BITS];
    int i = (slot & IN_PAGE) * LONGS;
    page[i + LINE_NEXT] &= LOW;
    page[i + VALUE] = 0;
    page[i + GROWTH_SEQ] = 0;
    page[i + META] = page[i + META] & (CODE_MASK | RELATION_BITS | CHECKED) | WIDE;
    wide.put(slot, w);
  }

  /** Drops what is held apart for {@code slot}: its rate's location on another line, its wide form. */
  private void forget(int slot) {
    if (growthColumn(slot) == ELSEWHERE) {
      ratesElsewhere.remove(slot);
    }
    if (heldWide(slot)) {
      wide.remove(slot);
    }
  }

  private static BigDecimal number(Amount a) {
    return a == null ? null : a.number();
  }

  private static boolean fitsLong(BigDecimal n) {
    return n.precision() <= 18;
  }

  /** The unscaled value of {@code n}, which has at most 18 digits. */
  private static long unscaled(BigDecimal n) {
    return n.movePointRight(n.scale()).longValue();
  }

  /** The digits of a number held wide, as a slot gives them: 0 for none, or for a number of over 18 digits. */
  private static long digits(BigDecimal n) {
    return n == null || !fitsLong(n) ? 0 : unscaled(n);
  }

  /** The scale of a number held wide, as a slot gives it: 0 for none, or for a number of over 18 digits. */
  private static int scale(BigDecimal n) {
    return n == null || !fitsLong(n) ? 0 : n.scale();
  }

  // The accessors below read a packed slot in line and leave a wide one to a call: each small
  // enough for C1 to inline (35 bytes of bytecode), as their callers in the stream need.

  private long get(int slot, int field) {
    return pages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + field];
  }

  private Wide wide(int slot) {
    return wide.get(slot);
  }

  private int unitAt(int slot) {
    return (int) (get(slot, META) >>> UNIT_SHIFT) & (UNITS - 1);
  }

  private int placeAt(int slot) {
    return (int) (get(slot, META) >>> PLACE_SHIFT);
  }

  private int scaleAt(int slot, int shift) {
    return ((int) (get(slot, META) >>> shift) & SCALE_MASK) - SCALE_BIAS;
  }

  /** Whether {@code slot} is held wide, not packed (for tests and diagnostics). */
  boolean heldWide(int slot) {
    return (get(slot, META) & WIDE) != 0;
  }

  /** How many slots have something held apart: a rate's location on another line, or their wide form (for tests). */
  int heldApart() {
    return ratesElsewhere.size() + wide.size();
  }

  /** The slot after {@code slot} in its chain, or -1. */
  int next(int slot) {
    return (int) get(slot, LINE_NEXT);
  }

  void setNext(int slot, int next) {
    long[] page = pages[slot >>> PAGE_BITS];
    int i = (slot & IN_PAGE) * LONGS + LINE_NEXT;
    page[i] = page[i] & ~LOW | next & LOW;
  }

  long seq(int slot) {
    return heldWide(slot) ? wide(slot).seq() : get(slot, GROWTH_SEQ) & LOW;
  }

  /** The period's {@link #code}. */
  int code(int slot) {
    return (int) (get(slot, META) & CODE_MASK);
  }

  Period period(int slot) {
    int code = code(slot);
    return new Period(code >> 4, code & 15);
  }

  Unit unit(int slot) {
    return heldWide(slot) ? wide(slot).unit() : units.get(unitAt(slot));
  }

  boolean checked(int slot) {
    return (get(slot, META) & CHECKED) != 0;
  }

  void markChecked(int slot) {
    pages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + META] |= CHECKED;
  }

  /** The level's relation, or {@code null} when the figure has no level. */
  Relation valueRelation(int slot) {
    int k = (int) (get(slot, META) >>> RELATION_SHIFT_VALUE) & RELATION_MASK;
    return k == 0 ? null : RELATIONS[k - 1];
  }

  /** The rate's relation, or {@code null} when the figure has no rate. */
  Relation growthRelation(int slot) {
    int k = (int) (get(slot, META) >>> RELATION_SHIFT_GROWTH) & RELATION_MASK;
    return k == 0 ? null : RELATIONS[k - 1];
  }

  boolean hasValue(int slot) {
    return (get(slot, META) & (long) RELATION_MASK << RELATION_SHIFT_VALUE) != 0;
  }

  boolean hasGrowth(int slot) {
    return (get(slot, META) & (long) RELATION_MASK << RELATION_SHIFT_GROWTH) != 0;
  }

  /** Whether both numbers are given as unscaled longs: neither has over 18 digits. */
  boolean compact(int slot) {
    return !heldWide(slot) || wide(slot).compact();
  }

  long valueUnscaled(int slot) {
    return heldWide(slot) ? wide(slot).valueDigits() : get(slot, VALUE);
  }

  int valueScale(int slot) {
    return heldWide(slot) ? wide(slot).valueScale() : scaleAt(slot, SCALE_SHIFT_VALUE);
  }

  long growthUnscaled(int slot) {
    return heldWide(slot) ? wide(slot).growthDigits() : get(slot, GROWTH_SEQ) >> 32;
  }

  int growthScale(int slot) {
    return heldWide(slot) ? wide(slot).growthScale() : scaleAt(slot, SCALE_SHIFT_GROWTH);
  }

  /** The level's number; {@link #hasValue} first. */
  BigDecimal value(int slot) {
    return heldWide(slot) ? wide(slot).value() : BigDecimal.valueOf(get(slot, VALUE), scaleAt(slot, SCALE_SHIFT_VALUE));
  }

  /** The rate's number; {@link #hasGrowth} first. */
  BigDecimal growth(int slot) {
    return heldWide(slot) ? wide(slot).growth()
        : BigDecimal.valueOf(get(slot, GROWTH_SEQ) >> 32, scaleAt(slot, SCALE_SHIFT_GROWTH));
  }

  /** The figure held, for the series of {@code entity} and {@code indicator}. */
  Figure figure(int slot, String entity, String indicator) {
    Relation vr = valueRelation(slot);
    Relation gr = growthRelation(slot);
    Location at = location(slot);
    return new Figure(entity, indicator, period(slot), vr == null ? null : new Amount(value(slot), vr), unit(slot),
        gr == null ? null : new Amount(growth(slot), gr), at, gr == null ? null : growthLocation(slot, at));
  }

  /** Where the figure's level was read (the row that made the slot, or the row its level came from). */
  Location location(int slot) {
    return new Location(file(slot), line(slot), column(slot));
  }

  /**
   * Where the figure's rate was read, {@code at} being its {@link #location}: the same row's rate
   * column, or another row's location; {@link #hasGrowth} first.
   */
  Location growthLocation(int slot, Location at) {
    int column = growthColumn(slot);
    if (column == ELSEWHERE) {
      return ratesElsewhere.get(slot);
    }
    return column == at.column() ? at : new Location(at.file(), at.line(), column);
  }

  /** The rate's column on the level's line; -1 when the rate was read elsewhere ({@link #growthLocation}). */
  int growthColumn(int slot) {
    return heldWide(slot) ? wide(slot).rateColumn() : places.rateColumn(placeAt(slot));
  }

  String file(int slot) {
    return heldWide(slot) ? wide(slot).file() : places.file(placeAt(slot));
  }

  long line(int slot) {
    return heldWide(slot) ? wide(slot).line() : get(slot, LINE_NEXT) >>> 32;
  }

  int column(int slot) {
    return heldWide(slot) ? wide(slot).column() : places.column(placeAt(slot));
  }
}
