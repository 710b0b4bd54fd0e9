package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Bound;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.IndicatorType;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Severity;
import dev.attain.model.Target;
import dev.attain.model.TargetSet;
import dev.attain.model.Threshold;
import dev.attain.model.Unit;
import dev.attain.model.UnitTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsReaderTest {
  static final String HEAD = """
      period: 2024
      indicators:
        gdp: {name: 地区生产总值, unit: 亿元}
        grain: {name: 粮食产量, unit: 万斤}
        cpi: {name: 居民消费价格涨幅, unit: "%"}
      targets:
      """;

  @Test
  void aToleranceAsLargeAsTheFloorOfAValueIsAWarning() {
    try (LogCapture log = new LogCapture()) {
      read(HEAD + "  - {indicator: grain, value: {at_least: 5400, tolerance: 5400}}\n"
          + "  - {indicator: grain, value: {at_least: 5400, tolerance: 100}}\n"
          + "  - {indicator: gdp, growth: {at_least: 3, tolerance: 3}}\n");
      assertThat(log.lines()).containsExactly("WARN t.yaml:7:59: tolerance 5400 is as large as at_least 5400: every"
          + " figure from 0 up is at worst a warning (a tolerance is in the threshold's unit, 万斤, not a share of it)");
    }
  }

  @Test
  void entitiesFoldAsInDataFiles() {
    TargetSet t = read("entity: \"ＡＢ县\\u3000\"\n" + HEAD + "  - {indicator: gdp, value: {at_least: 1}, entity: \"\u00A0洛隆县\"}\n");
    assertThat(t.entity()).isEqualTo("AB县");
    assertThat(t.targets().get(0).entity()).isEqualTo("洛隆县");
  }

  @Test
  void aBlockOfTextWhereAMapBelongsIsQuotedOnOneLine() {
    assertFails(HEAD.replace("targets:\n", "units: |\n  x\n  箱: {dimension: 箱}\ntargets:\n")
        + "  - {indicator: gdp, value: {at_least: 1}}\n",
        "t.yaml:6:8: units: expected a map such as {箱: {dimension: 箱}, 担: {equals: 100 斤}}, found "
            + "\"x\\n箱: {dimension: 箱}\\n\"");
    String longText = "一".repeat(70);
    assertFails(HEAD.replace("targets:\n", "units: " + longText + "\ntargets:\n"),
        "t.yaml:6:8: units: expected a map such as {箱: {dimension: 箱}, 担: {equals: 100 斤}}, found \""
            + "一".repeat(60) + "…\"");
  }

  static TargetSet read(String yaml) {
    return TargetsReader.read(yaml, "t.yaml", Path.of("/data"), ProblemHandler.FAIL_FAST);
  }

  static Target only(String targetsYaml) {
    List<Target> targets = read(HEAD + targetsYaml).targets();
    assertThat(targets).hasSize(1);
    return targets.get(0);
  }

  static void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).hasMessage(message);
  }

  @Nested
  class TheFullFixture {
    final TargetSet set = TargetsReader.read(Path.of("src/test/resources/good/yaml/full.yaml"), ProblemHandler.FAIL_FAST);
    final String file = "src/test/resources/good/yaml/full.yaml";

    @Test
    void topLevel() {
      assertThat(set.file()).isEqualTo(file);
      assertThat(set.title()).isEqualTo("洛隆县2024年主要预期目标");
      assertThat(set.period()).isEqualTo(Period.year(2024));
      assertThat(set.entity()).isEqualTo("洛隆县");
      assertThat(set.actuals()).containsExactly(
          Path.of("src/test/resources/good/yaml/actuals.csv"), Path.of("src/test/resources/good/yaml/../shared/national.csv"));
      assertThat(set.schedule().points()).containsExactly(
          Map.entry(3, new BigDecimal("20")), Map.entry(6, new BigDecimal("45")), Map.entry(9, new BigDecimal("70")));
    }

    @Test
    void customUnits() {
      assertThat(set.units().find("箱")).contains(new Unit("箱", "箱", BigDecimal.ONE));
      assertThat(set.units().find("担")).contains(new Unit("担", "mass", new BigDecimal("100")));
      assertThat(set.units().find("万箱")).contains(new Unit("万箱", "箱", new BigDecimal("10000")));
      assertThat(set.units().find("万吨")).isPresent();
    }

    @Test
    void indicators() {
      assertThat(set.indicators().keySet()).containsExactly("gdp", "urban_income", "grain_output", "farmland", "cpi", "tea");
      Indicator gdp = set.indicators().get("gdp");
      assertThat(gdp.name()).isEqualTo("地区生产总值");
      assertThat(gdp.unit().symbol()).isEqualTo("亿元");
      assertThat(gdp.aliases()).containsExactly("GDP", "生产总值");
      assertThat(gdp.growth()).isEqualTo(GrowthBasis.REAL);
      assertThat(gdp.type()).isEqualTo(IndicatorType.FLOW);
      assertThat(gdp.decimals()).isEqualTo(1);
      assertThat(gdp.location()).isEqualTo(new Location(file, 15, 3));
      assertThat(set.indicators().get("urban_income").decimals()).isEqualTo(2);
      assertThat(set.indicators().get("grain_output").schedule().points()).containsExactly(
          Map.entry(3, new BigDecimal("0")), Map.entry(6, new BigDecimal("30")),
          Map.entry(9, new BigDecimal("80")), Map.entry(12, new BigDecimal("100")));
      assertThat(set.indicators().get("farmland").type()).isEqualTo(IndicatorType.STOCK);
      assertThat(set.indicators().get("cpi").type()).isEqualTo(IndicatorType.RATE);
      assertThat(set.indicators().get("tea").unit()).isEqualTo(new Unit("万箱", "箱", new BigDecimal("10000")));
    }

    @Test
    void targetsInFileOrderWithUniqueIds() {
      assertThat(set.targets()).extracting(Target::id).containsExactly(
          "gdp.growth", "urban_income.growth", "urban_income.growth.2", "grain_output.value", "grain_tonnes",
          "grain_output.value.2", "cpi.value", "farmland.change", "tea.value");
    }

    @Test
    void targets() {
      List<Target> t = set.targets();
      assertThat(t.get(0).threshold()).isEqualTo(Threshold.atLeast("8", UnitTable.percent()));
      assertThat(t.get(0).text()).isEqualTo("地区生产总值增长8%");
      assertThat(t.get(0).location()).isEqualTo(new Location(file, 33, 5));
      assertThat(t.get(1).threshold().atLeast()).isEqualTo(new Bound.Reference("gdp", Measure.GROWTH, BigDecimal.ZERO));
      Threshold third = t.get(2).threshold();
      assertThat(third.atLeast()).isEqualTo(new Bound.Reference("gdp", Measure.GROWTH, new BigDecimal("-0.5")));
      assertThat(third.atMost()).isEqualTo(Bound.of("12"));
      assertThat(third.tolerance()).isEqualTo(new BigDecimal("0.5"));
      assertThat(t.get(4).threshold()).isEqualTo(Threshold.atLeast("2.7", set.units().find("万吨").orElseThrow()));
      assertThat(t.get(5).threshold().unit().symbol()).isEqualTo("担");
      assertThat(t.get(5).period()).isEqualTo(new Period(2024, 6));
      assertThat(t.get(6).severity()).isEqualTo(Severity.WARN);
      assertThat(t.get(6).threshold()).isEqualTo(Threshold.atMost("3", UnitTable.percent()).withTolerance("0.5"));
      assertThat(t.get(7).measure()).isEqualTo(Measure.CHANGE);
      assertThat(t.get(7).entity()).isEqualTo("洛隆县");
      assertThat(t.get(7).severity()).isEqualTo(Severity.FAIL);
      assertThat(t.get(8).period()).isEqualTo(Period.year(2025));
      assertThat(t.get(8).threshold().atMost()).isEqualTo(Bound.of("3"));
    }
  }

  @Nested
  class Defaults {
    @Test
    void titleIsTheFileNameWithoutExtension() {
      assertThat(TargetsReader.read(HEAD + "  - {indicator: gdp, growth: {at_least: 8}}", "dir/洛隆县.targets.yaml",
          null, ProblemHandler.FAIL_FAST).title()).isEqualTo("洛隆县.targets");
    }

    @Test
    void noActualsIsAnEmptyListAndNoEntityOrScheduleIsNull() {
      TargetSet s = read(HEAD + "  - {indicator: gdp, growth: {at_least: 8}}");
      assertThat(s.actuals()).isEmpty();
      assertThat(s.entity()).isNull();
      assertThat(s.schedule()).isNull();
    }

    @Test
    void actualsMayBeOnePathAndResolveAgainstTheFolder() {
      assertThat(read("actuals: a.csv\n" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}").actuals())
          .containsExactly(Path.of("/data/a.csv"));
    }

    @Test
    void aTargetHasSeverityFailEveryEntityAndNoText() {
      Target t = only("  - {indicator: gdp, growth: {at_least: 8}}");
      assertThat(t.severity()).isEqualTo(Severity.FAIL);
      assertThat(t.entity()).isNull();
      assertThat(t.text()).isNull();
      assertThat(t.period()).isEqualTo(Period.year(2024));
    }

    @Test
    void aPercentUnitMakesARateAndAnExplicitTypeOtherwiseWins() {
      TargetSet s = read("""
          period: 2024
          indicators:
            cpi: {name: 居民消费价格涨幅, unit: "%"}
            births: {name: 出生率, unit: ‰}
            said: {name: 失业率, unit: "%", type: rate}
            farmland: {name: 耕地保有量, unit: 万亩, type: stock}
            output: {name: 产量, unit: 万斤}
          targets:
            - {indicator: cpi, value: {at_most: 3}}
          """);
      assertThat(s.indicators().values()).extracting(Indicator::type).containsExactly(
          IndicatorType.RATE, IndicatorType.RATE, IndicatorType.RATE, IndicatorType.STOCK, IndicatorType.FLOW);
    }

    @Test
    void aFlowOrStockOnAPercentOrPermilleUnitIsRefused() {
      assertFails("""
          period: 2024
          indicators:
            cpi: {name: CPI, unit: "%", type: flow}
          targets:
            - {indicator: cpi, value: {at_most: 3}}
          """, "t.yaml:3:37: indicator cpi: a % unit makes it a rate; type flow does not apply "
          + "(leave type: out, or write type: rate)");
      assertFails("""
          period: 2024
          indicators:
            births: {name: 出生率, unit: ‰, type: stock}
          targets:
            - {indicator: births, value: {at_most: 10}}
          """, "t.yaml:3:38: indicator births: a ‰ unit makes it a rate; type stock does not apply "
          + "(leave type: out, or write type: rate)");
    }

    @Test
    void defaultIdsStepAroundExplicitOnesInFileOrder() {
      TargetSet s = read(HEAD + """
            - {indicator: gdp, growth: {at_least: 8}}
            - {indicator: gdp, growth: {at_least: 7}}
            - {indicator: gdp, growth: {at_least: 6}, id: gdp.growth.2}
            - {indicator: gdp, growth: {at_least: 5}}
          """);
      assertThat(s.targets()).extracting(Target::id)
          .containsExactly("gdp.growth", "gdp.growth.3", "gdp.growth.2", "gdp.growth.4");
    }

    @Test
    void aReferenceTakesTheTargetsMeasureAndPlusZero() {
      Target t = only("  - {indicator: grain, value: {at_most: {indicator: grain, measure: change, plus: 5}}}");
      assertThat(t.threshold().atMost()).isEqualTo(new Bound.Reference("grain", Measure.CHANGE, new BigDecimal("5")));
    }
  }

  @Nested
  class Numbers {
    @Test
    void outOfRangeNumbersAreRefusedNotOverflowed() {
      for (String n : new String[] {"1000000000000000000000000000000", "0.1234567890123456789012345678901"}) {
        assertThatThrownBy(() -> only("  - {indicator: gdp, value: {at_least: " + n + "}}"))
            .isInstanceOf(InputException.class)
            .hasMessageEndingWith("at_least: " + n + " is out of range (at most 30 digits before and 30 after the decimal point)");
      }
    }

    @Test
    void keepTheirDigitsExactly() {
      Target t = only("  - {indicator: gdp, value: {at_least: 0.100000000000000005551115123125, at_most: 12.50}}");
      assertThat(t.threshold().atLeast()).isEqualTo(Bound.of("0.100000000000000005551115123125"));
      assertThat(((Bound.Fixed) t.threshold().atMost()).number().scale()).isEqualTo(2);
    }

    @Test
    void quotedNumbersAndSignsAreNumbers() {
      Target t = only("  - {indicator: gdp, value: {at_least: \"-1.5\", at_most: 1000}}");
      assertThat(t.threshold().atLeast()).isEqualTo(Bound.of("-1.5"));
      assertThat(t.threshold().atMost()).isEqualTo(Bound.of("1000"));
      t = only("  - {indicator: gdp, value: {at_least: \"0.001\", at_most: +12.50}}");
      assertThat(((Bound.Fixed) t.threshold().atMost()).number().toString()).isEqualTo("12.50");
      assertThat(t.threshold().atLeast()).isEqualTo(Bound.of("0.001"));
      t = only("  - indicator: gdp\n    value:\n      at_least: 18.45\n      at_most: \"20\"\n");
      assertThat(t.threshold().atLeast()).isEqualTo(Bound.of("18.45"));
      assertThat(t.threshold().atMost()).isEqualTo(Bound.of("20"));
    }

    @Test
    void scientificNotationIsRefusedAsInDataFiles() {
      assertFails(HEAD + "  - {indicator: gdp, value: {at_least: 5e2}}",
          "t.yaml:7:40: at_least: 5e2 is in scientific notation (write the number in full, 500 for 5e2)");
      assertFails(HEAD + "  - {indicator: gdp, value: {at_least: \"5e2\"}}",
          "t.yaml:7:40: at_least: \"5e2\" is in scientific notation (write the number in full, 500 for 5e2)");
      assertFails(HEAD + "  - {indicator: gdp, value: {at_most: 1.5E-3}}",
          "t.yaml:7:39: at_most: 1.5E-3 is in scientific notation (write the number in full, 0.0015 for 1.5E-3)");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: \"8e0%\"}}",
          "t.yaml:7:41: at_least: \"8e0%\" is in scientific notation (write the number in full, 8 for 8e0)");
      assertFails(HEAD + "  - indicator: gdp\n    value:\n      at_least: 1.2e+3\n",
          "t.yaml:9:17: at_least: 1.2e+3 is in scientific notation (write the number in full, 1200 for 1.2e+3)");
      assertFails(HEAD + "  - {indicator: gdp, value: {at_least: 1, tolerance: 1e1}}",
          "t.yaml:7:54: tolerance: 1e1 is in scientific notation (write the number in full, 10 for 1e1)");
      for (String n : new String[] {"1e2147483647", "1e-2147483647", "1e99999999999", "1e31"}) {
        assertFails(HEAD + "  - {indicator: gdp, value: {at_least: " + n + "}}",
            "t.yaml:7:40: at_least: " + n + " is in scientific notation (write the number in full, e.g. 1200 for 1.2E3)");
      }
    }

    @Test
    void aPercentSignIsAcceptedForGrowthAndForRateIndicators() {
      assertThat(only("  - {indicator: gdp, growth: {at_least: \"8%\", tolerance: \"0.5%\"}}").threshold())
          .isEqualTo(Threshold.atLeast("8", UnitTable.percent()).withTolerance("0.5"));
      assertThat(only("  - {indicator: cpi, value: {at_most: ３％}}").threshold().atMost()).isEqualTo(Bound.of("3"));
    }

    @Test
    void hexUnderscoresInfinityAndBooleansAreNotNumbers() {
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: 0x10}}",
          "t.yaml:7:41: at_least: expected a number or {indicator: <id>}, found 0x10");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: 1_000}}",
          "t.yaml:7:41: at_least: expected a number or {indicator: <id>}, found 1_000");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: .inf}}",
          "t.yaml:7:41: at_least: expected a number or {indicator: <id>}, found .inf");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: yes}}",
          "t.yaml:7:41: at_least: expected a number or {indicator: <id>}, found yes");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: }}",
          "t.yaml:7:40: at_least: expected a number or {indicator: <id>}, found nothing");
    }

    @Test
    void aQuotedNumberMayHaveThousandsSeparatorsAsInDataFiles() {
      Target t = only("  - {indicator: grain, value: {at_least: \"5,400\", at_most: \"1,234,567.50\", tolerance: \"1,000\"}}");
      assertThat(t.threshold().atLeast()).isEqualTo(Bound.of("5400"));
      assertThat(t.threshold().atMost()).isEqualTo(Bound.of("1234567.50"));
      assertThat(t.threshold().tolerance()).isEqualTo(new BigDecimal("1000"));
      assertThat(only("  - {indicator: grain, value: {at_least: \"１，２００\"}}").threshold().atLeast())
          .as("full-width, folded").isEqualTo(Bound.of("1200"));
      assertThat(only("  - {indicator: gdp, value: {at_least: \"-1,200\"}}").threshold().atLeast())
          .isEqualTo(Bound.of("-1200"));
      assertThat(only("  - {indicator: cpi, value: {at_most: \"1,000%\"}}").threshold().atMost())
          .isEqualTo(Bound.of("1000"));
      // in a block mapping an unquoted 1,200 is text too, and reads the same
      assertThat(only("  - indicator: grain\n    value:\n      at_least: 1,200\n").threshold().atLeast())
          .isEqualTo(Bound.of("1200"));
    }

    @Test
    void aFootnoteMarkIsNotADigitAndTheMinusSignIsAMinus() {
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 8①}}",
          "t.yaml:7:42: at_least: \"8①\" carries a footnote mark \"①\": remove it (a note goes in a column of its own)");
      assertThat(only("  - {indicator: grain, change: {at_least: \"−5\"}}").threshold().atLeast())
          .isEqualTo(Bound.of("-5"));
    }

    @Test
    void separatorsGoEveryThreeDigits() {
      for (String bad : new String[] {"12,34", "1,2345", "1234,567", ",123", "1,", "1,234,56", "1,234e3", "0,500",
          "0,5", "-0,500", "1,234.5,6"}) {
        assertFails(HEAD + "  - {indicator: grain, value: {at_least: \"" + bad + "\"}}",
            "t.yaml:7:42: at_least: \"" + bad + "\" is not a number: a comma separates thousands only, every three"
                + " digits (e.g. 5,400 or 1,234.5); a decimal is written with a point (0.5, not 0,5)");
      }
    }

    @Test
    void anUnquotedSeparatorInAFlowMappingIsToldForWhatItIs() {
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 1,200}}",
          "t.yaml:7:44: unknown key \"200\" (a number with a thousands separator must be quoted: \"1,200\")");
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 1,234,567.5}}",
          "t.yaml:7:44: unknown key \"234\" (a number with a thousands separator must be quoted: \"1,234,567.5\")");
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 5, tolerance: -1,500}}",
          "t.yaml:7:59: unknown key \"500\" (a number with a thousands separator must be quoted: \"-1,500\")");
      // quoting would not make these numbers: the separators are said to be wrong at once
      String commas = " is not a number: a comma separates thousands only, every three digits (e.g. 5,400 or"
          + " 1,234.5); a decimal is written with a point (0.5, not 0,5)";
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 0,500}}", "t.yaml:7:44: at_least: 0,500" + commas);
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 5, tolerance: -0,500}}",
          "t.yaml:7:59: tolerance: -0,500" + commas);
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 1,234.5,600}}",
          "t.yaml:7:44: at_least: 1,234.5,600" + commas);
      // not a split number: a decimal before the comma, two digits after it, a key on another line
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 1.5,200}}",
          "t.yaml:7:46: unknown key \"200\" (expected at_least, at_most, tolerance, unit)");
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 12,34}}",
          "t.yaml:7:45: unknown key \"34\" (expected at_least, at_most, tolerance, unit)");
      assertFails(HEAD + "  - {indicator: grain, value: {at_least: 1,\n      200}}",
          "t.yaml:8:7: unknown key \"200\" (expected at_least, at_most, tolerance, unit)");
    }

    @Test
    void aPermilleSignOnAPercentThresholdIsRefused() {
      assertFails(HEAD + "  - {indicator: cpi, value: {at_most: 3‰}}",
          "t.yaml:7:39: at_most: \"3‰\" is in ‰ but the threshold is in %; write a plain number");
    }
  }

  @Nested
  class PercentagePoints {
    @Test
    void aChangeOfARateIsInPercentagePoints() {
      Unit pp = UnitTable.percentagePoints();
      assertThat(only("  - {indicator: cpi, change: {at_least: 1}}").threshold()).isEqualTo(Threshold.atLeast("1", pp));
      assertThat(only("  - {indicator: cpi, change: {at_least: 1, unit: pp}}").threshold())
          .isEqualTo(Threshold.atLeast("1", pp));
      assertThat(only("  - {indicator: cpi, change: {at_least: 1, unit: PP}}").threshold())
          .isEqualTo(Threshold.atLeast("1", pp));
      assertThat(only("  - {indicator: cpi, change: {at_least: 1, unit: 百分点}}").threshold())
          .isEqualTo(Threshold.atLeast("1", pp));
      assertThat(only("  - {indicator: cpi, change: {at_least: 1, unit: \"%\"}}").threshold())
          .isEqualTo(Threshold.atLeast("1", pp));
      assertThat(only("  - {indicator: cpi, change: {at_least: \"1%\", tolerance: 0.1}}").threshold())
          .isEqualTo(Threshold.atLeast("1", pp).withTolerance("0.1"));
      assertThat(pp.symbol()).isEqualTo("pp");
      assertThat(UnitTable.builtIn().find("pp")).as("no level is in pp: not a unit of data files").isEmpty();
    }

    @Test
    void aPermilleRateKeepsItsPointsUnlessPercentagePointsAreAsked() {
      String head = HEAD.replace("targets:\n", "").replace("indicators:\n", "indicators:\n  birth: {name: 人口出生率, unit: \"‰\"}\n")
          + "targets:\n";
      assertThat(read(head + "  - {indicator: birth, change: {at_least: -1}}").targets().get(0).threshold().unit().symbol())
          .isEqualTo("‰");
      assertThat(read(head + "  - {indicator: birth, change: {at_least: -0.1, unit: pp}}").targets().get(0).threshold())
          .isEqualTo(Threshold.atLeast("-0.1", UnitTable.percentagePoints()));
    }

    @Test
    void percentagePointsMeasureOnlyAChangeOfARate() {
      assertFails(HEAD + "  - {indicator: cpi, value: {at_most: 3, unit: pp}}",
          "t.yaml:7:48: unit pp (percentage points) is the unit of a change of a rate (change:), not of a level; "
              + "a level of cpi is in %");
      assertFails(HEAD + "  - {indicator: gdp, change: {at_least: 1, unit: 百分点}}",
          "t.yaml:7:50: unit 百分点 (percentage points) measures a change of a rate; indicator gdp is in 亿元 (money)");
      assertFails(HEAD.replace("targets:\n", "units: {pp: {dimension: pp}}\ntargets:\n") + "  - {indicator: gdp, value: {at_least: 1}}",
          "t.yaml:6:9: unit \"pp\" is built in; choose another symbol (attain units lists the known units)");
    }

    @Test
    void growthOfARateIsRefusedForItsChange() {
      assertFails(HEAD + "  - indicator: cpi\n    growth: {at_least: 5}\n",
          "t.yaml:8:5: growth of 居民消费价格涨幅, a rate in %, would be a relative change of a rate (2.0% → 2.2% is +10%); "
              + "write change: {…} for percentage points");
      String permille = HEAD.replace("indicators:\n", "indicators:\n  birth: {name: 人口出生率, unit: \"‰\"}\n");
      assertFails(permille + "  - {indicator: birth, growth: {at_most: 1}}",
          "t.yaml:8:24: growth of 人口出生率, a rate in ‰, would be a relative change of a rate (2.0‰ → 2.2‰ is +10%); "
              + "write change: {…} for ‰ points");
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: {indicator: cpi}}}",
          "t.yaml:7:41: at_least refers to the growth of 居民消费价格涨幅, a rate in %: a relative change of a rate "
              + "(2.0% → 2.2% is +10%); refer to measure: change for percentage points");
      assertThat(only("  - {indicator: cpi, change: {at_most: 0.5}}").measure()).isEqualTo(Measure.CHANGE);
    }

    @Test
    void percentagePointsAreNoIndicatorUnit() {
      String points = HEAD.replace("unit: \"%\"}", "unit: 百分点}") + "  - {indicator: cpi, value: {at_most: 3}}";
      assertFails(points, "t.yaml:5:31: unit 百分点 (percentage points) is the unit of a change of a rate (change:), "
          + "not of a level; a rate is in \"%\" (a change target on it is then in percentage points)");
      assertFails(HEAD.replace("unit: \"%\"}", "unit: PP}") + "  - {indicator: cpi, value: {at_most: 3}}",
          "t.yaml:5:31: unit PP (percentage points) is the unit of a change of a rate (change:), "
              + "not of a level; a rate is in \"%\" (a change target on it is then in percentage points)");
    }
  }

  @Nested
  class Periods {
    @Test
    void anIntegerOrAStringIsAPeriod() {
      assertThat(read("period: \"2024年\"\n" + HEAD.substring(13) + "  - {indicator: gdp, growth: {at_least: 8}, period: 2025-Q3}")
          .targets().get(0).period()).isEqualTo(new Period(2025, 9));
    }
  }

  @Nested
  class Schedules {
    @Test
    void keysAreQuartersHalvesAndMonths() {
      assertThat(TargetsParser.scheduleMonths("Q1")).isEqualTo(3);
      assertThat(TargetsParser.scheduleMonths("Q4")).isEqualTo(12);
      assertThat(TargetsParser.scheduleMonths("H1")).isEqualTo(6);
      assertThat(TargetsParser.scheduleMonths("H2")).isEqualTo(12);
      assertThat(TargetsParser.scheduleMonths("M1")).isEqualTo(1);
      assertThat(TargetsParser.scheduleMonths("m11")).isEqualTo(11);
      assertThat(TargetsParser.scheduleMonths("M13")).isZero();
      assertThat(TargetsParser.scheduleMonths("Q0")).isZero();
      assertThat(TargetsParser.scheduleMonths("H3")).isZero();
      assertThat(TargetsParser.scheduleMonths("6")).isZero();
    }

    @Test
    void percentagesMustLieWithin0And100AndTheYearEndsAt100() {
      assertFails("schedule: {Q1: 120}\n" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}",
          "t.yaml:1:16: schedule: Q1 must be 0 to 100 (percent of the year), found 120");
      assertFails("schedule: {Q1: 10, H2: 95}\n" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}",
          "t.yaml:1:24: schedule: H2 ends the year and must be 100, found 95");
      assertFails("schedule: {}\n" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}",
          "t.yaml:1:11: schedule: the map is empty (expected e.g. {Q1: 10, H1: 35, Q3: 70}, or leave it out for even months)");
    }
  }

  @Nested
  class Strictness {
    @Test
    void theFirstProblemIsThrownWhenFailingFast() {
      assertFails(HEAD + """
            - {indicator: gdp, growth: {at_leest: 8}}
            - {indicator: gpd, growth: {at_least: 8}}
          """, "t.yaml:7:31: unknown key \"at_leest\" (did you mean \"at_least\"?)");
    }

    @Test
    void anUnknownKeyFarFromEveryValidOneListsThem() {
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: 8}, colour: red}",
          "t.yaml:7:45: unknown key \"colour\" (expected indicator, value, growth, change, id, text, severity, entity, period)");
    }

    @Test
    void anUnknownIndicatorFarFromEveryIdListsThem() {
      assertFails(HEAD + "  - {indicator: population, growth: {at_least: 8}}",
          "t.yaml:7:17: unknown indicator \"population\" (defined: gdp, grain, cpi)");
    }

    @Test
    void aScalarWhereAMapIsExpected() {
      assertFails(HEAD + "  - {indicator: gdp, growth: 8}",
          "t.yaml:7:30: growth: expected a map such as {at_least: 8}, found 8");
      assertFails(HEAD + "  - gdp",
          "t.yaml:7:5: target: expected a map such as {indicator: gdp, growth: {at_least: 8}}, found \"gdp\"");
    }

    @Test
    void aMapWhereTextIsExpected() {
      assertFails(HEAD + "  - {indicator: {id: gdp}, growth: {at_least: 8}}",
          "t.yaml:7:17: indicator: expected text, found a map");
    }

    @Test
    void missingIndicatorsAndTargets() {
      assertFails("period: 2024\n", "t.yaml: missing key \"indicators\" (the indicators the targets measure, e.g. gdp: {name: 地区生产总值, unit: 亿元})");
      ProblemHandler.Collecting c = new ProblemHandler.Collecting(10);
      TargetsReader.read("title: x\n", "t.yaml", null, c);
      assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly(
          "t.yaml: missing key \"indicators\" (the indicators the targets measure, e.g. gdp: {name: 地区生产总值, unit: 亿元})",
          "t.yaml: missing key \"targets\" (a list of targets, e.g. - {indicator: gdp, growth: {at_least: 8}})");
    }

    @Test
    void aTargetOfABadIndicatorIsLeftOutSilently() {
      ProblemHandler.Collecting c = new ProblemHandler.Collecting(10);
      TargetSet s = TargetsReader.read("""
          period: 2024
          indicators:
            gdp: {name: 地区生产总值, unit: 亿园}
            grain: {name: 粮食产量, unit: 万斤}
          targets:
            - {indicator: gdp, growth: {at_least: 8}}
            - {indicator: grain, value: {at_least: 5400}}
          """, "t.yaml", null, c);
      assertThat(c.problems()).extracting(Throwable::getMessage)
          .containsExactly("t.yaml:3:29: unknown unit \"亿园\" (did you mean \"亿元\"? attain units lists the known units)");
      assertThat(s.targets()).extracting(Target::id).containsExactly("grain.value");
    }

    @Test
    void aQuotedMergeKeyIsRefusedToo() {
      assertFails(HEAD + "  - {\"<<\": {indicator: gdp}}",
          "t.yaml:7:6: merge key \"<<\": YAML merge keys are not supported; write the keys out");
    }

    @Test
    void anAnchorOnAScalarIsRefused() {
      assertFails(HEAD + "  - {indicator: gdp, growth: {at_least: &n 8}}",
          "t.yaml:7:41: anchor \"&n\": YAML anchors and aliases are not supported; write the value out");
    }

    @Test
    void aLocalTagIsRefused() {
      assertFails(HEAD + "  - {indicator: gdp, growth: !threshold {at_least: 8}}",
          "t.yaml:7:30: type tag \"!threshold\": YAML type tags are not supported; write the plain value");
    }
  }

  @Nested
  class FullWidthCharacters {
    @Test
    void aFullWidthSpaceThatIndentsIsNamedAtItsLine() {
      assertFails(HEAD + "  - indicator: gdp\n\u3000\u3000growth: {at_least: 8}\n",
          "t.yaml:8:1: full-width space (U+3000) in the indentation: indent with ASCII spaces");
      assertFails(HEAD + "  - indicator: gdp\n  \u3000 growth: {at_least: 8}\n",
          "t.yaml:8:3: full-width space (U+3000) in the indentation: indent with ASCII spaces");
      // read as a key "　　growth" of the whole file: reading stops there, as at a syntax error
      ProblemHandler.Collecting c = new ProblemHandler.Collecting(10);
      assertThatThrownBy(() -> TargetsReader.read(HEAD + "  - indicator: gdp\n\u3000\u3000growth: {at_least: 8}\n",
          "t.yaml", null, c)).hasMessage("t.yaml:8:1: full-width space (U+3000) in the indentation: indent with ASCII spaces");
      assertThat(c.problems()).isEmpty();
    }

    @Test
    void aFullWidthColonAfterAKeyIsNamedWhereItStands() {
      assertFails(HEAD + "  - indicator: cpi\n    value：{at_most: 3}\n",
          "t.yaml:8:10: full-width colon (：) after value: write an ASCII colon and a space (value: …)");
      assertFails(HEAD + "  - indicator： cpi\n    value: {at_most: 3}\n",
          "t.yaml:7:14: full-width colon (：) after indicator: write an ASCII colon and a space (indicator: …)");
      assertFails(HEAD + "  - {indicator: cpi, value: {at_most ：3}}\n",
          "t.yaml:7:38: full-width colon (：) after at_most: write an ASCII colon and a space (at_most: …)");
    }

    @Test
    void aFullWidthCommaBetweenTheEntriesOfBracesIsNamedWhereItStands() {
      assertFails(HEAD + "  - indicator: gdp\n    growth: {at_least: 8，tolerance: 0.5}\n",
          "t.yaml:8:25: full-width comma (，) before tolerance: separate the entries in {…} with an ASCII comma"
              + " (, tolerance: …)");
      assertFails(HEAD + "  - {indicator: cpi，value: {at_most: 3}}\n",
          "t.yaml:7:20: full-width comma (，) before value: separate the entries in {…} with an ASCII comma (, value: …)");
      // in a quoted text, or outside braces, it is text
      TargetSet s = read(HEAD + "  - {indicator: gdp, growth: {at_least: 8}, text: \"增长8%，GDP: 8\"}\n"
          + "  - indicator: cpi\n    value: {at_most: 3}\n    text: 涨幅3%，cpi 3\n");
      assertThat(s.targets()).extracting(Target::text).containsExactly("增长8%，GDP: 8", "涨幅3%，cpi 3");
    }

    @Test
    void aListItemWithNoSpaceAfterItsDashIsNamedWhereItStands() {
      assertFails(HEAD + "  - indicator: gdp\n    growth: {at_least: 8}\n  -indicator: cpi\n    value: {at_most: 3}\n",
          "t.yaml:9:4: no space after the dash of a list item: write - indicator: …");
      assertFails(HEAD + "  -indicator: gdp\n    growth: {at_least: 8}\n",
          "t.yaml:7:4: no space after the dash of a list item: write - indicator: …");
    }

    @Test
    void fullWidthSpacesAndColonsInTextAreText() {
      TargetSet s = read(HEAD
          + "  - indicator: gdp\n"
          + "    growth: {at_least: 8}   # 注：可比价，GDP：8%\n"
          + "    text: 目标：地区生产总值增长8%, GDP：8%\n"
          + "  - indicator: cpi\n"
          + "    value: {at_most: 3}\n"
          + "    text: |\n"
          + "      居民消费价格涨幅：\n"
          + "      \u3000\u3000控制在3%左右。\n"
          + "      value：不是键\n"
          + "  - {indicator: grain, value: {at_least: 5400}, text: \"粮食产量：5400万斤, value：x\"}\n");
      assertThat(s.targets()).extracting(Target::text).containsExactly(
          "目标：地区生产总值增长8%, GDP：8%", "居民消费价格涨幅：\n\u3000\u3000控制在3%左右。\nvalue：不是键",
          "粮食产量：5400万斤, value：x");
    }

    // valid YAML that the full-width scan suspects: it only explains an error
    @Test
    void aQuotedTextMayGoOnToALineIndentedWithFullWidthSpaces() {
      assertThat(only("""
            - indicator: gdp
              growth: {at_least: 8}
              text: "地区生产总值增长8%左右，
          \u3000\u3000在实际工作中努力争取更好结果"
          """).text()).isEqualTo("地区生产总值增长8%左右， \u3000\u3000在实际工作中努力争取更好结果");
    }

    @Test
    void aPlainTextMayGoOnToALineWithAFullWidthColon() {
      assertThat(only("""
            - indicator: grain
              value: {at_least: 5400}
              text: 粮食产量稳定在5400万斤以上
                GDP：100亿元
          """).text()).isEqualTo("粮食产量稳定在5400万斤以上 GDP：100亿元");
    }

    @Test
    void aFlowListMayHoldAFullWidthColon() {
      TargetSet s = read("""
          period: 2024
          indicators:
            gdp: {name: 地区生产总值, unit: 亿元, aliases: [生产总值, GDP：地区]}
          targets:
            - {indicator: gdp, growth: {at_least: 8}}
          """);
      assertThat(s.indicators().get("gdp").aliases()).containsExactly("生产总值", "GDP：地区");
    }

    @Test
    void aSyntaxErrorBelowSuchTextIsTheSyntaxError() {
      assertFails(HEAD + "  - indicator: gdp\n    growth: {at_least: 8}\n    text: \"增长8%，\n\u3000\u3000力争更好\"\n"
              + "  - {indicator: grain, value: {at_least: 5400}\n",
          "t.yaml:12:1: YAML syntax error: expected ',' or '}', but got <stream end> (while parsing a flow mapping at"
              + " line 11, column 5)");
    }

    @Test
    void aFullWidthKeyIsNotAlsoAMissingOne() {
      ProblemHandler.Collecting c = new ProblemHandler.Collecting(10);
      TargetsReader.read(HEAD + "  - indicator: cpi\n    value：{at_most: 3}\n  - {indicator： gdp, growth: {at_least: 8}}\n",
          "t.yaml", null, c);
      assertThat(c.problems()).extracting(Throwable::getMessage).containsExactly(
          "t.yaml:8:10: full-width colon (：) after value: write an ASCII colon and a space (value: …)",
          "t.yaml:9:15: full-width colon (：) after indicator: write an ASCII colon and a space (indicator: …)");
      // a key the scan does not take for one: any unknown key with a ： gets the same message
      assertFails(HEAD + "  - {indicator: cpi, value: {at_most: 3}, 备注：x}\n",
          "t.yaml:7:45: full-width colon (：) after 备注: write an ASCII colon and a space (备注: …)");
    }
  }

  @Nested
  class Files_ {
    @TempDir
    Path dir;

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing() throws IOException {
      Path big = dir.resolve("big.yaml");
      byte[] bytes = new byte[(int) TargetsReader.MAX_BYTES + 1];
      java.util.Arrays.fill(bytes, (byte) '[');  // would be a deeply nested syntax error if parsed
      Files.write(big, bytes);
      assertThatThrownBy(() -> TargetsReader.read(big, ProblemHandler.FAIL_FAST))
          .hasMessage(big + ": the file has 1048577 bytes; targets files over 1048576 bytes (1 MiB) are refused");
    }

    @Test
    void textOverOneMebibyteIsRefusedToo() {
      String text = "# " + "龙".repeat(350_000);
      assertThatThrownBy(() -> TargetsReader.read(text, "t.yaml", null, ProblemHandler.FAIL_FAST))
          .hasMessage("t.yaml: the file has 1050002 bytes; targets files over 1048576 bytes (1 MiB) are refused");
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() throws IOException {
      String body = HEAD + "  - {indicator: gdp, growth: {at_least: 8}}\n";
      int size = body.getBytes(StandardCharsets.UTF_8).length;
      Path f = dir.resolve("t.yaml");
      int rest = (int) TargetsReader.MAX_BYTES - size;
      String line = "#".repeat(99) + "\n";
      Files.writeString(f, body + line.repeat(rest / 100) + "#".repeat(rest % 100), StandardCharsets.UTF_8);
      assertThat(Files.size(f)).isEqualTo(TargetsReader.MAX_BYTES);
      assertThat(TargetsReader.read(f, ProblemHandler.FAIL_FAST).targets()).hasSize(1);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
      Path f = dir.resolve("bom.yaml");
      Files.writeString(f, "\uFEFF" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}\n", StandardCharsets.UTF_8);
      assertThat(TargetsReader.read(f, ProblemHandler.FAIL_FAST).title()).isEqualTo("bom");
    }

    @Test
    void aMissingFile() {
      Path f = dir.resolve("none.yaml");
      assertThatThrownBy(() -> TargetsReader.read(f, ProblemHandler.FAIL_FAST)).hasMessage(f + ": file not found");
    }

    @Test
    void actualsResolveAgainstTheFilesFolder() throws IOException {
      Path f = dir.resolve("t.yaml");
      Files.writeString(f, "actuals: [a.csv, sub/b.csv]\n" + HEAD + "  - {indicator: gdp, growth: {at_least: 8}}\n");
      assertThat(TargetsReader.read(f, ProblemHandler.FAIL_FAST).actuals())
          .containsExactly(dir.resolve("a.csv"), dir.resolve("sub/b.csv"));
    }
  }
}
