package dev.attain.io;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of a data file into characters (SPEC §3.5), streaming.
 *
 * <p>Design: the first {@value #SNIFF} bytes are read ahead. A zip file (an Excel workbook) is
 * named as such; a file with a NUL byte is refused as binary (among the first bytes with its
 * offset, further on with its line). Unless an encoding is forced, the look-ahead decides: valid UTF-8 (a BOM is
 * dropped) is read as UTF-8; otherwise, when it decodes cleanly as GB18030, the file is read as
 * GB18030 and an info line says so; otherwise it is an error that suggests {@code --encoding}.
 * The rest of the stream is then decoded strictly as it is read: bytes invalid in the chosen
 * encoding further on are an error with their line number. So the common case streams in one
 * pass, and only a file whose first 64 KiB are plain ASCII and whose later bytes are GB18030 is
 * refused (with a message that suggests {@code --encoding GB18030}).
 */
final class TextInput {
  private static final Logger LOG = LoggerFactory.getLogger(TextInput.class);

  /** Bytes read ahead to decide the encoding. */
  static final int SNIFF = 64 * 1024;

  static final Charset GB18030 = Charset.forName("GB18030");

  private TextInput() {}

  /**
   * A strict reader of {@code in}.
   *
   * @param forced the {@code --encoding}, or {@code null} to detect
   * @throws InputException for a binary or UTF-16 file, or bytes in no acceptable encoding
   */
  /**
   * Whether the first bytes read as UTF-16 without a byte-order mark: NUL bytes, all at odd offsets
   * (little-endian) or all at even ones (big-endian), as the ASCII commas and line ends of a CSV
   * give them; as Excel's "Unicode text" or a Windows tool may write it.
   */
  /** Whether the first bytes are a UTF-16 byte-order mark, little- or big-endian. */
  static boolean hasUtf16Bom(byte[] head, int n) {
    return n >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
  }

  static boolean utf16WithoutBom(byte[] head, int n) {
    if (n < 8) {
      return false;
    }
    int m = Math.min(n, 256) & ~1;
    int odd = 0; // UTF-16LE: the high byte of ',' or '\n' after it
    int even = 0; // UTF-16BE: before it
    for (int i = 0; i < m; i++) {
      if (head[i] == 0) {
        if ((i & 1) == 1) {
          odd++;
        } else {
          even++;
        }
      }
    }
    // (the commas and line ends of a CSV are ASCII: one zero byte each, all on one side)
    return odd >= 2 && even == 0 || even >= 2 && odd == 0;
  }

  static LineCountingReader open(InputStream in, String name, Charset forced) {
    byte[] head;
    try {
      head = in.readNBytes(SNIFF);
    } catch (IOException e) {
      throw new InputException(Location.of(name), "cannot read: " + e.getMessage());
    }
    int n = head.length;
    boolean eof = n < SNIFF;
    if (hasUtf16Bom(head, n)) {
      throw new InputException(Location.of(name),
          "file is UTF-16 text (expected UTF-8 or GB18030; save it as \"CSV UTF-8\")");
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw new InputException(Location.of(name), "an Excel workbook (.xlsx) or other zip file, not CSV text;"
          + " in Excel use File > Save As > \"CSV UTF-8\"");
    }
    if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
      throw new InputException(Location.of(name), "an Excel 97-2003 workbook (.xls) or other Office file, not CSV text;"
          + " in Excel use File > Save As > \"CSV UTF-8\"");
    }
    if (utf16WithoutBom(head, n)) {
      throw new InputException(Location.of(name),
          "file is UTF-16 text without a byte-order mark (expected UTF-8 or GB18030; save it as \"CSV UTF-8\")");
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        throw new InputException(Location.of(name),
            "binary file (NUL byte at offset " + i + "); expected CSV text in UTF-8 or GB18030");
      }
    }
    String start0 = new String(head, 0, Math.min(n, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (start0.startsWith("<html") || start0.startsWith("<!doctype html") || start0.startsWith("<?xml")
        || start0.startsWith("<table")) {
      throw new InputException(Location.of(name), "an HTML or XML page (a web table saved as .xls, or a spreadsheet"
          + " saved as XML), not CSV text; open it in Excel and use File > Save As > \"CSV UTF-8\"");
    }
    int start = 0;
    Charset cs;
    if (forced != null) {
      cs = forced;
      if (forced.equals(StandardCharsets.UTF_8) && hasUtf8Bom(head, n)) {
        start = 3;
      }
    } else if (hasUtf8Bom(head, n)) {
      cs = StandardCharsets.UTF_8;
      start = 3;
    } else {
      int bad = firstError(StandardCharsets.UTF_8, head, eof);
      if (bad < 0) {
        cs = StandardCharsets.UTF_8;
      } else if (eof && isTruncatedAtEnd(head, bad)) {
        throw truncated(name, 1 + countLines(head, bad));
      } else if (firstError(GB18030, head, eof) < 0) {
        cs = GB18030;
        LOG.info("{}: not UTF-8, read as GB18030", name);
      } else {
        throw new InputException(new Location(name, 1 + countLines(head, bad), 0),
            "not UTF-8 or GB18030 text; give the file's encoding with --encoding (e.g. --encoding Big5)");
      }
    }
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, start, n - start), in);
    return new LineCountingReader(all, cs, name);
  }

  private static boolean hasUtf8Bom(byte[] b, int n) {
    return n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** Offset of the first byte {@code cs} cannot decode, or -1. */
  private static int firstError(Charset cs, byte[] b, boolean eof) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(b);
    CharBuffer cb = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(bb, cb, eof);
      if (r.isError()) {
        return bb.position();
      }
      if (r.isOverflow()) {
        cb.clear();
        continue;
      }
      return -1; // underflow: all decoded, or an incomplete sequence at the end of the look-ahead
    }
  }

  /** True when the bytes from {@code bad} to the end are the start of one UTF-8 sequence. */
  private static boolean isTruncatedAtEnd(byte[] b, int bad) {
    int lead = b[bad] & 0xFF;
    int need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (need == 0 || b.length - bad >= need) {
      return false;
    }
    for (int i = bad + 1; i < b.length; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int countLines(byte[] b, int to) {
    int lines = 0;
    for (int i = 0; i < to; i++) {
      if (b[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  static InputException truncated(String name, long line) {
    return new InputException(new Location(name, line, 0),
        "file ends inside a UTF-8 character (truncated file?)");
  }

  /**
   * Decodes strictly, counting line feeds as it goes so that a bad byte is reported on its line.
   * Its {@code read} throws {@link InputException} for bytes invalid in the encoding.
   *
   * <p>UTF-8 is decoded by a loop of its own as far as the bytes are one-, two- and three-byte
   * characters that are complete in the buffer and valid (the text of Chinese tables), counting
   * line feeds on the way; the JDK's decoder takes over from the first byte that is anything else
   * (a four-byte character, a sequence cut by the end of the buffer, a bad byte) and decides it.
   * The JDK decoder would have decoded those characters the same, so every read returns the same
   * characters and fails at the same byte as with the JDK decoder alone (a property test holds the
   * two equal). Per 50 MB of Chinese CSV, warm: 80 ms against the JDK decoder's 124 ms under C1
   * (the launcher's JIT for all but huge inputs), 57 ms against 78 ms under C2.
   */
  static final class LineCountingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final String name;
    private final boolean ownUtf8;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private long lineFeeds;
    private boolean eof;
    private boolean flushed;

    LineCountingReader(InputStream in, Charset charset, String name) {
      this(in, charset, name, true);
    }

    /** @param ownUtf8 whether UTF-8 goes through {@link #decodeUtf8} first (tests compare both) */
    LineCountingReader(InputStream in, Charset charset, String name, boolean ownUtf8) {
      this.in = in;
      this.charset = charset;
      this.name = name;
      this.ownUtf8 = ownUtf8 && charset.equals(StandardCharsets.UTF_8);
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Line feeds among the characters {@link #decodeUtf8} gave; -1 when it gave a NUL. */
    private long ownLineFeeds;

    /**
     * Decodes the leading bytes that are complete, valid one- to three-byte UTF-8 characters into
     * {@code out}, as far as {@code out} has room; counts their line feeds in {@link #ownLineFeeds}.
     *
     * @return how many characters it wrote
     */
    private int decodeUtf8(CharBuffer out) {
      byte[] sa = bytes.array();
      int sp = bytes.position();
      int sl = bytes.limit();
      char[] da = out.array();
      int start = out.arrayOffset() + out.position();
      int dp = start;
      int dl = out.arrayOffset() + out.limit();
      long lf = 0;
      boolean nul = false;
      while (sp < sl && dp < dl) {
        int b1 = sa[sp];
        if (b1 > '\n') { // most bytes: ASCII that is neither a line feed nor a NUL, one test
          da[dp++] = (char) b1;
          sp++;
        } else if (b1 >= 0) {
          if (b1 == '\n') {
            lf++;
          } else if (b1 == 0) {
            nul = true;
          }
          da[dp++] = (char) b1;
          sp++;
        } else if ((b1 >> 4) == -2) { // 1110xxxx 10xxxxxx 10xxxxxx
          if (sl - sp < 3) {
            break;
          }
          int b2 = sa[sp + 1];
          int b3 = sa[sp + 2];
          if ((b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80) || (b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80) {
            break;
          }
          char c = (char) ((b1 << 12) ^ (b2 << 6) ^ (b3 ^ (((byte) 0xE0 << 12) ^ ((byte) 0x80 << 6) ^ (byte) 0x80)));
          if (Character.isSurrogate(c)) {
            break;
          }
          da[dp++] = c;
          sp += 3;
        } else if ((b1 >> 5) == -2 && (b1 & 0x1e) != 0) { // 110xxxxx 10xxxxxx, not overlong
          if (sl - sp < 2) {
            break;
          }
          int b2 = sa[sp + 1];
          if ((b2 & 0xc0) != 0x80) {
            break;
          }
          da[dp++] = (char) (((b1 << 6) ^ b2) ^ (((byte) 0xC0 << 6) ^ (byte) 0x80));
          sp += 2;
        } else {
          break;
        }
      }
      bytes.position(sp);
      out.position(dp - out.arrayOffset());
      ownLineFeeds = nul ? -1 : lf;
      return dp - start;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buf, off, len);
      while (true) {
        int own = 0;
        ownLineFeeds = 0;
        if (ownUtf8 && !flushed) {
          own = decodeUtf8(out);
        }
        CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
        int got = out.position() - off;
        if (r.isError()) {
          long line = 1 + lineFeeds + count(buf, off, off + got);
          if (eof && charset.equals(StandardCharsets.UTF_8) && r.length() == bytes.remaining()) {
            throw truncated(name, line);
          }
          String hint = charset.equals(StandardCharsets.UTF_8)
              ? "give the file's encoding with --encoding (e.g. --encoding GB18030)"
              : "give the file's encoding with --encoding";
          throw new InputException(new Location(name, line, 0),
              "bytes that are not valid " + charset.name() + "; " + hint);
        }
        if (eof && !flushed && !r.isOverflow()) {
          decoder.flush(out);
          flushed = true;
          got = out.position() - off;
        }
        if (got > 0) {
          int from = off;
          if (ownLineFeeds >= 0) { // (with a NUL among them, they are scanned again below)
            lineFeeds += ownLineFeeds;
            from = off + own;
          }
          for (int i = from; i < off + got; i++) {
            if (buf[i] == '\n') {
              lineFeeds++;
            } else if (buf[i] == '\0') {
              // beyond the look-ahead, where open() could not see it
              throw new InputException(new Location(name, 1 + lineFeeds, 0),
                  "binary file (NUL byte on this line); expected CSV text in UTF-8 or GB18030");
            }
          }
          return got;
        }
        if (flushed) {
          return -1;
        }
        if (r.isOverflow()) {
          // room for fewer chars than one code point needs: let the caller ask again with more
          throw new IOException("read buffer too small: " + len);
        }
        fill();
      }
    }

    private void fill() throws IOException {
      bytes.compact();
      int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (k < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + k);
      }
      bytes.flip();
    }

    private static int count(char[] buf, int from, int to) {
      int c = 0;
      for (int i = from; i < to; i++) {
        if (buf[i] == '\n') {
          c++;
        }
      }
      return c;
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
