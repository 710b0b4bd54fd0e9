package dev.attain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.model.Schedule;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeProgressTest {
  static final Schedule GRAIN =
      new Schedule(new TreeMap<>(Map.of(3, new BigDecimal("10"), 6, new BigDecimal("35"), 9, new BigDecimal("70"))));

  @ParameterizedTest
  @CsvSource({"0, 0.0", "1, 8.3", "4, 33.3", "6, 50.0", "9, 75.0", "12, 100.0"})
  void evenMonths(int months, String elapsed) {
    assertThat(TimeProgress.elapsed(Schedule.EVEN, months).toPlainString()).isEqualTo(elapsed);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "1, 3.3", "3, 10.0", "5, 26.7", "6, 35.0", "8, 58.3", "9, 70.0", "11, 90.0", "12, 100.0"})
  void seasonalScheduleInterpolatesByMonth(int months, String elapsed) {
    assertThat(TimeProgress.elapsed(GRAIN, months).toPlainString()).isEqualTo(elapsed);
  }

  @Test
  void exactShares() {
    assertThat(TimeProgress.share(Schedule.EVEN, 6)).isEqualByComparingTo(new Fraction(new BigDecimal("50"), BigDecimal.ONE));
    assertThat(TimeProgress.share(GRAIN, 9)).isEqualByComparingTo(new Fraction(new BigDecimal("70"), BigDecimal.ONE));
    // July does not terminate: 700/12 %, kept as a fraction, never cut to 58.33…
    Fraction july = TimeProgress.share(Schedule.EVEN, 7);
    assertThat(july.toString()).isEqualTo("700/12");
    assertThat(july.compareTo(new BigDecimal("58.33333333333333333333333333333333"))).isPositive();
    assertThat(july.compareTo(new BigDecimal("58.33333333333333333333333333333334"))).isNegative();
    // August of a schedule {H1: 35, Q3: 70}: 35 + 35 × 2/3 = 175/3 %, exactly
    assertThat(TimeProgress.share(GRAIN, 8)).isEqualByComparingTo(new Fraction(new BigDecimal("175"), new BigDecimal("3")));
  }

  @Test
  void monthsOutOfRange() {
    assertThatThrownBy(() -> TimeProgress.share(Schedule.EVEN, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months must be 0 to 12: 13");
  }
}
