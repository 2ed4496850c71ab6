package org.alliance.identity;

import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a user has the second factor that reading people's records needs (the NHS data security
 * standard expects one). Read from the account on each check, not from the session, so turning the
 * factor off takes effect at once. Only in demo mode are the demo alliance's own accounts exempt.
 */
@Component
public class SecondFactorPolicy {

  private final JdbcClient jdbc;
  private final boolean demo;

  SecondFactorPolicy(JdbcClient jdbc, DatabaseMode mode) {
    this.jdbc = jdbc;
    this.demo = mode.demo();
  }

  public boolean satisfiedBy(UUID userId) {
    return jdbc.sql(
            """
            select totp_enabled or (demo_account and :demo)
              from identity.app_user
             where id = :id and enabled
            """)
        .param("id", userId)
        .param("demo", demo)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }
}
