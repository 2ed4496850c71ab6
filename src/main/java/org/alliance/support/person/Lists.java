package org.alliance.support.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of people (search results, a caseload, likely matches), each person shown only as far as
 * {@link PersonAccess} allows, and each showing audited with the reads it is part of.
 */
@Component
public class Lists {

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final Finder finder;

  Lists(JdbcClient jdbc, PersonAccess access, Finder finder) {
    this.jdbc = jdbc;
    this.access = access;
    this.finder = finder;
  }

  /**
   * A merged half found by its own names or references brings up its survivor, but only for someone
   * who could open the half alone, so a merge never links a name to a record for anyone else. The
   * half itself is never listed: its page leads to the survivor.
   */
  @Transactional
  List<Listing> search(Practitioner viewer, SearchCriteria criteria) {
    java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>();
    for (Finder.Hit hit : finder.search(criteria)) {
      if (hit.mergedInto() == null) {
        ids.add(hit.id());
      } else if (access.mayOpen(viewer, hit.id())) {
        ids.add(hit.mergedInto());
      }
    }
    return listings(viewer, List.copyOf(ids), "search", Map.of(), Map.of(), true);
  }

  @Transactional
  List<Listing> likelyMatches(Practitioner viewer, NewPerson person) {
    Map<UUID, List<String>> reasons = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    for (Finder.LikelyMatch match : finder.likelyMatches(person)) {
      ids.add(match.id());
      reasons.put(match.id(), match.reasons());
    }
    return listings(viewer, ids, "likely match at registration", reasons, Map.of(), true);
  }

  /**
   * The practitioner's own people: those they registered, lead as trusted individual, or have seen
   * in the last 180 days. A missed last appointment first, then the longest without contact.
   */
  @Transactional
  public List<Listing> caseload(Practitioner viewer) {
    Map<UUID, CaseloadRow> rows = new HashMap<>();
    List<UUID> ids = new ArrayList<>();
    jdbc.sql(
            """
            select p.id,
                   coalesce((select c.outcome = 'did-not-attend' from support.contact c
                              where c.person_id = p.id and c.happens_at <= now() and c.outcome is not null
                              order by c.happens_at desc limit 1), false) as missed_last,
                   (select min(c.happens_at) from support.contact c
                     where c.person_id = p.id and c.happens_at > now() and c.outcome is null) as next_appointment
              from support.person p
             where p.merged_into is null
               -- One array of ids from three indexed lookups: written as ORs of EXISTS, PostgreSQL
               -- read every person (bench-support: 257 ms on 20,000 people).
               and p.id = any(array(
                     select r.id from support.person r where r.registered_by = :me
                     union
                     select t.person_id from support.trusted_individual t
                      where t.user_id = :me and t.ended_at is null
                     union
                     select c.person_id from support.contact c
                      where c.worker_id = :me and c.happens_at > now() - interval '180 days'))
             order by missed_last desc, coalesce(p.last_contact_at, p.registered_at), p.id
             limit 200
            """)
        .param("me", viewer.userId())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              java.sql.Timestamp next = rs.getTimestamp("next_appointment");
              rows.put(
                  id,
                  new CaseloadRow(
                      rs.getBoolean("missed_last"), next == null ? null : next.toInstant()));
              return id;
            })
        .list()
        .forEach(ids::add);
    return listings(viewer, ids, "caseload", Map.of(), rows, false);
  }

  private record CaseloadRow(boolean missedLast, java.time.Instant next) {}

  private List<Listing> listings(
      Practitioner viewer,
      List<UUID> ids,
      String purpose,
      Map<UUID, List<String>> reasons,
      Map<UUID, CaseloadRow> caseload,
      boolean mayExist) {
    Map<UUID, Optional<RecordAccess>> shown = new LinkedHashMap<>();
    if (mayExist) {
      shown.putAll(access.glimpse(viewer, ids, purpose));
    } else {
      access.openable(viewer, ids, purpose).forEach((id, a) -> shown.put(id, Optional.of(a)));
    }
    List<UUID> open =
        shown.entrySet().stream()
            .filter(e -> e.getValue().isPresent())
            .map(Map.Entry::getKey)
            .toList();
    Map<UUID, Person> people = new HashMap<>();
    if (!open.isEmpty()) {
      jdbc.sql("select " + People.COLUMNS + " from support.person p where p.id = any(:ids)")
          .param("ids", open.toArray(UUID[]::new))
          .query(People::person)
          .list()
          .forEach(person -> people.put(person.id(), person));
    }
    List<Listing> listings = new ArrayList<>();
    for (Map.Entry<UUID, Optional<RecordAccess>> entry : shown.entrySet()) {
      UUID id = entry.getKey();
      List<String> why = reasons.getOrDefault(id, List.of());
      if (entry.getValue().isEmpty()) {
        listings.add(Listing.mayExist(id, why));
      } else {
        CaseloadRow row = caseload.get(id);
        listings.add(
            new Listing(
                id,
                true,
                people.get(id),
                null,
                row != null && row.missedLast(),
                row == null ? null : row.next(),
                why));
      }
    }
    return listings;
  }
}
