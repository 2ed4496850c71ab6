package org.alliance.directory.editing;

import java.time.LocalDate;
import java.util.List;
import org.alliance.directory.hsds.EditorScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The services an editor looks after, for the list they start editing from. */
@Component
class LookedAfterServices {

  static final int LIMIT = 200;

  private final JdbcClient jdbc;

  LookedAfterServices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A line in the list. */
  record Listed(
      String id,
      String name,
      String organizationName,
      String status,
      LocalDate lastChecked,
      String pendingChange) {
    public boolean waiting() {
      return pendingChange != null;
    }
  }

  /**
   * Up to {@link #LIMIT} services by name, those whose name or organisation contains {@code words}
   * when given.
   */
  List<Listed> find(EditorScope scope, String words) {
    return jdbc.sql(
            """
            select s.id, s.name, o.name as organization_name, s.status, s.assured_date, c.id as pending_change
              from directory.service s
              join directory.organization o on o.id = s.organization_id
              left join directory.service_change c on c.service_id = s.id and c.state = 'pending'
             where %s and (cast(:words as text) is null
                   or s.name ilike '%%' || :words || '%%' or o.name ilike '%%' || :words || '%%')
             order by s.name, s.id
             limit %d
            """
                .formatted(EditorScope.CONDITION, LIMIT))
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .param(
            "words",
            words == null || words.isBlank()
                ? null
                : words.strip().replace("%", "\\%").replace("_", "\\_"))
        .query(
            (rs, row) ->
                new Listed(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("organization_name"),
                    rs.getString("status"),
                    rs.getDate("assured_date") == null
                        ? null
                        : rs.getDate("assured_date").toLocalDate(),
                    rs.getString("pending_change")))
        .list();
  }
}
