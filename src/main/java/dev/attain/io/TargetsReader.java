package dev.attain.io;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.TargetSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a targets file (SPEC §2) strictly: every problem is an {@link InputException} with
 * file:line:column.
 *
 * <p>Problems in the content (an unknown key, a bad number, an unknown indicator …) go to the
 * {@link ProblemHandler}, and reading goes on without the unit, indicator or target they are in,
 * so a collecting handler receives all of them in one pass. Problems that leave nothing to read
 * (the file cannot be read, is over {@link #MAX_BYTES}, is not UTF-8, is empty, or is not valid
 * YAML) are thrown at once and never reported to the handler.
 *
 * <p>With a collecting handler, the returned set holds only the parts that were valid: use it
 * only when the handler received no problem.
 *
 * <p>Where SPEC §2 is silent the reader decides so:
 *
 * <ul>
 *   <li>Numbers are read from their text as decimals ({@code 12.50} keeps its two decimals);
 *       quoted numbers ({@code "8"}) are accepted; exponents ({@code 1e3}, quoted or
 *       not) are refused as in data files, with the number in full to write; hexadecimal,
 *       {@code 1_000}, {@code .inf} and booleans are not numbers. A trailing {@code %} is accepted where
 *       the threshold is in % (every growth threshold, and value/change thresholds of an
 *       indicator in %): {@code "8%"} is 8. Likewise {@code ‰}.
 *   <li>{@code schedule:} keys are {@code Q1}–{@code Q4}, {@code H1}, {@code H2} and {@code
 *       M1}–{@code M12}; values 0–100, strictly increasing over the months; the year's end
 *       ({@code Q4}, {@code H2}, {@code M12}), if given, must be 100; two keys for one month
 *       ({@code Q2} and {@code H1}) are an error.
 *   <li>{@code actuals:} may be one path or a list. {@code indicators:} and {@code targets:} are
 *       required and may not be empty. Enumerations ({@code type}, {@code growth}, {@code
 *       severity}, {@code measure}) are lower case.
 *   <li>Two indicators may not share an id, name or alias (after NFKC folding): a data row could
 *       not tell them apart.
 *   <li>Custom units: a symbol may not redefine a built-in unit; {@code dimension:} must be new
 *       (define a unit of a built-in dimension with {@code equals:}); {@code equals:} may name a
 *       unit defined above it.
 *   <li>A reference must compare like with like: a growth threshold or a reference to growth is
 *       in %, a value or change reference is in its indicator's unit, and the dimensions must
 *       match; a reference to the target's own indicator and measure is an error.
 *   <li>Default target ids never take an id that a target states explicitly, wherever it is.
 *   <li>A full-width space (U+3000) in a line's indentation, or a full-width colon (：) after a
 *       key, is an error at that character when it explains a YAML syntax error or an unknown key
 *       (a Chinese input method types them; YAML reads them as text, and fails on a later line or
 *       makes a key of the text up to the next colon). Where the file reads as YAML without such a
 *       key, they are text: a quoted text may go on to a line indented with 　　.
 *   <li>One YAML document per file; columns in messages count characters from 1.
 * </ul>
 */
public final class TargetsReader {
  /** Files larger than this are refused before parsing. */
  public static final long MAX_BYTES = 1024 * 1024;

  private TargetsReader() {}

  /**
   * Reads and checks {@code file}. {@code actuals:} paths are resolved against the file's folder.
   *
   * @param file the targets file
   * @param problems where problems go; with {@link ProblemHandler#FAIL_FAST} the first is thrown
   * @throws InputException for the first problem, or when the file cannot be used at all
   */
  public static TargetSet read(Path file, ProblemHandler problems) {
    return read(file, file.toString(), problems);
  }

  /**
   * Reads and checks {@code file}, naming it {@code name} in messages (the path as the user wrote
   * it, where {@code file} may be resolved against another folder).
   */
  public static TargetSet read(Path file, String name, ProblemHandler problems) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(Location.of(name), "file not found");
    } catch (AccessDeniedException e) {
      throw new InputException(Location.of(name), "cannot read the file: permission denied");
    } catch (IOException e) {
      throw new InputException(Location.of(name), "cannot read the file: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(name, bytes.length);
    }
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    return parse(decode(bytes, name), name, dir, problems);
  }

  /** Reads targets from text; {@code name} stands for the file in messages, {@code dir} resolves {@code actuals:}. */
  public static TargetSet read(String text, String name, Path dir, ProblemHandler problems) {
    if (text.length() > MAX_BYTES) {
      throw tooLarge(name, text.length());
    }
    if (3L * text.length() > MAX_BYTES) {
      long size = utf8Length(text);
      if (size > MAX_BYTES) {
        throw tooLarge(name, size);
      }
    }
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, name, dir, problems);
  }

  private static TargetSet parse(String text, String name, Path dir, ProblemHandler problems) {
    YamlNode root = YamlTree.parse(text, name, problems);
    if (root == null || root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) {
      throw new InputException(Location.of(name),
          "the file is empty (expected title:, period:, indicators: and targets:)");
    }
    return TargetsParser.build(root, name, dir, problems, YamlTree.fullWidthSyntax(text, name));
  }

  private static InputException tooLarge(String name, long size) {
    return new InputException(Location.of(name), "the file has " + size + " bytes; targets files over "
        + MAX_BYTES + " bytes (1 MiB) are refused");
  }

  private static long utf8Length(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Strict UTF-8 (a byte-order mark is dropped); an error names the line and column of the first bad byte. */
  static String decode(byte[] bytes, String name) {
    if (TextInput.hasUtf16Bom(bytes, bytes.length) || TextInput.utf16WithoutBom(bytes, bytes.length)) {
      throw new InputException(Location.of(name), "the file is UTF-16 text (as Notepad's \"Unicode\" saves it);"
          + " save it as UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new InputException(new Location(name, line, column), String.format(
          "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[bad] & 0xFF));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
