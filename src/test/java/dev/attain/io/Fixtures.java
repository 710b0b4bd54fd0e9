package dev.attain.io;

import dev.attain.model.Figure;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.TargetSet;
import dev.attain.model.UnitTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small vocabulary for reader tests: the Luolong County indicators. */
final class Fixtures {
  private Fixtures() {}

  static TargetSet targets() {
    return targets("洛隆县");
  }

  static TargetSet targets(String entity) {
    UnitTable u = UnitTable.builtIn();
    Map<String, Indicator> m = new LinkedHashMap<>();
    put(m, Indicator.of("gdp", "地区生产总值", u.find("亿元").orElseThrow())
        .withAliases(List.of("GDP", "生产总值")).withGrowth(GrowthBasis.REAL));
    put(m, Indicator.of("grain_output", "粮食产量", u.find("万斤").orElseThrow()));
    put(m, Indicator.of("farmland", "耕地保有量", u.find("万亩").orElseThrow()).withType(IndicatorType.STOCK));
    put(m, Indicator.of("cpi", "居民消费价格涨幅", u.find("%").orElseThrow()));
    put(m, Indicator.of("urban_income", "城镇居民人均可支配收入", u.find("元").orElseThrow())
        .withAliases(List.of("Urban Income")));
    return new TargetSet("targets.yaml", "洛隆县2024年主要预期目标", null, entity, List.of(), m, List.of(), u, null);
  }

  private static void put(Map<String, Indicator> m, Indicator i) {
    m.put(i.id(), i);
  }

  /** {@code 洛隆县 gdp 2024 value=18.45 亿元 growth=8.3 @x.csv:2:3}: one line per figure in goldens. */
  static String show(Figure f) {
    return (f.entity().isEmpty() ? "-" : f.entity()) + " " + f.indicator() + " " + f.period()
        + " value=" + (f.value() == null ? "none" : f.value() + " " + f.unit())
        + " growth=" + (f.growth() == null ? "none" : f.growth())
        + " @" + f.location();
  }
}
