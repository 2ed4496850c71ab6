package org.alliance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark's own folder. A folder given on the command line must be new or empty, so the
 * benchmark can never import into, or delete, anyone's data (./data above all).
 */
final class DataFolder {

  private DataFolder() {}

  static Path prepare(Path given) throws IOException {
    if (given == null) {
      return Files.createTempDirectory("alliance-bench-");
    }
    if (Files.exists(given) && (!Files.isDirectory(given) || !isEmpty(given))) {
      throw new IllegalArgumentException(
          "--data-dir must be a new or empty folder; "
              + given
              + " is not."
              + " The benchmark imports into and then deletes its folder, so it never uses existing data.");
    }
    return Files.createDirectories(given);
  }

  /** Deletes everything under the folder, and the folder itself unless the user named it. */
  static void delete(Path folder, boolean keepTheFolderItself) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!(keepTheFolderItself && path.equals(folder))) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + folder, e);
    }
  }

  static long size(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
