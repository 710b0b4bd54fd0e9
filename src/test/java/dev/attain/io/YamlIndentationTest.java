package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link YamlTree#indentation}: what it suspects in a file YAML refused, and that it suspects nothing in good ones. */
class YamlIndentationTest {
  /** Every targets file of the repository but the bad corpus: the bundled one, the samples', the scenarios'. */
  static Stream<Path> goodTargetsFiles() throws IOException {
    try (Stream<Path> s = Stream.concat(Stream.of(Path.of("targets.yaml")),
        Stream.of(Path.of("samples"), Path.of("src/test/resources")).flatMap(YamlIndentationTest::walk))) {
      return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/bad/")).sorted().toList().stream();
    }
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("goodTargetsFiles")
  void suspectsNothingInAGoodFile(Path file) throws IOException {
    assertThat(YamlTree.indentation(Files.readString(file, StandardCharsets.UTF_8), "t.yaml")).isEmpty();
  }

  @Test
  void thereAreGoodFilesToLookAt() throws IOException {
    assertThat(goodTargetsFiles().count()).isGreaterThan(50);
  }

  @Test
  void acceptsWhatYamlAccepts() {
    assertThat(suspects("""
        targets:
        - indicator: gdp
          growth:
              at_least: 8
          text: |
           增长8%
             以上
        - {indicator: cpi,
           value: {at_most: 3}}
        indicators:
          gdp: {name: 地区生产总值, unit: 亿元}   # a comment
          cpi:
            name: 居民消费价格涨幅

            unit: "%"
        """)).isEmpty();
  }

  @Test
  void namesAKeyBetweenTwoLevelsBelowAKeyWithAValueAndAtADash() {
    assertThat(suspects("a:\n  b:\n    c: 1\n   d: 2\n")).containsExactly(
        "t.yaml:4:4: indentation: \"d:\" is indented 3 spaces, between 2 (\"b:\" on line 2) and 4 (\"c:\" on line 3):"
            + " indent it as one of them");
    assertThat(suspects("a:\n  b: 1\n   c: 2\n")).containsExactly(
        "t.yaml:3:4: indentation: \"c:\" is indented 3 spaces, more than \"b:\" on line 2 (2), which has a value:"
            + " indent it as b:");
    assertThat(suspects("a:\n  - b: 1\n  c: 2\n")).containsExactly(
        "t.yaml:3:3: indentation: \"c:\" is indented 2 spaces, as the dash of the list item on line 2; a key of that"
            + " item is indented 4 spaces, as the key after its dash");
  }

  private static List<String> suspects(String text) {
    return YamlTree.indentation(text, "t.yaml").stream().map(InputException::getMessage).toList();
  }
}
