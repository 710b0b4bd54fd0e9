package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema that {@code attain schema} prints agrees with what {@link TargetsReader} accepts. */
class TargetsSchemaTest {
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TargetsSchema.text());
  static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Every targets file in the project, but for target/, the corpus of bad ones and the CLI
   * scenarios that test a bad targets file (their name starts with {@code input-yaml}).
   */
  static Stream<Path> targetsFiles() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Path bad = root.resolve("src/test/resources/bad");
    try (Stream<Path> all = Files.walk(root)) {
      List<Path> files = all.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !p.startsWith(root.resolve("target")) && !p.startsWith(bad))
          .filter(p -> !root.relativize(p).getName(0).toString().startsWith("."))
          .filter(p -> !p.getParent().getFileName().toString().startsWith("input-yaml"))
          .sorted().toList();
      return files.stream();
    }
  }

  @Test
  void thereAreFilesToCheck() throws IOException {
    assertThat(targetsFiles()).contains(Path.of("src/test/resources/good/yaml/full.yaml").toAbsolutePath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targetsFiles")
  void everyTargetsFileValidatesAndReads(Path file) throws IOException {
    assertThat(errors(YAML.readTree(file.toFile()))).isEmpty();
    assertThat(TargetsReader.read(file, ProblemHandler.FAIL_FAST).targets()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"at-leest-typo", "two-measures", "no-measure", "not-a-number", "unknown-top-level-key",
      "empty-threshold", "bad-enums", "missing-indicator-name", "list-where-map-expected", "target-without-indicator",
      "schedule-unknown-period", "growth-with-unit", "rate-unit-with-another-type"})
  void theSchemaRefusesWhatTheReaderRefuses(String name) throws IOException {
    JsonNode doc = YAML.readTree(Path.of("src/test/resources/bad/yaml", name + ".yaml").toFile());
    assertThat(errors(doc)).isNotEmpty();
  }

  @Test
  void aQuotedNumberWithThousandsSeparatorsIsANumberForTheSchemaAsForTheReader() throws IOException {
    String yaml = "period: 2024\nindicators:\n  grain: {name: 粮食产量, unit: 万斤}\ntargets:\n"
        + "  - {indicator: grain, value: {at_least: \"%s\"}}\n";
    assertThat(errors(YAML.readTree(yaml.formatted("5,400")))).isEmpty();
    assertThat(errors(YAML.readTree(yaml.formatted("1,234,567.5")))).isEmpty();
    assertThat(errors(YAML.readTree(yaml.formatted("12,34")))).isNotEmpty();
    assertThat(errors(YAML.readTree(yaml.formatted("1,234e3")))).isNotEmpty();
    assertThat(errors(YAML.readTree(yaml.formatted("5e2")))).as("scientific notation, refused by the reader").isNotEmpty();
    assertThat(errors(YAML.readTree(yaml.formatted("500")))).isEmpty();
  }

  @Test
  void theSchemaIsDraft2020WithADescriptionForEveryProperty() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(TargetsSchema.text());
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(undescribed(schema, "")).isEmpty();
  }

  /** Paths of properties (and pattern properties) that have no description, directly or through their $ref. */
  private static List<String> undescribed(JsonNode node, String path) {
    Stream<String> here = Stream.of("properties", "patternProperties").filter(node::has)
        .flatMap(k -> {
          Stream.Builder<String> b = Stream.builder();
          node.get(k).fieldNames().forEachRemaining(f -> {
            JsonNode p = node.get(k).get(f);
            if (!p.has("description") && !(p.has("$ref") && p.get("$ref").asText().matches("#/\\$defs/(atLeast|atMost|tolerance)"))) {
              b.add(path + "/" + f);
            }
          });
          return b.build();
        });
    Stream.Builder<String> below = Stream.builder();
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        undescribed(e.getValue(), path + "/" + e.getKey()).forEach(below::add);
      } else if (e.getValue().isArray()) {
        e.getValue().forEach(item -> undescribed(item, path + "/" + e.getKey()).forEach(below::add));
      }
    });
    return Stream.concat(here, below.build()).collect(Collectors.toList());
  }

  private static Set<String> errors(JsonNode doc) {
    return SCHEMA.validate(doc).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }
}
