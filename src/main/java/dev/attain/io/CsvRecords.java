package dev.attain.io;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text (RFC 4180), one at a time, with the line each starts on.
 *
 * <p>Design: the common file — lines ending in LF or CR LF, cells plain or quoted whole on one
 * line ({@code "23,714"}) — is split here, over a character buffer, with no per-character work
 * beyond finding commas, quotes and line ends, and no string made for a cell nobody asks for. The
 * first record with anything else (a doubled quote, a quote inside a cell, text after a closing
 * quote, a quoted cell over several lines or never closed, a lone CR), and everything after it,
 * goes to Apache Commons CSV, which then reads on from the start of that record. Both give the same cells, the same line numbers
 * and the same errors (a quoting error at the record's first line and the broken cell's field,
 * which the text handed to Commons CSV is followed for: it names none): the text is read in the requests Commons CSV itself makes (8 192
 * characters whenever a record needs more), so a decoding error of {@link TextInput} surfaces
 * after exactly the same records either way.
 */
final class CsvRecords {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(false) // blank records are skipped by the caller, which needs their lines
      .get();

  /** Characters asked of the reader at a time: what Commons CSV's buffer asks. */
  static final int CHUNK = 8192;

  /** Strings of repeated fields kept at most ({@link #cached}: half of it), and fields memoised. */
  private static final int CACHE = 8192;
  private static final int LAST = 16;

  private final Reader in;
  private final String file;
  private char[] buf = new char[4 * CHUNK];
  /** The characters read and not yet split: {@code buf[pos, end)}. */
  private int pos;
  private int end;
  private boolean eof;
  /** Line ends passed so far. */
  private long lines;
  private long line;
  /** The current record: its fields as {@code buf[from[i], to[i])}, each made a string when asked. */
  private int[] from = new int[16];
  private int[] to = new int[16];
  private String[] cells = new String[16];
  private int size;
  /** Whether the current record came from Commons CSV: its fields are in {@link #cells} only. */
  private boolean parsed;
  /** Strings of repeated fields (names, periods, units), by content: see {@link #cached}. */
  private final String[] cache = new String[CACHE];
  /** The characters of each cached string, compared without {@code String.charAt}'s checks. */
  private final char[][] cacheChars = new char[CACHE][];
  private int cached;
  /** The number {@link #plain} found last. */
  private long plainUnscaled;
  private final int[] plainScale = new int[1];
  /** Per field (the first {@link #LAST}), the cached string {@link #cached} gave last, and its characters. */
  private final String[] lastCell = new String[LAST];
  private final char[][] lastChars = new char[LAST][];

  /** Commons CSV, once a line needs it; its line numbers count from {@link #offset}. */
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long offset;
  /**
   * The text handed to Commons CSV, followed as its lexer reads it ({@link #follow}), for the field
   * a quoting error is in: Commons CSV names none. The field of the record being read (1-based),
   * and what the last character was.
   */
  private int field = 1;
  private int state = FIELD_START;
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  private static final int AFTER_QUOTE = 4;
  /** Text after a closing quote: {@link #field} is the bad cell's, and stays so. */
  private static final int BROKEN = 5;

  CsvRecords(Reader in, String file) {
    this.in = in;
    this.file = file;
  }

  /** The line the current record starts on (1-based); after the end, the line after the last. */
  long line() {
    return line;
  }

  /** Fields of the current record. */
  int size() {
    return size;
  }

  /** Field {@code i} of the current record, {@code 0 <= i < size()}. */
  String get(int i) {
    String s = cells[i];
    if (s == null) {
      s = new String(buf, from[i], to[i] - from[i]);
      cells[i] = s;
    }
    return s;
  }

  /**
   * Field {@code i}, as {@link #get} gives it, but the same string for the same text while a
   * bounded cache has room: for fields whose texts repeat (indicator, period, unit, entity), so
   * that a row makes no new strings for them.
   */
  String cached(int i) {
    if (parsed) {
      return cells[i];
    }
    int a = from[i];
    int b = to[i];
    if (i < LAST) { // most often the text of the row before: compared before any hashing
      char[] last = lastChars[i];
      if (last != null && last.length == b - a && sameText(last, a)) {
        String s = lastCell[i];
        cells[i] = s;
        return s;
      }
    }
    int h = 0;
    for (int k = a; k < b; k++) {
      h = 31 * h + buf[k];
    }
    int mask = CACHE - 1;
    for (int slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      char[] text = cacheChars[slot];
      if (text == null) {
        String s = get(i);
        if (cached < CACHE / 2) {
          cache[slot] = s;
          cacheChars[slot] = s.toCharArray();
          cached++;
          if (i < LAST) {
            lastCell[i] = s;
            lastChars[i] = cacheChars[slot];
          }
        }
        return s;
      }
      if (text.length == b - a && sameText(text, a)) {
        String s = cache[slot];
        cells[i] = s;
        if (i < LAST) {
          lastCell[i] = s;
          lastChars[i] = text;
        }
        return s;
      }
    }
  }

