package org.alliance.directory.hsds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.alliance.directory.Excerpt;

/**
 * A folder being imported (an unzipped upload, or the operator's folder), through which every file
 * of it is opened. A data package names its files itself, and a name is only ever read as a file
 * inside the folder: an absolute path, a URL, a {@code ..}, or a symbolic link that leads out is
 * refused rather than opened, so a package cannot make the server read its own files.
 */
final class PackageFolder {

  /** A name the package gives that does not stay inside it, and why, cut short for a report. */
  static final class Outside extends Exception {
    Outside(String declared, String why) {
      super("'" + Excerpt.of(declared) + "' " + why);
    }
  }

  private final Path root;

  private PackageFolder(Path root) {
    this.root = root;
  }

  static PackageFolder of(Path folder) throws IOException {
    return new PackageFolder(folder.toRealPath());
  }

  /**
   * The file at {@code name} inside the folder; empty when there is none (a package need not hold
   * every table).
   *
   * @throws Outside when the name would lead outside the folder
   */
  Optional<Path> file(String name) throws Outside {
    if (name.contains("://")) {
      throw new Outside(name, "is a URL; only files inside the package are read");
    }
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Outside(name, "is not a file name");
    }
    if (relative.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
      throw new Outside(name, "is an absolute path; give a path inside the package");
    }
    for (Path part : relative) {
      if (part.toString().equals("..")) {
        throw new Outside(name, "leads out of the package ('..'); give a path inside it");
      }
    }
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new Outside(name, "is not inside the package");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Path real;
    try {
      real = file.toRealPath();
    } catch (IOException e) {
      // A link to nothing: there is no such file.
      return Optional.empty();
    }
    if (!real.startsWith(root)) {
      throw new Outside(name, "is a link to a file outside the package");
    }
    return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
  }
}
