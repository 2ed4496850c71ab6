package org.alliance.directory.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.alliance.directory.Excerpt;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file put where the import can read it: a JSON file as it came, a zip unpacked into a
 * folder of its own. Everything is bounded while it streams ({@link UploadLimits}); anything
 * unsafe, too big or unreadable is a {@link Refused} with a sentence for the uploader.
 */
final class UploadedFile {

  /** Why an upload cannot be taken, in words for the person who sent it. */
  static final class Refused extends Exception {
    Refused(String why) {
      super(why);
    }
  }

  /** What marks the folder to import in a zip: a CSV data package, or an export's JSON files. */
  private static final java.util.Set<String> PACKAGE_FILES =
      java.util.Set.of("datapackage.json", "hsds.json");

  private UploadedFile() {}

  /**
   * The file's own name, safe to show and to use inside a folder: no path, only plain characters.
   */
  static String name(MultipartFile file) {
    String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    String last =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    String plain = last.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    plain = plain.replaceAll("^\\.+", "");
    return plain.isEmpty() ? "upload" : Excerpt.cut(plain, Excerpt.VALUE).replace("…", "");
  }

  /** What the import should read: the JSON file, or the folder holding datapackage.json. */
  static Path receive(MultipartFile file, String name, Path folder, UploadLimits limits)
      throws IOException, Refused {
    String lower = name.toLowerCase(Locale.ROOT);
    if (file.getSize() > limits.fileSize.toBytes()) {
      throw new Refused(
          "The file is larger than " + UploadLimits.shown(limits.fileSize) + "; split it up");
    }
    if (lower.endsWith(".zip")) {
      try (InputStream in = file.getInputStream()) {
        return unzip(in, folder, limits);
      }
    }
    if (lower.endsWith(".json")) {
      Path target = folder.resolve(name);
      file.transferTo(target);
      return target;
    }
    throw new Refused("The file must be a .json file or a .zip of CSV files with datapackage.json");
  }

  private static Path unzip(InputStream in, Path folder, UploadLimits limits)
      throws IOException, Refused {
    long total = 0;
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++count > limits.entries) {
          throw new Refused(
              "The zip holds more than %d files; a data package needs one CSV file per table"
                  .formatted(limits.entries));
        }
        Path target = inside(folder, entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        long room = limits.unzippedSize.toBytes() - total;
        long allowed = Math.min(limits.entrySize.toBytes(), room);
        long written = copy(zip, target, allowed);
        if (written > allowed) {
          throw new Refused(
              allowed == room && room < limits.entrySize.toBytes()
                  ? "The zip unpacks to more than " + UploadLimits.shown(limits.unzippedSize)
                  : "%s in the zip unpacks to more than %s"
                      .formatted(
                          Excerpt.of(entry.getName()), UploadLimits.shown(limits.entrySize)));
        }
        total += written;
      }
    } catch (ZipException e) {
      throw new Refused(
          "The file is not a zip that can be read (" + Excerpt.of(e.getMessage()) + ")");
    }
    if (count == 0) {
      throw new Refused("The file is not a zip, or the zip is empty");
    }
    try (Stream<Path> found = Files.walk(folder)) {
      return found
          .filter(p -> PACKAGE_FILES.contains(p.getFileName().toString()))
          .findFirst()
          .map(Path::getParent)
          .orElseThrow(
              () ->
                  new Refused(
                      "The zip holds no datapackage.json (nor hsds.json, for an export's JSON"
                          + " files)"));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Path inside(Path folder, String entryName) throws Refused {
    try {
      Path target = folder.resolve(entryName).normalize();
      if (target.startsWith(folder) && !target.equals(folder)) {
        return target;
      }
    } catch (InvalidPathException e) {
      // refused below
    }
    throw new Refused(
        "The zip holds a file named '%s', which would be written outside the upload"
            .formatted(Excerpt.of(entryName)));
  }

  /**
   * Copies at most {@code allowed + 1} bytes, so going over the limit is seen without reading on.
   */
  private static long copy(InputStream from, Path to, long allowed) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(to)) {
      while (written <= allowed) {
        int n = from.read(buffer, 0, (int) Math.min(buffer.length, allowed + 1 - written));
        if (n < 0) {
          break;
        }
        out.write(buffer, 0, n);
        written += n;
      }
    }
    return written;
  }
}
