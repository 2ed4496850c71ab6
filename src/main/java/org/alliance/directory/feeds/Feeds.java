package org.alliance.directory.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.hsds.ServicesChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The feeds registered, their pulls and the pulls' reports. */
@Component
public class Feeds {

  private static final int LONGEST_URL = 2000;
  private static final int LONGEST_NAME = 200;
  private static final int MOST_HOURS = 24 * 28;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final boolean allowPrivate;

  Feeds(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${alliance.feeds.allow-private-addresses:false}") boolean allowPrivate) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.allowPrivate = allowPrivate;
  }

  /** A feed to register, as typed. */
  public record Draft(String url, String format, String name, String everyHours) {}

  /** The feed registered, or what is wrong with the draft by field (nothing registered then). */
  public record Added(Feed feed, Map<String, String> problems) {}

  /** Registers the feed for a signed-in worker (the page). */
  @Transactional
  public Added add(Draft draft, AuditActor by) {
    return add(draft, by, by.username());
  }

  /** Registers the feed from the command line, audited as the system naming the operator. */
  @Transactional
  public Added addFromCommand(Draft draft, String operator) {
    return add(draft, null, "the feeds command, run by " + operator);
  }

  /** The rules for the page and the command alike. */
  private Added add(Draft draft, AuditActor actor, String by) {
    Map<String, String> problems = new LinkedHashMap<>();
    String url = draft.url() == null ? "" : draft.url().strip();
    URI uri = null;
    if (url.isEmpty()) {
      problems.put("url", "Enter the feed's web address");
    } else {
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        uri = null;
      }
      boolean wellFormed =
          uri != null
              && url.length() <= LONGEST_URL
              && uri.getHost() != null
              && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
      // Looked up once: the check resolves the host.
      Optional<String> refused =
          wellFormed ? PublicAddress.refusal(uri, allowPrivate) : Optional.empty();
      if (!wellFormed) {
        problems.put(
            "url",
            "Enter the feed's web address, starting https:// (or http://), such as"
                + " https://example.org/openreferral/services");
      } else if (refused.isPresent()) {
        problems.put(
            "url", "That address " + refused.get() + ": enter a publisher's public address");
      } else if (jdbc.sql("select count(*) from directory.feed where url = ?")
              .param(url)
              .query(Integer.class)
              .single()
          > 0) {
        problems.put("url", "That feed is already registered");
      }
    }
    Optional<FeedFormat> format = FeedFormat.of(draft.format());
    if (format.isEmpty()) {
      problems.put(
          "format", "Choose the feed's format: oruk3 (Open Referral UK 3.0) or oruk1 (v1)");
    }
    String name = draft.name() == null ? "" : draft.name().strip().replace("\u0000", "");
    if (name.isEmpty() && uri != null && uri.getHost() != null) {
      name = uri.getHost();
    }
    if (name.length() > LONGEST_NAME) {
      problems.put("name", "Enter a name of 200 characters at most");
    }
    int hours = 24;
    if (draft.everyHours() != null && !draft.everyHours().isBlank()) {
      try {
        hours = Integer.parseInt(draft.everyHours().strip());
      } catch (NumberFormatException e) {
        hours = -1;
      }
      if (hours < 1 || hours > MOST_HOURS) {
        problems.put("everyHours", "Enter how often to pull it as whole hours, from 1 to 672");
      }
    }
    if (!problems.isEmpty()) {
      return new Added(null, problems);
    }
    UUID id =
        jdbc.sql(
                """
                insert into directory.feed (name, url, format, every_hours, added_by)
                values (:name, :url, :format, :hours, :by)
                on conflict (url) do nothing
                returning id
                """)
            .param("name", name)
            .param("url", url)
            .param("format", format.get().code())
            .param("hours", hours)
            .param("by", by)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (id == null) {
      return new Added(null, Map.of("url", "That feed is already registered"));
    }
    String detail = format.get().code() + " " + url;
    if (actor == null) {
      audit.recordSystem(
          AuditEntry.of("directory.feed.added", "feed", id).withDetail(detail + "; " + by));
    } else {
      audit.recordBy(actor, AuditEntry.of("directory.feed.added", "feed", id).withDetail(detail));
    }
    return new Added(find(id).orElseThrow(), Map.of());
  }

  /** Every feed, by name, each with its last pull. */
  public List<Feed> all() {
    return jdbc.sql(SELECT + " order by lower(f.name), f.url").query(this::feed).list();
  }

  public Optional<Feed> find(UUID id) {
    return jdbc.sql(SELECT + " where f.id = ?").param(id).query(this::feed).optional();
  }

  /** The feeds whose last pull that finished is older than their schedule, or that have none. */
  List<UUID> due() {
    return jdbc.sql(
            """
            select f.id from directory.feed f
             where f.pulling_since is null
               and not exists (select 1 from directory.feed_pull p
                                where p.feed_id = f.id and p.outcome in ('imported', 'unchanged')
                                  and p.started_at > now() - make_interval(hours => f.every_hours))
               and not exists (select 1 from directory.feed_pull p
                                where p.feed_id = f.id and p.outcome = 'failed'
                                  and p.started_at > now() - interval '1 hour')
             order by f.added_at
            """)
        .query(UUID.class)
        .list();
  }

  /** A record a feed gave before and gives no more, waiting for an editor's review. */
  public record Gone(String sourceId, String serviceId, String name, Instant goneSince) {}

  /** The feed's records gone from it and not yet withdrawn, oldest first. */
  public List<Gone> gone(UUID feedId) {
    return jdbc.sql(
            """
            select r.source_id, r.service_id, s.name, r.gone_since
              from directory.feed_record r
              join directory.service s on s.id = r.service_id
             where r.feed_id = ? and r.gone_since is not null and r.withdrawn_at is null
             order by r.gone_since, s.name
            """)
        .param(feedId)
        .query(
            (rs, n) ->
                new Gone(
                    rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4))))
        .list();
  }

  /**
   * Withdraws a service its feed no longer gives: it becomes inactive (searches and the API leave
   * it out; its history stays), the change is logged for the index and subscribers, and the review
   * is audited. False when the service is not one of the feed's gone records (never was, came back
   * in a later pull, or was withdrawn already).
   */
  @Transactional
  public boolean withdraw(UUID feedId, String serviceId, AuditActor by) {
    int marked =
        jdbc.sql(
                """
                update directory.feed_record set withdrawn_at = now(), withdrawn_by = ?
                 where feed_id = ? and service_id = ? and gone_since is not null
                   and withdrawn_at is null
                """)
            .params(by.username(), feedId, serviceId)
            .update();
    if (marked == 0) {
      return false;
    }
    jdbc.sql("update directory.service set status = 'inactive' where id = ?")
        .param(serviceId)
        .update();
    ServicesChanged.mark(jdbc, List.of(serviceId));
    audit.recordBy(
        by,
        AuditEntry.of("directory.feed-record.withdrawn", "service", serviceId)
            .withDetail("gone from feed " + feedId));
    return true;
  }

  /** The feed's pulls, newest first. */
  public List<PullSummary> pulls(UUID feedId, int limit) {
    return jdbc.sql(
            "select * from directory.feed_pull where feed_id = ? order by started_at desc limit ?")
        .params(feedId, Math.max(1, Math.min(limit, 100)))
        .query(Feeds::pull)
        .list();
  }

  /** A pull's report, a line per repair or skip, in record order. */
  public List<RepairLine> report(UUID pullId, int limit) {
    return jdbc.sql(
            "select source_id, skipped, what from directory.feed_repair where pull_id = ? order by line limit ?")
        .params(pullId, Math.max(1, Math.min(limit, 100_000)))
        .query((rs, n) -> new RepairLine(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
        .list();
  }

  private static final String SELECT =
      """
      select f.*, p.id as p_id, p.started_at as p_started_at, p.finished_at as p_finished_at,
             p.outcome as p_outcome, p.pages as p_pages, p.records as p_records,
             p.imported as p_imported, p.skipped as p_skipped, p.repaired as p_repaired,
             p.gone as p_gone, p.summary as p_summary
        from directory.feed f
        left join lateral (select * from directory.feed_pull p where p.feed_id = f.id
                            order by p.started_at desc limit 1) p on true
      """;

  private Feed feed(ResultSet rs, int row) throws SQLException {
    PullSummary last = null;
    if (rs.getObject("p_id") != null) {
      last =
          new PullSummary(
              rs.getObject("p_id", UUID.class),
              rs.getObject("id", UUID.class),
              instant(rs.getTimestamp("p_started_at")),
              instant(rs.getTimestamp("p_finished_at")),
              rs.getString("p_outcome"),
              rs.getInt("p_pages"),
              rs.getInt("p_records"),
              rs.getInt("p_imported"),
              rs.getInt("p_skipped"),
              rs.getInt("p_repaired"),
              rs.getInt("p_gone"),
              rs.getString("p_summary"));
    }
    return new Feed(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getString("url"),
        FeedFormat.of(rs.getString("format")).orElseThrow(),
        rs.getInt("every_hours"),
        rs.getString("added_by"),
        instant(rs.getTimestamp("added_at")),
        last);
  }

  static PullSummary pull(ResultSet rs, int row) throws SQLException {
    return new PullSummary(
        rs.getObject("id", UUID.class),
        rs.getObject("feed_id", UUID.class),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("finished_at")),
        rs.getString("outcome"),
        rs.getInt("pages"),
        rs.getInt("records"),
        rs.getInt("imported"),
        rs.getInt("skipped"),
        rs.getInt("repaired"),
        rs.getInt("gone"),
        rs.getString("summary"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
