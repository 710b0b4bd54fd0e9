package dev.attain.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import org.slf4j.LoggerFactory;

/**
 * Configures Logback in code (no XML to find and parse at start-up): one appender to standard
 * error, {@code dev.attain} at INFO. Run by {@link LogProvider}; also found by Logback's own
 * provider through {@code META-INF/services}, when SLF4J is not told to use {@link LogProvider}.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    Problems problems = new Problems(); // first: a problem in what follows is seen; those before, replayed
    context.getStatusManager().add(problems);
    for (Status earlier : context.getStatusManager().getCopyOfStatusList()) {
      problems.addStatusEvent(earlier);
    }
    ErrAppender appender = new ErrAppender();
    appender.setContext(context);
    appender.setName("stderr");
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    root.addAppender(appender);
    root.setLevel(Level.WARN);
    context.getLogger("dev.attain").setLevel(Level.INFO);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * Logback's own warnings and errors (an appender that fails, say), each as one line on standard
   * error. With a listener in place Logback also skips its status printer, whose date format loads
   * the time-zone database at every start (about 10 ms on the logging thread).
   */
  static final class Problems implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
      if (status.getLevel() >= Status.WARN) {
        ErrAppender.line("attain: logging: " + status.getMessage());
      }
    }
  }

  /**
   * Starts Logback ({@link LogProvider}) on a daemon thread, so that its start overlaps picocli's
   * on a process's start. {@link #level}, which every command calls before anything else, waits
   * for it; no logger may be taken before that (it would be one of SLF4J's stand-ins while Logback
   * starts). For {@link Cli#startProcess} only.
   */
  static void startInBackground() {
    LogProvider.select();
    Thread init = new Thread(LoggerFactory::getILoggerFactory, "attain-logging-start");
    init.setDaemon(true);
    starting = init;
    init.start();
  }

  /** The thread {@link #startInBackground} started, until it is known to have finished. */
  private static volatile Thread starting;

  /**
   * Waits for {@link #startInBackground}'s thread: while it runs, SLF4J hands out stand-in
   * loggers and factory, which would take no level and record events to replay with a notice.
   */
  private static void awaitStart() {
    Thread t = starting;
    if (t != null) {
      Threads.join(t);
      starting = null;
    }
  }

  /** Whether a run has set a level other than the default INFO, for {@link #resetLevel}. */
  private static volatile boolean levelSet;

  /** Sets the level of attain's own log lines: -q gives ERROR, none INFO, -v DEBUG, -vv TRACE. */
  static void level(int verbosity, boolean quiet) {
    awaitStart(); // every command sets its level first: nothing logs before Logback is ready
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Level level = quiet ? Level.ERROR : verbosity <= 0 ? Level.INFO : verbosity == 1 ? Level.DEBUG : Level.TRACE;
    context.getLogger("dev.attain").setLevel(level);
    levelSet = level != Level.INFO;
  }

  /**
   * Back to INFO after a run that set another level, so that the next run in the same JVM (tests
   * run many) starts from the default whatever its command; a no-op otherwise (it never waits for
   * Logback's start).
   */
  static void resetLevel() {
    if (levelSet) {
      level(0, false);
    }
  }
}
