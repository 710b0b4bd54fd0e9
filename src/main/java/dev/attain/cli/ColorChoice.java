package dev.attain.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether text output gets ANSI colour ({@code --color}). A pure decision over the option and the
 * environment, so that it is tested without a terminal.
 */
final class ColorChoice {
  private ColorChoice() {}

  /**
   * {@code always} colours, {@code never} does not; {@code auto} colours only when standard output
   * is a terminal, {@code NO_COLOR} is unset or empty (<a href="https://no-color.org">no-color.org</a>:
   * any non-empty value turns colour off) and {@code TERM} is not {@code dumb}.
   *
   * @param noColor the value of {@code NO_COLOR}, or {@code null} when unset
   * @param term the value of {@code TERM}, or {@code null} when unset
   */
  static boolean useColor(Converters.Color mode, boolean stdoutIsTerminal, String noColor, String term) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    };
  }

  /**
   * Whether this JVM's standard output is a terminal. Java 17 has a console only when standard
   * input and output both are; from Java 22 on a console exists even when redirected, and {@code
   * Console.isTerminal()} (looked up reflectively, the build targets 17) says whether it is one.
   */
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
