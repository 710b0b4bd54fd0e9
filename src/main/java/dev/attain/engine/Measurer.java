package dev.attain.engine;

import dev.attain.model.Amount;
import dev.attain.model.Decimals;
import dev.attain.model.Figure;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Source;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures an indicator for an entity and period (SPEC §4.2, §4.3): the level, the growth rate or
 * the change. Never judges; "cannot measure" is a {@link Measurement} with a reason.
 */
final class Measurer {
  private final FigureTable figures;

  Measurer(FigureTable figures) {
    this.figures = figures;
  }

  /**
   * @param unit the unit wanted for value and change (ignored for growth, which is in %)
   */
  Measurement measure(Indicator indicator, Measure measure, String entity, Period period, Unit unit) {
    return switch (measure) {
      case VALUE -> value(indicator, entity, period, unit);
      case GROWTH -> growth(indicator, entity, period);
      case CHANGE -> change(indicator, entity, period, unit);
    };
  }

  private Measurement value(Indicator indicator, String entity, Period period, Unit unit) {
    Optional<Figure> f = figures.get(entity, indicator.id(), period);
    if (f.isEmpty()) {
      return Measurement.missing(noFigure(entity, indicator.id(), period, false));
    }
    Figure fig = f.get();
    if (fig.value() == null) {
      return Measurement.missing(noLevel(entity, indicator.id(), period, false));
    }
    Amount v = fig.value();
    if (fig.unit().symbol().equals(unit.symbol())) {
      return Measurement.of(v, Source.REPORTED, List.of());
    }
    BigDecimal converted = convert(fig, v.number(), unit);
    return Measurement.of(v.withNumber(converted), exactly(v.number(), fig.unit(), unit), Source.COMPUTED,
        List.of("converted from " + v + " " + fig.unit()));
  }

  private Measurement growth(Indicator indicator, String entity, Period period) {
    Figure cur = figures.get(entity, indicator.id(), period).orElse(null);
    Figure base = figures.get(entity, indicator.id(), period.base()).orElse(null);
    boolean bothLevels = cur != null && cur.value() != null && base != null && base.value() != null;
    if (indicator.growth() == GrowthBasis.REAL) {
      if (cur == null) {
        return Measurement.missing(noFigure(entity, indicator.id(), period, false));
      }
      if (cur.growth() == null) {
        return Measurement.missing(noRate(entity, indicator.id(), period));
      }
      return Measurement.of(cur.growth(), Source.REPORTED,
          bothLevels ? List.of("real growth: levels not used") : List.of());
    }
    String unusable = levelsUnusable(entity, indicator.id(), cur, base, period);
    if (unusable == null) {
      BigDecimal v = inBase(cur, cur.value().number());
      BigDecimal b = inBase(base, base.value().number());
      return Measurement.of(Amount.exact(Rounding.growth(v, b, indicator.decimals())), Source.COMPUTED, List.of());
    }
    if (cur != null && cur.growth() != null) {
      List<String> notes = new ArrayList<>();
      if (bothLevels && cur.value().isExact() && base.value().isExact() && base.value().number().signum() <= 0) {
        notes.add(unusable + ": reported growth used");
      }
      return Measurement.of(cur.growth(), Source.REPORTED, notes);
    }
    return Measurement.missing(unusable);
  }

  /** Why growth cannot be computed from the levels, or {@code null} when it can. */
  private String levelsUnusable(String entity, String indicator, Figure cur, Figure base, Period period) {
    String missing = noLevelIn(entity, indicator, cur, period, false);
    if (missing != null) {
      return missing;
    }
    if (!cur.value().isExact()) {
      return onlyAs(cur.value());
    }
    missing = noLevelIn(entity, indicator, base, period.base(), true);
    if (missing != null) {
      return missing;
    }
    if (!base.value().isExact()) {
      return period.base() + " level " + onlyAs(base.value()) + " (base period)";
    }
    if (base.value().number().signum() <= 0) {
      return "base level ≤ 0 (" + period.base() + ": " + base.value().number().toPlainString() + " " + base.unit() + ")";
    }
    return null;
  }

  /**
   * Change: level minus the base period's level, in {@code unit}. A bound on one side and an exact
   * figure on the other give a bound on the change ({@code <5} minus 3 is {@code <2}); bounds on
   * both sides give one only when they point opposite ways.
   */
  private Measurement change(Indicator indicator, String entity, Period period, Unit unit) {
    Figure cur = figures.get(entity, indicator.id(), period).orElse(null);
    Figure base = figures.get(entity, indicator.id(), period.base()).orElse(null);
    String missing = noLevelIn(entity, indicator.id(), cur, period, false);
    if (missing == null) {
      missing = noLevelIn(entity, indicator.id(), base, period.base(), true);
    }
    if (missing != null) {
      return Measurement.missing(missing);
    }
    Relation rc = cur.value().relation();
    Relation rb = flip(base.value().relation());
    Relation r;
    if (rc == Relation.EQ || rb == Relation.EQ || rc.isUpper() == rb.isUpper()) {
      r = rc == Relation.EQ ? rb : rb == Relation.EQ ? rc : strictest(rc, rb);
    } else {
      return Measurement.missing(onlyAs(cur.value()) + " and " + period.base() + " level " + onlyAs(base.value()));
    }
    if (!cur.unit().convertsTo(unit)) {
      throw incompatible(cur, unit);
    }
    if (!base.unit().convertsTo(unit)) {
      throw incompatible(base, unit);
    }
    Measurement m;
    if (sameSize(cur.unit(), unit) && sameSize(base.unit(), unit)) {
      // as written: 5.1 − 5.2 = -0.1; 53.30 % − 52.31 % = 0.99 pp
      BigDecimal inUnit = cur.value().number().subtract(base.value().number());
      m = Measurement.of(new Amount(inUnit, r), Source.COMPUTED, List.of());
    } else {
      // exact in the dimension's base unit, then one conversion to the wanted unit
      BigDecimal diff = inBase(cur, cur.value().number()).subtract(inBase(base, base.value().number()));
      Unit baseUnit = new Unit(unit.dimension(), unit.dimension(), BigDecimal.ONE);
      BigDecimal inUnit = Decimals.strip(baseUnit.convert(diff, unit));
      m = Measurement.of(new Amount(inUnit, r), exactly(diff, baseUnit, unit), Source.COMPUTED, List.of());
    }
    if (r == Relation.EQ) {
      return m;
    }
    // a bound nobody reported: say which reported bounds it comes from
    List<String> from = new ArrayList<>();
    if (cur.value().relation().isBound()) {
      from.add(period + " " + onlyAs(cur.value()));
    }
    if (base.value().relation().isBound()) {
      from.add(period.base() + " " + onlyAs(base.value()));
    }
    return m.boundFrom(String.join(", ", from));
  }

