package org.alliance.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes and where they are: centroids from the ONS Postcode Directory or OS Code-Point Open,
 * held in the database so that distance search needs no online service.
 */
public interface Postcodes {

  /**
   * The shape of a full UK postcode with its space taken out (the same rule as the table's check).
   */
  Pattern FULL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

  /** The shape of an outward code (the part before the space), such as BK1 or BK10. */
  Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

  /**
   * Where a postcode is: a full postcode's centroid, or for an outward code alone (someone who
   * gives only "BK1") the mean of its postcodes. Input is tidied first, so " bk1 2ab " works. Empty
   * when the input is not a postcode or the postcode is not known.
   */
  Optional<Coordinates> centroid(String postcode);

  /** How many postcodes are known. */
  long count();

  /**
   * Loads postcode files (ONSPD CSV or OS Code-Point Open CSV) in one transaction. A file with any
   * bad row changes nothing, and the result lists the bad rows.
   */
  PostcodeImportResult importFiles(List<Path> files);

  /** A full postcode upper-cased with no spaces ("BK12AB"), or empty if the input is not one. */
  static Optional<String> normalise(String input) {
    String tidy = tidy(input);
    return FULL.matcher(tidy).matches() ? Optional.of(tidy) : Optional.empty();
  }

  /** A postcode as people write it, with one space before the inward code: "BK1 2AB". */
  static String display(String postcode) {
    String tidy = tidy(postcode);
    return tidy.length() > 3
        ? tidy.substring(0, tidy.length() - 3) + " " + tidy.substring(tidy.length() - 3)
        : tidy;
  }

  private static String tidy(String input) {
    return input == null ? "" : input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
