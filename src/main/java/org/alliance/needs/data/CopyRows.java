package org.alliance.needs.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written to a table by PostgreSQL's COPY, as CSV, a few thousand at a time, on the current
 * transaction's connection: an import streams its file into a temporary table this way, and a
 * cancelled copy leaves nothing.
 */
final class CopyRows implements AutoCloseable {

  private static final int BATCH = 5_000;

  private final CopyIn copy;
  private final StringWriter text = new StringWriter();
  private final CSVPrinter printer;
  private int rows;

  /** Starts {@code copy <table> from stdin with (format csv)}; the table name is the caller's. */
  CopyRows(DataSource dataSource, String table) {
    try {
      Connection connection = DataSourceUtils.getConnection(dataSource);
      this.copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy " + table + " from stdin with (format csv)");
      this.printer = new CSVPrinter(text, CSVFormat.DEFAULT);
    } catch (SQLException e) {
      throw new IllegalStateException("Starting the copy failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(Object... values) {
    try {
      for (Object value : values) {
        printer.print(value instanceof BigDecimal number ? number.toPlainString() : value);
      }
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (++rows % BATCH == 0) {
      flush();
    }
  }

  /** Sends what is left and ends the copy: the rows are in the table. */
  void finish() {
    flush();
    try {
      copy.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("Ending the copy failed: " + e.getMessage(), e);
    }
  }

  /** Cancels the copy if it was not finished: the table gets none of the rows. */
  @Override
  public void close() {
    if (copy.isActive()) {
      try {
        copy.cancelCopy();
      } catch (SQLException e) {
        // the transaction is rolled back anyway
      }
    }
  }

  private void flush() {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    text.getBuffer().setLength(0);
    if (bytes.length == 0) {
      return;
    }
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw new IllegalStateException("Loading the rows failed: " + e.getMessage(), e);
    }
  }
}
