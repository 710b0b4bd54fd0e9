package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message is one line that prints as it reads, whatever text from the input it quotes. */
class InputExceptionTest {
  @Test
  void lineBreaksAndControlCharactersAreWrittenAsEscapes() {
    InputException e = new InputException(new Location("a.csv", 2, 3),
        "value \"12\r\n34\u0085\u2028\u2029\u001b[31m\u0000\u007f\" is not a number");
    assertThat(e.getMessage())
        .isEqualTo("a.csv:2:3: value \"12\\r\\n34\\u0085\\u2028\\u2029\\u001B[31m\\u0000\\u007F\" is not a number");
  }

  @Test
  void tabsAndOrdinaryTextAreLeftAsTheyAre() {
    String text = "period \"2024\t年\u3000\uFEFF\" is not understood";
    assertThat(new InputException(text).getMessage()).isEqualTo(text);
  }
}
