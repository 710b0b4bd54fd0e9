package dev.attain.io;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the INFO lines the readers log, for assertions. */
final class LogCapture implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("dev.attain.io");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level level;

  LogCapture() {
    level = logger.getLevel();
    logger.setLevel(Level.INFO);
    appender.start();
    logger.addAppender(appender);
  }

  /** {@code INFO message} per event at INFO or above. */
  List<String> lines() {
    return appender.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .map(e -> e.getLevel() + " " + e.getFormattedMessage())
        .toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(level);
  }
}
