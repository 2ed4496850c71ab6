package org.alliance.directory.review;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.hsds.EditorScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services whose "last checked" date (HSDS {@code assured_date}) is older than the review age, so
 * that out-of-date entries are found before someone is sent to a service that has moved or closed.
 */
@Component
class ReviewsDue {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Period reviewAfter;

  ReviewsDue(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${alliance.directory.review-after:P6M}") Period reviewAfter) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.reviewAfter = reviewAfter;
  }

  LocalDate dueBefore() {
    return LocalDate.now(UK).minus(reviewAfter);
  }

  List<ServiceDue> forEditor(EditorScope scope) {
    return jdbc.sql(
            """
            select s.id, s.name, o.name as organization_name, s.assured_date
              from directory.service s
              join directory.organization o on o.id = s.organization_id
             where s.status = 'active' and (s.assured_date is null or s.assured_date < :before) and %s
             order by s.assured_date nulls first, s.name
            """
                .formatted(EditorScope.CONDITION))
        .param("before", dueBefore())
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query(
            (rs, row) ->
                new ServiceDue(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("organization_name"),
                    rs.getDate("assured_date") == null
                        ? null
                        : rs.getDate("assured_date").toLocalDate()))
        .list();
  }

  /** The editor confirms the entry is still right: it is checked today, by them. */
  @Transactional
  boolean markChecked(String serviceId, String editorEmail, EditorScope scope) {
    int changed =
        jdbc.sql(
                """
            update directory.service s set assured_date = :today, assurer_email = coalesce(:email, s.assurer_email)
              from directory.organization o
             where s.id = :id and o.id = s.organization_id and %s
            """
                    .formatted(EditorScope.CONDITION))
            .param("today", LocalDate.now(UK))
            .param("email", editorEmail)
            .param("id", serviceId)
            .param("everything", scope.everything())
            .param("organisation", scope.organisation())
            .update();
    if (changed == 1) {
      jdbc.sql("insert into directory.change (resource_type, resource_id) values ('service', :id)")
          .param("id", serviceId)
          .update();
      audit.record(AuditEntry.of("directory.service.checked", "service", serviceId));
    }
    return changed == 1;
  }

  /** A service due for review. */
  record ServiceDue(String id, String name, String organizationName, LocalDate lastChecked) {}
}
