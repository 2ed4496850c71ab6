package org.alliance.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every benchmark does the same way to start the application on its own folder: the arguments
 * that pin it to that folder's embedded PostgreSQL, a free loopback port, and seconds since a
 * start.
 */
final class BenchNode {

  private BenchNode() {}

  /**
   * The application's own settings, pinned so that it can only ever use this folder: an embedded
   * PostgreSQL here (DATABASE_URL and Spring's datasource URL blanked, whatever the environment
   * says), quiet logs, and the demo alliance loaded or not as asked.
   */
  static String[] arguments(Path data, boolean demo, String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--alliance.data-dir=" + data.toAbsolutePath(),
                "--ALLIANCE_DEMO=" + demo,
                "--DATABASE_URL=",
                "--spring.datasource.url=",
                "--alliance.database.ephemeral=false",
                "--logging.level.root=WARN"));
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
