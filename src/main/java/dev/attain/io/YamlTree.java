package dev.attain.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML text into a small {@link YamlNode} tree that keeps the line and column of every
 * node, walking the tokens of Jackson's streaming {@link YAMLParser}.
 *
 * <p>It refuses what a strict configuration file does not need and a plain tree cannot show:
 * anchors, aliases, merge keys, type tags, duplicate keys and a second document are reported to
 * the {@link ProblemHandler} (and reading goes on); a syntax error is thrown at once, as one line.
 */
final class YamlTree {
  static final String NO_ANCHORS = "YAML anchors and aliases are not supported; write the value out";
  static final String FULL_WIDTH_INDENT = "full-width space (U+3000) in the indentation: indent with ASCII spaces";

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Factory FACTORY = new Factory();

  private final String name;
  private final ProblemHandler problems;
  private Parser parser;

  private YamlTree(String name, ProblemHandler problems) {
    this.name = name;
    this.problems = problems;
  }

  /**
   * The single document in {@code text}, or {@code null} when there is none (empty, or only
   * comments).
   *
   * @throws InputException on a syntax error
   */
  static YamlNode parse(String text, String name, ProblemHandler problems) {
    return new YamlTree(name, problems).parse(text);
  }

  private YamlNode parse(String text) {
    try (Parser p = (Parser) FACTORY.createParser(new StringReader(text))) {
      parser = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      YamlNode root = value(t);
      if (p.nextToken() != null) {
        problems.report(new InputException(location(),
            "a second YAML document (after ---) is not supported; keep one document per file"));
      }
      return root;
    } catch (JacksonException e) {
      throw explained(syntaxError(e), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /**
   * The full-width character that explains {@code syntax}, else {@code syntax}. Typed with a Chinese
   * input method, YAML reads neither as syntax and fails on a later line (or not at all: see
   * {@link #fullWidthAt}). The explanation is the last one found on or before the error's line, and
   * not before the last event read: the parser went past that one without trouble (a 　 that
   * indents the second line of a quoted text, a ： in a text).
   */
  private InputException explained(InputException syntax, String text) {
    long errorLine = syntax.location().line();
    long lastRead = parser == null || parser.lastEvent() == null ? 0 : parser.lastEvent().getStartMark().getLine() + 1L;
    List<InputException> suspects = new ArrayList<>(fullWidthSyntax(text, name));
    suspects.addAll(dashesWithoutSpace(text, name));
    InputException cause = latest(suspects, lastRead, errorLine);
    if (cause == null) { // (a full-width colon or a dash without its space also puts the lines after it out of line)
      cause = latest(indentation(text, name), lastRead, errorLine);
    }
    return cause == null ? syntax : cause;
  }

  /** The last of {@code suspects} from line {@code from} to {@code to} (no end when 0 or less), or null. */
  private static InputException latest(List<InputException> suspects, long from, long to) {
    InputException cause = null;
    List<InputException> sorted = new ArrayList<>(suspects);
    sorted.sort(java.util.Comparator.comparingLong(f -> f.location().line()));
    for (InputException f : sorted) {
      long line = f.location().line();
      if (line >= from && (to <= 0 || line <= to)) {
        cause = f;
      }
    }
    return cause;
  }

  /**
   * The full-width error that explains the key {@code key} at {@code at}, which its map does not
   * know (a key {@code value：{at_least}, or {@code 　　growth} at the start of a line); or null.
   *
   * @param findings what {@link #fullWidthSyntax} found in the file
   */
  static InputException fullWidthAt(String key, Location at, List<InputException> findings) {
    for (InputException f : findings) {
      Location l = f.location();
      if (l.line() == at.line() && l.column() >= at.column() && l.column() < at.column() + key.length()) {
        return f;
      }
    }
    int colon = key.indexOf('：');
    String before = colon < 0 ? "" : key.substring(0, colon).strip();
    return before.isEmpty() ? null // (strip: U+3000 is white space to Java)
        : fullWidthColon(new Location(at.file(), at.line(), at.column() + colon), before);
  }

  /** A key at the start of a line (after {@code - }), or after {@code {} or {@code ,}, then a full-width colon. */
  private static final java.util.regex.Pattern FULL_WIDTH_COLON = java.util.regex.Pattern.compile(
      "(?:^[ \t]*(?:-[ \t]+)*|[{,][ \t]*)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*：");

  /** A full-width comma in braces, then a key and its colon: {@code {at_least: 8，tolerance: 0.5}}. */
  private static final java.util.regex.Pattern FULL_WIDTH_COMMA = java.util.regex.Pattern.compile(
      "，[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[:：]");

  /** A list item with no space after its dash: {@code -indicator: gdp}. */
  private static final java.util.regex.Pattern DASH_WITHOUT_SPACE = java.util.regex.Pattern.compile(
      "^[ \t]*-([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]|$)");

  /**
   * Every line that starts a list item with no space after its dash ({@code -indicator: gdp}),
   * which YAML reads as a key {@code -indicator} and fails on, or later; only suspects, as in {@link
   * #fullWidthSyntax}: used to explain a syntax error.
   */
  static List<InputException> dashesWithoutSpace(String text, String name) {
    List<InputException> found = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      java.util.regex.Matcher m = DASH_WITHOUT_SPACE.matcher(lines[i]);
      if (m.find()) {
        int dash = lines[i].indexOf('-');
        found.add(new InputException(new Location(name, i + 1L, dash + 2), "no space after the dash of a list item:"
            + " write - " + m.group(1) + ": …"));
      }
    }
    return found;
  }

  /** A block line: its indentation, an optional dash and a key with its colon, and what follows. */
  private static final java.util.regex.Pattern BLOCK_LINE = java.util.regex.Pattern.compile(
      "^( *)(-( +|$))?(?:([A-Za-z_][A-Za-z0-9_.-]*|\"[^\"]*\"|'[^']*')[ \t]*:(?:[ \t]+|$))?(.*)$");

  /** An open block while {@link #indentation} reads: its column, whether a list's, its line and key. */
  private record Block(int column, boolean list, int line, String key) {}

  /**
   * Lines whose indentation matches no open block, which YAML fails on (or later) with a message of
   * its own: a key indented between two levels ({@code at_least} at 6, {@code tolerance} at 5),
   * one indented below a key that has a value ({@code name: …} at 4, {@code unit:} at 5), and a key
   * at the column of a list item's dash. Block keys only, as targets files are written; analysis
   * stops at a text or a flow collection that goes on to another line, and skips block scalars.
   * Only suspects, as in {@link #fullWidthSyntax}: used to explain a syntax error.
   */
  static List<InputException> indentation(String text, String name) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean[] inScalar = inBlockScalars(lines);
    List<InputException> found = new ArrayList<>();
    java.util.ArrayDeque<Block> open = new java.util.ArrayDeque<>();
    Block opener = null; // the key or dash of the line before, when it opened a block
    Block last = null; // the key of the line before that had a value
    for (int i = 0; i < lines.length; i++) {
      if (inScalar[i]) {
        continue;
      }
      String line = lines[i];
      int spaces = spaces(line);
      String code = withoutComment(line).stripTrailing();
      if (code.isBlank() || code.startsWith("---") || code.startsWith("...")) {
        continue;
      }
      if (spaces < code.length() && code.charAt(spaces) == '\t') {
        return found; // (tabs: explained on their own)
      }
      java.util.regex.Matcher m = BLOCK_LINE.matcher(code);
      if (!m.matches()) {
        return found;
      }
      boolean dash = m.group(2) != null;
      String key = m.group(4);
      String rest = m.group(5);
      if (!dash && key == null) {
        if (last != null || opener != null) {
          return found; // a text that goes on from the line before: leave the rest alone
        }
        continue;
      }
      int lineNo = i + 1;
      int column = spaces;
      // where this line's first block goes: a list (its dash) or a map (its key)
      if (opener != null && (column > opener.column() || dash && column == opener.column() && !opener.list())) {
        open.push(new Block(column, dash, lineNo, key));
      } else {
        while (!open.isEmpty() && open.peek().column() > column) {
          open.pop();
        }
        Block in = open.peek();
        if (in == null || in.column() < column) {
          if (in == null && opener == null && last == null) {
            open.push(new Block(column, dash, lineNo, key)); // the first line
          } else {
            Location at = new Location(name, lineNo, column + 1);
            String what = dash ? "the list item" : "\"" + key + ":\"";
            if (last != null && column > last.column() && !dash) {
              found.add(new InputException(at, "indentation: " + what + " is indented " + column + " spaces, more than \""
                  + last.key() + ":\" on line " + last.line() + " (" + last.column() + "), which has a value: indent it as "
                  + last.key() + ":"));
            } else {
              Block inner = last != null && last.column() > column ? last : null;
              found.add(new InputException(at, "indentation: " + what + " is indented " + column + " spaces, between "
                  + (in == null ? "the start of the line" : in.column() + " (" + shownBlock(in) + ")")
                  + (inner == null ? "" : " and " + inner.column() + " (" + shownBlock(inner) + ")")
                  + ": indent it as one of them"));
            }
            return found;
          }
        } else if (in.list() && !dash) {
          found.add(new InputException(new Location(name, lineNo, column + 1), "indentation: \"" + key
              + ":\" is indented " + column + " spaces, as the dash of the list item on line " + in.line()
              + "; a key of that item is indented " + (in.column() + 2) + " spaces, as the key after its dash"));
          return found;
        } else if (!in.list() && dash) {
          return found; // (a list at a map's column: YAML's own message says it)
        } else {
          open.pop(); // the latest key or dash of the block, for a message to name
          open.push(new Block(column, dash, lineNo, key));
        }
      }
      opener = null;
      last = null;
      if (dash) {
        int content = m.start(4) >= 0 ? m.start(4) : m.end(2);
        if (key == null) {
          if (rest.isEmpty()) {
            opener = new Block(column, true, lineNo, "-");
          } else if (!scalarLine(rest)) {
            return found;
          }
          continue;
        }
        open.push(new Block(content, false, lineNo, key));
        column = content;
      }
      Block here = new Block(column, false, lineNo, key);
      if (rest.isEmpty()) {
        opener = here;
      } else if (BLOCK_SCALAR.matcher(code).find()) {
        last = here;
      } else if (!scalarLine(rest)) {
        return found;
      } else {
        last = here;
      }
    }
    return found;
  }

  /** Whether a value ends on its line: no flow collection or quoted text left open. */
  private static boolean scalarLine(String rest) {
    int depth = 0;
    char quote = 0;
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && (k == 0 || depth > 0 || rest.charAt(k - 1) == ' ')) {
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return depth <= 0 && quote == 0;
  }

  private static String shownBlock(Block b) {
    return b.list() ? "the list on line " + b.line() : "\"" + b.key() + ":\" on line " + b.line();
  }

  /** A line that opens a block scalar: {@code key: |}, {@code - >-}, {@code text: |2 # …}. */
  private static final java.util.regex.Pattern BLOCK_SCALAR = java.util.regex.Pattern.compile(
      "(?:^|[ \t])[|>][-+]?[0-9]?[-+]?[ \t]*(?:#.*)?$");

  /**
   * Every full-width space (U+3000) in a line's indentation, and full-width colon (：) after a key,
   * as an error (the first on each line). They are only suspects: a quoted or plain text may go on
   * to a line that starts with 　, or hold a ： after a word (see {@link #explained}). Content of
   * block scalars ({@code text: |}) is not looked at: a Chinese paragraph may well start with
   * full-width spaces.
   */
  static List<InputException> fullWidthSyntax(String text, String name) {
    if (text.indexOf('\u3000') < 0 && text.indexOf('：') < 0 && text.indexOf('，') < 0) {
      return List.of();
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean[] inScalar = inBlockScalars(lines);
    List<InputException> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (inScalar[i]) {
        continue;
      }
      int lead = 0;
      while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t' || line.charAt(lead) == '\u3000')) {
        lead++;
      }
      int ideographic = line.substring(0, lead).indexOf('\u3000');
      if (ideographic >= 0) {
        found.add(new InputException(new Location(name, i + 1L, ideographic + 1), FULL_WIDTH_INDENT));
      }
      String code = withoutComment(line);
      java.util.regex.Matcher m = FULL_WIDTH_COLON.matcher(code);
      boolean told = ideographic >= 0;
      while (!told && m.find()) {
        // after a comma, only in braces or brackets: text: 增长, GDP：8% is a plain text
        boolean keyPlace = (code.charAt(m.start()) != ',' || code.lastIndexOf('{', m.start()) >= 0
            || code.lastIndexOf('[', m.start()) >= 0);
        if (keyPlace && !inQuotes(code, m.end() - 1)) {
          found.add(fullWidthColon(new Location(name, i + 1L, m.end()), m.group(1)));
          told = true;
        }
      }
      java.util.regex.Matcher comma = FULL_WIDTH_COMMA.matcher(code);
      while (!told && comma.find()) {
        if (code.lastIndexOf('{', comma.start()) >= 0 && !inQuotes(code, comma.start())) {
          found.add(new InputException(new Location(name, i + 1L, comma.start() + 1), "full-width comma (，) before "
              + comma.group(1) + ": separate the entries in {…} with an ASCII comma (, " + comma.group(1) + ": …)"));
          told = true;
        }
      }
    }
    return found;
  }

