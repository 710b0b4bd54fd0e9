package dev.attain.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table for terminals: columns aligned by {@link DisplayWidth}, two spaces apart, no trailing
 * spaces. A cell may be coloured: padding is computed on its plain text, so escape codes never
 * shift a column.
 */
final class TextTable {
  /** Buffered lines go to the writer in pieces of about this many characters. */
  private static final int FLUSH = 1 << 13;

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();
  /** Per row, the colour of its first cell, or null. */
  private final List<UnaryOperator<String>> colours = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.rightAligned = new boolean[headers.size()];
    System.arraycopy(rightAligned, 0, this.rightAligned, 0, Math.min(rightAligned.length, headers.size()));
  }

  /**
   * A row per item: its plain {@code cells} and the {@code colour} (may return null) of its first
   * cell. Long lists are formatted by two threads ({@link Halves}).
   */
  <T> void addAll(List<T> items, Function<? super T, List<String>> cells,
      Function<? super T, UnaryOperator<String>> colour) {
    rows.addAll(Halves.mapEach(items, () -> {
      String[] before = new String[headers.size()]; // this half's row before
      return item -> plain(cells.apply(item), before);
    }));
    for (T item : items) {
      colours.add(colour.apply(item));
    }
  }

  /**
   * The plain cells of a row; a cell equal to the one above it ({@code before}, which then becomes
   * this row) is that same string. Rows of one target repeat its period, threshold and source,
   * each made anew: a national table held some 100 000 copies (7 MB), each also measured again.
   */
  private String[] plain(List<String> cells, String[] before) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      String cell = Formatting.oneLine(cells.get(i));
      row[i] = cell.equals(before[i]) ? before[i] : cell;
      before[i] = row[i];
    }
    return row;
  }

  /** The plain cell of row {@code row} (from 0) under column {@code column}. */
  String cell(int row, int column) {
    return rows.get(row)[column];
  }

  /**
   * Writes the table. The rows of a long table are measured and laid out by two threads: the
   * second half into a buffer on a helper while this thread writes the first.
   */
  void write(Writer out) throws IOException {
    int n = headers.size();
    String[] head = headers.toArray(new String[0]);
    int[] headWidths = widths(head);
    int size = rows.size();
    int mid = Halves.split(size);
    int[][] cellWidths = new int[size][];
    int[] width;
    if (mid == size) {
      width = measure(0, size, cellWidths);
    } else {
      Halves.Started<int[]> second = Halves.start(() -> measure(mid, size, cellWidths));
      width = measure(0, mid, cellWidths);
      int[] secondWidest = second.join();
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], secondWidest[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      width[i] = Math.max(width[i], headWidths[i]);
    }
    StringBuilder b = new StringBuilder(1 << 14);
    line(b, head, headWidths, null, width);
    String[] rule = new String[n];
    for (int i = 0; i < n; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(b, rule, width, null, width);
    int[] widths = width;
    Halves.Started<StringBuilder> second = mid == size ? null : Halves.start(() -> {
      StringBuilder s = new StringBuilder((int) Math.min((long) (size - mid) * 128, 1 << 24));
      lines(s, mid, size, cellWidths, widths);
      return s;
    });
    for (int r = 0; r < mid; r++) {
      line(b, rows.get(r), cellWidths[r], colours.get(r), width);
      if (b.length() >= FLUSH) {
        out.append(b);
        b.setLength(0);
      }
    }
    out.append(b);
    if (second != null) {
      out.append(second.join());
    }
  }

  /**
   * The display widths of the cells of rows {@code from} to {@code to} (into {@code cellWidths}),
   * and the widest of each column. Rows of one target repeat its cells (id, target, threshold) as
   * the same strings: measured once.
   */
  private int[] measure(int from, int to, int[][] cellWidths) {
    int n = headers.size();
    int[] width = new int[n];
    String[] lastCell = new String[n];
    int[] lastWidth = new int[n];
    for (int r = from; r < to; r++) {
      String[] cells = rows.get(r);
      int[] w = new int[n];
      for (int i = 0; i < n; i++) {
        if (cells[i] != lastCell[i]) {
          lastCell[i] = cells[i];
          lastWidth[i] = DisplayWidth.of(cells[i]);
        }
        w[i] = lastWidth[i];
        width[i] = Math.max(width[i], w[i]);
      }
      cellWidths[r] = w;
    }
    return width;
  }

  private void lines(StringBuilder b, int from, int to, int[][] cellWidths, int[] width) {
    for (int r = from; r < to; r++) {
      line(b, rows.get(r), cellWidths[r], colours.get(r), width);
    }
  }

  /** {@code SPACES[k]} is k spaces. */
  private static final String[] SPACES = new String[129];

  static {
    for (int k = 0; k < SPACES.length; k++) {
      SPACES[k] = " ".repeat(k);
    }
  }

  /**
   * Appends {@code n} spaces as whole strings, not one by one: a national table's padding is
   * millions of spaces, and a string is copied in one go.
   */
  private static void spaces(StringBuilder b, int n) {
    int left = n;
    for (; left >= SPACES.length; left -= SPACES.length - 1) {
      b.append(SPACES[SPACES.length - 1]);
    }
    b.append(SPACES[left]);
  }

  private static int[] widths(String[] cells) {
    int[] w = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      w[i] = DisplayWidth.of(cells[i]);
    }
    return w;
  }

  /** Appends one line of the table to {@code b}. */
  private void line(StringBuilder b, String[] cells, int[] cellWidth, UnaryOperator<String> firstColour, int[] width) {
    int pendingSpaces = 0;
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      int pad = width[i] - cellWidth[i];
      if (rightAligned[i]) {
        pendingSpaces += pad;
        pad = 0;
      }
      if (!cell.isEmpty()) {
        spaces(b, pendingSpaces);
        pendingSpaces = 0;
        b.append(i == 0 && firstColour != null ? firstColour.apply(cell) : cell);
      }
      pendingSpaces += pad;
      if (i < cells.length - 1) {
        pendingSpaces += 2;
      }
    }
    b.append('\n');
  }
}
