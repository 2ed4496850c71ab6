package org.alliance.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Hears the web application log its index build ("Directory index built: N services in T ms"): the
 * index is the directory module's inside, built at start-up, and its log line is the one place that
 * says how long the build took. Attached once Spring Boot has set up logging (which resets Logback)
 * and before the start-up runners, one of which builds the index.
 */
final class IndexBuildLog implements ApplicationListener<ApplicationPreparedEvent> {

  static final String LOGGER = "org.alliance.directory.search.IndexFreshness";
  private static final Pattern BUILT =
      Pattern.compile("Directory index built: (\\d+) services in (\\d+) ms");

  /** The build as logged. */
  record Build(int services, long millis) {}

  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Logger logger = (Logger) LoggerFactory.getLogger(LOGGER);
    logger.setLevel(Level.INFO);
    // The figure goes in the report; the console keeps to warnings.
    logger.setAdditive(false);
    events.start();
    logger.addAppender(events);
  }

  Optional<Build> build() {
    return events.list.stream()
        .map(e -> BUILT.matcher(e.getFormattedMessage()))
        .filter(Matcher::find)
        .map(m -> new Build(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))))
        .findFirst();
  }
}
