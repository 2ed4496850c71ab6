package org.alliance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load averages, reported beside the figures: on a small machine shared with other
 * work (a test run, say) latencies mean little without them.
 */
final class MachineLoad {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private MachineLoad() {}

  /** "1.02 0.85 0.60" (1, 5 and 15 minutes) on Linux; the 1-minute figure elsewhere. */
  static String now() {
    try {
      if (Files.isReadable(LOADAVG)) {
        String[] parts = Files.readString(LOADAVG).trim().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
      }
    } catch (IOException e) {
      // Fall through to the JVM's own figure.
    }
    return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }
}
