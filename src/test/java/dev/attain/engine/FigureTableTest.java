package dev.attain.engine;

import static dev.attain.engine.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Figure;
import dev.attain.model.Indicator;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.UnitTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {
  private static final UnitTable UNITS = UnitTable.builtIn();

  private static Figure at(Figure f, int line) {
    return new Figure(f.entity(), f.indicator(), f.period(), f.value(), f.unit(), f.growth(),
        new Location("actuals.csv", line, 3));
  }

  @Test
  void aConflictNamesTheIndicatorAsTheTargetsFileCallsItAndBothLines() {
    Indicator gdp = Indicator.of("gdp", "地区生产总值", UNITS.find("亿元").orElseThrow());
    FigureTable t = FigureTable.forTargets(Fixtures.targets(List.of(gdp), List.of()));
    t.accept(at(figure("洛隆县", "gdp", "2024", "18.45", "亿元", null), 2));
    assertThatThrownBy(() -> t.accept(at(figure("洛隆县", "gdp", "2024", "18.5", "亿元", null), 7)))
        .hasMessage("actuals.csv:7:3: conflicting level for 洛隆县 地区生产总值 (gdp) 2024: 18.5 亿元 here,"
            + " 18.45 亿元 at actuals.csv:2:3 (identical duplicates are accepted)");
  }

  @Test
  void anIndicatorWhoseNameIsItsIdIsNamedOnce() {
    Indicator gdp = Indicator.of("GDP", "GDP", UNITS.find("亿元").orElseThrow());
    FigureTable t = FigureTable.forTargets(Fixtures.targets(List.of(gdp), List.of()));
    t.accept(at(figure("", "GDP", "2024", null, "亿元", "8.3"), 2));
    assertThatThrownBy(() -> t.accept(at(figure("", "GDP", "2024", null, "亿元", "8.4"), 3)))
        .hasMessage("actuals.csv:3:3: conflicting growth for GDP 2024: 8.4% here, 8.3% at actuals.csv:2:3"
            + " (identical duplicates are accepted)");
  }

  @Test
  void identicalDuplicatesMergeAfterConversion() {
    FigureTable t = new FigureTable();
    t.accept(figure("洛隆县", "gdp", "2024", "18.45", "亿元", null));
    t.accept(figure("洛隆县", "gdp", "2024", "184500", "万元", "8.3"));
    Figure f = t.get("洛隆县", "gdp", Period.year(2024)).orElseThrow();
    assertThat(f.value().number()).isEqualByComparingTo("18.45");
    assertThat(f.growth().number()).isEqualByComparingTo("8.3");
  }
}
