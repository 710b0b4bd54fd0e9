package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRecords} against Apache Commons CSV, which it stands in for: on any text, the same
 * records, cells, start lines and errors, and the text read in the same requests at the same
 * moments (so that a decoding error of the reader stops both after the same records).
 */
class CsvRecordsTest {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  @Provide
  Arbitrary<String> csvText() {
    return Arbitraries.of("a", "中", ",", ",", "\"", "\"", "\n", "\n", "\r", "\r\n", " ", "\t", "\u3000", "1", ".", "-", "23")
        .list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<Integer>> readSizes() {
    return Arbitraries.integers().between(1, 9000).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 2000)
  void sameRecordsLinesErrorsAndReadsAsCommonsCsv(@ForAll("csvText") String text,
      @ForAll("readSizes") List<Integer> sizes, @ForAll boolean failing) {
    int failAt = failing ? text.length() / 2 : -1;
    assertThat(fast(text, sizes, failAt)).isEqualTo(commons(text, sizes, failAt));
  }

  @Test
  void longFileWithQuotedCellsAcrossManyBuffers() {
    StringBuilder b = new StringBuilder("地区,指标,时期,数值\n");
    for (int i = 0; i < 5000; i++) {
      b.append("县").append(i).append(",指标,2024,").append(i % 7 == 0 ? "\"1,234.5\"" : "12.5").append(i % 3 == 0 ? "\r\n" : "\n");
    }
    String text = b.toString();
    List<Integer> sizes = List.of(5000, 8192, 3);
    assertThat(fast(text, sizes, -1)).isEqualTo(commons(text, sizes, -1));
    assertThat(fast(text, sizes, 40_000)).isEqualTo(commons(text, sizes, 40_000));
  }

  @Test
  void blankCellsAreWhatStringIsBlankSays() {
    StringBuilder text = new StringBuilder();
    List<Character> cells = new ArrayList<>();
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (c != ',' && c != '"' && c != '\n' && c != '\r' && !Character.isSurrogate(c)) {
        cells.add(c);
        text.append(c).append(c).append(",x\n");
      }
    }
    CsvRecords r = new CsvRecords(new java.io.StringReader(text.toString()), "x");
    for (char c : cells) {
      assertThat(r.next()).isTrue();
      assertThat(r.isBlank(0)).as("U+%04X", (int) c).isEqualTo(String.valueOf(c).isBlank());
      assertThat(r.isBlank(1)).isFalse();
    }
    assertThat(r.next()).isFalse();
  }

  /** {@link ValueParser#plainUnscaled} as a number, or null when the text is not plain. */
  private static BigDecimal plain(String s) {
    int[] scale = new int[1];
    long unscaled = ValueParser.plainUnscaled(s.toCharArray(), 0, s.length(), scale);
    return unscaled == ValueParser.NOT_PLAIN ? null : BigDecimal.valueOf(unscaled, scale[0]);
  }

  @Test
  void plainNumbersAreWhatTheValueParserReads() {
    for (String s : List.of("0", "-0", "12.50", "007.5", "-170.73", "123456789012345678", "1.")) {
      BigDecimal plain = plain(s);
      if (plain != null) {
        BigDecimal parsed = new ValueParser(dev.attain.model.UnitTable.builtIn()).parse(s, "value", Location.of("x")).number();
        assertThat(plain.unscaledValue()).as(s).isEqualTo(parsed.unscaledValue());
        assertThat(plain.scale()).as(s).isEqualTo(parsed.scale());
      }
    }
    assertThat(plain("1234567890123456789")).isNull();
    assertThat(plain("1.")).isNull();
    assertThat(plain(".5")).isNull();
    assertThat(plain("-")).isNull();
    assertThat(plain("1,234")).isNull();
  }

  /** Reads {@code text} in the sizes given (cycled), logs each request and fails past a point. */
  private static final class LoggingReader extends Reader {
    private final String text;
    private final List<Integer> sizes;
    private final int failAt;
    private final List<String> log;
    private int pos;
    private int calls;
    private boolean ended;

