package dev.attain.report;

/**
 * How to render.
 *
 * @param color ANSI colour in text output
 * @param summaryOnly text output: only the one-line summary ({@code --summary})
 */
public record RenderOptions(boolean color, boolean summaryOnly) {
  public static RenderOptions plain() {
    return new RenderOptions(false, false);
  }
}
