package dev.attain.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places where figures kept in a packed form were read, each named by a small index: a file,
 * the column of a level and the column of its rate on the same line. A file's rows mostly have one
 * place, so that a few bits of an entry name the file and both its cells.
 *
 * <p>Rows of several files take turns (a row of one file is the next year of a period read from
 * another), so the place looked up last is often not the next one: a miss costs one map lookup by
 * the file name, whose hash is kept, and no allocation. Not thread-safe.
 */
final class Places {
  /**
   * The largest column of a level a place has: the places of a file are indexed by it in an array
   * (no spreadsheet has so many columns: Excel has 16 384).
   */
  static final int MAX_COLUMN = (1 << 20) - 1;

  private final int capacity;
  private final List<Place> places = new ArrayList<>();
  /** Per file, by the level's column, the index + 1 of its first place (0: none yet). */
  private final Map<String, int[]> byFile = new HashMap<>();
  /** The place looked up last: the next one is mostly the same. */
  private String lastFile;
  private int lastColumn;
  private int lastRateColumn;
  private int last;

  /** A place: a file, the column of a level and the column of its rate, on the same line. */
  private static final class Place {
    final String file;
    final int column;
    final int rateColumn;
    /** The next place of the same file and level column (its rate in another column), or -1. */
    int other = -1;

    Place(String file, int column, int rateColumn) {
      this.file = file;
      this.column = column;
      this.rateColumn = rateColumn;
    }
  }

  /** A table of at most {@code capacity} places. */
  Places(int capacity) {
    this.capacity = capacity;
  }

  /**
   * The index of the place of a level read in {@code file} at {@code column} and its rate at {@code
   * rateColumn} on the same line, or the table's capacity for none: a level's column outside 0…{@link
   * #MAX_COLUMN}, or the table full.
   */
  int index(String file, int column, int rateColumn) {
    if (file == lastFile && column == lastColumn && rateColumn == lastRateColumn) {
      return last;
    }
    lastFile = file;
    lastColumn = column;
    lastRateColumn = rateColumn;
    if (column < 0 || column > MAX_COLUMN) {
      last = capacity;
      return last;
    }
    int[] columns = byFile.get(file);
    if (columns == null || column >= columns.length) {
      int length = Math.max(column + 1, columns == null ? 8 : 2 * columns.length);
      columns = columns == null ? new int[length] : Arrays.copyOf(columns, length);
      byFile.put(file, columns);
    }
    int p = columns[column] - 1;
    Place before = null;
    while (p >= 0 && places.get(p).rateColumn != rateColumn) {
      before = places.get(p);
      p = before.other;
    }
    if (p < 0 && places.size() < capacity) {
      p = places.size();
      places.add(new Place(file, column, rateColumn));
      if (before == null) {
        columns[column] = p + 1;
      } else {
        before.other = p;
      }
    }
    last = p < 0 ? capacity : p;
    return last;
  }

  String file(int place) {
    return places.get(place).file;
  }

  int column(int place) {
    return places.get(place).column;
  }

  int rateColumn(int place) {
    return places.get(place).rateColumn;
  }
}
