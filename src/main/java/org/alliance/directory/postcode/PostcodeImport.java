package org.alliance.directory.postcode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.alliance.directory.Coordinates;
import org.alliance.directory.PostcodeImportResult;
import org.alliance.directory.PostcodeImportResult.BadRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads postcode files into {@code directory.postcode}, all or nothing. Rows stream through
 * PostgreSQL's COPY into a temporary table as they are read, so a 2.6 million row file needs little
 * memory and no second pass; the temporary table is then merged into the real one with an upsert.
 * Everything happens in one transaction, rolled back if any row anywhere was bad.
 */
@Component
class PostcodeImport {

  /** One file to load: a name for the report and a way to open it. */
  record Source(String name, Opener opener) {}

  @FunctionalInterface
  interface Opener {
    Reader open() throws IOException;
  }

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;

  PostcodeImport(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.transaction = transaction;
  }

  PostcodeImportResult load(List<Source> sources) {
    return transaction.execute(
        status -> {
          jdbc.sql(
                  """
          create temporary table postcode_load (
            postcode  text    not null,
            latitude  numeric not null,
            longitude numeric not null
          ) on commit drop
          """)
              .update();
          Tally tally = new Tally();
          try (Writer copy = copyInto(DataSourceUtils.getConnection(dataSource))) {
            tally.copy = copy;
            for (Source source : sources) {
              tally.file = source.name();
              try (Reader reader = source.opener().open()) {
                PostcodeFile.read(reader, tally);
              } catch (IOException e) {
                tally.bad(0, "cannot read it (" + e.getMessage() + ")");
              }
            }
          } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not stream postcodes into PostgreSQL", e);
          }
          if (tally.badRowCount > 0 || tally.loaded == 0) {
            status.setRollbackOnly();
            return new PostcodeImportResult(0, 0, tally.skipped, tally.badRowCount, tally.badRows);
          }
          int changed =
              jdbc.sql(
                      """
          insert into directory.postcode (postcode, latitude, longitude)
          select distinct on (postcode) postcode, latitude, longitude
            from postcode_load
           order by postcode
          on conflict (postcode) do update
             set latitude = excluded.latitude, longitude = excluded.longitude
           where (directory.postcode.latitude, directory.postcode.longitude)
                 is distinct from (excluded.latitude, excluded.longitude)
          """)
                  .update();
          return new PostcodeImportResult(tally.loaded, changed, tally.skipped, 0, List.of());
        });
  }

  /** COPY in CSV form; the writer's close ends the COPY. */
  private static Writer copyInto(Connection connection) throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    PGCopyOutputStream out =
        new PGCopyOutputStream(
            pg,
            "copy postcode_load (postcode, latitude, longitude) from stdin (format csv)",
            1 << 16);
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** PostgreSQL stopped taking rows: not the file's fault, so not reported as a bad row. */
  private static final class CopyFailed extends RuntimeException {
    CopyFailed(IOException cause) {
      super("Could not stream postcodes into PostgreSQL", cause);
    }
  }

  /** Counts rows and keeps the first bad ones; stops copying once the import is bound to fail. */
  private static final class Tally implements PostcodeFile.Sink {
    Writer copy;
    String file;
    long loaded;
    long skipped;
    long badRowCount;
    final List<BadRow> badRows = new ArrayList<>();

    @Override
    public void postcode(String postcode, Coordinates centroid) {
      loaded++;
      if (badRowCount > 0) {
        return;
      }
      try {
        // Six decimal places is about 0.1 m, the precision ONSPD publishes.
        copy.write(
            String.format(
                Locale.ROOT,
                "%s,%.6f,%.6f\n",
                postcode,
                centroid.latitude(),
                centroid.longitude()));
      } catch (IOException e) {
        throw new CopyFailed(e);
      }
    }

    @Override
    public void skipped() {
      skipped++;
    }

    @Override
    public void bad(long line, String problem) {
      badRowCount++;
      if (badRows.size() < PostcodeImportResult.MAX_SHOWN) {
        badRows.add(new BadRow(file, line, problem));
      }
    }
  }
}
