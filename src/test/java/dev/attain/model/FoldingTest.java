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

  @Property
  void textIsNfkcTrimmedAndIdempotent(@ForAll String s) {
    String t = Folding.text(s);
    assertThat(Folding.text(t)).isEqualTo(t);
    assertThat(t).isEqualTo(Folding.trim(Normalizer.normalize(s, Normalizer.Form.NFKC)));
  }
}
