package org.alliance.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. {@link Propagation#MANDATORY} on the normal path means an entry is always
 * part of the caller's transaction: the change and its record commit or roll back together.
 */
@Component
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an action by the signed-in user, inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditEntry entry) {
    insert(currentActor(), null, entry);
  }

  /** Records an action by a named actor, such as a user who has just signed in. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordBy(AuditActor actor, AuditEntry entry) {
    insert(actor, null, entry);
  }

  /** Records an attempt by someone not signed in, under the user name they gave. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAttempt(String attemptedUsername, AuditEntry entry) {
    insert(null, attemptedUsername, entry);
  }

  /** Records a system action (start-up, demo data, scheduled jobs): no actor. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordSystem(AuditEntry entry) {
    insert(null, "system", entry);
  }

  private void insert(AuditActor actor, String username, AuditEntry entry) {
    jdbc.sql(
            """
            insert into audit.audit_event
              (actor_user_id, actor_username, actor_organisation_id, actor_organisation,
               action, subject_type, subject_id, person_id, reason, detail, client_address)
            values
              (:userId, :username, :organisationId, :organisation,
               :action, :subjectType, :subjectId, :personId, :reason, :detail, :address)
            """)
        .param("userId", actor == null ? null : actor.userId())
        .param("username", actor == null ? username : actor.username())
        .param("organisationId", actor == null ? null : actor.organisationId())
        .param("organisation", actor == null ? null : actor.organisationName())
        .param("action", entry.action())
        .param("subjectType", entry.subjectType())
        .param("subjectId", entry.subjectId())
        .param("personId", entry.personId())
        .param("reason", entry.reason())
        .param("detail", entry.detail())
        .param("address", clientAddress())
        .update();
  }

  private static AuditActor currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
      return actor;
    }
    throw new IllegalStateException(
        "No signed-in user to audit; use recordSystem or recordAttempt");
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
