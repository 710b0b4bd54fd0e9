package dev.attain.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table for terminals: columns aligned by {@link DisplayWidth}, two spaces apart, no trailing
 * spaces. A cell may be coloured: padding is computed on its plain text, so escape codes never
 * shift a column.
 */
final class TextTable {
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

  /** A row of plain cells; {@code colour} (may be null) wraps the padded first cell. */
  void add(List<String> cells, UnaryOperator<String> firstCellColour) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = Formatting.oneLine(cells.get(i));
    }
    rows.add(row);
    colours.add(firstCellColour);
  }

  void write(Writer out) throws IOException {
    int n = headers.size();
    int[] width = new int[n];
    String[] head = headers.toArray(new String[0]);
    int[] headWidths = widths(head);
    System.arraycopy(headWidths, 0, width, 0, n);
    int[][] cellWidths = new int[rows.size()][];
    // rows of one target repeat its cells (id, target, threshold) as the same strings: measured once
    String[] lastCell = new String[n];
    int[] lastWidth = new int[n];
    for (int r = 0; r < rows.size(); r++) {
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
    StringBuilder b = new StringBuilder(256);
    line(out, b, head, headWidths, null, width);
    String[] rule = new String[n];
    for (int i = 0; i < n; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(out, b, rule, width, null, width);
    for (int r = 0; r < rows.size(); r++) {
      line(out, b, rows.get(r), cellWidths[r], colours.get(r), width);
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

  private void line(Writer out, StringBuilder b, String[] cells, int[] cellWidth, UnaryOperator<String> firstColour,
      int[] width) throws IOException {
    b.setLength(0);
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
    out.append(b);
  }
}
