package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link TextInput.LineCountingReader}'s own UTF-8 loop gives what the JDK's decoder alone gives:
 * the same characters in the same reads, the same error (message and line) at the same read.
 */
class Utf8DecodingTest {
  /** Pieces of good UTF-8 text: ASCII, two-, three- and four-byte characters, line ends. */
  private static final byte[][] GOOD = {
      bytes("a"), bytes("1,"), bytes("\n"), bytes("\r\n"), bytes("县0001,"), bytes("地区生产总值"), bytes("é"),
      bytes("𠀀"), bytes("万吨"), bytes("12.5,")};

  /** Pieces that stop a read: NUL, stray and cut sequences, overlongs, surrogates, GB18030 bytes. */
  private static final byte[][] BAD = {
      bytes("\u0000"), {(byte) 0xE4}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80},
      {(byte) 0xFF}, {(byte) 0xD6, (byte) 0xD0}};

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Good text of 0 to 70 000 bytes (so across the 16 KiB byte buffer and many 8 192-char reads),
   * then one bad piece or none, then a little more good text.
   */
  @Provide
  Arbitrary<byte[]> text() {
    return net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(0, 70_000), Arbitraries.longs(),
            Arbitraries.integers().between(-1, BAD.length - 1), Arbitraries.integers().between(0, 40))
        .as((length, seed, bad, after) -> {
          java.util.Random random = new java.util.Random(seed);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          while (out.size() < length) {
            out.writeBytes(GOOD[random.nextInt(GOOD.length)]);
          }
          if (bad >= 0) {
            out.writeBytes(BAD[bad]);
          }
          for (int i = 0; i < after; i++) {
            out.writeBytes(GOOD[random.nextInt(GOOD.length)]);
          }
          return out.toByteArray();
        });
  }

  @Provide
  Arbitrary<List<Integer>> readSizes() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 9000),
        Arbitraries.of(8192, 16384, 16385)).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void ownLoopAndJdkDecoderReadTheSame(@ForAll("text") byte[] text, @ForAll("readSizes") List<Integer> sizes,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int offset, @ForAll boolean dribble) {
    assertThat(reads(text, sizes, offset, dribble, true)).isEqualTo(reads(text, sizes, offset, dribble, false));
  }

  @Test
  void chineseTextAcrossManyReadsAndItsLinesAreCounted() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.append("县").append(i).append(",地区生产总值,2024,12.5,亿元\n");
    }
    byte[] text = (b + "县,\u00ff\u0000\n").getBytes(StandardCharsets.UTF_8);
    List<String> own = reads(text, List.of(8192), 0, false, true);
    assertThat(own).isEqualTo(reads(text, List.of(8192), 0, false, false));
    assertThat(own.get(own.size() - 1))
        .isEqualTo("error: InputException: <t>:3001: binary file (NUL byte on this line); expected CSV text in UTF-8 or GB18030");
    assertThat(String.join("", own.subList(0, own.size() - 1))).startsWith("县0,地区生产总值,2024,12.5,亿元\n县1,");
  }

  @Test
  void aBadByteIsReportedOnItsLineAndATruncatedEndAsSuch() {
    byte[] bad = concat(bytes("地区,指标\n县,总值\n县,"), new byte[] {(byte) 0xD6, (byte) 0xD0}, bytes("\n"));
    List<String> own = reads(bad, List.of(8192), 0, false, true);
    assertThat(own).isEqualTo(reads(bad, List.of(8192), 0, false, false));
    assertThat(own).containsExactly("error: InputException: <t>:3: bytes that are not valid UTF-8; give the file's encoding with "
        + "--encoding (e.g. --encoding GB18030)");
    byte[] cut = concat(bytes("地区,指标\n县,总"), new byte[] {(byte) 0xE5, (byte) 0x80});
    List<String> truncated = reads(cut, List.of(8192), 0, false, true);
    assertThat(truncated).isEqualTo(reads(cut, List.of(8192), 0, false, false));
    assertThat(truncated.get(truncated.size() - 1))
        .isEqualTo("error: InputException: <t>:2: file ends inside a UTF-8 character (truncated file?)");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * Every read's characters, then "end" or the failure, reading with the sizes given in turn into
   * a buffer at {@code offset}; {@code dribble}: the stream gives at most 7 bytes a read, so
   * sequences are cut at buffer ends.
   */
  private static List<String> reads(byte[] text, List<Integer> sizes, int offset, boolean dribble, boolean own) {
    InputStream in = new ByteArrayInputStream(text);
    if (dribble) {
      InputStream whole = in;
      in = new InputStream() {
        @Override
        public int read() throws IOException {
          return whole.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return whole.read(b, off, Math.min(len, 7));
        }
      };
    }
    TextInput.LineCountingReader r = new TextInput.LineCountingReader(in, StandardCharsets.UTF_8, "<t>", own);
    List<String> out = new ArrayList<>();
    for (int i = 0; ; i++) {
      int size = sizes.get(i % sizes.size());
      char[] buf = new char[offset + size];
      int n;
      try {
        n = r.read(buf, offset, size);
      } catch (InputException | IOException e) {
        out.add("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        return out;
      }
      if (n < 0) {
        out.add("end");
        return out;
      }
      out.add(new String(buf, offset, n));
    }
  }
}
