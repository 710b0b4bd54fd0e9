package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void trimRemovesEveryKindOfSurroundingSpaceAndNothingElse() {
    assertThat(Folding.trim("\u3000\u00A0 ＧＤＰ\u2007\u202F\uFEFF\t")).isEqualTo("ＧＤＰ");
    assertThat(Folding.trim("a b")).isEqualTo("a b");
    assertThat(Folding.trim(" \u3000 ")).isEmpty();
  }

  @Test
  void textFoldsFullWidthFormsAndTrims() {
    assertThat(Folding.text("\u3000ＧＤＰ（亿元）１８.４５ ")).isEqualTo("GDP(亿元)18.45");
    assertThat(Folding.text("plain")).isSameAs("plain");
  }

  @Test
  void nameKeyIsLowerCaseEntityKeepsCase() {
    assertThat(Folding.nameKey(" ＧＤＰ Growth\u3000")).isEqualTo("gdp growth");
    assertThat(Folding.entity(" Ｌｕｏｌｏｎｇ区\u00A0")).isEqualTo("Luolong区");
  }

  @Test
  void textDropsInvisibleCharactersAndFoldsLineBreaksInside() {
    assertThat(Folding.text("洛隆县\u200B")).isEqualTo("洛隆县");
    assertThat(Folding.text("社会消\u200B费品\u2060零售\u00AD总额")).isEqualTo("社会消费品零售总额");
    assertThat(Folding.text("社会消费品 \r\n 零售总额")).isEqualTo("社会消费品零售总额");
    assertThat(Folding.text("Gross\ndomestic product")).isEqualTo("Gross domestic product");
    assertThat(Folding.text("GDP\n(亿元)")).isEqualTo("GDP (亿元)");
    assertThat(Folding.text("粮食\n\n产量\n")).isEqualTo("粮食产量");
    assertThat(Folding.text("e\u200B\u0301")).isEqualTo("\u00E9");
    assertThat(Folding.nameKey("ＧＤＰ\u200B")).isEqualTo("gdp");
  }

  @Test
  void shownMarksInvisibleCharactersSoThatANameThatDoesNotMatchIsSeenNotTo() {
    assertThat(Folding.shown(" 粮食\u200B总产量 ")).isEqualTo("粮食<U+200B>总产量");
    assertThat(Folding.shown("粮食\r\n产量")).isEqualTo("粮食  产量");
    assertThat(Folding.shown("粮食产量")).isSameAs("粮食产量");
  }

  @Test
  void entitiesAndNamesDropTheSpacesThatPadCjkNamesToAWidth() {
    assertThat(Folding.entity("八　宿")).isEqualTo("八宿");
    assertThat(Folding.entity(" 八  宿  县 ")).isEqualTo("八宿县");
    assertThat(Folding.entity("Luolong  County")).isEqualTo("Luolong  County");
    assertThat(Folding.entity("洛隆县 Luolong")).isEqualTo("洛隆县 Luolong");
    assertThat(Folding.nameKey("社会消费品 零售总额")).isEqualTo("社会消费品零售总额");
    assertThat(Folding.nameKey("R&D 经费投入强度")).isEqualTo("r&d经费投入强度");
    assertThat(Folding.nameKey("GDP Growth")).isEqualTo("gdp growth");
    assertThat(Folding.entity("洛隆县")).isSameAs(Folding.entity("洛隆县"));
  }

  @Property
  void entityAndNameKeyAreIdempotent(@ForAll String s) {
    assertThat(Folding.entity(Folding.entity(s))).isEqualTo(Folding.entity(s));
    assertThat(Folding.nameKey(Folding.nameKey(s))).isEqualTo(Folding.nameKey(s));
  }

  @Property
  void textIsNfkcTrimmedAndIdempotent(@ForAll String s) {
    String t = Folding.text(s);
    assertThat(Folding.text(t)).isEqualTo(t);
    assertThat(t.chars().noneMatch(c -> c == '\n' || c == '\r' || Folding.isInvisible((char) c))).isTrue();
    boolean plain = s.chars().noneMatch(c -> c == '\n' || c == '\r' || Folding.isInvisible((char) c));
    if (plain) {
      assertThat(t).isEqualTo(Folding.trim(Normalizer.normalize(s, Normalizer.Form.NFKC)));
    }
  }
}
