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
      "增速(%)|GROWTH", "同比增速|GROWTH", "增长率|GROWTH", "Entity|ENTITY", "地区|ENTITY",
      // the growth columns of statistical bulletins (统计公报)
      "比上年增长(%)|GROWTH", "比上年增长（%）|GROWTH", "比上年增长（％）|GROWTH", "增长速度(%)|GROWTH", "增速(%)|GROWTH",
      "同比增长(%)|GROWTH", "同比增减(%)|GROWTH", "比上年增减(%)|GROWTH", "同比(%)|GROWTH", "比上年同期增长(%)|GROWTH",
      "增速%|GROWTH", "同比增减％|GROWTH", "比上年增长|GROWTH", "增速(累计)|GROWTH", "增长(单位：%)|GROWTH",
      "比上年±%|GROWTH", "比上年±(%)|GROWTH", "同比±%|GROWTH", "比上年同期±(%)|GROWTH", "±%|GROWTH", "增减%|GROWTH",
      "增减(%)|GROWTH", "较上年增长(%)|GROWTH", "较上年增长|GROWTH", "较上年同期增长(%)|GROWTH", "比去年同期增长(%)|GROWTH",
      "比上年同期增减(%)|GROWTH", "较上年增减（％）|GROWTH",
      // the level columns of bulletins and monthly tables, and the first column of many tables
      "绝对数|VALUE", "绝对数(亿元)|VALUE", "总量|VALUE", "总量（万吨）|VALUE", "本期数|VALUE", "本年|VALUE",
      "本年累计|VALUE", "累计|VALUE", "累计数|VALUE", "金额(万元)|VALUE", "项目|INDICATOR", "项目名称|INDICATOR",
      // padded to a width with full-width or ordinary spaces
      "指　　标|INDICATOR", "时　　期|PERIOD", "数　　值|VALUE", "指 标|INDICATOR", "' 数 值 (亿元)'|VALUE",
      "单 位|UNIT", "比上年　增长(%)|GROWTH", "地　区|ENTITY"})
  void namesRoles(String header, Header.Role role) {
    assertThat(Header.role(header, UnitTable.builtIn())).isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({"备注", "2024", "上年同期", "本月", "上年", "上年累计",
      // a change in the unit, or in percentage points, is not a growth rate
      "同比增减", "比上年增减", "比上年增减(万元)", "同比增长(亿元)", "增长(百分点)", "增速(pp)", "增减", "比上年±",
      "比上年±(万元)", "±", "较上年增减(百分点)", "较上年增长(亿元)"})
  void otherColumnsHaveNoRole(String header) {
    assertThat(Header.role(header, UnitTable.builtIn())).isNull();
  }

  @org.junit.jupiter.api.Test
  void columnsThatNoRoleUsesAreListedExceptNotesAndBlanks() {
    Header h = Header.of(List.of("序号", "指标", "年份", "数值", "比上年增减(万元)", "来源", "", "排名", "备注"),
        "a.csv", 1, UnitTable.builtIn());
    assertThat(h.unused).containsExactly("比上年增减(万元) (5)", "排名 (8)");
    Header wide = Header.of(List.of("指标", "单位", "2023年", "2024年", "增速(%)", "排名"), "w.csv", 1, UnitTable.builtIn());
    assertThat(wide.unused).containsExactly("排名 (6)");
    assertThat(Header.of(List.of("指标", "时期", "数值", "单位", "增速", "地区"), "a.csv", 1, UnitTable.builtIn()).unused)
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void headersPaddedWithSpacesAreReadAsTheirNames() {
    Header h = Header.of(List.of("指　　标", "时　　期", "数　　值", "单　　位", "备　　注"), "a.csv", 1, UnitTable.builtIn());
    assertThat(new int[] {h.indicator, h.period, h.value, h.unit}).containsExactly(0, 1, 2, 3);
    assertThat(h.unused).isEmpty(); // 备　　注 is a note
  }

  @org.junit.jupiter.api.Test
  void aMonthAndItsCumulativeFigureAreTwoLevelsToChooseFrom() {
    // 本期 may be the month alone beside 累计: the reader does not guess which one is meant
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Header.of(List.of("指标", "时期", "本期", "累计"), "a.csv", 1,
        UnitTable.builtIn())).hasMessage("a.csv:1:4: columns 3 (本期) and 4 (累计) both name the value; keep one");
    assertThat(Header.of(List.of("指标", "时期", "本月", "本年累计"), "a.csv", 1, UnitTable.builtIn()).value).isEqualTo(3);
  }

  /** A bulletin's name beside a long-standing one of the same role yields to it, as before it was known. */
  @org.junit.jupiter.api.Test
  void aBulletinNameYieldsToALongStandingOne() {
    UnitTable u = UnitTable.builtIn();
    Header items = Header.of(List.of("项目", "指标", "时期", "数值"), "a.csv", 1, u);
    assertThat(items.indicator).isEqualTo(1);
    assertThat(items.unused).containsExactly("项目 (1)");
    Header amount = Header.of(List.of("指标", "时期", "金额", "数值"), "a.csv", 1, u);
    assertThat(amount.value).isEqualTo(3);
    assertThat(amount.unused).containsExactly("金额 (3)");
    assertThat(Header.of(List.of("指标", "时期", "数值", "本年累计"), "a.csv", 1, u).value).isEqualTo(2);
    // two bulletin names, or the period alone beside the year so far: the reader does not choose
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Header.of(List.of("指标", "时期", "绝对数", "总量"), "a.csv",
        1, u)).hasMessage("a.csv:1:4: columns 3 (绝对数) and 4 (总量) both name the value; keep one");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Header.of(List.of("指标", "时期", "本年累计", "本期"), "a.csv",
        1, u)).hasMessage("a.csv:1:4: columns 3 (本年累计) and 4 (本期) both name the value; keep one");
  }

  @org.junit.jupiter.api.Test
  void aColumnWithNoHeaderIsNamedWhenRowsFillIt() {
    Header h = Header.of(List.of("指标", "", "时期", "数值", "排名", "", ""), "a.csv", 1, UnitTable.builtIn());
    assertThat(h.blank).containsExactly(1, 5, 6);
    assertThat(h.unused(new boolean[] {false, false, false})).containsExactly("排名 (5)");
    assertThat(h.unused(new boolean[] {true, false, true}))
        .containsExactly("column 2 (no header)", "排名 (5)", "column 7 (no header)");
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

  @org.junit.jupiter.api.Test
  void aWideGrowthColumnHoldsTheRateOfThePeriodToItsLeft() {
    UnitTable u = UnitTable.builtIn();
    Header h = Header.of(List.of("指标", "2023年", "2024年", "比上年增长(%)", "说明"), "w.csv", 1, u);
    assertThat(h.periods[h.growthOf]).isEqualTo(dev.attain.model.Period.year(2024));
    Header newestFirst = Header.of(List.of("指标", "2024年", "2023年", "比上年增长(%)"), "w.csv", 1, u);
    assertThat(newestFirst.periods[newestFirst.growthOf]).isEqualTo(dev.attain.model.Period.year(2024));
    Header between = Header.of(List.of("指标", "2023年", "增速", "2024年"), "w.csv", 1, u);
    assertThat(between.periods[between.growthOf]).isEqualTo(dev.attain.model.Period.year(2023));
    assertThat(Header.of(List.of("指标", "2023年", "2024年"), "w.csv", 1, u).growthOf).isEqualTo(-1);
    assertThat(Header.of(List.of("指标", "年份", "数值", "增速"), "a.csv", 1, u).growthOf).isEqualTo(-1); // long layout
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Header.of(List.of("指标", "增速(%)", "2023年", "2024年"), "w.csv", 1, u))
        .hasMessage("w.csv:1:2: the growth column (增速(%)) stands before every period column: it holds the rate of"
            + " the period to its left (as in 指标,2023年,2024年,比上年增长(%)); move it after its period");
  }
}
