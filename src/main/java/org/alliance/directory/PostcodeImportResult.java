package org.alliance.directory;

import java.util.List;

/**
 * What a postcode import did: how many postcodes it loaded and skipped, or, when it was refused,
 * the first {@link #MAX_SHOWN} bad rows and how many there were in all.
 *
 * @param loaded rows with coordinates (zero when refused: nothing is written)
 * @param changed postcodes added or moved by this import
 * @param skipped rows left out on purpose: terminated postcodes and postcodes with no coordinates
 * @param badRowCount every bad row, including those not listed
 * @param badRows the first bad rows, in file order
 */
public record PostcodeImportResult(
    long loaded, long changed, long skipped, long badRowCount, List<BadRow> badRows) {

  public static final int MAX_SHOWN = 100;

  public PostcodeImportResult {
    badRows = List.copyOf(badRows);
  }

  /** Whether the postcodes were written: no bad rows, and at least one postcode to write. */
  public boolean accepted() {
    return badRowCount == 0 && loaded > 0;
  }

  /** The report for a person: what was loaded, or why nothing was, with a line per bad row. */
  public String report() {
    if (accepted()) {
      return "Imported %s (%,d new or moved); skipped %,d terminated or without coordinates."
          .formatted(postcodes(loaded), changed, skipped);
    }
    if (badRowCount == 0) {
      return "Nothing imported: the file has no postcodes with coordinates.";
    }
    StringBuilder report =
        new StringBuilder(
            "Nothing imported: %,d bad row%s.%n"
                .formatted(badRowCount, badRowCount == 1 ? "" : "s"));
    badRows.forEach(row -> report.append(row).append(System.lineSeparator()));
    if (badRowCount > badRows.size()) {
      report
          .append("... and %,d more.".formatted(badRowCount - badRows.size()))
          .append(System.lineSeparator());
    }
    return report.toString().stripTrailing();
  }

  private static String postcodes(long count) {
    return "%,d postcode%s".formatted(count, count == 1 ? "" : "s");
  }

  /** One refused row; line 1 is the first line of the file, and line 0 the file as a whole. */
  public record BadRow(String file, long line, String problem) {
    @Override
    public String toString() {
      return line == 0 ? file + ": " + problem : file + " line " + line + ": " + problem;
    }
  }
}
