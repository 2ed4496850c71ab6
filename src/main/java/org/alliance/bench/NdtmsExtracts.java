package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Downloads a month's NDTMS extract as each member's data lead, one member after another, with curl
 * in a process of its own (so nothing of the download is held in the server's JVM but the server's
 * own work), the body written to a file; the server's heap pools' peak is reset first and read
 * after, to show the extract streams in bounded memory.
 */
final class NdtmsExtracts {

  /** A data lead signed in: the member they make returns for, and their session. */
  record Lead(String member, SupportSessions.Session session) {}

  private NdtmsExtracts() {}

  static SupportResult.Ndtms run(
      String base, List<Lead> leads, YearMonth month, Path folder, Consumer<String> progress)
      throws IOException, InterruptedException {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    List<SupportResult.Extract> extracts = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < leads.size(); i++) {
      Lead lead = leads.get(i);
      Path file = folder.resolve("ndtms-%s-%02d.csv".formatted(month, i + 1));
      progress.accept("  %s: downloading the extract with curl".formatted(lead.member()));
      extracts.add(download(base, lead, month, file));
    }
    double seconds = BenchNode.seconds(started);
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    return new SupportResult.Ndtms(
        month.toString(), extracts, seconds, peak, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static SupportResult.Extract download(String base, Lead lead, YearMonth month, Path file)
      throws IOException, InterruptedException {
    Curl.Download d =
        Curl.get(base + "/ndtms/extract.csv?month=" + month, lead.session().cookie(), file);
    long rows = d.error() == null ? Math.max(0, lines(file) - 1) : 0;
    return new SupportResult.Extract(
        lead.member(), d.status(), rows, d.bytes(), d.seconds(), d.error());
  }

  /** Lines in a file, the last counted even without a line break after it. */
  static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
    }
    return last == '\n' ? lines : lines + 1;
  }
}
