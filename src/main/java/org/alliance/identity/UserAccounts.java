package org.alliance.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register of people who sign in: the one door other modules and the admin pages use. */
@Component
public class UserAccounts {

  static final String SELECT =
      """
      select u.id, u.username, u.display_name, u.email, u.organisation_id,
             u.enabled, u.failed_sign_ins,
             greatest(u.locked_until, (select max(f.locked_until) from identity.sign_in_failure f where f.user_id = u.id)) as locked_until, u.totp_enabled, u.last_signed_in_at, u.version,
             coalesce((select string_agg(r.role, ',') from identity.user_role r where r.user_id = u.id), '') as roles
        from identity.app_user u
      """;

  private final com.github.benmanes.caffeine.cache.Cache<UUID, Optional<String>> displayNames =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .maximumSize(10_000)
          .expireAfterWrite(java.time.Duration.ofSeconds(60))
          .build();

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Organisations organisations;
  private final UserSessions sessions;

  UserAccounts(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      AuditLog audit,
      Organisations organisations,
      UserSessions sessions) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.audit = audit;
    this.organisations = organisations;
    this.sessions = sessions;
  }

  /**
   * The workers' accounts, for the administrator's list. People's own accounts are not listed:
   * their trusted individual looks after them, from the person's record.
   */
  /** What is wrong with a new password for this user name, if anything: the sign-in rules. */
  public Optional<String> passwordProblem(String password, String username) {
    return PasswordRules.problemWith(password, username);
  }

  public List<UserAccount> all() {
    Map<UUID, String> names = organisationNames();
    return jdbc
        .sql(
            SELECT
                + """
                 where not exists (select 1 from identity.user_role p
                                    where p.user_id = u.id and p.role = 'person')
                 order by lower(u.display_name), u.username
                """)
        .query(UserAccounts::map)
        .list()
        .stream()
        .map(user -> user.withOrganisationName(names.get(user.organisationId())))
        .toList();
  }

  /**
   * A user's display name for pages that list many rows, at most a minute old; empty when there is
   * no such user. Never for deciding anything: {@link #find} reads the account as it is now.
   */
  public Optional<String> displayName(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return displayNames.get(
        id,
        key ->
            jdbc.sql("select display_name from identity.app_user where id = :id")
                .param("id", key)
                .query(String.class)
                .optional());
  }

  public Optional<UserAccount> find(UUID id) {
    return named(
        jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserAccounts::map).optional());
  }

  public Optional<UserAccount> findByUsername(String username) {
    return named(
        jdbc.sql(SELECT + " where u.username = :username")
            .param("username", username)
            .query(UserAccounts::map)
            .optional());
  }

  private Optional<UserAccount> named(Optional<UserAccount> user) {
    return user.map(
        u ->
            u.withOrganisationName(
                organisations.find(u.organisationId()).map(Organisation::name).orElse("")));
  }

  private Map<UUID, String> organisationNames() {
    Map<UUID, String> names = new HashMap<>();
    organisations.all().forEach(o -> names.put(o.id(), o.name()));
    return names;
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from identity.app_user)")
        .query(Boolean.class)
        .single();
  }

  /**
   * Creates a user. {@code bySystem} audits it as the system (demo data) rather than as the
   * signed-in administrator.
   */
  @Transactional
  public UserAccount create(NewUser user, boolean bySystem) {
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
              insert into identity.app_user (username, display_name, email, organisation_id, password_hash)
              values (:username, :displayName, :email, :organisationId, :hash)
              returning id
              """)
              .param("username", user.username().trim())
              .param("displayName", user.displayName().trim())
              .param("email", blankToNull(user.email()))
              .param("organisationId", user.organisationId())
              .param("hash", passwords.encode(user.password()))
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new UsernameTaken(user.username());
    }
    replaceRoles(id, user.roles());
    AuditEntry entry =
        AuditEntry.of("user.created", "user", id).withDetail("roles: " + codes(user.roles()));
    if (bySystem) {
      audit.recordSystem(entry);
    } else {
      audit.record(entry);
    }
    return find(id).orElseThrow();
  }

  /**
   * Changes a user's details and roles, refusing if someone else saved first. A change to what they
   * may do (roles, organisation, enabled) ends their sessions, so it applies at once.
   */
  @Transactional
  public UserAccount update(
      UUID id,
      int expectedVersion,
      String displayName,
      String email,
      UUID organisationId,
      Set<Role> roles,
      boolean enabled) {
    UserAccount before = find(id).orElseThrow(() -> new StaleUser(id));
    int changed =
        jdbc.sql(
                """
            update identity.app_user
               set display_name = :displayName, email = :email, organisation_id = :organisationId,
                   enabled = :enabled, version = version + 1, updated_at = now()
             where id = :id and version = :version
            """)
            .param("id", id)
            .param("version", expectedVersion)
            .param("displayName", displayName.trim())
            .param("email", blankToNull(email))
            .param("organisationId", organisationId)
            .param("enabled", enabled)
            .update();
    if (changed == 0) {
      throw new StaleUser(id);
    }
    replaceRoles(id, roles);
    displayNames.invalidate(id);
    boolean accessChanged =
        !before.roles().equals(roles)
            || !before.organisationId().equals(organisationId)
            || before.enabled() != enabled;
    int ended = accessChanged ? sessions.endAll(before.username()) : 0;
    audit.record(
        AuditEntry.of("user.updated", "user", id)
            .withDetail(
                "roles: "
                    + codes(roles)
                    + (enabled ? "" : "; disabled")
                    + (ended > 0 ? "; sessions ended: " + ended : "")));
    return find(id).orElseThrow();
  }

  /**
   * Marks an account as one the demo alliance made: in demo mode only, it may read people's records
   * without a second factor ({@link SecondFactorPolicy}).
   */
  @Transactional
  public void markAsDemoAccount(UUID id) {
    jdbc.sql("update identity.app_user set demo_account = true where id = :id")
        .param("id", id)
        .update();
  }

  @Transactional
  public void unlock(UUID id) {
    jdbc.sql("update identity.app_user set failed_sign_ins = 0, locked_until = null where id = :id")
        .param("id", id)
        .update();
    jdbc.sql("delete from identity.sign_in_failure where user_id = :id").param("id", id).update();
    audit.record(AuditEntry.of("user.unlocked", "user", id));
  }

  /** Sets a new password chosen by an administrator, who hands it to the user. */
  @Transactional
  public void resetPassword(UUID id, String newPassword) {
    setPasswordHash(id, passwords.encode(newPassword));
    endSessions(id);
    audit.record(AuditEntry.of("user.password-reset", "user", id));
  }

  /** Turns off a user's second factor when they have lost it and its recovery codes. */
  @Transactional
  public void resetTwoFactor(UUID id) {
    jdbc.sql("update identity.app_user set totp_enabled = false, totp_secret = null where id = :id")
        .param("id", id)
        .update();
    jdbc.sql("delete from identity.recovery_code where user_id = :id").param("id", id).update();
    endSessions(id);
    audit.record(AuditEntry.of("user.two-factor-reset", "user", id));
  }

  private void endSessions(UUID id) {
    find(id).ifPresent(user -> sessions.endAll(user.username()));
  }

  void setPasswordHash(UUID id, String hash) {
    jdbc.sql(
            "update identity.app_user set password_hash = :hash, password_changed_at = now() where id = :id")
        .param("id", id)
        .param("hash", hash)
        .update();
  }

  private void replaceRoles(UUID id, Set<Role> roles) {
    jdbc.sql("delete from identity.user_role where user_id = :id").param("id", id).update();
    for (Role role : roles) {
      jdbc.sql("insert into identity.user_role (user_id, role) values (:id, :role)")
          .param("id", id)
          .param("role", role.code())
          .update();
    }
  }

  static Set<Role> parseRoles(String csv) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : csv.split(",")) {
      Role.fromCode(code.trim()).ifPresent(roles::add);
    }
    return roles;
  }

  private static String codes(Set<Role> roles) {
    return String.join(",", roles.stream().sorted().map(Role::code).toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getObject("organisation_id", UUID.class),
        null,
        parseRoles(rs.getString("roles")),
        rs.getBoolean("enabled"),
        rs.getInt("failed_sign_ins"),
        instant(rs.getTimestamp("locked_until")),
        rs.getBoolean("totp_enabled"),
        instant(rs.getTimestamp("last_signed_in_at")),
        rs.getInt("version"));
  }

  /** Another user already has this user name. */
  public static class UsernameTaken extends RuntimeException {
    UsernameTaken(String username) {
      super("The user name " + username + " is already taken");
    }
  }

  /** Someone else saved the user after it was read. */
  public static class StaleUser extends RuntimeException {
    StaleUser(UUID id) {
      super("User " + id + " was changed by someone else");
    }
  }
}