  private static boolean sameSize(Unit a, Unit b) {
    return a.factor().compareTo(b.factor()) == 0;
  }

  /** The relation of {@code −x} given the relation of {@code x}. */
  private static Relation flip(Relation r) {
    return switch (r) {
      case EQ -> Relation.EQ;
      case LT -> Relation.GT;
      case LE -> Relation.GE;
      case GT -> Relation.LT;
      case GE -> Relation.LE;
    };
  }

  private static Relation strictest(Relation a, Relation b) {
    if (a.isUpper()) {
      return a == Relation.LT || b == Relation.LT ? Relation.LT : Relation.LE;
    }
    return a == Relation.GT || b == Relation.GT ? Relation.GT : Relation.GE;
  }

  private static BigDecimal inBase(Figure f, BigDecimal number) {
    return number.multiply(f.unit().factor());
  }

  private static BigDecimal convert(Figure f, BigDecimal number, Unit unit) {
    if (!f.unit().convertsTo(unit)) {
      throw incompatible(f, unit);
    }
    return f.unit().convert(number, unit);
  }

  /** {@code number} in unit {@code from}, expressed in {@code to} as an exact fraction (as written when the sizes agree). */
  private static Fraction exactly(BigDecimal number, Unit from, Unit to) {
    return sameSize(from, to) ? Fraction.of(number) : new Fraction(number.multiply(from.factor()), to.factor());
  }

  private static InputException incompatible(Figure f, Unit unit) {
    return new InputException(f.location(), "level of " + f.indicator() + " " + f.period() + " is in " + f.unit()
        + ", which does not convert to " + unit + " (the target's unit)");
  }

  static String noFigure(Period p) {
    return "no " + p + " figure";
  }

  /**
   * Why there is no figure: the row's cells were left blank, where the reader saw it ({@code 2024
   * left blank (actuals.csv:7:4)}), or no row gave one ({@code no 2024 figure}).
   */
  private String noFigure(String entity, String indicator, Period p, boolean base) {
    Optional<Location> blank = figures.blankAt(entity, indicator, p);
    if (blank.isPresent()) {
      return p + " left blank (" + (base ? "base period, " : "") + blank.get() + ")";
    }
    return base ? noFigure(p) + " (base period)" : noFigure(p);
  }

  /**
   * Why a figure that has only a growth rate gives no level: its level cell was left blank, where
   * the reader saw it ({@code 2024 level left blank (actuals.csv:7:4); only a growth rate}), or no
   * row gave one ({@code no 2024 level (only a growth rate)}).
   */
  private String noLevel(String entity, String indicator, Period p, boolean base) {
    Optional<Location> blank = figures.levelBlankAt(entity, indicator, p);
    if (blank.isPresent()) {
      return p + " level left blank (" + (base ? "base period, " : "") + blank.get() + "); only a growth rate";
    }
    return base ? "no " + p + " level (base period: only a growth rate)" : "no " + p + " level (only a growth rate)";
  }

  /**
   * Why a figure of a real-growth indicator gives no rate, which alone counts: its growth cell was
   * left blank, where the reader saw it ({@code 2024 growth rate left blank (actuals.csv:7:5); real
   * growth: levels not used}), or no row gave one ({@code no reported 2024 growth rate (real
   * growth: levels not used)}).
   */
  private String noRate(String entity, String indicator, Period p) {
    Optional<Location> blank = figures.rateBlankAt(entity, indicator, p);
    if (blank.isPresent()) {
      return p + " growth rate left blank (" + blank.get() + "); real growth: levels not used";
    }
    return "no reported " + p + " growth rate (real growth: levels not used)";
  }

  /**
   * Why {@code f} (of period {@code p}; the base period when {@code base}) gives no level: no
   * figure, or only a growth rate, each naming the cell left blank where there is one; {@code null}
   * when it has one.
   */
  private String noLevelIn(String entity, String indicator, Figure f, Period p, boolean base) {
    if (f == null) {
      return noFigure(entity, indicator, p, base);
    }
    if (f.value() == null) {
      return noLevel(entity, indicator, p, base);
    }
    return null;
  }

  /** {@code reported only as < 5}. */
  static String onlyAs(Amount a) {
    return "reported only as " + a.relation().symbol() + " " + a.number().toPlainString();
  }
}
