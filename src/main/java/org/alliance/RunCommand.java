package org.alliance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web application on http://localhost:${PORT:-8080}.",
      "Uses an embedded PostgreSQL under ALLIANCE_DATA_DIR (default ./data) unless DATABASE_URL is set."
    })
class RunCommand implements Runnable {

  @Override
  public void run() {
    new SpringApplicationBuilder(AllianceApplication.class)
        .properties(CommandErrors.QUIET_FAILURE_LOGGING)
        .run();
  }
}
