package org.alliance.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for people to open in a spreadsheet: every download the application offers (audit,
 * coverage, duplicates) is written through this class, so every cell is defused the same way. A
 * cell a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, as OWASP lists for CSV injection) gets a leading quote and
 * stays text. The HSDS export is not a download for people but data for re-import, and is left
 * exact.
 */
public final class SpreadsheetCsv implements Closeable {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;

  private SpreadsheetCsv(Writer out, String... header) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
  }

  public static SpreadsheetCsv open(Writer out, String... header) throws IOException {
    return new SpreadsheetCsv(out, header);
  }

  public static SpreadsheetCsv open(Writer out, List<String> header) throws IOException {
    return new SpreadsheetCsv(out, header.toArray(String[]::new));
  }

  /** One row; values other than text (numbers, dates, ids) are written as they print. */
  public void row(Object... cells) throws IOException {
    printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toList());
  }

  public void row(List<?> cells) throws IOException {
    row(cells.toArray());
  }

  /** A cell's text as it goes into the file: a would-be formula is prefixed with a quote. */
  public static String cell(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number) {
      return value.toString(); // -3 is a number to a spreadsheet, not a formula
    }
    String text = value.toString();
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
