package org.alliance.support.withhold;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.WithheldEntries;
import org.alliance.support.access.Withholding.EntryKind;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's team withholds an entry from the person's own view (their plan, its copy, its API,
 * and what their proxies see), with a reason, and releases it again. The row stays when released,
 * so who withheld what, when and why is kept; both are audited. Anyone who can open the record sees
 * what is withheld.
 */
@Component
class Withholdings {

  static final int REASON_MAX = 1000;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);

  /** One withholding as the page shows it: names rather than ids. */
  record Shown(WithheldEntries.Listed row, String by, String member, String releasedBy) {

    public String kind() {
      String label = row.kind().label();
      return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String excerpt() {
      if (row.excerpt() != null) {
        return row.excerpt();
      }
      return row.labelHidden()
          ? "An entry with a label you cannot see"
          : "An entry no longer on the record";
    }

    public String withheldAt() {
      return WHEN.format(row.withheldAt());
    }

    public String releasedAt() {
      return row.releasedAt() == null ? "" : WHEN.format(row.releasedAt());
    }
  }

  record ListPage(Person person, boolean team, List<Shown> now, List<Shown> released) {}

  record NewPage(Person person, boolean team, WithheldEntries.Entry entry, boolean already) {

    public String kind() {
      String label = entry.kind().label();
      return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final WithheldEntries entries;
  private final People people;
  private final UserAccounts users;
  private final Organisations organisations;

  Withholdings(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      WithheldEntries entries,
      People people,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.entries = entries;
    this.people = people;
    this.users = users;
    this.organisations = organisations;
  }

  @Transactional
  ListPage page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "withheld from their own view");
    Map<UUID, String> names = new HashMap<>();
    Function<UUID, String> name =
        id ->
            id == null
                ? ""
                : names.computeIfAbsent(id, u -> users.displayName(u).orElse("a former worker"));
    List<Shown> shown =
        entries.list(opened).stream()
            .map(
                row ->
                    new Shown(
                        row,
                        name.apply(row.withheldBy()),
                        organisations.name(row.withheldByMember()).orElse("a former member"),
                        name.apply(row.releasedBy())))
            .toList();
    return new ListPage(
        people.find(opened),
        opened.team(),
        shown.stream().filter(s -> !s.row().released()).toList(),
        shown.stream().filter(s -> s.row().released()).toList());
  }

  @Transactional
  NewPage newPage(Practitioner viewer, UUID personId, String kind, String entryId) {
    RecordAccess opened = access.open(viewer, personId, "withholding an entry from their own view");
    WithheldEntries.Entry entry = entry(opened, kind, entryId);
    return new NewPage(
        people.find(opened), opened.team(), entry, withheldNow(entry.kind(), entry.id()));
  }

  /**
   * Withholds the entry; false if it was withheld already (by someone else at the same moment, as
   * likely as not: the partial unique index decides, and the second insert does nothing).
   */
  @Transactional
  boolean withhold(Practitioner viewer, UUID personId, String kind, String entryId, String reason) {
    RecordAccess opened = access.open(viewer, personId, "withholding an entry from their own view");
    if (!opened.team()) {
      throw new OnlyTheTeam(personId);
    }
    WithheldEntries.Entry entry = entry(opened, kind, entryId);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new WithholdProblem("Say why it is withheld from their own view");
    }
    if (why.length() > REASON_MAX) {
      throw new WithholdProblem("The reason must be " + REASON_MAX + " characters or fewer");
    }
    Optional<UUID> withheld =
        jdbc.sql(
                """
                insert into support.withheld_entry
                  (person_id, entry_kind, entry_id, reason, withheld_by, withheld_by_member)
                values (:person, :kind, :entry, :reason, :by, :member)
                on conflict do nothing
                returning id
                """)
            .param("person", entry.personId())
            .param("kind", entry.kind().code())
            .param("entry", entry.id())
            .param("reason", why)
            .param("by", viewer.userId())
            .param("member", viewer.memberId())
            .query(UUID.class)
            .optional();
    withheld.ifPresent(
        id ->
            audit.record(
                AuditEntry.of("person.entry-withheld", "withheld-entry", id)
                    .concerning(entry.personId())
                    .withReason(why)
                    .withDetail(entry.kind().code() + " " + entry.id())));
    return withheld.isPresent();
  }

  /** Releases a withholding: the entry shows in their own view again. False if it was already. */
  @Transactional
  boolean release(Practitioner viewer, UUID personId, String withheldId) {
    RecordAccess opened =
        access.open(viewer, personId, "releasing an entry withheld from their own view");
    if (!opened.team()) {
      throw new OnlyTheTeam(personId);
    }
    UUID id = PathIds.parse(withheldId);
    WithheldEntries.Listed row =
        entries.list(opened).stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(NoSuchRecord::new);
    int released =
        jdbc.sql(
                """
                update support.withheld_entry set released_at = now(), released_by = :by
                 where id = :id and released_at is null
                """)
            .param("id", id)
            .param("by", viewer.userId())
            .update();
    if (released == 1) {
      audit.record(
          AuditEntry.of("person.entry-released", "withheld-entry", id)
              .concerning(row.personId())
              .withDetail(row.kind().code() + " " + row.entryId()));
    }
    return released == 1;
  }

  /** The entry, checked in the one place that knows every kind's table; 404 for anything else. */
  private WithheldEntries.Entry entry(RecordAccess opened, String kind, String entryId) {
    EntryKind known = EntryKind.fromCode(kind).orElseThrow(NoSuchRecord::new);
    return entries.find(opened, known, PathIds.parse(entryId)).orElseThrow(NoSuchRecord::new);
  }

  private boolean withheldNow(EntryKind kind, UUID entryId) {
    return jdbc.sql(
            """
            select exists (select 1 from support.withheld_entry
                            where entry_kind = :kind and entry_id = :entry and released_at is null)
            """)
        .param("kind", kind.code())
        .param("entry", entryId)
        .query(Boolean.class)
        .single();
  }
}
