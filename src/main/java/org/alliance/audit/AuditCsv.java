package org.alliance.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Stream;
import org.alliance.web.SpreadsheetCsv;

/** Writes audit entries as CSV for a spreadsheet. */
final class AuditCsv {

  private static final String[] HEADER = {
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
    "client address"
  };

  private AuditCsv() {}

  static void write(Stream<AuditEvent> events, Writer out) throws IOException {
    SpreadsheetCsv csv = SpreadsheetCsv.open(out, HEADER);
    try {
      events.forEach(event -> print(csv, event));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  // Some values are typed by strangers (the user name on a failed sign-in, for one), which is why
  // the file is a SpreadsheetCsv.
  private static void print(SpreadsheetCsv csv, AuditEvent event) {
    try {
      csv.row(
          event.id(),
          event.whenWithOffset(),
          event.username(),
          event.organisation(),
          event.action(),
          event.subjectType(),
          event.subjectId(),
          event.personId(),
          event.reason(),
          event.detail(),
          event.clientAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
