package org.alliance.identity;

import java.sql.Timestamp;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user with their password hash for Spring Security's password check. */
@Component
class AllianceUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;
  private final Organisations organisations;

  AllianceUserDetailsService(JdbcClient jdbc, Organisations organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  @Override
  public AllianceUser loadUserByUsername(String username) {
    return load(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
  }

  java.util.Optional<AllianceUser> load(String username) {
    return jdbc.sql(
            """
            select u.id, u.username, u.display_name, u.organisation_id, u.enabled, u.locked_until,
                   u.totp_enabled, u.password_hash,
                   coalesce((select string_agg(r.role, ',') from identity.user_role r where r.user_id = u.id), '') as roles
              from identity.app_user u
             where u.username = :username
            """)
        .param("username", username == null ? "" : username.trim())
        .query(
            (rs, row) -> {
              UUID organisationId = rs.getObject("organisation_id", UUID.class);
              Timestamp lockedUntil = rs.getTimestamp("locked_until");
              return new AllianceUser(
                  rs.getObject("id", UUID.class),
                  rs.getString("username"),
                  rs.getString("display_name"),
                  organisationId,
                  organisations.find(organisationId).map(Organisation::name).orElse(""),
                  UserAccounts.parseRoles(rs.getString("roles")),
                  rs.getBoolean("enabled"),
                  lockedUntil == null ? null : lockedUntil.toInstant(),
                  rs.getBoolean("totp_enabled"),
                  rs.getString("password_hash"));
            })
        .optional();
  }
}
