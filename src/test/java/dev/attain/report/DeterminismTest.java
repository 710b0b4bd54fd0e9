package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeterminismTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void sameReportSameBytes(ReportFormat format) {
    for (Report r : Fixtures.all().values()) {
      byte[] first = Render.render(format, r).getBytes(StandardCharsets.UTF_8);
      byte[] second = Render.render(format, Fixtures.all().values().stream()
          .filter(x -> x.title().equals(r.title())).findFirst().orElseThrow()).getBytes(StandardCharsets.UTF_8);
      assertThat(second).isEqualTo(first);
    }
  }
}
