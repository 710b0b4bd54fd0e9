package dev.attain.report;

import static dev.attain.report.Render.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {
  @Test
  void summaryOnlyWritesTheFirstLine() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(false, true)))
        .isEqualTo("洛隆县2024年主要预期目标: FAIL — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent\n");
  }

  @Test
  void plainOutputHasNoEscapeCodes() {
    assertThat(render(ReportFormat.TEXT, Fixtures.counties())).doesNotContain("\u001b");
  }

  @Test
  void colourWrapsStatusesOnly() {
    String coloured = render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(true, false));
    assertThat(coloured.lines().findFirst().orElseThrow())
        .isEqualTo("洛隆县2024年主要预期目标: \u001b[31mFAIL\u001b[0m — 2 failed, 2 warnings, 11 passed, 2 missing, 1 inconsistent");
    assertThat(coloured).contains("\u001b[32mPASS\u001b[0m     gdp.growth")
        .contains("\u001b[35mMISSING\u001b[0m  revenue.growth")
        .contains("\u001b[33mWARN\u001b[0m     cpi.value");
  }

  @Test
  void colourDoesNotMoveColumns() {
    String plain = render(ReportFormat.TEXT, Fixtures.luolong());
    String coloured = render(ReportFormat.TEXT, Fixtures.luolong(), new RenderOptions(true, false));
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }

  @Test
  void columnsAlignByDisplayWidth() {
    List<String> lines = render(ReportFormat.TEXT, Fixtures.counties()).lines().toList();
    String header = lines.get(2);
    int periodColumn = DisplayWidth.of(header.substring(0, header.indexOf("period")));
    for (String line : lines.subList(4, 16)) {
      int at = line.indexOf("2024");
      assertThat(DisplayWidth.of(line.substring(0, at))).as(line).isEqualTo(periodColumn);
    }
  }

  @Test
  void noLineEndsInSpaces() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong()).lines()).noneMatch(l -> l.endsWith(" "));
  }

  @Test
  void entityColumnOnlyWithSeveralEntities() {
    assertThat(render(ReportFormat.TEXT, Fixtures.luolong()).lines().skip(2).findFirst().orElseThrow())
        .doesNotContain("entity");
    assertThat(render(ReportFormat.TEXT, Fixtures.counties()).lines().skip(2).findFirst().orElseThrow())
        .contains("entity");
  }
}
