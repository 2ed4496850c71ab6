package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Downloads a month's NDTMS extract as each member's data lead, one member after another, with curl
 * in a process of its own (so nothing of the download is held in the server's JVM but the server's
 * own work), the body written to a file; the server's heap pools' peak is reset first and read
 * after, to show the extract streams in bounded memory.
 */
final class NdtmsExtracts {

  private static final String CURL =
      Files.isExecutable(Path.of("/usr/bin/curl")) ? "/usr/bin/curl" : "curl";

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
    Process curl =
        new ProcessBuilder(
                CURL,
                "-sS",
                "--max-time",
                "3600",
                "-o",
                file.toString(),
                "-w",
                "%{http_code} %{size_download} %{time_total}",
                "-H",
                "Cookie: " + lead.session().cookie(),
                base + "/ndtms/extract.csv?month=" + month)
            .redirectErrorStream(false)
            .start();
    String out;
    String err;
    try (InputStream stdout = curl.getInputStream();
        InputStream stderr = curl.getErrorStream()) {
      out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).strip();
      err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    if (!curl.waitFor(2, TimeUnit.HOURS)) {
      curl.destroyForcibly();
      return new SupportResult.Extract(lead.member(), 0, 0, 0, 0, "curl did not finish");
    }
    String[] figures = out.split(" ");
    int status = figures.length == 3 ? parseInt(figures[0]) : 0;
    long bytes = figures.length == 3 ? (long) Double.parseDouble(figures[1]) : 0;
    double seconds = figures.length == 3 ? Double.parseDouble(figures[2]) : 0;
    String error = null;
    if (curl.exitValue() != 0) {
      error = "curl exited " + curl.exitValue() + (err.isEmpty() ? "" : ": " + err);
    } else if (status != 200) {
      error = "HTTP " + status;
    }
    long rows = error == null ? Math.max(0, lines(file) - 1) : 0;
    return new SupportResult.Extract(lead.member(), status, rows, bytes, seconds, error);
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
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
