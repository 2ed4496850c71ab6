package org.alliance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every command makes on the paths it is given, before it starts anything, so each
 * mistake reads the same whichever command it was made in.
 */
final class CommandInput {

  private CommandInput() {}

  /** A file to read. */
  static void readableFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new CommandProblem(
          "Cannot read " + file + ": it is a folder; give the files in it (for example *.csv)");
    }
    if (!Files.exists(file)) {
      throw new CommandProblem("Cannot read " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new CommandProblem("Cannot read " + file + ": permission denied");
    }
  }

  /** A file or a folder to read. */
  static void readableFileOrFolder(Path path) {
    if (!Files.exists(path)) {
      throw new CommandProblem("Cannot read " + path + ": no such file or folder");
    }
    if (!Files.isReadable(path)) {
      throw new CommandProblem("Cannot read " + path + ": permission denied");
    }
  }

  /** A folder to write into, which may not exist yet. */
  static void writableFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new CommandProblem("Cannot write to " + folder + ": it is a file, not a folder");
    }
    if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
      throw new CommandProblem("Cannot write to " + folder + ": permission denied");
    }
  }
}
