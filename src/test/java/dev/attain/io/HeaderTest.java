package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.UnitTable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Indicator|INDICATOR", "指标名称|INDICATOR", "ＰＥＲＩＯＤ|PERIOD", "年度|PERIOD",
      "数值(亿元)|VALUE", "数值（亿元）|VALUE", "' Value '|VALUE", "本期值|VALUE", "计量单位|UNIT",
      "增速(%)|GROWTH", "同比增速|GROWTH", "增长率|GROWTH", "Entity|ENTITY", "地区|ENTITY"})
  void namesRoles(String header, Header.Role role) {
    assertThat(Header.role(header)).isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({"备注", "2024", "上年同期"})
  void otherColumnsHaveNoRole(String header) {
    assertThat(Header.role(header)).isNull();
  }

  @org.junit.jupiter.api.Test
  void valueHeaderMayNameTheUnit() {
    Header h = Header.of(List.of("指标", "年份", "数值（万吨）", "增速(%)"), "a.csv", 1, UnitTable.builtIn());
    assertThat(h.wide).isFalse();
    assertThat(h.valueUnit.symbol()).isEqualTo("万吨");
    assertThat(h.growth).isEqualTo(3);
    assertThat(Header.of(List.of("指标", "年份", "数值(当年价)"), "a.csv", 1, UnitTable.builtIn()).valueUnit).isNull();
  }

  @org.junit.jupiter.api.Test
  void aFileWithPeriodHeadersAndNoPeriodColumnIsWide() {
    Header h = Header.of(List.of("指标", "单位", "2022", "2023年", "备注"), "a.csv", 1, UnitTable.builtIn());
    assertThat(h.wide).isTrue();
    assertThat(h.periodColumns).containsExactly(2, 3);
    assertThat(h.unit).isEqualTo(1);
  }
}
