package dev.attain.engine;

/**
 * The layout {@link HeldPeriods} and {@link ReleasedPeriods} share for a period packed in four
 * {@code long}s, so that the two agree by construction on where the line, the numbers, the code,
 * the scales and the relations go. What each keeps above bit 37 of {@link #META} (a mark, a unit, a
 * place) and how it falls back for what does not fit is its own, in its class comment; each also
 * checks, as it loads, that every period's code and every relation fit.
 *
 * <pre>
 *   LINE_NEXT   the line (high half, unsigned), the next of the series' chain (low half)
 *   VALUE       the level's unscaled digits
 *   GROWTH_SEQ  the rate's unscaled digits as an int (high half), the place in data order (low half, unsigned)
 *   META  bits  0–17  the period's {@link HeldPeriods#code}: every period's fits (9999-12 is 159 996 &lt; 2¹⁸)
 *              18–24  the level's scale + 64         25–31  the rate's scale + 64
 *              32–34  the level's relation           35–37  the rate's (each ordinal + 1, 0 for none)
 * </pre>
 */
final class PackedPeriod {
  private PackedPeriod() {}

  static final int LINE_NEXT = 0;
  static final int VALUE = 1;
  static final int GROWTH_SEQ = 2;
  static final int META = 3;
  static final int LONGS = 4;

  static final long CODE_MASK = (1 << 18) - 1;
  static final int SCALE_SHIFT_VALUE = 18;
  static final int SCALE_SHIFT_GROWTH = 25;
  static final int SCALE_MASK = 0x7F;
  /** Added to a scale to pack it: scales −64…63 go in seven bits. */
  static final int SCALE_BIAS = 64;
  static final int RELATION_SHIFT_VALUE = 32;
  static final int RELATION_SHIFT_GROWTH = 35;
  /** The first bit of {@link #META} that is not the layout's: each class packs its own above it. */
  static final int FREE_SHIFT = 38;
}
