package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenarios that check a bundled sample run on a copy of it (a scenario runs in its own folder);
 * the copy must stay the sample, byte for byte, or the golden would check something users never
 * run.
 */
class SampleCopiesTest {
  @ParameterizedTest(name = "{0}/{1} = samples/{2}/{3}")
  @CsvSource({
      "china-json, china.yaml, china-2024, targets.yaml",
      "china-json, actuals.csv, china-2024, actuals.csv",
      "china-text, china.yaml, china-2024, targets.yaml",
      "china-text, actuals.csv, china-2024, actuals.csv",
      "china-2023-text, targets.yaml, china-2023, targets.yaml",
      "china-2023-text, actuals.csv, china-2023, actuals.csv",
      "china-2023-json, targets.yaml, china-2023, targets.yaml",
      "china-2023-json, actuals.csv, china-2023, actuals.csv",
      "ytd-counties-text, targets.yaml, ytd-counties, targets.yaml",
      "ytd-counties-text, actuals.csv, ytd-counties, actuals.csv",
      "ytd-counties-json, targets.yaml, ytd-counties, targets.yaml",
      "ytd-counties-json, actuals.csv, ytd-counties, actuals.csv",
      "ytd-counties-as-of, targets.yaml, ytd-counties, targets.yaml",
      "ytd-counties-as-of, actuals.csv, ytd-counties, actuals.csv",
      "ytd-counties-markdown, targets.yaml, ytd-counties, targets.yaml",
      "ytd-counties-markdown, actuals.csv, ytd-counties, actuals.csv",
  })
  void theScenarioRunsTheSample(String scenario, String file, String sample, String sampleFile) throws IOException {
    Path root = Run.repoRoot();
    byte[] copy = Files.readAllBytes(root.resolve("src/test/resources/scenarios").resolve(scenario).resolve(file));
    byte[] original = Files.readAllBytes(root.resolve("samples").resolve(sample).resolve(sampleFile));
    assertThat(copy).as(scenario + "/" + file).isEqualTo(original);
  }
}
