package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Figure;
import dev.attain.model.Indicator;
import dev.attain.model.Location;
import dev.attain.model.Period;
import dev.attain.model.Periods;
import dev.attain.model.Relation;
import dev.attain.model.Schedule;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds model records for engine tests, with no files. */
final class Fixtures {
  private Fixtures() {}

  static Unit unit(String symbol) {
    return UnitTable.builtIn().find(symbol).orElseThrow();
  }

  static Period period(String text) {
    return Periods.parse(text).orElseThrow();
  }

  /** {@code "5.0"}, {@code "<5"}, {@code "≤5"}, {@code ">3"}, {@code "≥3"}, or null. */
  static Amount amount(String text) {
    if (text == null) {
      return null;
    }
    for (Relation r : new Relation[] {Relation.LE, Relation.GE, Relation.LT, Relation.GT}) {
      if (text.startsWith(r.symbol())) {
        return new Amount(new BigDecimal(text.substring(r.symbol().length())), r);
      }
    }
    return Amount.exact(text);
  }

  private static int line = 1;

  static Figure figure(String entity, String indicator, String period, String value, String unit, String growth) {
    return new Figure(entity, indicator, period(period), amount(value), unit(unit), amount(growth),
        new Location("actuals.csv", ++line, 3));
  }

  static FigureTable table(Figure... figures) {
    FigureTable t = new FigureTable();
    for (Figure f : figures) {
      t.accept(f);
    }
    return t;
  }

  static TargetSet targets(List<Indicator> indicators, List<Target> targets) {
    return targets(indicators, targets, null);
  }

  static TargetSet targets(List<Indicator> indicators, List<Target> targets, Schedule schedule) {
    Map<String, Indicator> byId = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      byId.put(i.id(), i);
    }
    return new TargetSet("targets.yaml", "2024年主要预期目标", Period.year(2024), "全国", List.of(), byId, targets,
        UnitTable.builtIn(), schedule);
  }
}
