package org.alliance.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when what they may do changes. Sessions live in PostgreSQL (Spring
 * Session JDBC, indexed by principal name), so deleting the rows ends them on every node at once.
 * The rows are deleted in the caller's transaction rather than through Spring Session's repository,
 * which commits on its own: the change to the account and the end of its sessions then commit or
 * roll back together, and the commands, which start without Spring Session, end sessions too.
 */
@Component
class UserSessions {

  private final JdbcClient jdbc;

  UserSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ends every session of the user, half-finished second-factor sign-ins included. */
  int endAll(String username) {
    return jdbc.sql("delete from identity.http_session where principal_name = :name")
        .param("name", username)
        .update();
  }

  /** Ends every session of the user but the one they are using. */
  int endAllBut(String username, String sessionId) {
    return jdbc.sql(
            "delete from identity.http_session where principal_name = :name and session_id <> :keep")
        .param("name", username)
        .param("keep", sessionId)
        .update();
  }
}
