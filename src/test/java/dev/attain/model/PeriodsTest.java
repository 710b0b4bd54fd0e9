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
      "2024年第一季度|2024|3",
      "2024年一季度|2024|3",
      "2024年1季度|2024|3",
      "2024年第1季度|2024|3",
      "2024年前两季度|2024|6",
      "2024年前二季度|2024|6",
      "2024年前三季度|2024|9",
      "2024年前3季度|2024|9",
      "2024年前四季度|2024|12",
      "2024年1-3季度|2024|9",
      "2024年1至3季度|2024|9",
      "2024年一至三季度|2024|9",
      "2024年1-2季度|2024|6",
      "2024年1-9月份|2024|9",
      "2024年1至9月份|2024|9",
      "2024年1月份|2024|1",
      "2024年度|2024|12",
      "2024年全年|2024|12",
      "２０２４年前三季度|2024|9",
      "２０２４年１－６月|2024|6",
      "2024—06|2024|6",
      "' 2023 '|2023|12",
      // as bulletins write them: the year's end (a stock at the end of the year), a range with 月 twice
      "2024年末|2024|12",
      "2024年底|2024|12",
      "2024年1月-9月|2024|9",
      "2024年1月—9月|2024|9",
      "2024年1月–9月|2024|9",
      "2024年1月至9月|2024|9",
      "2024年1月~9月|2024|9",
      "2024年1月-9月份|2024|9",
      "2024年1月-12月|2024|12",
      "２０２４年１月－９月|2024|9",
      // a stock at a month's or quarter's end, as monthly tables date it
      "2024年9月末|2024|9",
      "2024年9月底|2024|9",
      "2024年12月末|2024|12",
      "2024年三季度末|2024|9",
      "2024年第一季度末|2024|3",
      "2024年2季度末|2024|6",
      "2024年上半年末|2024|6",
  })
  void acceptsTheListedForms(String text, int year, int months) {
    assertThat(Periods.parse(text)).contains(new Period(year, months));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024年13月", "24", "2024/6", "2024.06", "2024-0", "2024-Q5", "2024-H3",
      "2024年3-6月", "2024年下半年", "0000", "0001", "0999", "0999-06", "2024-", "20245", "2024年6", "指标", "", "2024-123",
      "2024年第五季度", "2024年第二季度", "2024年二季度", "2024年2季度", "2024年第三季度", "2024年三季度", "2024年3季度",
      "2024年四季度", "2024年前一季度", "2024年前五季度", "2024年前季度", "2024年季度", "2024年9月份", "2024年12月份",
      "2024年3-9月份", "2024年月份", "2024年份", "2024年13月份", "2024年度度", "2024全年",
      "2024年2-3季度", "2024年1-5季度", "2024年1-季度", "2024年-3季度",
      "2024年末末", "2024年末底", "2024末", "2024年底末", "2024年1月-", "2024年月-9月", "2024年1月-13月", "2024年1月-0月",
      "2024年1月9月", "2024年1月-9", "2024年1月月-9月", "2024年3月-6月", "2024年01月-09月份x",
      "2024年13月末", "2024年0月末", "2024年月末", "2024年五季度末", "2024年季度末", "2024年下半年末", "2024年九月末"})
  void refusesOtherForms(String text) {
    assertThat(Periods.parse(text)).isEmpty();
  }

  /**
   * In Chinese statistics 第三季度 is July to September alone and 9月份 the month of September alone;
   * figures here are cumulative from January, so these are refused with what to write instead.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024年第三季度|is the third quarter alone; figures are cumulative from January: write 2024年前三季度 or 2024年1-9月",
      "2024年三季度|is the third quarter alone; figures are cumulative from January: write 2024年前三季度 or 2024年1-9月",
      "2024年3季度|is the third quarter alone; figures are cumulative from January: write 2024年前三季度 or 2024年1-9月",
      "2024年第二季度|is the second quarter alone; figures are cumulative from January: write 2024年上半年 or 2024年1-6月",
      "2023年二季度|is the second quarter alone; figures are cumulative from January: write 2023年上半年 or 2023年1-6月",
      "2024年第四季度|is the fourth quarter alone; figures are cumulative from January: write 2024年 or 2024年1-12月",
      "２０２４年第４季度|is the fourth quarter alone; figures are cumulative from January: write 2024年 or 2024年1-12月",
      "2024年下半年|is July to December alone; figures are cumulative from January: write 2024年 or 2024年1-12月",
      "2024年3-6月|is March to June alone; figures are cumulative from January: write 2024年1-6月",
      "2024年7至9月份|is July to September alone; figures are cumulative from January: write 2024年1-9月",
      "2024年6-6月|is June alone; figures are cumulative from January: write 2024年1-6月",
      "2024年3月-6月|is March to June alone; figures are cumulative from January: write 2024年1-6月",
      "2024年7月—9月|is July to September alone; figures are cumulative from January: write 2024年1-9月",
      "2024年7月至9月份|is July to September alone; figures are cumulative from January: write 2024年1-9月",
      "2024年9月份|reads as September alone (bulletins write 9月份 for the single month); figures are cumulative "
          + "from January: write 2024年1-9月 or 2024年9月",
      "2024年09月份|reads as September alone (bulletins write 9月份 for the single month); figures are cumulative "
          + "from January: write 2024年1-9月 or 2024年9月",
      // dates, other separators, Excel's serial numbers, two-digit years
      "2024/6|is not a form of period: write 2024-06 (January to June)",
      "2024.09|is not a form of period: write 2024-09 (January to September)",
      "202406|is not a form of period: write 2024-06 (January to June)",
      "2024-06-30|is a day's date: write the period it closes, 2024-06 (January to June)",
      "2024/12/31|is a day's date: write the period it closes, 2024-12 (January to December) or 2024 for the year",
      "45473|looks like a date as a spreadsheet stores it (45473 is 2024-06-30): format the column as text before"
          + " saving, or write the period, e.g. 2024-06",
      "24年6月|has a two-digit year: write it in four digits (2024年6月)",
  })
  void refusalsWithAKnownReasonSayWhatToWrite(String text, String why) {
    assertThat(Periods.parse(text)).isEmpty();
    assertThat(Periods.refusal(text)).isEqualTo(why);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024年13月", "2024年第五季度", "2024年前一季度", "2024年13月份", "2024年9-6月",
      "2024年3-13月", "2024年0-6月", "0999年第三季度", "24年第三季度", "指标", ""})
  void otherRefusalsListTheAcceptedForms(String text) {
    assertThat(Periods.refusal(text)).isEqualTo("is not understood (expected 2024, 2024年, 2024-06, 2024年6月, "
        + "2024年1-6月, 2024-Q2, 2024-H1, 2024年上半年 or 2024年前三季度)");
  }

  @Property
  void latinQuartersStayCumulativeAndOnlyTheFirstChineseQuarterIsAccepted(@ForAll("years") int year,
      @ForAll("quarters") int q) {
    assertThat(Periods.parse(year + "年前" + "一两三四".charAt(q - 1) + "季度"))
        .isEqualTo(q == 1 ? java.util.Optional.empty() : java.util.Optional.of(new Period(year, 3 * q)));
    for (String alone : new String[] {"第" + "一二三四".charAt(q - 1), String.valueOf("一二三四".charAt(q - 1)), "" + q}) {
      assertThat(Periods.parse(year + "年" + alone + "季度"))
          .isEqualTo(q == 1 ? java.util.Optional.of(new Period(year, 3)) : java.util.Optional.empty());
    }
    assertThat(Periods.parse(year + "-Q" + q)).contains(new Period(year, 3 * q));
  }

  @Property
  void aRangeWithTheMonthWrittenTwiceIsTheCompactRange(@ForAll("years") int year,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int to,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int from) {
    for (String dash : new String[] {"-", "—", "–", "至", "~", "到"}) {
      String twice = year + "年" + from + "月" + dash + to + "月";
      String compact = year + "年" + from + "-" + to + "月";
      assertThat(Periods.parse(twice)).as(twice).isEqualTo(Periods.parse(compact));
      assertThat(Periods.parse(twice + "份")).as(twice + "份").isEqualTo(Periods.parse(compact + "份"));
      if (Periods.parse(twice).isEmpty()) { // refused for the same reason
        assertThat(Periods.refusal(twice)).isEqualTo(Periods.refusal(compact));
      }
    }
  }

  @Property
  void theYearsEndIsTheYear(@ForAll("years") int year) {
    assertThat(Periods.parse(year + "年末")).contains(new Period(year, 12));
    assertThat(Periods.parse(year + "年底")).contains(new Period(year, 12));
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
