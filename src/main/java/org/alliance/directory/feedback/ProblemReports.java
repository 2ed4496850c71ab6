package org.alliance.directory.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.hsds.EditorScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem reports: anyone files one; the editors who look after the service (see {@link
 * EditorScope}) see it and close it.
 */
@Component
class ProblemReports {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  ProblemReports(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  Optional<String> serviceName(String serviceId) {
    return jdbc.sql("select name from directory.service where id = :id")
        .param("id", serviceId)
        .query(String.class)
        .optional();
  }

  @Transactional
  UUID file(String serviceId, String whatIsWrong, String reporterEmail) {
    return jdbc.sql(
            """
            insert into directory.problem_report (service_id, what_is_wrong, reporter_email)
            values (:service, :text, :email) returning id
            """)
        .param("service", serviceId)
        .param("text", whatIsWrong.strip())
        .param(
            "email",
            reporterEmail == null || reporterEmail.isBlank() ? null : reporterEmail.strip())
        .query(UUID.class)
        .single();
  }

  /** Open reports on services this editor looks after. */
  List<ProblemReport> openFor(EditorScope scope) {
    return jdbc.sql(
            """
            select r.id, r.service_id, s.name as service_name, o.name as organization_name, r.what_is_wrong,
                   r.reporter_email, r.reported_at
              from directory.problem_report r
              join directory.service s on s.id = r.service_id
              join directory.organization o on o.id = s.organization_id
             where r.resolved_at is null and %s
             order by r.reported_at
            """
                .formatted(EditorScope.CONDITION))
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query(
            (rs, row) ->
                new ProblemReport(
                    rs.getObject("id", UUID.class),
                    rs.getString("service_id"),
                    rs.getString("service_name"),
                    rs.getString("organization_name"),
                    rs.getString("what_is_wrong"),
                    rs.getString("reporter_email"),
                    rs.getTimestamp("reported_at").toInstant()))
        .list();
  }

  int countOpenFor(EditorScope scope) {
    return jdbc.sql(
            """
            select count(*) from directory.problem_report r
              join directory.service s on s.id = r.service_id
              join directory.organization o on o.id = s.organization_id
             where r.resolved_at is null and %s
            """
                .formatted(EditorScope.CONDITION))
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query(Integer.class)
        .single();
  }

  /** Closes a report the editor can see; returns false if it is not theirs or already closed. */
  @Transactional
  boolean resolve(UUID reportId, String resolution, UUID editor, EditorScope scope) {
    int closed =
        jdbc.sql(
                """
            update directory.problem_report r
               set resolved_at = now(), resolved_by = :editor, resolution = :resolution
              from directory.service s join directory.organization o on o.id = s.organization_id
             where r.id = :id and s.id = r.service_id and r.resolved_at is null and %s
            """
                    .formatted(EditorScope.CONDITION))
            .param("id", reportId)
            .param("editor", editor)
            .param("resolution", resolution.strip())
            .param("everything", scope.everything())
            .param("organisation", scope.organisation())
            .update();
    if (closed == 1) {
      audit.record(AuditEntry.of("directory.problem-report.resolved", "problem-report", reportId));
    }
    return closed == 1;
  }
}
