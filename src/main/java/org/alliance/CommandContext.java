package org.alliance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for commands that do one job and stop. It reads the same
 * configuration as {@code run}: the embedded database under ALLIANCE_DATA_DIR, or DATABASE_URL.
 */
final class CommandContext {

  private CommandContext() {}

  static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(AllianceApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        // The report is the output; the application's own log says only what went wrong.
        .properties("logging.level.root=WARN")
        .run();
  }
}
