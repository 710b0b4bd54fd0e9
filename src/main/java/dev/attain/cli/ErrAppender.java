package dev.attain.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import dev.attain.model.InputException;
import java.io.PrintWriter;

/**
 * Writes log events to the run's standard error, one line each: {@code attain: message}, with
 * {@code warning:} or {@code debug:} before the message for those levels. Standard output is never
 * touched.
 */
public final class ErrAppender extends AppenderBase<ILoggingEvent> {
  private static volatile PrintWriter target = new PrintWriter(System.err, true);

  /** Sends log lines of this run to {@code err}. */
  static void target(PrintWriter err) {
    target = err;
  }

  /** One line to where log lines go, as a log line is written. */
  static void line(String text) {
    write(text, null);
  }

  /** {@code text} as one line, then {@code trace} (a stack trace) when not null, together. */
  private static void write(String text, String trace) {
    PrintWriter w = target;
    synchronized (w) {
      w.println(InputException.oneLine(text)); // a file name, a cell: one line
      if (trace != null) {
        w.print(trace);
        w.println();
      }
      w.flush();
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    String prefix;
    if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
      prefix = "attain: error: ";
    } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
      prefix = "attain: warning: ";
    } else if (event.getLevel().isGreaterOrEqual(Level.INFO)) {
      prefix = "attain: ";
    } else {
      prefix = "attain: debug: ";
    }
    IThrowableProxy t = event.getThrowableProxy();
    write(prefix + event.getFormattedMessage(), t == null ? null : ThrowableProxyUtil.asString(t));
  }
}
