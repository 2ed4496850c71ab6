package org.alliance.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes audit entries as CSV for a spreadsheet. */
final class AuditCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(
              "id",
              "when",
              "user",
              "organisation",
              "action",
              "subject type",
              "subject id",
              "person",
              "reason",
              "detail",
              "client address")
          .get();

  private AuditCsv() {}

  static void write(Stream<AuditEvent> events, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    try {
      events.forEach(event -> print(csv, event));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  private static void print(CSVPrinter csv, AuditEvent event) {
    try {
      csv.printRecord(
          event.id(),
          event.whenWithOffset(),
          cell(event.username()),
          cell(event.organisation()),
          cell(event.action()),
          cell(event.subjectType()),
          cell(event.subjectId()),
          event.personId(),
          cell(event.reason()),
          cell(event.detail()),
          cell(event.clientAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Some values are typed by strangers (the user name on a failed sign-in, for one). A leading
   * quote stops a spreadsheet running them as formulas (CSV injection).
   */
  static String cell(String value) {
    if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
