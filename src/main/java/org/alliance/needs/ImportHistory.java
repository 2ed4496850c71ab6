package org.alliance.needs;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports made, as {@code needs.indicator_import} records them. */
@Component
class ImportHistory {

  private final JdbcClient jdbc;

  ImportHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<IndicatorImports.Imported> recent(int limit) {
    return jdbc.sql(
            """
            select file_name, kind, rows, created, replaced, imported_by, imported_at
              from needs.indicator_import order by imported_at desc, id limit :limit
            """)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new IndicatorImports.Imported(
                    rs.getString("file_name"),
                    rs.getString("kind"),
                    rs.getInt("rows"),
                    rs.getInt("created"),
                    rs.getInt("replaced"),
                    rs.getString("imported_by"),
                    rs.getTimestamp("imported_at").toInstant()))
        .list();
  }
}
