package org.alliance.support.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person, and undoing it. Nothing is rewritten: the merged record keeps
 * its own history, identifiers and grants and only gains {@code merged_into}; the survivor's page
 * reads both. Only a practitioner whose team (standard grant) has BOTH records may merge them or
 * undo the merge, with a reason, audited on both records. Nothing merges automatically. The two
 * rows are locked in id order first, so two merges at once are taken one after the other and the
 * second sees the first.
 */
@Component
public class Merges {

  /** A record that may be the same person, as the viewer's team may see it. */
  public record Candidate(Person person, String registeringMember, List<String> reasons) {}

  /** The merge page: the survivor, and likely duplicates the viewer's team has too. */
  public record MergePage(Person survivor, boolean team, List<Candidate> candidates) {}

  /** A merge in force, for its undo page. */
  public record MergeView(
      UUID id, Person survivor, Person merged, String reason, String by, Instant at) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Organisations organisations;
  private final UserAccounts users;

  Merges(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Organisations organisations,
      UserAccounts users) {
    this.users = users;
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.organisations = organisations;
  }

  @Transactional
  public MergePage page(Practitioner viewer, UUID survivorId) {
    RecordAccess opened = access.open(viewer, survivorId, "merge page");
    Person survivor = people.find(opened);
    List<Candidate> candidates = new ArrayList<>();
    if (opened.team() && survivor.mergedInto() == null) {
      for (People.Duplicate duplicate : people.likelyDuplicates(opened)) {
        if (!access.mayOpen(viewer, duplicate.id())) {
          continue;
        }
        RecordAccess other = access.open(viewer, duplicate.id(), "likely duplicate, merge page");
        if (other.team()) {
          Person person = people.find(other);
          candidates.add(
              new Candidate(person, memberName(person.registeredByMember()), duplicate.reasons()));
        }
      }
    }
    return new MergePage(survivor, opened.team(), candidates);
  }

