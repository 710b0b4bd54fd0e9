package dev.attain.io;

import dev.attain.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as {@link YamlTree} read it, with where it starts: a scalar, a map, a list, or an
 * alias (already reported as a problem; readers skip it without a second message).
 */
sealed interface YamlNode {
  Location location();

  /** What this node is, for messages: {@code a map}, {@code a list}, {@code "eight"}, {@code 8}. */
  String describe();

  /** What kind of scalar: the token Jackson saw, folded to what a reader needs. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /**
   * A scalar.
   *
   * @param text the text as written (without quotes), never null
   * @param kind number, boolean and null only for plain (unquoted) scalars
   * @param plain whether it was written without quotes
   */
  record Scalar(String text, Kind kind, boolean plain, Location location) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case NULL -> "nothing";
        case NUMBER, BOOLEAN -> text;
        case STRING -> "\"" + shown(text) + "\"";
      };
    }

    /**
     * The text as a message shows it: cut to {@value #SHOWN} characters (a block scalar can be long;
     * its line breaks are written as {@code \n} by {@link dev.attain.model.InputException}).
     */
    static String shown(String text) {
      if (text.codePointCount(0, text.length()) <= SHOWN) {
        return text;
      }
      return text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }

    private static final int SHOWN = 60;
  }

  /** One key of a map, with where the key is written. */
  record Entry(String key, Location keyLocation, YamlNode value) {}

  /** A map, keys in file order (a duplicate key keeps its first value). */
  record MapNode(Map<String, Entry> entries, Location location) implements YamlNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YamlNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A list. */
  record ListNode(List<YamlNode> items, Location location) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** An alias ({@code *name}): refused when read; stands in for the value it would have named. */
  record Alias(String name, Location location) implements YamlNode {
    @Override
    public String describe() {
      return "*" + name;
    }
  }
}