    LoggingReader(String text, List<Integer> sizes, int failAt, List<String> log) {
      this.text = text;
      this.sizes = sizes;
      this.failAt = failAt;
      this.log = log;
    }

    @Override
    public int read(char[] b, int off, int len) {
      if (ended) {
        return -1;
      }
      log.add("read " + len);
      if (failAt >= 0 && pos >= failAt) {
        throw new InputException(new Location("x", 99, 0), "bad bytes");
      }
      if (pos == text.length()) {
        ended = true;
        return -1;
      }
      int n = Math.min(Math.min(len, sizes.get(calls++ % sizes.size())), text.length() - pos);
      text.getChars(pos, pos + n, b, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static List<String> fast(String text, List<Integer> sizes, int failAt) {
    List<String> log = new ArrayList<>();
    CsvRecords r = new CsvRecords(new LoggingReader(text, sizes, failAt, log), "x");
    try {
      while (r.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          String c = i % 2 == 0 ? r.get(i) : r.cached(i);
          assertThat(r.isBlank(i)).isEqualTo(c.isBlank());
          cells.add(c);
        }
        log.add("record at " + r.line() + " " + cells);
      }
      log.add("end at " + r.line());
    } catch (InputException e) {
      log.add("error " + e.getMessage() + " at " + e.location());
    }
    return log;
  }

  /** The records Commons CSV reads in {@code text}, or null when it fails. */
  private static List<CSVRecord> parsed(String text) {
    try {
      return FORMAT.parse(new java.io.StringReader(text)).getRecords();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * The field of the quoted cell that {@code text} never closes, as Commons CSV reads it: closed at
   * the end, it is the last field of the last record.
   */
  private static int unclosedField(String text) {
    List<CSVRecord> records = parsed(text + "\"");
    return records.get(records.size() - 1).size();
  }

  /**
   * The field of the first cell with text after its closing quote, as Commons CSV reads it: the
   * shortest start of {@code text} that it refuses ends with that text's first character; without
   * it, the broken cell is the last field of the last record.
   */
  private static int fieldOfTextAfterQuote(String text) {
    for (int n = 1; n <= text.length(); n++) {
      if (parsed(text.substring(0, n)) == null && !refusedAsUnclosed(text.substring(0, n))) {
        List<CSVRecord> records = parsed(text.substring(0, n - 1));
        return records.get(records.size() - 1).size();
      }
    }
    throw new AssertionError("Commons CSV reads " + text);
  }

  private static boolean refusedAsUnclosed(String text) {
    try {
      FORMAT.parse(new java.io.StringReader(text)).getRecords();
      return false;
    } catch (IOException | UncheckedIOException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      return String.valueOf(c.getMessage()).contains("EOF reached before encapsulated token finished");
    }
  }

  /** What the reader did before {@link CsvRecords}: Commons CSV throughout. */
  private static List<String> commons(String text, List<Integer> sizes, int failAt) {
    List<String> log = new ArrayList<>();
    try {
      CSVParser parser = FORMAT.parse(new LoggingReader(text, sizes, failAt, log));
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        try {
          if (!it.hasNext()) {
            log.add("end at " + line);
            break;
          }
        } catch (UncheckedIOException e) {
          String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
          boolean open = m.contains("EOF reached before encapsulated token finished");
          InputException x = open
              ? new InputException(new Location("x", line, unclosedField(text)),
                  "a quoted cell in the row that starts on this line is never closed (a quote inside a cell is written twice: \"\")")
              : new InputException(new Location("x", line, fieldOfTextAfterQuote(text)),
                  "malformed CSV: text after a closing quote, or a quote never closed (a quote inside a cell is written twice: \"\")");
          throw x;
        }
        log.add("record at " + line + " " + it.next().toList());
      }
    } catch (InputException e) {
      log.add("error " + e.getMessage() + " at " + e.location());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log;
  }
}
