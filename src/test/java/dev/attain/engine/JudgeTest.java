package dev.attain.engine;

import static dev.attain.engine.Fixtures.amount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Amount;
import dev.attain.model.Relation;
import dev.attain.model.Severity;
import dev.attain.model.Status;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgeTest {
  static BigDecimal n(String s) {
    return s == null || s.isEmpty() ? null : new BigDecimal(s);
  }

  /** at_least, at_most, tolerance, actual → status or MISSING when unsettled. */
  @ParameterizedTest(name = "[{0}, {1}] ±{2}: {3} → {4}")
  @CsvSource({
    "5,  ,  ,   5,     PASS",
    "5,  ,  ,   4.99,  FAIL",
    "5,  , 0.5, 4.5,   WARN",
    "5,  , 0.5, 4.49,  FAIL",
    " , 3, 0.5, 3.5,   WARN",
    " , 3, 0.5, 3.51,  FAIL",
    " , 5,  ,   <5,    PASS",
    " , 5,  ,   ≤5,    PASS",
    " , 4.5, ,  <5,    MISSING",
    "3,  ,  ,   >3,    PASS",
    "3,  ,  ,   <3,    FAIL",
    "3,  ,  ,   ≤3,    MISSING",
    "3,  , 1,   <2,    FAIL",
    "3,  , 1,   ≤2,    MISSING",
    "3,  , 1,   <3,    MISSING",
    " , 5, 1,   >6,    FAIL",
    " , 5, 1,   ≥6,    MISSING",
    " , 5, 1,   >5,    MISSING",
    "2, 3,  ,   <3,    MISSING",
    "2, 3,  ,   >3,    FAIL",
    "2, 3,  ,   <2,    FAIL",
    "2, 3,  ,   2.5,   PASS",
  })
  void statuses(String lo, String hi, String tol, String actual, String expected) {
    Optional<Status> s = Judge.judge(amount(actual), new Judge.Bounds(n(lo), n(hi), n(tol)), Severity.FAIL);
    assertThat(s.map(Status::name).orElse("MISSING")).isEqualTo(expected);
  }

  /**
   * A bound that is a referenced figure known only as a bound: decided where every pair of values
   * the actual and the bound allow gets the same status, exactly at the edges.
   */
  @ParameterizedTest(name = "[{0}, {1}] ±{2}: {3} → {4}")
  @CsvSource({
    "<5,   ,    ,    5.1,  PASS",
    "<5,   ,    ,    5,    PASS",
    "≤5,   ,    ,    5,    PASS",
    "≤5,   ,    ,    4.9,  MISSING",
    "<5,   ,    ,    4.9,  MISSING",
    ">6,   ,    ,    5.1,  FAIL",
    "≥6,   ,    ,    6,    MISSING",
    ">6,   ,    ,    6,    FAIL",
    ">6,   ,   1,    5.1,  MISSING",
    ">6.1, ,   1,    5.1,  FAIL",
    ">6,   ,   1,    5,    FAIL",
    ">6,   ,   1,    6,    MISSING",
    "<5,   ,    ,    >5,   PASS",
    "<5,   ,    ,    ≥5,   PASS",
    "≤5,   ,    ,    ≥5,   PASS",
    "≤5,   ,    ,    >4.9, MISSING",
    "<5,   ,    ,    <5,   MISSING",
    ">6,   ,    ,    <3,   FAIL",
    ">6,   ,    ,    ≤6,   FAIL",
    "≥6,   ,    ,    ≤6,   MISSING",
    ">6,   ,   1,    <5,   FAIL",
    ">6,   ,   1,    ≤5,   FAIL",
    "≥6,   ,   1,    ≤5,   MISSING",
    "   , <3,   ,    3,    FAIL",
    "   , ≤3,   ,    3,    MISSING",
    "   , ≥3,   ,    3,    PASS",
    "   , >3,   ,    3,    PASS",
    "   , >3,   ,    3.1,  MISSING",
    "   , >3,   ,    <3,   PASS",
    "   , <3,  1,    4,    FAIL",
    "   , <3,  1,    3,    MISSING",
    "2,    >3,  ,    2.5,  PASS",
    "2,    >3,  ,    1,    FAIL",
    ">2,   5,   ,    2,    FAIL",
    ">2,   5,   ,    <2,   FAIL",
    "≥2,   5,   ,    ≥5,   MISSING",
  })
  void boundsKnownOnlyAsBounds(String lo, String hi, String tol, String actual, String expected) {
    Optional<Status> s = Judge.judge(amount(actual), amount(lo), amount(hi), n(tol), Severity.FAIL);
    assertThat(s.map(Status::name).orElse("MISSING")).isEqualTo(expected);
  }

  /** The cells agree with the half-line judge wherever both apply: exact bounds, any actual. */
  @Property(tries = 2000)
  void theCellsAgreeWithTheHalfLineJudge(@ForAll("small") int lo, @ForAll("small") int width,
      @ForAll("small") int tol, @ForAll("small") int actual, @ForAll int which) {
    Relation r = Relation.values()[Math.floorMod(which, 5)];
    BigDecimal a = lo == 0 && width % 3 == 0 ? null : BigDecimal.valueOf(lo, 1);
    BigDecimal b = width % 2 == 0 ? null : BigDecimal.valueOf(lo + Math.abs(width), 1);
    if (a == null && b == null) {
      a = BigDecimal.ONE;
    }
    BigDecimal t = BigDecimal.valueOf(Math.abs(tol) % 7, 1);
    Amount m = new Amount(BigDecimal.valueOf(actual, 1), r);
    for (Severity severity : Severity.values()) {
      assertThat(Judge.judgeCells(m, a == null ? null : Amount.exact(a), b == null ? null : Amount.exact(b), t,
          severity)).as("%s against [%s, %s] ±%s", m, a, b, t).isEqualTo(Judge.judge(m, new Judge.Bounds(a, b, t), severity));
    }
  }

  @Provide
  Arbitrary<Integer> small() {
    return Arbitraries.integers().between(-30, 30);
  }

  @Test
  void aBoundInsideTheWarnBandUnderSeverityWarnIsWarn() {
    Judge.Bounds b = new Judge.Bounds(n("3"), null, n("1"));
    assertThat(Judge.judge(amount("<3"), b, Severity.WARN)).contains(Status.WARN);
    assertThat(Judge.judge(amount("<3"), b, Severity.FAIL)).isEmpty();
    assertThat(Judge.judge(amount("≥3"), b, Severity.WARN)).contains(Status.PASS);
  }

  @Test
  void gapsAndAttainment() {
    assertThat(Judge.gap(n("5.0"), new Judge.Bounds(n("5"), null, null)).toPlainString()).isEqualTo("0.0");
    assertThat(Judge.gap(n("0.2"), new Judge.Bounds(null, n("3"), null)).toPlainString()).isEqualTo("-2.8");
    assertThat(Judge.gap(n("2.5"), new Judge.Bounds(n("2"), n("3"), null)).toPlainString()).isEqualTo("0.0");
    assertThat(Judge.gap(n("3.5"), new Judge.Bounds(n("2"), n("3"), null)).toPlainString()).isEqualTo("0.5");
    assertThat(Judge.attainment(n("1.413"), n("1.3")).toPlainString()).isEqualTo("108.7");
    assertThat(Judge.attainment(n("1"), n("0"))).isNull();
    assertThat(Judge.attainment(n("1"), null)).isNull();
    assertThat(Judge.attainment(n("2"), n("3")).toPlainString()).isEqualTo("66.7");
  }

  /** Half-up to one decimal, but a figure short of its threshold never shows 100.0 %. */
  @ParameterizedTest(name = "{0} of {1}: {2}%")
  @CsvSource({
    "5399.9,  5400, 99.9",
    "5397.3,  5400, 99.9",
    "5399.99, 5400, 99.9",
    "5394,    5400, 99.9",
    "5390,    5400, 99.8",
    "5400,    5400, 100.0",
    "5400.1,  5400, 100.0",
    "5402.7,  5400, 100.1",
  })
  void attainmentOfAFigureShortOfItsThresholdStaysBelowAHundred(String actual, String atLeast, String expected) {
    assertThat(Judge.attainment(n(actual), n(atLeast)).toPlainString()).isEqualTo(expected);
  }
}
