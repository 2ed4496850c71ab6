package org.alliance.directory.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The {@code directory.service_version} table: each service's history of published states. */
@Component
class ServiceVersions {

  private final JdbcClient jdbc;

  ServiceVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Newest first. */
  List<ServiceVersion> of(String serviceId) {
    return jdbc.sql(
            """
            select service_id, number, document::text as document, recorded_at, source, change_id, published_by_name,
                   approved_by_name, reason
              from directory.service_version where service_id = :service order by number desc
            """)
        .param("service", serviceId)
        .query(ServiceVersions::version)
        .list();
  }

  Optional<ServiceVersion> find(String serviceId, int number) {
    return jdbc.sql(
            """
            select service_id, number, document::text as document, recorded_at, source, change_id, published_by_name,
                   approved_by_name, reason
              from directory.service_version where service_id = :service and number = :number
            """)
        .param("service", serviceId)
        .param("number", number)
        .query(ServiceVersions::version)
        .optional();
  }

  Optional<ServiceVersion> latest(String serviceId) {
    return of(serviceId).stream().findFirst();
  }

  /** Adds the next version; the primary key refuses a second writer taking the same number. */
  int add(
      String serviceId,
      ObjectNode document,
      String source,
      UUID changeId,
      String publishedBy,
      String approvedBy,
      String reason) {
    return jdbc.sql(
            """
            insert into directory.service_version (service_id, number, document, source, change_id, published_by_name,
                   approved_by_name, reason)
            select :service, coalesce(max(number), 0) + 1, cast(:document as jsonb), :source, :change, :published,
                   :approved, :reason
              from directory.service_version where service_id = :service
            returning number
            """)
        .param("service", serviceId)
        .param("document", ProposedChanges.JSON.writeValueAsString(document))
        .param("source", source)
        .param("change", changeId)
        .param("published", publishedBy)
        .param("approved", approvedBy)
        .param("reason", reason)
        .query(Integer.class)
        .single();
  }

  private static ServiceVersion version(ResultSet rs, int row) throws SQLException {
    return new ServiceVersion(
        rs.getString("service_id"),
        rs.getInt("number"),
        (ObjectNode) ProposedChanges.JSON.readTree(rs.getString("document")),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getString("source"),
        rs.getObject("change_id", UUID.class),
        rs.getString("published_by_name"),
        rs.getString("approved_by_name"),
        rs.getString("reason"));
  }
}
