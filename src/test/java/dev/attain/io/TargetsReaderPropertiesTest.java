package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Bound;
import dev.attain.model.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

class TargetsReaderPropertiesTest {
  @Property(tries = 200)
  void aThresholdReadsBackWithEveryDigitAndItsScale(
      @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(12) BigDecimal n) {
    String yaml = TargetsReaderTest.HEAD + "  - {indicator: gdp, value: {at_least: " + n.toPlainString() + "}}\n";
    Target t = TargetsReader.read(yaml, "t.yaml", Path.of(""), ProblemHandler.FAIL_FAST).targets().get(0);
    BigDecimal read = ((Bound.Fixed) t.threshold().atLeast()).number();
    assertThat(read).isEqualTo(n); // equals: same value and same scale
  }

  @Property(tries = 300)
  void editDistanceIsAMetric(@ForAll @StringLength(max = 8) String a, @ForAll @StringLength(max = 8) String b,
      @ForAll @StringLength(max = 8) String c) {
    assertThat(Suggestions.distance(a, a)).isZero();
    assertThat(Suggestions.distance(a, b)).isEqualTo(Suggestions.distance(b, a));
    assertThat(Suggestions.distance(a, c)).isLessThanOrEqualTo(Suggestions.distance(a, b) + Suggestions.distance(b, c));
    assertThat(Suggestions.distance(a, b))
        .isLessThanOrEqualTo(Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length())));
  }
}
