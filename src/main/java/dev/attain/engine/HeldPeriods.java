package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The periods {@link FigureStream} holds for its consistency check, each a figure in a compact
 * form: seven numbers in one {@code long[]} and four references in one {@code Object[]}, at the
 * slot's index, instead of an object of its own. A national check holds some 300 000 periods to
 * its end; as objects, the garbage collector traced and copied each one (about 1 ms per 1 MB held),
 * as two arrays it copies two blocks. Freed slots are reused.
 *
 * <p>A slot keeps everything {@link #figure} needs to give the figure back, equal to the one held:
 * its period, unit and locations (the entity and indicator are its series'), and its level and rate
 * with their relations. A number of up to 18 digits is held as an unscaled {@code long} and its
 * scale; a longer one as the {@link BigDecimal} itself. The rate's location, when it is on the
 * level's line (as a row has them), is only its column, beside the flags; a rate from another row
 * (two rows merged) keeps its {@link Location}.
 *
 * <p>Slots of one series are chained through {@link #next}, so that a series needs no array of its
 * own. Not thread-safe.
 */
final class HeldPeriods {
  // the longs of a slot
  private static final int SEQ = 0;
  private static final int LINE = 1;
  private static final int VALUE = 2;
  private static final int GROWTH = 3;
  /** The period's code ({@link #code}) in the high half, the column in the low half. */
  private static final int CODE_COLUMN = 4;
  /** The level's scale in the high half, the rate's in the low half. */
  private static final int SCALES = 5;
  /** The next slot of the chain in the high half; in the low half the flags, and the rate's column above them. */
  private static final int NEXT_FLAGS = 6;
  private static final int LONGS = 7;

  // the references of a slot
  private static final int PERIOD = 0;
  private static final int UNIT = 1;
  private static final int FILE = 2;
  /** A {@code BigDecimal[2]} (level, rate) when either does not fit a long, else null. */
  private static final int BIG = 3;
  /** The rate's {@link Location} when it is not on the level's line (or its column is too large to pack), else null. */
  private static final int GROWTH_AT = 4;
  private static final int REFS = 5;

  // the flags: checked, then the level's and the rate's relation (0 for none, else ordinal + 1)
  private static final int CHECKED = 1;
  private static final int VALUE_RELATION_SHIFT = 1;
  private static final int GROWTH_RELATION_SHIFT = 4;
  private static final int RELATION_MASK = 7;
  /** The rate's column, when packed: above the flags, in the low half's other 24 bits. */
  private static final int GROWTH_COLUMN_SHIFT = 8;
  private static final int GROWTH_COLUMN_MAX = (1 << 24) - 1;
  private static final Relation[] RELATIONS = Relation.values();

  /** Slots per page: pages are never copied to grow, so the collector moves each once. */
  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int IN_PAGE = PAGE - 1;
  private long[][] longPages = new long[8][];
  private Object[][] refPages = new Object[8][];
  /** Slots ever used: {@code [0, used)}. */
  private int used;
  /** The first free slot, chained through {@link #next}; -1 for none. */
  private int free = -1;

  static {
    if (RELATIONS.length > RELATION_MASK) { // ordinal + 1 in three bits
      throw new AssertionError("relations do not fit the flags");
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
    int slot;
    if (free >= 0) {
      slot = free;
      free = next(slot);
    } else {
      slot = used++;
      int page = slot >>> PAGE_BITS;
      if (page == longPages.length) {
        longPages = Arrays.copyOf(longPages, page * 2);
        refPages = Arrays.copyOf(refPages, page * 2);
      }
      if (longPages[page] == null) {
        longPages[page] = new long[PAGE * LONGS];
        refPages[page] = new Object[PAGE * REFS];
      }
    }
    long[] longs = longPages[slot >>> PAGE_BITS];
    int l = (slot & IN_PAGE) * LONGS;
    Period period = row.period();
    longs[l + SEQ] = seq;
    longs[l + LINE] = row.line();
    longs[l + CODE_COLUMN] = (long) code(period.year(), period.months()) << 32 | (row.column() & 0xFFFFFFFFL);
    longs[l + NEXT_FLAGS] = (long) next << 32;
    Object[] refs = refPages[slot >>> PAGE_BITS];
    int r = (slot & IN_PAGE) * REFS;
    refs[r + PERIOD] = period;
    refs[r + UNIT] = row.unit();
    refs[r + FILE] = row.file();
    numbers(slot, row.value(), row.plainValue(), row.valueUnscaled(), row.valueScale(), row.growth(),
        row.plainGrowth(), row.growthUnscaled(), row.growthScale());
    int growthColumn = row.growthColumn();
    if (growthColumn >= 0 && growthColumn <= GROWTH_COLUMN_MAX) {
      longs[l + NEXT_FLAGS] |= (long) growthColumn << GROWTH_COLUMN_SHIFT;
    } else {
      refs[r + GROWTH_AT] = new Location(row.file(), row.line(), growthColumn);
    }
    return slot;
  }

  /** Frees {@code slot} for reuse. */
  void free(int slot) {
    Object[] refs = refPages[slot >>> PAGE_BITS];
    int r = (slot & IN_PAGE) * REFS;
    Arrays.fill(refs, r, r + REFS, null);
    setNext(slot, free);
    free = slot;
  }

  /**
   * Takes the level and rate of {@code figure} (same key as the slot's), its unit and their
   * locations (a level or a rate merged from another row has that row's; so has the unit of a level
   * that joined a rate, which has none).
   */
  void set(int slot, Figure figure) {
    numbers(slot, figure.value(), false, 0, 0, figure.growth(), false, 0, 0);
    long[] longs = longPages[slot >>> PAGE_BITS];
    int l = (slot & IN_PAGE) * LONGS;
    Object[] refs = refPages[slot >>> PAGE_BITS];
    int r = (slot & IN_PAGE) * REFS;
    Location at = figure.location();
    Location growthAt = figure.growthLocation();
    longs[l + LINE] = at.line();
    longs[l + CODE_COLUMN] = (longs[l + CODE_COLUMN] & 0xFFFFFFFF00000000L) | (at.column() & 0xFFFFFFFFL);
    refs[r + FILE] = at.file();
    refs[r + UNIT] = figure.unit();
    refs[r + GROWTH_AT] = null;
    int packed = 0;
    if (growthAt != null) {
      if (growthAt.line() == at.line() && growthAt.file().equals(at.file()) && growthAt.column() >= 0
          && growthAt.column() <= GROWTH_COLUMN_MAX) {
        packed = growthAt.column();
      } else {
        refs[r + GROWTH_AT] = growthAt;
      }
    }
    longs[l + NEXT_FLAGS] |= (long) packed << GROWTH_COLUMN_SHIFT; // (numbers cleared the one before)
  }

  /** Takes a level and a rate, each an amount, a plain number (digits and scale) or none. */
  private void numbers(int slot, Amount v, boolean plainValue, long valueDigits, int valueDigitsScale, Amount g,
      boolean plainGrowth, long growthDigits, int growthDigitsScale) {
    long[] longs = longPages[slot >>> PAGE_BITS];
    int l = (slot & IN_PAGE) * LONGS;
    BigDecimal[] big = null;
    int flags = (int) longs[l + NEXT_FLAGS] & CHECKED;
    int valueScale = 0;
    int growthScale = 0;
    if (plainValue) {
      flags |= (Relation.EQ.ordinal() + 1) << VALUE_RELATION_SHIFT;
      longs[l + VALUE] = valueDigits;
      valueScale = valueDigitsScale;
    } else if (v != null) {
      flags |= (v.relation().ordinal() + 1) << VALUE_RELATION_SHIFT;
      BigDecimal n = v.number();
      if (fitsLong(n)) {
        longs[l + VALUE] = unscaled(n);
        valueScale = n.scale();
      } else {
        big = new BigDecimal[2];
        big[0] = n;
      }
    }
    if (plainGrowth) {
      flags |= (Relation.EQ.ordinal() + 1) << GROWTH_RELATION_SHIFT;
      longs[l + GROWTH] = growthDigits;
      growthScale = growthDigitsScale;
    } else if (g != null) {
      flags |= (g.relation().ordinal() + 1) << GROWTH_RELATION_SHIFT;
      BigDecimal n = g.number();
      if (fitsLong(n)) {
        longs[l + GROWTH] = unscaled(n);
        growthScale = n.scale();
      } else {
        if (big == null) {
          big = new BigDecimal[2];
        }
        big[1] = n;
      }
    }
    longs[l + SCALES] = (long) valueScale << 32 | (growthScale & 0xFFFFFFFFL);
    longs[l + NEXT_FLAGS] = (longs[l + NEXT_FLAGS] & 0xFFFFFFFF00000000L) | flags; // the rate's column: by the caller
    refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + BIG] = big;
  }

  private static boolean fitsLong(BigDecimal n) {
    return n.precision() <= 18;
  }

  /** The unscaled value of {@code n}, which has at most 18 digits. */
  private static long unscaled(BigDecimal n) {
    return n.movePointRight(n.scale()).longValue();
  }

  /** The slot after {@code slot} in its chain, or -1. */
  int next(int slot) {
    return (int) (longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + NEXT_FLAGS] >> 32);
  }

  void setNext(int slot, int next) {
    long[] longs = longPages[slot >>> PAGE_BITS];
    int l = (slot & IN_PAGE) * LONGS + NEXT_FLAGS;
    longs[l] = (long) next << 32 | (longs[l] & 0xFFFFFFFFL);
  }

  long seq(int slot) {
    return longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + SEQ];
  }

  /** The period's {@link #code}. */
  int code(int slot) {
    return (int) (longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + CODE_COLUMN] >> 32);
  }

  Period period(int slot) {
    return (Period) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + PERIOD];
  }

  Unit unit(int slot) {
    return (Unit) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + UNIT];
  }

  private int flags(int slot) {
    return (int) longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + NEXT_FLAGS];
  }

  boolean checked(int slot) {
    return (flags(slot) & CHECKED) != 0;
  }

  void markChecked(int slot) {
    longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + NEXT_FLAGS] |= CHECKED;
  }

  /** The level's relation, or {@code null} when the figure has no level. */
  Relation valueRelation(int slot) {
    int k = flags(slot) >> VALUE_RELATION_SHIFT & RELATION_MASK;
    return k == 0 ? null : RELATIONS[k - 1];
  }

  /** The rate's relation, or {@code null} when the figure has no rate. */
  Relation growthRelation(int slot) {
    int k = flags(slot) >> GROWTH_RELATION_SHIFT & RELATION_MASK;
    return k == 0 ? null : RELATIONS[k - 1];
  }

  boolean hasValue(int slot) {
    return (flags(slot) >> VALUE_RELATION_SHIFT & RELATION_MASK) != 0;
  }

  boolean hasGrowth(int slot) {
    return (flags(slot) >> GROWTH_RELATION_SHIFT & RELATION_MASK) != 0;
  }

  /** Whether both numbers are held as unscaled longs (neither is a {@link BigDecimal}). */
  boolean compact(int slot) {
    return refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + BIG] == null;
  }

  long valueUnscaled(int slot) {
    return longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + VALUE];
  }

  int valueScale(int slot) {
    return (int) (longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + SCALES] >> 32);
  }

  long growthUnscaled(int slot) {
    return longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + GROWTH];
  }

  int growthScale(int slot) {
    return (int) longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + SCALES];
  }

  /** The level's number; {@link #hasValue} first. */
  BigDecimal value(int slot) {
    BigDecimal[] big = (BigDecimal[]) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + BIG];
    return big != null && big[0] != null ? big[0] : BigDecimal.valueOf(valueUnscaled(slot), valueScale(slot));
  }

  /** The rate's number; {@link #hasGrowth} first. */
  BigDecimal growth(int slot) {
    BigDecimal[] big = (BigDecimal[]) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + BIG];
    return big != null && big[1] != null ? big[1] : BigDecimal.valueOf(growthUnscaled(slot), growthScale(slot));
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
    Location growthAt = (Location) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + GROWTH_AT];
    if (growthAt != null) {
      return growthAt;
    }
    int column = growthColumn(slot);
    return column == at.column() ? at : new Location(at.file(), at.line(), column);
  }

  /** The rate's column on the level's line; -1 when the rate was read elsewhere ({@link #growthLocation}). */
  int growthColumn(int slot) {
    if (refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + GROWTH_AT] != null) {
      return -1;
    }
    return (int) (longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + NEXT_FLAGS] & 0xFFFFFFFFL) >>> GROWTH_COLUMN_SHIFT;
  }

  String file(int slot) {
    return (String) refPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * REFS + FILE];
  }

  long line(int slot) {
    return longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + LINE];
  }

  int column(int slot) {
    return (int) longPages[slot >>> PAGE_BITS][(slot & IN_PAGE) * LONGS + CODE_COLUMN];
  }
}
