package org.alliance.directory.coverage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A table sent as a CSV file, safe to open in a spreadsheet. */
final class CsvDownload {

  private CsvDownload() {}

  static void write(
      HttpServletResponse response, String filename, List<String> header, List<List<String>> rows)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    Writer out = response.getWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (List<String> row : rows) {
        csv.printRecord(row.stream().map(CsvDownload::defused).toList());
      }
    }
  }

  /** A cell a spreadsheet would run as a formula is prefixed so it stays text. */
  static String defused(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }
}
