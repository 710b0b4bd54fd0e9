package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024|2024|12",
      "2024年|2024|12",
      "2024-06|2024|6",
      "2024-6|2024|6",
      "2024年6月|2024|6",
      "2024年1-6月|2024|6",
      "2024年1~6月|2024|6",
      "2024年1月|2024|1",
      "2024年1-12月|2024|12",
      "2024-Q2|2024|6",
      "2024Q2|2024|6",
      "2024q1|2024|3",
      "2024-Q4|2024|12",
      "2024-H1|2024|6",
      "2024H2|2024|12",
      "2024年上半年|2024|6",
      "2024年第二季度|2024|6",
      "2024年三季度|2024|9",
      "2024年1季度|2024|3",
      "２０２４年１－６月|2024|6",
      "2024—06|2024|6",
      "' 2023 '|2023|12",
  })
  void acceptsTheListedForms(String text, int year, int months) {
    assertThat(Periods.parse(text)).contains(new Period(year, months));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024年13月", "24", "2024/6", "2024.06", "2024-0", "2024-Q5", "2024-H3",
      "2024年3-6月", "2024年下半年", "0000", "0001", "0999", "0999-06", "2024-", "20245", "2024年6", "指标", "", "2024-123", "2024年第五季度"})
  void refusesOtherForms(String text) {
    assertThat(Periods.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1000|1000", "9999|9999", "1000-06|1000-06"})
  void yearsRunFrom1000To9999AndPrintWithFourDigits(String text, String shown) {
    assertThat(Periods.parse(text).orElseThrow()).hasToString(shown);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1000|0999", "1000-06|0999-06"})
  void theBaseOfTheFirstYearStillPrintsWithFourDigits(String text, String base) {
    assertThat(Periods.parse(text).orElseThrow().base()).hasToString(base);
  }

  @Property
  void printedFormsReadBack(@ForAll("periods") Period p) {
    assertThat(Periods.parse(p.toString())).contains(p);
    assertThat(Periods.parse(p.toChinese())).contains(p);
  }

  @Property
  void quartersAndHalvesAreCumulative(@ForAll("years") int year, @ForAll("quarters") int q) {
    assertThat(Periods.parse(year + "-Q" + q)).contains(new Period(year, 3 * q));
    assertThat(Periods.parse(year + "Q" + q)).contains(new Period(year, 3 * q));
    assertThat(Periods.parse(year + "-H" + (q + 1) / 2)).contains(new Period(year, 6 * ((q + 1) / 2)));
  }

  @Property
  void baseIsTheSamePeriodAYearEarlier(@ForAll("periods") Period p) {
    Period b = p.base();
    assertThat(b.year()).isEqualTo(p.year() - 1);
    assertThat(b.months()).isEqualTo(p.months());
    assertThat(b).isLessThan(p);
    assertThat(Periods.parse(b.toString())).contains(b);
  }

  @Property
  void orderIsChronological(@ForAll("periods") Period a, @ForAll("periods") Period b) {
    int byEnd = Integer.compare(a.year() * 12 + a.months(), b.year() * 12 + b.months());
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(byEnd) == 0 ? 0
        : Integer.signum(a.year() != b.year() ? Integer.compare(a.year(), b.year()) : byEnd));
  }

  @Property
  void looksLikePeriodForEveryPeriod(@ForAll("periods") Period p) {
    assertThat(Periods.looksLikePeriod(p.toString())).isTrue();
    assertThat(Periods.looksLikePeriod(p.toChinese())).isTrue();
  }

  @Provide
  Arbitrary<Period> periods() {
    return Combinators.combine(years(), Arbitraries.integers().between(1, 12)).as(Period::new);
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(1001, 9999);
  }

  @Provide
  Arbitrary<Integer> quarters() {
    return Arbitraries.integers().between(1, 4);
  }

  @Property(tries = 500)
  void periodsPrintAsFourDigitYearsAndTwoDigitMonths(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 9999) int year,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int months) {
    Period p = new Period(year, months);
    assertThat(p.toString())
        .isEqualTo(months == 12 ? String.format("%04d", year) : String.format("%04d-%02d", year, months));
  }
}
