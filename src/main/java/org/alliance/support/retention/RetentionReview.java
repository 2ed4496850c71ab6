package org.alliance.support.retention;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.RetentionReviews;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention review: which records are past their retention date ({@link RetentionRule}), the
 * list of them waiting for the data-protection lead, and the lead's decisions (destroy, or keep for
 * a stated reason and period).
 *
 * <p>A run holds a transaction-scoped advisory lock taken with {@code pg_try_advisory_xact_lock}: a
 * node that cannot have it does nothing, so on many nodes one runs the review and the others skip
 * it. The list has one row per person ({@code on conflict do nothing}), so a second run lists
 * nothing twice either.
 */
@Component
class RetentionReview implements RetentionReviews {

  static final String LOCK = "alliance-retention-review";
  private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

  /**
   * Each unmerged record with the day of its last contact (or registration), the latest across the
   * records merged into it, since those are the same person's. Records with a hold in force are
   * left out. The date filter is only a necessary condition (every rule keeps a record at least 8
   * years after the last contact); {@link RetentionRule} decides.
   */
  private static final String CANDIDATES =
      """
      with recursive tree (root, id) as (
             select p.id, p.id from support.person p
              where p.merged_into is null
                and (cast(:only as uuid) is null or p.id = cast(:only as uuid))
             union all
             select t.root, c.id from support.person c join tree t on c.merged_into = t.id),
           latest as (
             select t.root,
                    max(cast(coalesce(p.last_contact_at, p.registered_at)
                             at time zone 'Europe/London' as date)) as last_on
               from tree t join support.person p on p.id = t.id
              group by t.root)
      select p.id, p.date_of_birth, l.last_on
        from latest l join support.person p on p.id = l.root
       where l.last_on <= :cutoff
         and not exists (select 1 from support.retention_hold h
                          where h.person_id = p.id and h.kept_until >= :today)
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;

  RetentionReview(JdbcClient jdbc, AuditLog audit, PersonAccess access) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
  }

  /** One run, with the ids it listed (for tests; the audit keeps counts only). */
  record Run(RetentionReviews.Summary summary, List<UUID> listed) {}

  @Override
  @Transactional
  public Summary runNow() {
    return run(LocalDate.now(PersonAccess.UK)).summary();
  }

  @Transactional
  Run run(LocalDate today) {
    boolean mine =
        jdbc.sql("select pg_try_advisory_xact_lock(hashtext('" + LOCK + "'))")
            .query(Boolean.class)
            .single();
    if (!mine) {
      log.info("The retention review is running on another node; this one skips it");
      return new Run(new Summary(false, 0, 0, 0), List.of());
    }
    Map<UUID, RetentionRule.Due> due = dueOn(today, null);
    List<UUID> listedBefore =
        jdbc.sql("select person_id from support.retention_due").query(UUID.class).list();
    String[] noLonger =
        listedBefore.stream()
            .filter(id -> !due.containsKey(id))
            .map(UUID::toString)
            .toArray(String[]::new);
    int removed =
        noLonger.length == 0
            ? 0
            : jdbc.sql(
                    "delete from support.retention_due where person_id = any(cast(:ids as uuid[]))")
                .param("ids", noLonger)
                .update();
    List<UUID> listed = new ArrayList<>();
    if (!due.isEmpty()) {
      String[] ids = new String[due.size()];
      String[] days = new String[due.size()];
      String[] rules = new String[due.size()];
      int i = 0;
      for (Map.Entry<UUID, RetentionRule.Due> entry : due.entrySet()) {
        ids[i] = entry.getKey().toString();
        days[i] = entry.getValue().on().toString();
        rules[i] = entry.getValue().rule().code();
        i++;
      }
      listed =
          jdbc.sql(
                  """
                  insert into support.retention_due (person_id, due_on, rule)
                  select * from unnest(cast(:ids as uuid[]), cast(:days as date[]),
                                       cast(:rules as text[]))
                  on conflict (person_id) do nothing
                  returning person_id
                  """)
              .param("ids", ids)
              .param("days", days)
              .param("rules", rules)
              .query(UUID.class)
              .list();
    }
    int waiting =
        jdbc.sql("select count(*) from support.retention_due").query(Integer.class).single();
    Summary summary = new Summary(true, listed.size(), removed, waiting);
    audit.recordSystem(
        AuditEntry.of("retention.review-run", "retention", today)
            .withDetail(
                "newly listed "
                    + summary.newlyListed()
                    + "; no longer due "
                    + summary.noLongerDue()
                    + "; waiting "
                    + summary.waiting()));
    log.info(
        "Retention review: {} newly listed, {} no longer due, {} waiting",
        summary.newlyListed(),
        summary.noLongerDue(),
        summary.waiting());
    return new Run(summary, listed);
  }

  /** The records due on {@code today}, or just the one given. */
  private Map<UUID, RetentionRule.Due> dueOn(LocalDate today, UUID only) {
    Map<UUID, RetentionRule.Due> due = new LinkedHashMap<>();
    jdbc.sql(CANDIDATES)
        .param("only", only == null ? null : only.toString())
        .param("cutoff", Date.valueOf(today.minusYears(RetentionRule.YEARS_AFTER_LAST_CONTACT)))
        .param("today", Date.valueOf(today))
        .query(
            rs -> {
              RetentionRule.Due d =
                  RetentionRule.due(
                      rs.getObject("date_of_birth", LocalDate.class),
                      rs.getObject("last_on", LocalDate.class));
              if (d.reachedBy(today)) {
                due.put(rs.getObject("id", UUID.class), d);
              }
            });
    return due;
  }

  /** A record on the list, as the lead sees it. */
  record DueRecord(
      UUID personId,
      String name,
      LocalDate dateOfBirth,
      LocalDate lastContact,
      LocalDate dueOn,
      RetentionRule rule,
      Instant listedAt,
      int earlierHolds) {}

  private static final String LISTED =
      """
      select d.person_id, p.given_name || ' ' || p.family_name as name, p.date_of_birth,
             cast(coalesce(p.last_contact_at, p.registered_at) at time zone 'Europe/London' as date)
               as last_on,
             d.due_on, d.rule, d.listed_at,
             (select count(*) from support.retention_hold h where h.person_id = d.person_id)
               as holds
        from support.retention_due d join support.person p on p.id = d.person_id
      """;

  /** Every record waiting for a decision, longest overdue first; each read is audited. */
  @Transactional
  List<DueRecord> listed(Practitioner lead) {
    leadOnly(lead);
    List<DueRecord> records =
        jdbc.sql(LISTED + " order by d.due_on, p.family_name, p.given_name, d.person_id")
            .query(RetentionReview::dueRecord)
            .list();
    records.forEach(r -> access.oversee(lead, r.personId(), "retention review list"));
    return records;
  }

  /** One record on the list; not found if it is not on it. */
  @Transactional
  DueRecord listed(Practitioner lead, UUID personId) {
    leadOnly(lead);
    DueRecord record =
        jdbc.sql(LISTED + " where d.person_id = :id")
            .param("id", personId)
            .query(RetentionReview::dueRecord)
            .optional()
            .orElseThrow(NoSuchRecord::new);
    access.oversee(lead, personId, "retention review decision");
    return record;
  }

  /**
   * Destroys a listed record: the person, every row of theirs (the schema cascades from {@code
   * support.person}) and the records merged into it, in one transaction with an audit entry that
   * keeps only the record's opaque id, the rule and the reason chosen. Refused if the record is no
   * longer due (a contact since it was listed, or a hold).
   */
  @Transactional
  void destroy(Practitioner lead, UUID personId, DestructionReason reason) {
    leadOnly(lead);
    Optional<String> listedRule =
        jdbc.sql(
                """
                select d.rule from support.retention_due d
                  join support.person p on p.id = d.person_id
                 where d.person_id = :id
                   for update of p
                """)
            .param("id", personId)
            .query(String.class)
            .optional();
    if (listedRule.isEmpty()) {
      throw new NoSuchRecord();
    }
    RetentionRule.Due due = dueOn(LocalDate.now(PersonAccess.UK), personId).get(personId);
    if (due == null) {
      throw new RetentionProblem(
          "This record is no longer due for destruction: it has had a contact or been kept since it"
              + " was listed. It leaves the list at the next review.");
    }
    int removed =
        jdbc.sql(
                """
                with recursive tree (id) as (
                       select cast(:id as uuid)
                       union all
                       select c.id from support.person c join tree t on c.merged_into = t.id)
                delete from support.person where id in (select id from tree)
                """)
            .param("id", personId.toString())
            .update();
    audit.record(
        AuditEntry.of("person.destroyed", "person", personId)
            .concerning(personId)
            .withReason(reason.code())
            .withDetail(
                "retention rule "
                    + due.rule().code()
                    + "; records removed: "
                    + removed
                    + " (with every row of theirs)"));
  }

  /** Keeps a listed record until a day, for a stated reason; it leaves the list until then. */
  @Transactional
  void keep(Practitioner lead, UUID personId, HoldKind kind, String reason, LocalDate until) {
    leadOnly(lead);
    int taken =
        jdbc.sql("delete from support.retention_due where person_id = :id")
            .param("id", personId)
            .update();
    if (taken == 0) {
      throw new NoSuchRecord();
    }
    jdbc.sql(
            """
            insert into support.retention_hold (person_id, kind, reason, kept_until, decided_by)
            values (:person, :kind, :reason, :until, :by)
            """)
        .param("person", personId)
        .param("kind", kind.code())
        .param("reason", reason)
        .param("until", Date.valueOf(until))
        .param("by", lead.userId())
        .update();
    audit.record(
        AuditEntry.of("person.retention-kept", "person", personId)
            .concerning(personId)
            .withReason(kind.code())
            .withDetail("kept past its retention date until " + until));
  }

  private static void leadOnly(Practitioner lead) {
    if (lead.kind() != Practitioner.Kind.DATA_PROTECTION_LEAD) {
      throw new NoSuchRecord();
    }
  }

  private static DueRecord dueRecord(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new DueRecord(
        rs.getObject("person_id", UUID.class),
        rs.getString("name"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getObject("last_on", LocalDate.class),
        rs.getObject("due_on", LocalDate.class),
        RetentionRule.fromCode(rs.getString("rule")),
        rs.getTimestamp("listed_at").toInstant(),
        rs.getInt("holds"));
  }
}
