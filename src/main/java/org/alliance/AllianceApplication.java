package org.alliance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Alliance: one platform for an alliance of drug and alcohol services and their commissioners.
 *
 * <p>The jar is a command-line program first: {@code run} starts the web application, and later
 * commands (imports, exports, benchmarks) start the same Spring context without a web server.
 */
@SpringBootApplication
@EnableScheduling
public class AllianceApplication {

  public static void main(String[] args) {
    int exitCode = AllianceCommand.commandLine().execute(args);
    if (exitCode != 0 || !AllianceCommand.keepsRunning(args)) {
      System.exit(exitCode);
    }
  }
}