  private boolean sameText(char[] text, int a) {
    char[] chars = buf;
    for (int k = 0; k < text.length; k++) {
      if (text[k] != chars[a + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether field {@code i} is empty or white space only, as {@link String#isBlank()} says. */
  boolean isBlank(int i) {
    if (parsed) {
      return cells[i].isBlank();
    }
    for (int k = from[i]; k < to[i]; k++) {
      char c = buf[k];
      // no white space between '!' and U+167F or above U+3000 (CJK text): most cells answer at once
      if ((c > ' ' && c < '\u1680') || c > '\u3000' || !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether field {@code i} is a plain number ({@link ValueParser#plainUnscaled}); if so, its unscaled
   * value and scale are in {@link #plainUnscaled()} and {@link #plainScale()} until the next call.
   */
  boolean plain(int i) {
    if (parsed) {
      return false;
    }
    plainUnscaled = ValueParser.plainUnscaled(buf, from[i], to[i], plainScale);
    return plainUnscaled != ValueParser.NOT_PLAIN;
  }

  long plainUnscaled() {
    return plainUnscaled;
  }

  int plainScale() {
    return plainScale[0];
  }

  /** The fields of the current record. */
  List<String> toList() {
    String[] all = new String[size];
    for (int i = 0; i < size; i++) {
      all[i] = get(i);
    }
    return List.of(all);
  }

  /**
   * Moves to the next record.
   *
   * @return false at the end of the text
   * @throws InputException for broken quoting, and as {@link TextInput}'s reader throws
   */
  boolean next() {
    if (parser != null) {
      return nextFromParser();
    }
    line = lines + 1;
    Arrays.fill(cells, 0, size, null);
    size = 0;
    int i = pos;
    int start = pos;
    while (true) {
      if (i == end) {
        if (!eof) {
          int shift = pos;
          fill(i > pos);
          i -= shift;
          start -= shift;
          continue;
        }
        if (i == pos) {
          return false;
        }
        add(start, i);
        pos = i;
        lines++; // the last line, without a line end, counts as one
        return true;
      }
      char c = buf[i];
      if (c > ',') { // every character that needs a look is ',' or below it: one test for the rest
        i++;
        continue;
      }
      if (c == ',') {
        add(start, i);
        start = i + 1;
      } else if (c == '\n') {
        add(start, i);
        pos = i + 1;
        lines++;
        return true;
      } else if (c == '\r') {
        if (i + 1 == end && !eof) {
          int shift = pos;
          fill(true);
          i -= shift;
          start -= shift;
        }
        if (i + 1 < end && buf[i + 1] == '\n') {
          add(start, i);
          pos = i + 2;
          lines++;
          return true;
        }
        return switchToParser();
      } else if (c == '"') {
        if (i != start) {
          return switchToParser(); // a quote inside a cell: kept as it is, by Commons CSV
        }
        // a quoted cell: its text up to the closing quote, which a comma or the line end follows
        int j = i + 1;
        while (true) {
          if (j == end) {
            if (eof) {
              return switchToParser(); // never closed: Commons CSV says so
            }
            int shift = pos;
            fill(true);
            i -= shift;
            start -= shift;
            j -= shift;
            continue;
          }
          char d = buf[j];
          if (d == '"') {
            break;
          }
          if (d == '\n' || d == '\r') {
            return switchToParser(); // a cell over several lines
          }
          j++;
        }
        if (j + 1 == end && !eof) { // what follows the quote decides (Commons CSV looks ahead too)
          int shift = pos;
          fill(true);
          i -= shift;
          start -= shift;
          j -= shift;
        }
        int k = j + 1;
        char after = k < end ? buf[k] : ',';
        if (after != ',' && after != '\n' && after != '\r') {
          return switchToParser(); // a doubled quote, or text after the closing quote
        }
        if (k == end) {
          add(i + 1, j);
          pos = k;
          lines++;
          return true;
        }
        if (after == ',') {
          add(i + 1, j);
          start = k + 1;
          i = k + 1;
          continue;
        }
        if (after == '\n') {
          add(i + 1, j);
          pos = k + 1;
          lines++;
          return true;
        }
        if (k + 1 == end && !eof) {
          int shift = pos;
          fill(true);
          i -= shift;
          start -= shift;
          j -= shift;
          k -= shift;
        }
        if (k + 1 < end && buf[k + 1] == '\n') {
          add(i + 1, j);
          pos = k + 2;
          lines++;
          return true;
        }
        return switchToParser();
      }
      i++;
    }
  }

  private void add(int a, int b) {
    if (size == from.length) {
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
      cells = Arrays.copyOf(cells, size * 2);
    }
    from[size] = a;
    to[size] = b;
    size++;
  }

  /**
   * Moves {@code buf[pos, end)} to the start and reads one request's worth after it.
   *
   * @param inRecord whether the current record has characters already (for the line of an error)
   */
  private void fill(boolean inRecord) {
    int n = end - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, n);
      for (int c = 0; c < size; c++) { // the fields of the record begun move with it
        from[c] -= pos;
        to[c] -= pos;
      }
    }
    pos = 0;
    end = n;
    if (buf.length - end < CHUNK) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, end + CHUNK));
    }
    int k;
    try {
      k = in.read(buf, end, CHUNK);
    } catch (IOException e) {
      // as Commons CSV reports it: its line count includes the line of a record begun
      throw malformed(e, lines + (inRecord ? 1 : 0));
    }
    if (k < 0) {
      eof = true;
    } else {
      end += k;
    }
  }

  /** Hands the text from the start of the current record on to Commons CSV. */
  private boolean switchToParser() {
    offset = lines;
    parsed = true;
    Reader rest = new Reader() {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        int n;
        if (pos < end) {
          n = Math.min(len, end - pos);
          System.arraycopy(buf, pos, b, off, n);
          pos += n;
        } else {
          n = eof ? -1 : in.read(b, off, len);
        }
        follow(b, off, n);
        return n;
      }

      @Override
      public void close() {
        // the caller owns the reader
      }
    };
    try {
      parser = FORMAT.parse(rest);
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read: " + e.getMessage());
    }
    records = parser.iterator();
    return nextFromParser();
  }

  /**
   * Follows {@code b[off, off + n)} as Commons CSV's lexer reads it (RFC 4180: a quote opens a
   * quoted cell only as its first character; {@code ""} in one is a quote; white space between the
   * closing quote and the comma or line end is dropped; a lone CR ends a line), up to the first
   * text after a closing quote. Commons CSV stops at that same place, or at the end of the text
   * inside a quoted cell: either way {@link #field} is then the field of the broken cell.
   */
  private void follow(char[] b, int off, int n) {
    int s = state;
    int f = field;
    for (int k = off; k < off + n && s != BROKEN; k++) {
      char c = b[k];
      switch (s) {
        case QUOTED -> s = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
        case QUOTE_IN_QUOTED, AFTER_QUOTE -> {
          if (c == '"' && s == QUOTE_IN_QUOTED) {
            s = QUOTED; // a doubled quote
          } else if (c == ',') {
            f++;
            s = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            f = 1;
            s = FIELD_START;
          } else {
            s = Character.isWhitespace(c) ? AFTER_QUOTE : BROKEN;
          }
        }
        default -> { // FIELD_START, UNQUOTED
          if (c == ',') {
            f++;
            s = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            f = 1;
            s = FIELD_START;
          } else if (s == FIELD_START) {
            s = c == '"' ? QUOTED : UNQUOTED;
          }
        }
      }
    }
    state = s;
    field = f;
  }

  private boolean nextFromParser() {
    line = offset + parser.getCurrentLineNumber() + 1;
    try {
      if (!records.hasNext()) {
        size = 0;
        return false;
      }
    } catch (UncheckedIOException e) {
      throw malformed(e);
    }
    CSVRecord r = records.next();
    size = r.size();
    if (cells.length < size) {
      cells = new String[Math.max(size, cells.length * 2)];
    }
    for (int i = 0; i < size; i++) {
      cells[i] = r.get(i);
    }
    return true;
  }

  /**
   * Commons CSV's quoting error, at the record's first line and the broken cell's field, as every
   * cell's error is ({@link #follow} knows the field).
   */
  private InputException malformed(UncheckedIOException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String m = String.valueOf(cause.getMessage());
    if (m.contains("EOF reached before encapsulated token finished")) {
      return new InputException(new Location(file, line, field),
          "a quoted cell in the row that starts on this line is never closed (a quote inside a cell is written twice: \"\")");
    }
    if (state == BROKEN) {
      return new InputException(new Location(file, line, field),
          "malformed CSV: text after a closing quote, or a quote never closed (a quote inside a cell is written twice: \"\")");
    }
    return malformed(cause, offset + parser.getCurrentLineNumber());
  }

  /**
   * A failure to read the text (not its quoting) as a CSV error.
   *
   * @param current the line Commons CSV counts as current when it fails
   */
  private InputException malformed(Throwable e, long current) {
    return new InputException(new Location(file, current, 0), "cannot read: " + e.getMessage());
  }
}
