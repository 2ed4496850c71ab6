package org.alliance.needs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.alliance.needs.data.PopulationImport;
import org.alliance.needs.data.ProfilesImport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.stereotype.Component;

/**
 * Importing a needs file for the operator's {@code import-indicators} command: the public health
 * profiles' CSV export, or population estimates, told apart by their header; all or nothing, with a
 * report by row, audited with the operating-system user named.
 */
@Component
public class IndicatorImports {

  /** The longest header line looked at to tell the layouts apart. */
  private static final int HEADER = 64 * 1024;

  private final ProfilesImport profiles;
  private final PopulationImport population;
  private final ImportHistory history;

  IndicatorImports(ProfilesImport profiles, PopulationImport population, ImportHistory history) {
    this.profiles = profiles;
    this.population = population;
    this.history = history;
  }

  /** The imports made, newest first. */
  public List<Imported> recent(int limit) {
    return history.recent(limit);
  }

  /** One import made: what, how many rows, how many new and changed, by whom, when. */
  public record Imported(
      String fileName,
      String kind,
      int rows,
      int created,
      int changed,
      String by,
      java.time.Instant at) {}

  /** What an import did, in lines for a terminal or a page. */
  public record Report(boolean imported, List<String> lines) {}

  /**
   * Imports a file read from {@code in}.
   *
   * @param by who imported it, as the import history and the audit log name them
   */
  public Report importFile(String fileName, BufferedReader in, String by) throws IOException {
    in.mark(HEADER);
    String first = in.readLine();
    in.reset();
    List<String> header = List.of();
    if (first != null) {
      try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(first.strip()))) {
        header = parser.getRecords().stream().findFirst().map(r -> r.toList()).orElse(List.of());
      } catch (IllegalStateException | java.io.UncheckedIOException broken) {
        header = List.of();
      }
    }
    ProfilesImport.Outcome outcome =
        PopulationImport.recognises(header)
            ? population.importFile(fileName, in, by)
            : profiles.importFile(fileName, in, by);
    return new Report(outcome.imported(), outcome.lines());
  }
}
