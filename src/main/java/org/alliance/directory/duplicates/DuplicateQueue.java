package org.alliance.directory.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue of likely duplicates: filled by the {@link DuplicateMatcher} after each feed
 * pull (and on an administrator's request), emptied by editors' decisions. A decision is
 * reversible: undoing it puts the pair back in the queue and unlinks the records. Every decision
 * and undo is audited in its own transaction, and all of them take one lock, so two editors
 * deciding pairs of one group at once cannot leave its links half-rebuilt.
 */
@Component
public class DuplicateQueue {

  private static final String PAIRS =
      """
      select p.id, p.score, p.reasons, p.found_at, p.decision, p.decided_by, p.decided_at,
             a.id as a_id, a.name as a_name, oa.name as a_org, a.status as a_status, fa.name as a_feed,
             b.id as b_id, b.name as b_name, ob.name as b_org, b.status as b_status, fb.name as b_feed
        from directory.duplicate_pair p
        join directory.service a on a.id = p.first_id
        join directory.organization oa on oa.id = a.organization_id
        left join directory.feed_record ra on ra.service_id = a.id
        left join directory.feed fa on fa.id = ra.feed_id
        join directory.service b on b.id = p.second_id
        join directory.organization ob on ob.id = b.organization_id
        left join directory.feed_record rb on rb.service_id = b.id
        left join directory.feed fb on fb.id = rb.feed_id
      """;

  /** The lock every change to pairs and links takes (pg_advisory_xact_lock key). */
  private static final long LOCK = 0x0d0b1e5L;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final DuplicateMatcher matcher;
  private final LinkedGroups groups;
  private final AuditLog audit;

  DuplicateQueue(
      JdbcClient jdbc,
      JdbcTemplate template,
      DuplicateMatcher matcher,
      LinkedGroups groups,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.template = template;
    this.matcher = matcher;
    this.groups = groups;
    this.audit = audit;
  }

  /** What a fresh look found. */
  public record Refreshed(int compared, int waiting, Duration took) {}

  /**
   * Looks again at every active record: the waiting pairs are replaced by what is found now; a
   * decided pair is kept as decided, and a pair already linked through others is not asked again.
   */
  @Transactional
  public Refreshed refresh() {
    long started = System.nanoTime();
    lock();
    List<DuplicateMatcher.Found> found = matcher.find();
    jdbc.sql("delete from directory.duplicate_pair where decision is null").update();
    template.batchUpdate(
        """
        insert into directory.duplicate_pair (first_id, second_id, score, reasons)
        select ?, ?, ?, string_to_array(?, '|')
         where not exists (select 1 from directory.service_link a join directory.service_link b
                             on a.published_as = b.published_as where a.service_id = ? and b.service_id = ?)
           and not exists (select 1 from directory.service_link l where l.service_id = ? and l.published_as = ?)
           and not exists (select 1 from directory.service_link l where l.service_id = ? and l.published_as = ?)
        on conflict (first_id, second_id) do nothing
        """,
        found,
        1000,
        (statement, pair) -> {
          statement.setString(1, pair.firstId());
          statement.setString(2, pair.secondId());
          statement.setDouble(3, pair.likeness().score());
          statement.setString(4, String.join("|", pair.likeness().reasons()));
          statement.setString(5, pair.firstId());
          statement.setString(6, pair.secondId());
          statement.setString(7, pair.firstId());
          statement.setString(8, pair.secondId());
          statement.setString(9, pair.secondId());
          statement.setString(10, pair.firstId());
        });
    int waiting = waitingCount();
    audit.recordSystem(
        AuditEntry.of("directory.duplicates.refreshed", "duplicate_pair", "all")
            .withDetail(waiting + " pairs waiting"));
    return new Refreshed(found.size(), waiting, Duration.ofNanos(System.nanoTime() - started));
  }

  public int waitingCount() {
    return jdbc.sql("select count(*) from directory.duplicate_pair where decision is null")
        .query(Integer.class)
        .single();
  }

  /** The ids of every waiting pair, first and second. */
  public java.util.Set<List<String>> waitingPairs() {
    return new java.util.HashSet<>(
        jdbc.sql("select first_id, second_id from directory.duplicate_pair where decision is null")
            .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
            .list());
  }

  /** Waiting pairs, likeliest first. */
  public List<DuplicatePair> waiting(int page, int perPage) {
    return jdbc.sql(
            PAIRS
                + " where p.decision is null order by p.score desc, p.first_id, p.second_id"
                + " limit :limit offset :offset")
        .param("limit", perPage)
        .param("offset", (long) (page - 1) * perPage)
        .query(DuplicateQueue::pair)
        .list();
  }

  /** Decided pairs, most recent first. */
  public List<DuplicatePair> decided(int limit) {
    return jdbc.sql(
            PAIRS + " where p.decision is not null order by p.decided_at desc, p.id limit :limit")
        .param("limit", limit)
        .query(DuplicateQueue::pair)
        .list();
  }

  public Optional<DuplicatePair> find(UUID id) {
    return jdbc.sql(PAIRS + " where p.id = :id")
        .param("id", id)
        .query(DuplicateQueue::pair)
        .optional();
  }

  /** What an editor can say of a pair. */
  public enum Decision {
    SAME("same"),
    DIFFERENT("different");

    final String value;

    Decision(String value) {
      this.value = value;
    }

    static Optional<Decision> parse(String text) {
      return Arrays.stream(values()).filter(d -> d.value.equals(text)).findFirst();
    }
  }

  /**
   * Records the editor's decision on a waiting pair and, for "same", links the records.
   *
   * @return false when the pair is not waiting (someone decided it meanwhile, or it is gone)
   */
  @Transactional
  public boolean decide(UUID id, Decision decision, AuditActor editor) {
    lock();
    Optional<String[]> ids =
        jdbc.sql(
                """
                update directory.duplicate_pair set decision = :decision, decided_by = :by, decided_at = now()
                 where id = :id and decision is null
                returning first_id, second_id
                """)
            .param("decision", decision.value)
            .param("by", editor.username())
            .param("id", id)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
            .optional();
    if (ids.isEmpty()) {
      return false;
    }
    if (decision == Decision.SAME) {
      groups.rebuild(List.of(ids.get()));
      // Pairs now inside one group have nothing left to ask.
      List<String> group = groups.groupOf(ids.get()[0]);
      jdbc.sql(
              """
              delete from directory.duplicate_pair
               where decision is null and first_id = any(:group) and second_id = any(:group)
              """)
          .param("group", group.toArray(String[]::new))
          .update();
    }
    audit.recordBy(
        editor,
        AuditEntry.of("directory.duplicates." + decision.value, "duplicate_pair", id)
            .withDetail(ids.get()[0] + " and " + ids.get()[1]));
    return true;
  }

  /**
   * Undoes a decision: the pair waits again and, if it was "same", the records are unlinked.
   *
   * @return false when the pair is not decided
   */
  @Transactional
  public boolean undo(UUID id, AuditActor editor) {
    lock();
    Optional<String[]> undone =
        jdbc.sql(
                """
                update directory.duplicate_pair p set decision = null, decided_by = null, decided_at = null
                  from directory.duplicate_pair was
                 where p.id = :id and was.id = p.id and p.decision is not null
                returning p.first_id, p.second_id, was.decision
                """)
            .param("id", id)
            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .optional();
    if (undone.isEmpty()) {
      return false;
    }
    String[] pair = undone.get();
    if ("same".equals(pair[2])) {
      groups.rebuild(List.of(pair[0], pair[1]));
    }
    audit.recordBy(
        editor,
        AuditEntry.of("directory.duplicates.undone", "duplicate_pair", id)
            .withDetail("was " + pair[2] + ": " + pair[0] + " and " + pair[1]));
    return true;
  }

  private void lock() {
    jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query(Object.class).list();
  }

  private static DuplicatePair pair(ResultSet rs, int row) throws SQLException {
    return new DuplicatePair(
        rs.getObject("id", UUID.class),
        side(rs, "a"),
        side(rs, "b"),
        rs.getDouble("score"),
        List.of((String[]) rs.getArray("reasons").getArray()),
        instant(rs.getTimestamp("found_at")),
        rs.getString("decision"),
        rs.getString("decided_by"),
        instant(rs.getTimestamp("decided_at")));
  }

  private static DuplicatePair.Side side(ResultSet rs, String prefix) throws SQLException {
    String feed = rs.getString(prefix + "_feed");
    return new DuplicatePair.Side(
        rs.getString(prefix + "_id"),
        rs.getString(prefix + "_name"),
        rs.getString(prefix + "_org"),
        feed == null ? "Alliance's editors" : feed,
        rs.getString(prefix + "_status"));
  }

  private static java.time.Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
