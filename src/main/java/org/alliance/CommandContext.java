package org.alliance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for commands that do one job and stop. It reads the same
 * configuration as {@code run}: the embedded database under ALLIANCE_DATA_DIR (the running
 * application's server when there is one), or DATABASE_URL.
 */
final class CommandContext {

  private CommandContext() {}

  /**
   * Starts it; {@code arguments} are Spring arguments (the tests point a command at their own
   * database with them).
   */
  static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(AllianceApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        // The report is the output; the application's own log says only what went wrong.
        .properties("logging.level.root=WARN")
        .properties(CommandErrors.QUIET_FAILURE_LOGGING)
        // Beside `./alliance run` on the same data folder, use its embedded server.
        .properties("alliance.database.share-running=true")
        .run(arguments);
  }
}
