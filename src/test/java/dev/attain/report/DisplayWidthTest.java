package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void asciiIsOneColumnEach() {
    assertThat(DisplayWidth.of("gdp.growth")).isEqualTo(10);
  }

  @Test
  void cjkAndFullWidthAreTwoColumns() {
    assertThat(DisplayWidth.of("洛隆县")).isEqualTo(6);
    assertThat(DisplayWidth.of("增长8%")).isEqualTo(6);
    assertThat(DisplayWidth.of("ＧＤＰ")).isEqualTo(6);
    assertThat(DisplayWidth.of("（万亩）")).isEqualTo(8);
    assertThat(DisplayWidth.of("한국")).isEqualTo(4);
    assertThat(DisplayWidth.of("\uD840\uDC0B")).isEqualTo(2); // 𠀋, CJK Extension B
  }

  @Test
  void combiningMarksAndControlsAreZero() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
    assertThat(DisplayWidth.of("\u0007")).isZero();
  }

  @Test
  void ambiguousSymbolsAreOneColumn() {
    assertThat(DisplayWidth.of("≥ 8%")).isEqualTo(4);
    assertThat(DisplayWidth.of("7.8–8.2")).isEqualTo(7);
    assertThat(DisplayWidth.of("—")).isEqualTo(1);
  }

  @Property
  void ideographsAreTwiceTheirCount(@ForAll @CharRange(from = '\u4E00', to = '\u9FFF') @StringLength(max = 20) String s) {
    assertThat(DisplayWidth.of(s)).isEqualTo(2 * s.length());
  }

  @Property
  void printableAsciiIsItsLength(@ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 40) String s) {
    assertThat(DisplayWidth.of(s)).isEqualTo(s.length());
  }

  /** The string's width is the sum of its code points' widths, whatever the text (fast paths agree). */
  @Property(tries = 500)
  void aStringIsTheSumOfItsCodePoints(@ForAll String s) {
    int sum = s.codePoints().map(DisplayWidth::of).sum();
    assertThat(DisplayWidth.of(s)).isEqualTo(sum);
  }

  /** oneLine leaves a string without controls as it is, and replaces each control by one char. */
  @Property(tries = 500)
  void oneLineReplacesControlsOnly(@ForAll String s) {
    StringBuilder expected = new StringBuilder();
    for (char c : s.toCharArray()) {
      expected.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c < 0x20 || (c >= 0x7F && c < 0xA0) ? '\uFFFD' : c);
    }
    assertThat(Formatting.oneLine(s)).isEqualTo(expected.toString());
  }
}
