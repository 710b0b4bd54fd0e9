package dev.attain.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.util.StatusListenerConfigHelper;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback behind SLF4J, configured by {@link LogConfigurator} directly: what Logback's own
 * provider does, less its auto-configuration, which looked the configurators up as services,
 * checked Logback's versions, and wrote status messages whose string concatenation made 13
 * method-handle classes at run time (about 25 ms of CPU of the logging thread's 30). Named to
 * SLF4J by the {@code slf4j.provider} system property ({@link #select}), so that SLF4J does not
 * look for providers either.
 */
public final class LogProvider implements SLF4JServiceProvider {
  /** The SLF4J API version this provider is for, as Logback 1.5's declares it. */
  private static final String API_VERSION = "2.0.99";

  private final LoggerContext context = new LoggerContext();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

  /**
   * Makes SLF4J use this provider, unless the JVM was told another: the {@code slf4j.provider}
   * property, with SLF4J's own notices below warnings ({@code slf4j.internal.verbosity}), which
   * would otherwise say on standard error that the property named a provider. Before any logger.
   */
  static void select() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", LogProvider.class.getName());
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }

  @Override
  public void initialize() {
    context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
    context.setMDCAdapter(mdc);
    StatusListenerConfigHelper.installIfAsked(context); // -Dlogback.statusListenerClass, as Logback's provider
    LogConfigurator configurator = new LogConfigurator();
    configurator.setContext(context);
    configurator.configure(context);
    context.start();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return context;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return API_VERSION;
  }
}
