package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Amount;
import dev.attain.model.Location;
import dev.attain.model.Relation;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {
  private static final Location AT = new Location("actuals.csv", 14, 3);
  private final ValueParser parser = new ValueParser(UnitTable.builtIn());

  /** cell | number as written (scale kept) | relation | unit suffix or none. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "18.45|18.45|EQ|none",
      "9.70|9.70|EQ|none",
      "-3.2|-3.2|EQ|none",
      "+3.2|3.2|EQ|none",
      "−3.2|-3.2|EQ|none",
      "1,234.5|1234.5|EQ|none",
      "1,234,567|1234567|EQ|none",
      "１，２３４．５０|1234.50|EQ|none",
      "'\u00A018.45\u3000'|18.45|EQ|none",
      "0|0|EQ|none",
      ".5|0.5|EQ|none",
      "8.5%|8.5|EQ|%",
      "８．５％|8.5|EQ|%",
      "18.45亿元|18.45|EQ|亿元",
      "18.45 亿元|18.45|EQ|亿元",
      "3‰|3|EQ|‰",
      "<5|5|LT|none",
      "＜5|5|LT|none",
      "<=5|5|LE|none",
      "≤5|5|LE|none",
      ">3|3|GT|none",
      ">=3|3|GE|none",
      "≥3|3|GE|none",
      "≥ 3.0|3.0|GE|none",
      "＞＝3|3|GE|none",
      "<0.1%|0.1|LT|%",
  })
  void reads(String cell, String number, Relation relation, String suffix) {
    Amount a = parser.parse(cell, "value", AT);
    assertThat(a.number()).isEqualTo(new BigDecimal(number)); // equals: same digits and scale
    assertThat(a.relation()).isEqualTo(relation);
    assertThat(parser.suffix() == null ? null : parser.suffix().symbol()).isEqualTo(suffix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-", "—", "——", "…", "...", "NA", "na", "N/A", "n/a", "null", "NULL", "－"})
  void notReported(String cell) {
    assertThat(parser.parse(cell, "value", AT)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "18,45亿|actuals.csv:14:3: value \"18,45亿\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "12,34|actuals.csv:14:3: value \"12,34\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "1234,567|actuals.csv:14:3: value \"1234,567\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      ",123|actuals.csv:14:3: value \",123\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "1,,234|actuals.csv:14:3: value \"1,,234\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "0,500|actuals.csv:14:3: value \"0,500\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "0,5|actuals.csv:14:3: value \"0,5\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "-0,500|actuals.csv:14:3: value \"-0,500\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "012,345|actuals.csv:14:3: value \"012,345\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "1,234,56|actuals.csv:14:3: value \"1,234,56\" is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)",
      "18.45①|actuals.csv:14:3: value \"18.45①\" carries a footnote mark \"①\": remove it (a note goes in a column of its own)",
      "9.7¹|actuals.csv:14:3: value \"9.7¹\" carries a footnote mark \"¹\": remove it (a note goes in a column of its own)",
      "⑩|actuals.csv:14:3: value \"⑩\" carries a footnote mark \"⑩\": remove it (a note goes in a column of its own)",
      "1①2|actuals.csv:14:3: value \"1①2\" carries a footnote mark \"①\": remove it (a note goes in a column of its own)",
      "< 5¹|actuals.csv:14:3: value \"< 5¹\" carries a footnote mark \"¹\": remove it (a note goes in a column of its own)",
      "18.45亿元①|actuals.csv:14:3: value \"18.45亿元①\" carries a footnote mark \"①\": remove it (a note goes in a column of its own)",
      "8.5%①|actuals.csv:14:3: value \"8.5%①\" carries a footnote mark \"①\": remove it (a note goes in a column of its own)",
      "5½|actuals.csv:14:3: value \"5½\" has \"½\", which is not a digit: write the number in digits (0.5 for ½)",
      "1.2.3|actuals.csv:14:3: value \"1.2.3\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "1 234|actuals.csv:14:3: value \"1 234\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "--5|actuals.csv:14:3: value \"--5\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "abc|actuals.csv:14:3: value \"abc\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "<|actuals.csv:14:3: value \"<\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "%|actuals.csv:14:3: value \"%\" is not a number (expected e.g. 18.45 or 1,234.5)",
      "1.2E3|actuals.csv:14:3: value \"1.2E3\" is in scientific notation (write the number in full, e.g. 1200 for 1.2E3)",
      "1.23457e+11|actuals.csv:14:3: value \"1.23457e+11\" is in scientific notation (write the number in full, e.g. 1200 for 1.2E3)",
      "#DIV/0!|actuals.csv:14:3: value \"#DIV/0!\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      "#N/A|actuals.csv:14:3: value \"#N/A\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      "#VALUE!|actuals.csv:14:3: value \"#VALUE!\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      "#REF!|actuals.csv:14:3: value \"#REF!\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      " #name? |actuals.csv:14:3: value \"#name?\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      // marks, remarks and multiples after the number
      "5460*|actuals.csv:14:3: value \"5460*\" carries a note mark \"*\": remove it (a note goes in a column of its own)",
      "5460△|actuals.csv:14:3: value \"5460△\" carries a note mark \"△\": remove it (a note goes in a column of its own)",
      "5460（初步）|actuals.csv:14:3: value \"5460（初步）\" has a remark in brackets after the number (初步): move it to a note column (备注)",
      "1.2倍|actuals.csv:14:3: value \"1.2倍\" is a multiple (倍), not a number in the unit: write the figure itself",
      "0.3个百分点|actuals.csv:14:3: value \"0.3个百分点\" is in percentage points: a level is in its unit (a rate in %)",
      // a bulletin's words and brackets: said what to write, not guessed
      "下降2.1%|actuals.csv:14:3: value \"下降2.1%\" is written in words: write -2.1% (下降 is a fall)",
      "增加 350|actuals.csv:14:3: value \"增加 350\" is written in words: write 350",
      "持平|actuals.csv:14:3: value \"持平\" is written in words: write the value as a number (0 if it is exactly level with the year before)",
      "（3.5）|actuals.csv:14:3: value \"（3.5）\" is a number in brackets: write -3.5 if the brackets mark a fall, 3.5 if not",
      "下降0.2个百分点|actuals.csv:14:3: value \"下降0.2个百分点\" is a change in percentage points, written in words: a growth rate is in % (a rate's own change comes from its levels)",
      "＃N/A|actuals.csv:14:3: value \"＃N/A\" is a spreadsheet's error value (its formula failed): mend the formula and export again, or leave the cell blank where there is no figure",
      "18.45亿|actuals.csv:14:3: unknown unit \"亿\" in value \"18.45亿\" (run attain units to see the known units)",
      "1234567890123456789012345678901|actuals.csv:14:3: value \"1234567890123456789012345678901\" has too many digits (at most 30 significant digits and 30 decimals)",
      "0.0000000000000000000000000000001|actuals.csv:14:3: value \"0.0000000000000000000000000000001\" has too many digits (at most 30 significant digits and 30 decimals)",
  })
  void refuses(String cell, String message) {
    assertThatThrownBy(() -> parser.parse(cell, "value", AT)).hasMessage(message);
  }

  /** A unit of the targets file may have a superscript: only the number is held to digits. */
  @org.junit.jupiter.api.Test
  void aUnitAfterTheNumberMayHaveASuperscript() {
    dev.attain.model.Unit m2 = new dev.attain.model.Unit("m²", "area", new BigDecimal("0.0015"));
    ValueParser withM2 = new ValueParser(UnitTable.builtIn().with(java.util.List.of(m2)));
    Amount a = withM2.parse("60000m²", "value", AT);
    assertThat(a.number()).isEqualTo(new BigDecimal("60000"));
    assertThat(withM2.suffix().symbol()).isEqualTo("m²");
    assertThatThrownBy(() -> withM2.parse("60000①m²", "value", AT)).hasMessageContaining("footnote mark \"①\"");
  }

  @org.junit.jupiter.api.Test
  void growthMessagesSayGrowth() {
    assertThatThrownBy(() -> parser.parse("8..5", "growth", AT))
        .hasMessage("actuals.csv:14:3: growth \"8..5\" is not a number (expected e.g. 8.5 or 8.5%)");
  }

  @org.junit.jupiter.api.Test
  void keepsLeadingZerosOutOfTheDigitCount() {
    assertThat(parser.parse("00000000001234567890123456789012345", "value", AT).number())
        .isEqualTo(new BigDecimal("1234567890123456789012345"));
  }

  /**
   * The thousands rule, held to its definition as a regular expression: digits alone, or a first
   * group of one to three digits not starting with 0 and then groups of three. A data cell is
   * read (as those digits) exactly when the rule holds.
   */
  @Property
  void commasAreThousandsSeparatorsOnly(@ForAll("digitsAndCommas") String text) {
    boolean expected = text.matches("\\d+|[1-9]\\d{0,2}(,\\d{3})+");
    assertThat(ValueParser.groupedByThousands(text, 0, text.length())).as(text).isEqualTo(expected);
    if (expected) {
      assertThat(parser.parse(text, "value", AT).number()).isEqualTo(new BigDecimal(text.replace(",", "")));
    } else if (!text.isEmpty()) {
      assertThatThrownBy(() -> parser.parse(text, "value", AT)).hasMessageContaining("is not a number");
    }
  }

  @Provide
  Arbitrary<String> digitsAndCommas() {
    return Arbitraries.strings().withChars('0', '1', '9', ',').ofMinLength(0).ofMaxLength(12);
  }

  @Property
  void groupedNumbersReadBackExactly(@ForAll("decimals") BigDecimal d) {
    String grouped = grouped(d);
    assertThat(parser.parse(grouped, "value", AT).number()).isEqualTo(d);
    assertThat(parser.parse(d.toPlainString(), "value", AT).number()).isEqualTo(d);
  }

  @Property
  void fullWidthFormsReadTheSame(@ForAll("decimals") BigDecimal d) {
    String grouped = grouped(d) + "%";
    StringBuilder wide = new StringBuilder();
    for (char c : grouped.toCharArray()) {
      wide.append((char) (c - 0x21 + 0xFF01)); // ASCII ! to ~ have full-width twins at U+FF01
    }
    Amount a = parser.parse(wide.toString(), "growth", AT);
    assertThat(a.number()).isEqualTo(d);
    assertThat(parser.suffix().symbol()).isEqualTo("%");
  }

  @Property
  void boundsKeepTheirNumber(@ForAll("decimals") BigDecimal d, @ForAll("relations") String prefix) {
    Amount a = parser.parse(prefix + grouped(d), "value", AT);
    assertThat(a.number()).isEqualTo(d);
    assertThat(a.relation().isBound()).isTrue();
  }

  @Provide
  Arbitrary<String> relations() {
    return Arbitraries.of("<", "<=", "≤", ">", ">=", "≥", "＜", "＞＝");
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
        .between(new BigInteger("-999999999999999999999999"), new BigInteger("999999999999999999999999"));
    return Combinators.combine(unscaled, Arbitraries.integers().between(0, 6)).as(BigDecimal::new);
  }

  /** {@code -1,234,567.50}: the plain form with thousands separators. */
  static String grouped(BigDecimal d) {
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(intPart.charAt(i));
    }
    return (d.signum() < 0 ? "-" : "") + b + (dot < 0 ? "" : plain.substring(dot));
  }
}