  /** Which of {@code lines} are content of a block scalar ({@code text: |}): not YAML syntax to look at. */
  private static boolean[] inBlockScalars(String[] lines) {
    boolean[] in = new boolean[lines.length];
    int indent = -1; // the indentation of the line that opened a block scalar, or -1
    for (int i = 0; i < lines.length; i++) {
      int spaces = spaces(lines[i]);
      if (indent >= 0 && (lines[i].isBlank() || spaces > indent)) { // (isBlank: U+3000 is white space to Java)
        in[i] = true;
        continue;
      }
      indent = BLOCK_SCALAR.matcher(withoutComment(lines[i])).find() ? spaces : -1;
    }
    return in;
  }

  private static int spaces(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  private static InputException fullWidthColon(Location at, String key) {
    return new InputException(at, "full-width colon (：) after " + key + ": write an ASCII colon and a space ("
        + key + ": …)");
  }

  /** {@code line} up to a comment ({@code #} at its start or after a space, outside quotes). */
  private static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1))) && !inQuotes(line, i)) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Whether position {@code at} of {@code line} is inside a quoted scalar that starts on the line. */
  private static boolean inQuotes(String line, int at) {
    char quote = 0;
    for (int i = 0; i < at; i++) {
      char c = line.charAt(i);
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        quote = 0; // ('' inside single quotes closes and reopens: the same state after both)
      }
    }
    return quote != 0;
  }

  private YamlNode value(JsonToken t) throws IOException {
    Location at = location();
    if (parser.isCurrentAlias()) {
      problems.report(new InputException(at, "alias \"*" + parser.getText() + "\": " + NO_ANCHORS));
      return new YamlNode.Alias(parser.getText(), at);
    }
    checkAnchorAndTag(at);
    switch (t) {
      case START_OBJECT:
        return map(at);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken u = parser.nextToken(); u != JsonToken.END_ARRAY; u = parser.nextToken()) {
          items.add(value(u));
        }
        return new YamlNode.ListNode(items, at);
      case VALUE_STRING:
        boolean plain = isPlain();
        String s = parser.getText();
        return new YamlNode.Scalar(s, s.isEmpty() && plain ? YamlNode.Kind.NULL : YamlNode.Kind.STRING, plain, at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Kind.NUMBER, true, at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Kind.BOOLEAN, true, at);
      case VALUE_NULL:
        return new YamlNode.Scalar(parser.getText(), YamlNode.Kind.NULL, true, at);
      default: // VALUE_EMBEDDED_OBJECT (!!binary): its tag is already refused
        return new YamlNode.Scalar(String.valueOf(parser.getText()), YamlNode.Kind.STRING, false, at);
    }
  }

  private YamlNode map(Location at) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (JsonToken u = parser.nextToken(); u != JsonToken.END_OBJECT; u = parser.nextToken()) {
      String key = parser.currentName();
      Location keyAt = location();
      checkAnchorAndTag(keyAt);
      YamlNode v = value(parser.nextToken());
      YamlNode.Entry first = entries.get(key);
      if (key.equals("<<")) { // refused quoted too: other YAML tools may merge it
        problems.report(new InputException(keyAt,
            "merge key \"<<\": YAML merge keys are not supported; write the keys out"));
      } else if (first != null) {
        problems.report(new InputException(keyAt,
            "duplicate key \"" + key + "\" (first on line " + first.keyLocation().line() + ")"));
      } else {
        entries.put(key, new YamlNode.Entry(key, keyAt, v));
      }
    }
    return new YamlNode.MapNode(entries, at);
  }

  private void checkAnchorAndTag(Location at) {
    Event e = parser.lastEvent();
    if (e instanceof NodeEvent n && n.getAnchor() != null) {
      problems.report(new InputException(at, "anchor \"&" + n.getAnchor() + "\": " + NO_ANCHORS));
    }
    String tag = e instanceof ScalarEvent s ? s.getTag()
        : e instanceof CollectionStartEvent c ? c.getTag() : null;
    if (tag != null) {
      String shown = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
      problems.report(new InputException(at,
          "type tag \"" + shown + "\": YAML type tags are not supported; write the plain value"));
    }
  }

  private boolean isPlain() {
    return !(parser.lastEvent() instanceof ScalarEvent s) || s.isPlain();
  }

  private Location location() {
    JsonLocation l = parser.currentTokenLocation();
    return new Location(name, l.getLineNr(), l.getColumnNr());
  }

  private InputException syntaxError(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        Mark mark = m.getProblemMark();
        Location at = new Location(name, mark.getLine() + 1L, mark.getColumn() + 1);
        String problem = firstLine(m.getProblem());
        if (problem.contains("(TAB)")) {
          return new InputException(at, "YAML syntax error: a tab character cannot indent YAML (indent with spaces)");
        }
        String context = m.getContext() == null ? "" : " (" + firstLine(m.getContext())
            + (m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1)
                + ", column " + (m.getContextMark().getColumn() + 1)) + ")";
        return new InputException(at, "YAML syntax error: " + problem + context);
      }
    }
    JsonLocation l = e.getLocation();
    Location at = l == null ? Location.of(name) : new Location(name, l.getLineNr(), l.getColumnNr());
    String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return new InputException(at, "YAML syntax error: " + firstLine(msg == null ? e.getClass().getSimpleName() : msg));
  }

  private static String firstLine(String s) {
    String first = s.strip();
    int nl = first.indexOf('\n');
    if (nl >= 0) {
      first = first.substring(0, nl);
    }
    return first.replace("\t", "\\t").replaceAll("\\s+", " ").strip();
  }

  /** A parser that shows the SnakeYAML event behind the current token (anchors, tags, quotes). */
  private static final class Parser extends YAMLParser {
    Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader r) {
      super(ctxt, parserFeatures, yamlFeatures, options, codec, r);
    }

    Event lastEvent() {
      return _lastEvent;
    }
  }

  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
      return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }
}
