package dev.attain.engine;

import dev.attain.model.BlankSink;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.TargetSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cells left blank of each figure the targets need (of the indicators they name, in a target
 * year or the year before, as {@link FigureStream} keeps figures): memory grows with those
 * figures, not with the data. A MISSING reason names them ({@link Measurer}).
 *
 * <p>A "not reported" mark wins over a blank, whatever the order of the rows: a row that marks its
 * cells ({@code NA}, {@code —}) says outright that there is no figure, where a blank cell may be
 * one forgotten. So of a figure no row gives, the first row left blank is named only when no row
 * marks a cell; of a figure that has only a growth rate, the first level cell left blank is named
 * only when no row marks its level cell; of a figure that has a level and no growth rate, the
 * first growth cell left blank is named only when no row marks its growth cell. Of several blank
 * cells the first read is named, as a finding cites the first copy of a rate.
 *
 * <p>Filled by one thread (the reader's), read once reading is over.
 */
public final class BlankCells implements BlankSink {
  private record Key(String entity, String indicator, Period period) {}

  /** What the rows of one figure that gave no level said. */
  private static final class Noted {
    /** The first row that gave no figure and left its cells blank. */
    Location blank;
    /** Whether a row that gave no figure marked a cell "not reported". */
    boolean marked;
    /** The first level cell left blank, in any row. */
    Location levelBlank;
    /** Whether a row marked its level cell "not reported". */
    boolean levelMarked;
    /** The first growth cell left blank in a row that gave a level. */
    Location rateBlank;
    /** Whether a row that gave a level marked its growth cell "not reported". */
    boolean rateMarked;
  }

  private final NeededFigures needed;
  private final Map<Key, Noted> noted = new HashMap<>();

  /** Blank cells of the figures {@code targets} need (every target, as validate reads). */
  public BlankCells(TargetSet targets) {
    this(targets, null, null);
  }

  /** As {@link #BlankCells(TargetSet)}, for the targets of {@code options}' period (and its as-of year). */
  public BlankCells(TargetSet targets, EvaluationOptions options) {
    this(targets, options.period(), options.asOf());
  }

  private BlankCells(TargetSet targets, Period only, Period asOf) {
    this.needed = new NeededFigures(targets, only, asOf);
  }

  @Override
  public void noLevel(String entity, String indicator, Period period, Location at, Cell level, Cell growth) {
    boolean levelSays = level == Cell.BLANK || level == Cell.NOT_REPORTED;
    if (growth == Cell.GIVEN && !levelSays || !needed.year(period.year()) || !needed.indicator(indicator)) {
      return;
    }
    Noted n = noted.computeIfAbsent(new Key(entity, indicator, period), k -> new Noted());
    if (level == Cell.BLANK && n.levelBlank == null) {
      n.levelBlank = at;
    } else if (level == Cell.NOT_REPORTED) {
      n.levelMarked = true;
    }
    if (growth == Cell.GIVEN) {
      return; // the row gives a rate: a figure, which the table has
    }
    if (level == Cell.NOT_REPORTED || growth == Cell.NOT_REPORTED) {
      n.marked = true;
    } else if (n.blank == null) {
      n.blank = at;
    }
  }

  @Override
  public void noRate(String entity, String indicator, Period period, Location at, Cell growth) {
    if (!needed.year(period.year()) || !needed.indicator(indicator)) {
      return;
    }
    Noted n = noted.computeIfAbsent(new Key(entity, indicator, period), k -> new Noted());
    if (growth == Cell.NOT_REPORTED) {
      n.rateMarked = true;
    } else if (growth == Cell.BLANK && n.rateBlank == null) {
      n.rateBlank = at;
    }
  }

  /**
   * The cell to name for a figure no row gives: the first row's left blank, unless a row marked a
   * cell "not reported".
   */
  public Optional<Location> at(String entity, String indicator, Period period) {
    Noted n = noted.get(new Key(entity, indicator, period));
    return n == null || n.marked ? Optional.empty() : Optional.ofNullable(n.blank);
  }

  /**
   * The cell to name for a figure that has only a growth rate: the first level cell left blank,
   * unless a row marked its level cell "not reported".
   */
  public Optional<Location> levelAt(String entity, String indicator, Period period) {
    Noted n = noted.get(new Key(entity, indicator, period));
    return n == null || n.levelMarked ? Optional.empty() : Optional.ofNullable(n.levelBlank);
  }

  /**
   * The cell to name for a figure that has a level and no growth rate: the first growth cell left
   * blank, unless a row marked its growth cell "not reported".
   */
  public Optional<Location> rateAt(String entity, String indicator, Period period) {
    Noted n = noted.get(new Key(entity, indicator, period));
    return n == null || n.rateMarked ? Optional.empty() : Optional.ofNullable(n.rateBlank);
  }
}