  /** Merges {@code mergedId} into {@code survivorId}. */
  @Transactional
  public UUID merge(Practitioner viewer, UUID survivorId, UUID mergedId, String reason) {
    if (survivorId.equals(mergedId)) {
      throw new MergeProblem("A record cannot be merged into itself: choose the other record");
    }
    Map<UUID, UUID> mergedInto = lock(survivorId, mergedId);
    if (!mergedInto.containsKey(survivorId)) {
      throw new NoSuchRecord();
    }
    RecordAccess survivor = access.open(viewer, survivorId, "merging records");
    if (!survivor.team()) {
      throw new MergeProblem("Only the person's own team can merge their records");
    }
    if (!mergedInto.containsKey(mergedId) || !access.mayOpen(viewer, mergedId)) {
      throw new MergeProblem(
          "Choose a record your team can open: both records must be your team's to merge them");
    }
    RecordAccess merged = access.open(viewer, mergedId, "merging records");
    if (!merged.team()) {
      throw new MergeProblem(
          "Choose a record your team can open: both records must be your team's to merge them");
    }
    if (mergedInto.get(survivorId) != null) {
      throw new MergeProblem(
          "This record has already been merged into another: merge into that record instead");
    }
    if (mergedInto.get(mergedId) != null) {
      throw new MergeProblem("That record has already been merged into another");
    }
    boolean hasHalves =
        jdbc.sql("select exists (select 1 from support.person where merged_into = :id)")
            .param("id", mergedId)
            .query(Boolean.class)
            .single();
    if (hasHalves) {
      throw new MergeProblem(
          "Other records are merged into that one: merge it the other way, or undo those first");
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into support.person_merge
                    (merged_id, survivor_id, reason, merged_by, merged_by_member)
                  values (:merged, :survivor, :reason, :by, :member)
                  returning id
                  """)
              .param("merged", mergedId)
              .param("survivor", survivorId)
              .param("reason", reason)
              .param("by", viewer.userId())
              .param("member", viewer.memberId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException raced) {
      throw new MergeProblem("That record has already been merged into another");
    }
    jdbc.sql(
            """
            update support.person set merged_into = :survivor, version = version + 1,
                   updated_at = now()
             where id = :merged and merged_into is null
            """)
        .param("survivor", survivorId)
        .param("merged", mergedId)
        .update();
    audit.record(
        AuditEntry.of("person.merged", "person-merge", id)
            .concerning(survivorId)
            .withReason(reason)
            .withDetail("record " + mergedId + " merged into this one"));
    audit.record(
        AuditEntry.of("person.merged", "person-merge", id)
            .concerning(mergedId)
            .withReason(reason)
            .withDetail("merged into record " + survivorId));
    return id;
  }

  @Transactional
  public MergeView view(Practitioner viewer, UUID survivorId, UUID mergeId) {
    RecordAccess survivor = access.open(viewer, survivorId, "undo merge page");
    MergeRow row = row(survivorId, mergeId, false);
    if (!access.mayOpen(viewer, row.mergedId())) {
      throw new NoSuchRecord();
    }
    RecordAccess merged = access.open(viewer, row.mergedId(), "undo merge page");
    return new MergeView(
        mergeId, people.find(survivor), people.find(merged), row.reason(), row.by(), row.at());
  }

  /** Undoes a merge: both records stand alone again, each with what it always had. */
  @Transactional
  public UUID unmerge(Practitioner viewer, UUID survivorId, UUID mergeId, String reason) {
    RecordAccess survivor = access.open(viewer, survivorId, "undoing a merge");
    MergeRow row = row(survivorId, mergeId, true);
    lock(survivorId, row.mergedId());
    if (!survivor.team() || !access.mayOpen(viewer, row.mergedId())) {
      throw new MergeProblem("Only a team that has both records can undo their merge");
    }
    RecordAccess merged = access.open(viewer, row.mergedId(), "undoing a merge");
    if (!merged.team()) {
      throw new MergeProblem("Only a team that has both records can undo their merge");
    }
    int undone =
        jdbc.sql(
                """
                update support.person_merge
                   set undone_by = :by, undone_at = clock_timestamp(), undo_reason = :reason
                 where id = :id and undone_at is null
                """)
            .param("by", viewer.userId())
            .param("reason", reason)
            .param("id", mergeId)
            .update();
    if (undone == 0) {
      throw new MergeProblem("This merge has already been undone");
    }
    jdbc.sql(
            """
            update support.person set merged_into = null, version = version + 1, updated_at = now()
             where id = :merged and merged_into = :survivor
            """)
        .param("merged", row.mergedId())
        .param("survivor", survivorId)
        .update();
    audit.record(
        AuditEntry.of("person.unmerged", "person-merge", mergeId)
            .concerning(survivorId)
            .withReason(reason)
            .withDetail("record " + row.mergedId() + " stands alone again"));
    audit.record(
        AuditEntry.of("person.unmerged", "person-merge", mergeId)
            .concerning(row.mergedId())
            .withReason(reason)
            .withDetail("no longer merged into record " + survivorId));
    return row.mergedId();
  }

  private record MergeRow(UUID mergedId, String reason, String by, Instant at) {}

  private MergeRow row(UUID survivorId, UUID mergeId, boolean forUpdate) {
    MergeRow row =
        jdbc.sql(
                """
                select m.merged_id, m.reason, m.merged_at, m.merged_by
                  from support.person_merge m
                 where m.id = :id and m.survivor_id = :survivor and m.undone_at is null
                """)
            .param("id", mergeId)
            .param("survivor", survivorId)
            .query(
                (rs, n) ->
                    new MergeRow(
                        rs.getObject("merged_id", UUID.class),
                        rs.getString("reason"),
                        userName(rs.getObject("merged_by", UUID.class)),
                        rs.getTimestamp("merged_at").toInstant()))
            .optional()
            .orElse(null);
    if (row == null) {
      if (forUpdate) {
        boolean existed =
            jdbc.sql(
                    "select exists (select 1 from support.person_merge where id = :id and survivor_id = :survivor)")
                .param("id", mergeId)
                .param("survivor", survivorId)
                .query(Boolean.class)
                .single();
        if (existed) {
          throw new MergeProblem("This merge has already been undone");
        }
      }
      throw new NoSuchRecord();
    }
    return row;
  }

  /** Locks both people's rows, in id order, and says what each is merged into (if found). */
  private Map<UUID, UUID> lock(UUID first, UUID second) {
    Map<UUID, UUID> mergedInto = new java.util.HashMap<>();
    jdbc.sql(
            """
            select id, merged_into from support.person
             where id in (:first, :second) order by id for update
            """)
        .param("first", first)
        .param("second", second)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              mergedInto.put(id, rs.getObject("merged_into", UUID.class));
              return id;
            })
        .list();
    return mergedInto;
  }

  private String userName(UUID id) {
    return users.displayName(id).orElse("a former user");
  }

  private String memberName(UUID id) {
    return organisations.name(id).orElse("a former member");
  }
}
