package org.alliance.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log for administrators. Read-only by design: the log is append-only and only
 * {@link AuditLog} writes to it.
 */
@Component
class AuditEvents {

  static final int PAGE_SIZE = 50;
  static final int MAX_DOWNLOAD = 100_000;

  /*
   * Every filter is always in the statement and switched off by a null parameter, so the SQL is
   * fixed text. The casts give PostgreSQL a type for parameters that arrive as null.
   */
  private static final String MATCHING =
      """
        from audit.audit_event
       where (cast(:user as text) is null or lower(actor_username) = lower(cast(:user as text)))
         and (cast(:action as text) is null or starts_with(action, cast(:action as text)))
         and (cast(:subjectType as text) is null or subject_type = cast(:subjectType as text))
         and (cast(:subjectId as text) is null or subject_id = cast(:subjectId as text))
         and (cast(:person as uuid) is null or person_id = cast(:person as uuid))
         and (cast(:from as timestamptz) is null or occurred_at >= cast(:from as timestamptz))
         and (cast(:before as timestamptz) is null or occurred_at < cast(:before as timestamptz))
      """;

  private static final String COUNT = "select count(*)" + MATCHING;

  private static final String NEWEST_FIRST =
      """
      select id, occurred_at, actor_username, actor_organisation, action, subject_type, subject_id,
             person_id, reason, detail, client_address
      """
          + MATCHING
          + """
       order by occurred_at desc, id desc
       limit :limit offset :offset
      """;

  private final JdbcClient jdbc;

  AuditEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  AuditPage page(AuditFilter filter) {
    long total = bind(jdbc.sql(COUNT), filter).query(Long.class).single();
    List<AuditEvent> events =
        bind(jdbc.sql(NEWEST_FIRST), filter)
            .param("limit", PAGE_SIZE)
            .param("offset", (long) (filter.page() - 1) * PAGE_SIZE)
            .query(AuditEvents::map)
            .list();
    return new AuditPage(events, total, filter.page(), PAGE_SIZE);
  }

  /** Every matching entry, newest first, up to {@link #MAX_DOWNLOAD}. Close the stream. */
  Stream<AuditEvent> download(AuditFilter filter) {
    return bind(jdbc.sql(NEWEST_FIRST), filter)
        .param("limit", MAX_DOWNLOAD)
        .param("offset", 0)
        .query(AuditEvents::map)
        .stream();
  }

  private static StatementSpec bind(StatementSpec statement, AuditFilter filter) {
    return statement
        .param("user", filter.user())
        .param("action", filter.actionPrefix())
        .param("subjectType", filter.subjectType())
        .param("subjectId", filter.subjectId())
        .param("person", filter.person())
        .param("from", filter.fromInstant())
        .param("before", filter.beforeInstant());
  }

  private static AuditEvent map(ResultSet rs, int row) throws SQLException {
    return new AuditEvent(
        rs.getLong("id"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor_username"),
        rs.getString("actor_organisation"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getObject("person_id", UUID.class),
        rs.getString("reason"),
        rs.getString("detail"),
        rs.getString("client_address"));
  }
}
