package dev.attain.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attain generate-completion}: picocli's bash/zsh completion script, with {@code -v}
 * completed as the flag it is. picocli takes an option it does not type as {@code boolean} for one
 * that takes a value, and {@code -v} is a {@code boolean[]} (it counts: {@code -vv}); so after
 * {@code attain check -v} the script offered nothing.
 */
final class CompletionCommand implements Runnable {
  private final CommandSpec spec;

  CompletionCommand() {
    spec = Specs.command(this, "generate-completion", "Prints the bash/zsh completion script.",
        "To load it in the current shell: source <(attain generate-completion)");
    spec.helpCommand(true);
    spec.usageMessage().optionListHeading("Options:%n");
    Specs.standardHelpOptions(spec);
  }

  /** The command's model for picocli. */
  CommandSpec spec() {
    return spec;
  }

  /** A command's option lists, where the counted flags are among the options that take a value. */
  private static final Pattern OPTION_LISTS =
      Pattern.compile("local flag_opts=\"([^\"]*)\"\n(\\s*)local arg_opts=\"((?:[^\"]* )?)'-v' '--verbose'( ?)([^\"]*)\"");
  /** The case that ends completion after {@code -v}, as after an option whose value is to be typed. */
  private static final String VERBOSE_CASE = "    '-v'|'--verbose')\n      return\n      ;;\n";

  @Override
  public void run() {
    String script = script(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    spec.commandLine().getOut().print(script); // not println: a Windows line end breaks the script
    spec.commandLine().getOut().print('\n');
    spec.commandLine().getOut().flush();
  }

  /** {@code script} with {@code -v}/{@code --verbose} among the flags of every command. */
  static String script(String script) {
    Matcher m = OPTION_LISTS.matcher(script);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String flags = m.group(1).isEmpty() ? "'-v' '--verbose'" : m.group(1) + " '-v' '--verbose'";
      String args = (m.group(3) + m.group(5)).strip();
      m.appendReplacement(b, Matcher.quoteReplacement(
          "local flag_opts=\"" + flags + "\"\n" + m.group(2) + "local arg_opts=\"" + args + "\""));
    }
    m.appendTail(b);
    return b.toString().replace(VERBOSE_CASE, "");
  }
}
