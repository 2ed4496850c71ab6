package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One download with curl in a process of its own, the body streamed to a file: nothing of it is
 * held in the server's JVM or the benchmark's, so the time is the server's streaming and the
 * loopback's, and a large body costs no heap to measure.
 */
final class Curl {

  private static final String CURL =
      Files.isExecutable(Path.of("/usr/bin/curl")) ? "/usr/bin/curl" : "curl";

  /**
   * What curl reported: the status (0 when there was no answer), bytes of body, seconds to the
   * first byte and in all, and what went wrong (null when curl exited cleanly with a 200).
   */
  record Download(int status, long bytes, double firstByteSeconds, double seconds, String error) {}

  private Curl() {}

  /** GETs {@code url} with the session's cookie into {@code file}. */
  static Download get(String url, String cookie, Path file)
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
                "%{http_code} %{size_download} %{time_starttransfer} %{time_total}",
                "-H",
                "Cookie: " + cookie,
                url)
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
      return new Download(0, 0, 0, 0, "curl did not finish");
    }
    String[] figures = out.split(" ");
    boolean read = figures.length == 4;
    int status = read ? parseInt(figures[0]) : 0;
    long bytes = read ? (long) Double.parseDouble(figures[1]) : 0;
    double firstByte = read ? Double.parseDouble(figures[2]) : 0;
    double seconds = read ? Double.parseDouble(figures[3]) : 0;
    String error = null;
    if (curl.exitValue() != 0) {
      error = "curl exited " + curl.exitValue() + (err.isEmpty() ? "" : ": " + err);
    } else if (status != 200) {
      error = "HTTP " + status;
    }
    return new Download(status, bytes, firstByte, seconds, error);
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
