package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A long table is measured and laid out by two threads ({@link Halves}); it must come out exactly
 * as the plain rule says, whichever half holds a column's widest cell.
 */
class TextTableTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 10, Halves.MIN - 1, Halves.MIN, 5001})
  void rowsComeOutInOrderPaddedToTheWidestCellOfEitherHalf(int size) throws IOException {
    List<Integer> rows = IntStream.range(0, size).boxed().toList();
    TextTable table = new TextTable(List.of("name", "value", "note"), false, true, false);
    table.addAll(rows, i -> cells(i, size), i -> i % 3 == 0 ? text -> "<" + text + ">" : null);
    StringWriter out = new StringWriter();
    table.write(out);
    assertThat(out.toString()).isEqualTo(expected(rows));
  }

  @ParameterizedTest
  @ValueSource(ints = {10, Halves.MIN + 1})
  void aCellEqualToTheOneAboveIsHeldOnceInEachHalf(int size) throws IOException {
    List<Integer> rows = IntStream.range(0, size).boxed().toList();
    TextTable table = new TextTable(List.of("period", "value"), false, true);
    // a new string each row, as a report's period and threshold cells are
    table.addAll(rows, i -> List.of(new StringBuilder("2024").toString(), Integer.toString(i)), i -> null);
    int mid = Halves.split(size);
    for (int r = 1; r < size; r++) {
      if (r == mid) {
        assertThat(table.cell(r, 0)).as("the first row of the second half").isNotSameAs(table.cell(r - 1, 0))
            .isEqualTo("2024");
      } else {
        assertThat(table.cell(r, 0)).as("row %d", r).isSameAs(table.cell(r - 1, 0));
      }
      assertThat(table.cell(r, 1)).isEqualTo(Integer.toString(r));
    }
    StringWriter out = new StringWriter();
    table.write(out);
    assertThat(out.toString()).startsWith("period  value\n------  -----\n2024        0\n2024        1\n");
  }

  /** Widest name in the last row, widest value in the first: each half pads to the other's. */
  private static List<String> cells(int i, int size) {
    String name = "n" + i + (i == size - 1 ? "-the-longest-name" : "");
    String value = i == 0 ? "123456789012" : Integer.toString(i * 7);
    String note = i % 2 == 0 ? "" : "odd 中";
    return List.of(name, value, note);
  }

  /** The table by the rule: two spaces between columns, left or right aligned, no trailing blanks. */
  private static String expected(List<Integer> rows) {
    int[] width = {4, 5, 4};
    List<List<String>> all = new ArrayList<>();
    for (int i : rows) {
      List<String> c = cells(i, rows.size());
      all.add(c);
      for (int k = 0; k < 3; k++) {
        width[k] = Math.max(width[k], DisplayWidth.of(c.get(k)));
      }
    }
    StringBuilder b = new StringBuilder();
    b.append(line(List.of("name", "value", "note"), width, UnaryOperator.identity()));
    b.append(line(List.of("-".repeat(width[0]), "-".repeat(width[1]), "-".repeat(width[2])), width,
        UnaryOperator.identity()));
    for (int i : rows) {
      b.append(line(all.get(i), width, i % 3 == 0 ? text -> "<" + text + ">" : UnaryOperator.identity()));
    }
    return b.toString();
  }

  private static String line(List<String> c, int[] width, UnaryOperator<String> colour) {
    String name = colour.apply(c.get(0)) + " ".repeat(width[0] - DisplayWidth.of(c.get(0)));
    String value = " ".repeat(width[1] - c.get(1).length()) + c.get(1);
    return (name + "  " + value + "  " + c.get(2)).stripTrailing() + "\n";
  }
}
