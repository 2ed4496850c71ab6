package org.alliance.directory.postcode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliance.directory.Coordinates;
import org.alliance.directory.Postcodes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one postcode file row by row, streaming (the ONSPD has 2.6 million rows), and tells a
 * {@link Sink} about each. Two formats, told apart by the first line:
 *
 * <ul>
 *   <li>the ONS Postcode Directory CSV: a header naming the columns; the postcode from {@code pcds}
 *       (or {@code pcd}, {@code pcd2}, {@code pcd7}, {@code pcd8}), {@code lat}, {@code long} and
 *       {@code doterm};
 *   <li>OS Code-Point Open CSV: no header; postcode, positional quality, eastings, northings, then
 *       codes this import does not need.
 * </ul>
 *
 * <p>Terminated postcodes and postcodes with no coordinates are skipped, not refused: every ONSPD
 * release has thousands of both.
 */
final class PostcodeFile {

  /** What the reader found, row by row. */
  interface Sink {
    void postcode(String postcode, Coordinates centroid);

    void skipped();

    void bad(long line, String problem);
  }

  private static final List<String> POSTCODE_COLUMNS =
      List.of("pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode");
  private static final List<String> LATITUDE_COLUMNS = List.of("lat", "latitude");
  private static final List<String> LONGITUDE_COLUMNS = List.of("long", "longitude", "lon");

  /** ONSPD's latitude for a postcode with no grid reference (its longitude is then 0). */
  private static final String ONSPD_NO_LOCATION = "99.999999";

  /** Code-Point Open's positional quality for a postcode with no coordinates. */
  private static final String CODE_POINT_NO_LOCATION = "90";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

  private PostcodeFile() {}

  static void read(Reader reader, Sink sink) throws IOException {
    try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        if (!records.hasNext()) {
          return;
        }
        CSVRecord first = records.next();
        RowReader rows = Onspd.fromHeader(first);
        if (rows == null) {
          if (!CodePoint.looksLike(first)) {
            sink.bad(
                1,
                "not a postcode file: expected an ONSPD header (pcds, lat, long) "
                    + "or Code-Point Open rows (postcode, quality, eastings, northings)");
            return;
          }
          rows = new CodePoint();
          rows.read(first, parser.getCurrentLineNumber(), sink);
        }
        while (records.hasNext()) {
          CSVRecord record = records.next();
          rows.read(record, parser.getCurrentLineNumber(), sink);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        // Broken quoting: the parser cannot find the next row, so nothing after this can be
        // trusted.
        sink.bad(parser.getCurrentLineNumber() + 1, "unreadable CSV (" + e.getMessage() + ")");
      }
    }
  }

  private interface RowReader {
    void read(CSVRecord record, long line, Sink sink);
  }

  /** ONS Postcode Directory rows, located by the header's column names. */
  private record Onspd(int postcode, int latitude, int longitude, int doterm, int width)
      implements RowReader {

    static Onspd fromHeader(CSVRecord header) {
      List<String> names =
          header.stream().map(n -> n.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
      int postcode = firstOf(names, POSTCODE_COLUMNS);
      int latitude = firstOf(names, LATITUDE_COLUMNS);
      int longitude = firstOf(names, LONGITUDE_COLUMNS);
      if (postcode < 0 || latitude < 0 || longitude < 0) {
        return null;
      }
      int doterm = names.indexOf("doterm");
      int width = Math.max(Math.max(postcode, latitude), Math.max(longitude, doterm)) + 1;
      return new Onspd(postcode, latitude, longitude, doterm, width);
    }

    private static int firstOf(List<String> names, List<String> wanted) {
      return wanted.stream().mapToInt(names::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
    }

    @Override
    public void read(CSVRecord record, long line, Sink sink) {
      if (record.size() < width) {
        sink.bad(line, "expected at least " + width + " columns, found " + record.size());
        return;
      }
      String lat = record.get(latitude);
      String lon = record.get(longitude);
      if ((doterm >= 0 && !record.get(doterm).isEmpty())
          || lat.isEmpty()
          || lon.isEmpty()
          || lat.equals(ONSPD_NO_LOCATION)) {
        sink.skipped();
        return;
      }
      Postcodes.normalise(record.get(postcode))
          .ifPresentOrElse(
              code -> coordinates(lat, lon, line, sink).ifPresent(c -> sink.postcode(code, c)),
              () -> sink.bad(line, notAPostcode(record.get(postcode))));
    }

    private static Optional<Coordinates> coordinates(String lat, String lon, long line, Sink sink) {
      try {
        return Optional.of(new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon)));
      } catch (IllegalArgumentException e) {
        sink.bad(line, "latitude '" + lat + "' and longitude '" + lon + "' are not a position");
        return Optional.empty();
      }
    }
  }

  /** OS Code-Point Open rows: grid references converted to WGS84. */
  private static final class CodePoint implements RowReader {

    static boolean looksLike(CSVRecord first) {
      return first.size() >= 4
          && Postcodes.normalise(first.get(0)).isPresent()
          && isNumber(first.get(2))
          && isNumber(first.get(3));
    }

    @Override
    public void read(CSVRecord record, long line, Sink sink) {
      if (record.size() < 4) {
        sink.bad(line, "expected at least 4 columns, found " + record.size());
        return;
      }
      var postcode = Postcodes.normalise(record.get(0));
      if (postcode.isEmpty()) {
        sink.bad(line, notAPostcode(record.get(0)));
        return;
      }
      String easting = record.get(2);
      String northing = record.get(3);
      if (record.get(1).equals(CODE_POINT_NO_LOCATION)
          || easting.isEmpty()
          || northing.isEmpty()
          || (isZero(easting) && isZero(northing))) {
        sink.skipped();
        return;
      }
      if (!isNumber(easting) || !isNumber(northing)) {
        sink.bad(
            line, "eastings '" + easting + "' and northings '" + northing + "' are not numbers");
        return;
      }
      double e = Double.parseDouble(easting);
      double n = Double.parseDouble(northing);
      // The National Grid covers 0-700 km east and 0-1,300 km north.
      if (e < 0 || e > 700_000 || n < 0 || n > 1_300_000) {
        sink.bad(
            line,
            "eastings "
                + easting
                + " and northings "
                + northing
                + " are outside the National Grid");
        return;
      }
      sink.postcode(postcode.get(), NationalGrid.toWgs84(e, n));
    }

    private static boolean isZero(String number) {
      return isNumber(number) && Double.parseDouble(number) == 0;
    }
  }

  private static boolean isNumber(String text) {
    try {
      double value = Double.parseDouble(text);
      return Double.isFinite(value);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String notAPostcode(String value) {
    return "'" + value + "' is not a UK postcode";
  }
}
