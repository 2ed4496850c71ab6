package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * What every {@code bench-*} command does around its benchmark: progress to stderr as it comes, the
 * report to stdout and a file, and one exit code rule (2 for settings a person got wrong, 1 for a
 * run that could not finish or was not clean, 0 otherwise).
 */
final class BenchRun {

  /** A benchmark, given where to say how it is getting on. */
  @FunctionalInterface
  interface Bench<R> {
    R run(Consumer<String> progress) throws Exception;
  }

  private BenchRun() {}

  /** A fresh builder each time: a benchmark may start the application more than once. */
  static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(AllianceApplication.class).logStartupInfo(false);
  }

  static <R> Integer run(
      String name,
      Path report,
      PrintWriter out,
      PrintWriter err,
      Bench<R> bench,
      BiFunction<R, LocalDateTime, List<String>> lines,
      Predicate<R> clean)
      throws Exception {
    LocalDateTime now = LocalDateTime.now();
    R result;
    try {
      result =
          bench.run(
              line -> {
                err.println(line);
                err.flush();
              });
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(e.getMessage());
      err.flush();
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
    List<String> text = lines.apply(result, now);
    text.forEach(out::println);
    out.println("report written to " + write(name, report, text, now));
    out.flush();
    return clean.test(result) ? 0 : 1;
  }

  private static Path write(String name, Path asked, List<String> lines, LocalDateTime now)
      throws IOException {
    Path file =
        asked != null
            ? asked
            : Path.of(
                "target",
                name + "-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    return Files.write(file, lines);
  }
}
