package dev.attain.model;

/**
 * How a reported number relates to the true figure: exactly it ({@link #EQ}), or a bound the
 * figure lies beyond ({@code <5} is {@link #LT} 5: the figure is below 5).
 */
public enum Relation {
  EQ(""),
  LT("<"),
  LE("≤"),
  GT(">"),
  GE("≥");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol to print before the number, empty for {@link #EQ}. */
  public String symbol() {
    return symbol;
  }

  public boolean isBound() {
    return this != EQ;
  }

  /** True for {@link #LT} and {@link #LE}: the figure lies at or below the number. */
  public boolean isUpper() {
    return this == LT || this == LE;
  }
}
