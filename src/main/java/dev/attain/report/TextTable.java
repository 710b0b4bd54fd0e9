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
  private final List<UnaryOperator<String>[]> colours = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = headers;
    this.rightAligned = new boolean[headers.size()];
    System.arraycopy(rightAligned, 0, this.rightAligned, 0, Math.min(rightAligned.length, headers.size()));
  }

  /** A row of plain cells; {@code colour} (may be null) wraps the padded first cell. */
  @SuppressWarnings("unchecked")
  void add(List<String> cells, UnaryOperator<String> firstCellColour) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = Formatting.oneLine(cells.get(i));
    }
    rows.add(row);
    UnaryOperator<String>[] c = new UnaryOperator[row.length];
    c[0] = firstCellColour;
    colours.add(c);
  }

  void write(Writer out) throws IOException {
    int n = headers.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = DisplayWidth.of(headers.get(i));
    }
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], DisplayWidth.of(row[i]));
      }
    }
    line(out, headers.toArray(new String[0]), null, width);
    String[] rule = new String[n];
    for (int i = 0; i < n; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(out, rule, null, width);
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), colours.get(r), width);
    }
  }

  private void line(Writer out, String[] cells, UnaryOperator<String>[] colour, int[] width) throws IOException {
    StringBuilder b = new StringBuilder();
    int pendingSpaces = 0;
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      int pad = width[i] - DisplayWidth.of(cell);
      if (rightAligned[i]) {
        pendingSpaces += pad;
        pad = 0;
      }
      if (!cell.isEmpty()) {
        b.append(" ".repeat(pendingSpaces));
        pendingSpaces = 0;
        b.append(colour != null && colour[i] != null ? colour[i].apply(cell) : cell);
      }
      pendingSpaces += pad;
      if (i < cells.length - 1) {
        pendingSpaces += 2;
      }
    }
    out.write(b.toString());
    out.write('\n');
  }
}
