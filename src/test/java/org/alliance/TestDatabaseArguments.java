package org.alliance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;

/**
 * The Spring arguments that point a command at the test application's throw-away database, as an
 * external database with two roles is deployed: the command migrates as the owner and works as the
 * application's role. No demo data, quiet logs, and whatever else a test adds.
 */
final class TestDatabaseArguments {

  private TestDatabaseArguments() {}

  static String[] of(DataSource dataSource, SchemaOwner schemaOwner, String... more)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Connection asOwner = schemaOwner.dataSource().getConnection()) {
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "--spring.datasource.url=" + connection.getMetaData().getURL(),
                  "--spring.datasource.username=" + connection.getMetaData().getUserName(),
                  "--DATABASE_OWNER_URL="
                      + asOwner.getMetaData().getURL()
                      + "?user="
                      + asOwner.getMetaData().getUserName(),
                  "--ALLIANCE_DEMO=false",
                  "--logging.level.root=WARN"));
      arguments.addAll(List.of(more));
      return arguments.toArray(String[]::new);
    }
  }
}
