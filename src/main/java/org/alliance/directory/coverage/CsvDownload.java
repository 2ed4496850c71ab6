package org.alliance.directory.coverage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.alliance.web.SpreadsheetCsv;

/** A table sent as a CSV file, defused for a spreadsheet by {@link SpreadsheetCsv}. */
final class CsvDownload {

  private CsvDownload() {}

  static void write(
      HttpServletResponse response, String filename, List<String> header, List<List<String>> rows)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    try (SpreadsheetCsv csv = SpreadsheetCsv.open(response.getWriter(), header)) {
      for (List<String> row : rows) {
        csv.row(row);
      }
    }
  }
}
