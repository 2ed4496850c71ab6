package org.alliance;

import org.springframework.boot.SpringApplication;
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
    SpringApplication.run(AllianceApplication.class);
  }
}
