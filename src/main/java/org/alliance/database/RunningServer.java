package org.alliance.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An embedded PostgreSQL already running on a data folder, found from the file PostgreSQL itself
 * keeps there ({@code postmaster.pid}: its process id on the first line, its port on the fourth). A
 * stale file left by a crash names a process that is gone, and is ignored.
 *
 * @param pid the server's process
 * @param port the port it listens on (on localhost)
 */
record RunningServer(long pid, int port) {

  static Optional<RunningServer> on(Path pgData) {
    Path file = pgData.resolve("postmaster.pid");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      int port = Integer.parseInt(lines.get(3).trim());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(new RunningServer(pid, port)) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      // Half-written while the server starts or stops: treat as not (yet) running.
      return Optional.empty();
    }
  }
}
