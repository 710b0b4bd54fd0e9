package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Bound;
import dev.attain.model.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import dev.attain.model.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
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

  /** Whatever a file holds, reading it ends in a target set or in InputExceptions, never in a bug. */
  @Property(tries = 300)
  void anyEditOfAGoodFileReadsOrFailsCleanly(@ForAll @IntRange(min = 0, max = 1700) int at,
      @ForAll @IntRange(min = 0, max = 5) int cut, @ForAll("yamlBits") String insert) throws Exception {
    String good = java.nio.file.Files.readString(Path.of("src/test/resources/good/yaml/full.yaml"));
    int from = Math.min(at, good.length());
    String text = good.substring(0, from) + insert + good.substring(Math.min(good.length(), from + cut));
    ProblemHandler.Collecting c = new ProblemHandler.Collecting(1000);
    try {
      TargetsReader.read(text, "t.yaml", Path.of(""), c);
    } catch (InputException expected) {
      assertThat(expected.getMessage()).startsWith("t.yaml").doesNotContain("\n");
    }
    c.problems().forEach(p -> assertThat(p.getMessage()).startsWith("t.yaml:").doesNotContain("\n"));
  }

  @Provide
  Arbitrary<String> yamlBits() {
    return Arbitraries.of("", " ", "\n", "\t", ":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!binary aGk=", "<<: ",
        "\"", "'", "#", "%", "-1", "1e9", "null", "~", "? ", "|\n  x\n", "---\n", "gdp", "at_least: x", "\u3000");
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
