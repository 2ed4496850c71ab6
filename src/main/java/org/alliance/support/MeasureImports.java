package org.alliance.support;

import java.util.List;
import org.alliance.support.measure.ImportOutcome;
import org.alliance.support.measure.MeasureFile;
import org.alliance.support.measure.MeasureLibrary;
import org.springframework.stereotype.Component;

/**
 * Importing an outcome measure's definition file, for the operator's {@code import-measure}
 * command: the same all-or-nothing importer as the administrators' page, audited as the system with
 * the operating-system user named.
 */
@Component
public class MeasureImports {

  private final MeasureLibrary library;

  MeasureImports(MeasureLibrary library) {
    this.library = library;
  }

  /** The file's problems found without the database (JSON, schema, codes), if any. */
  public static List<String> problems(String file, byte[] bytes) {
    MeasureFile.Read read = MeasureFile.read(bytes);
    return read.ok() ? List.of() : read.problems().stream().map(p -> file + " " + p).toList();
  }

  /** Imports it; returns the report's lines and whether anything was refused. */
  public Report importFile(String file, byte[] bytes, String operator) {
    ImportOutcome outcome =
        library.importFile(
            file,
            bytes,
            new MeasureLibrary.Importer(null, "the import-measure command, run by " + operator));
    return new Report(!outcome.refused(), outcome.lines(file));
  }

  /** What the command prints: the lines, on stdout if it worked, on stderr if it was refused. */
  public record Report(boolean imported, List<String> lines) {}
}
