package org.alliance.directory.subscriptions;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.feeds.PublicAddress;
import org.alliance.identity.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The subscriptions, their secrets (sealed) and their delivery logs. */
@Component
class Subscriptions {

  private static final int LONGEST_URL = 2000;
  private static final int LONGEST_DESCRIPTION = 200;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Secrets secrets;
  private final boolean allowPrivate;
  private final SecureRandom random = new SecureRandom();

  Subscriptions(
      JdbcClient jdbc,
      AuditLog audit,
      Secrets secrets,
      @Value("${alliance.feeds.allow-private-addresses:false}") boolean allowPrivate) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.secrets = secrets;
    this.allowPrivate = allowPrivate;
  }

  /** The subscription made and its secret (shown once, never again), or what is wrong by field. */
  record Added(Subscription subscription, String secret, Map<String, String> problems) {}

  @Transactional
  Added add(String url, String description, AuditActor by) {
    Map<String, String> problems = new LinkedHashMap<>();
    String address = url == null ? "" : url.strip();
    URI uri = null;
    try {
      uri = address.isEmpty() ? null : new URI(address);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || address.length() > LONGEST_URL
        || uri.getHost() == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      problems.put(
          "url",
          "Enter the address that should receive the notices, starting https://, such as"
              + " https://example.org/alliance-changes");
    } else {
      Optional<String> refused = PublicAddress.refusal(uri, allowPrivate);
      refused.ifPresent(
          why ->
              problems.put("url", "That address " + why + ": enter a subscriber's public address"));
    }
    String words = description == null ? "" : description.strip().replace("\u0000", "");
    if (words.length() > LONGEST_DESCRIPTION) {
      problems.put("description", "Enter a description of 200 characters at most");
    }
    if (!problems.isEmpty()) {
      return new Added(null, null, problems);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = "whsec_" + HexFormat.of().formatHex(bytes);
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into directory.subscription (id, url, secret, description, added_by)
            values (?, ?, ?, ?, ?)
            """)
        .params(
            id,
            address,
            secrets.seal(secret, id.toString()),
            words.isEmpty() ? null : words,
            by.username())
        .update();
    audit.recordBy(
        by, AuditEntry.of("directory.subscription.added", "subscription", id).withDetail(address));
    return new Added(find(id).orElseThrow(), secret, Map.of());
  }

  @Transactional
  boolean remove(UUID id, AuditActor by) {
    List<String> removed =
        jdbc.sql("delete from directory.subscription where id = ? returning url")
            .param(id)
            .query(String.class)
            .list();
    if (removed.isEmpty()) {
      return false;
    }
    audit.recordBy(
        by,
        AuditEntry.of("directory.subscription.removed", "subscription", id)
            .withDetail(removed.get(0)));
    return true;
  }

  List<Subscription> all() {
    return jdbc.sql(SELECT + " order by s.added_at").query(Subscriptions::subscription).list();
  }

  Optional<Subscription> find(UUID id) {
    return jdbc.sql(SELECT + " where s.id = ?")
        .param(id)
        .query(Subscriptions::subscription)
        .optional();
  }

  /** The latest deliveries, newest first. */
  List<Delivery> deliveries(UUID subscriptionId, int limit) {
    return jdbc.sql(
            """
            select * from directory.subscription_delivery where subscription_id = ?
             order by id desc limit ?
            """)
        .params(subscriptionId, Math.max(1, Math.min(limit, 500)))
        .query(Subscriptions::delivery)
        .list();
  }

  /** The secret, opened to sign a notice. */
  String secret(UUID subscriptionId, String sealed) {
    return secrets.open(sealed, subscriptionId.toString());
  }

  private static final String SELECT =
      """
      select s.*,
             (select count(*) from directory.subscription_delivery d
               where d.subscription_id = s.id and d.delivered_at is not null) as delivered,
             (select count(*) from directory.subscription_delivery d
               where d.subscription_id = s.id and d.delivered_at is null
                 and d.given_up_at is null) as waiting,
             (select count(*) from directory.subscription_delivery d
               where d.subscription_id = s.id and d.given_up_at is not null) as given_up
        from directory.subscription s
      """;

  private static Subscription subscription(ResultSet rs, int row) throws SQLException {
    return new Subscription(
        rs.getObject("id", UUID.class),
        rs.getString("url"),
        rs.getString("description"),
        rs.getString("added_by"),
        instant(rs.getTimestamp("added_at")),
        rs.getLong("delivered"),
        rs.getLong("waiting"),
        rs.getLong("given_up"));
  }

  static Delivery delivery(ResultSet rs, int row) throws SQLException {
    Integer status = rs.getObject("last_status") == null ? null : rs.getInt("last_status");
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("change_seq"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        instant(rs.getTimestamp("changed_at")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")),
        instant(rs.getTimestamp("delivered_at")),
        instant(rs.getTimestamp("given_up_at")),
        status,
        rs.getString("last_error"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
