package dev.attain.report;

/** Escaping for XML 1.0 and HTML text and attribute values. */
final class Xml {
  private Xml() {}

  /**
   * {@code s} escaped for element text and double-quoted attributes: {@code & < > "} as entities,
   * line breaks and tabs in attributes as character references (so they survive attribute
   * normalisation), and characters XML 1.0 does not allow (other controls, lone surrogates,
   * U+FFFE, U+FFFF) replaced by U+FFFD.
   */
  static String escape(String s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\n' -> b.append(attribute ? "&#10;" : "\n");
        case '\r' -> b.append("&#13;");
        case '\t' -> b.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String text(String s) {
    return escape(s, false);
  }

  static String attr(String s) {
    return escape(s, true);
  }
}
