package org.alliance.directory.duplicates;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.federation.FieldByField;
import org.alliance.directory.federation.SourcedRecord;
import org.alliance.directory.federation.SourcedRecords;
import org.alliance.directory.hsds.ServicesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code directory.service_link} in step with the 'same' pairs: records joined by 'same'
 * pairs, directly or through others, are one group, published as one record of it (Alliance's
 * editors' when there is one, otherwise the one its feed checked most recently); every other record
 * in the group publishes through it.
 */
@Component
class LinkedGroups {

  private final JdbcClient jdbc;
  private final SourcedRecords records;

  LinkedGroups(JdbcClient jdbc, SourcedRecords records) {
    this.jdbc = jdbc;
    this.records = records;
  }

  /**
   * Rebuilds the groups these records are in, and were in, after a link among them was made or
   * undone; every record whose publishing changed is marked changed. The caller holds the duplicate
   * queue's lock.
   */
  void rebuild(Collection<String> seeds) {
    Set<String> before = new LinkedHashSet<>(seeds);
    before.addAll(
        jdbc.sql(
                """
                select service_id from directory.service_link
                 where published_as in (select published_as from directory.service_link where service_id = any(:ids)
                                        union select unnest(cast(:ids as text[])))
                union
                select published_as from directory.service_link where service_id = any(:ids)
                """)
            .param("ids", seeds.toArray(String[]::new))
            .query(String.class)
            .list());
    jdbc.sql(
            "delete from directory.service_link where service_id = any(:ids) or published_as = any(:ids)")
        .param("ids", before.toArray(String[]::new))
        .update();
    Set<String> placed = new HashSet<>();
    Set<String> touched = new LinkedHashSet<>(before);
    for (String seed : before) {
      if (placed.contains(seed)) {
        continue;
      }
      List<String> group = groupOf(seed);
      placed.addAll(group);
      touched.addAll(group);
      if (group.size() > 1) {
        link(group);
      }
    }
    ServicesChanged.mark(jdbc, touched);
  }

  /** The records joined to this one by 'same' pairs, itself included. */
  List<String> groupOf(String id) {
    return jdbc.sql(
            """
            with recursive linked(id) as (
              select cast(:id as text)
              union
              select case when p.first_id = l.id then p.second_id else p.first_id end
                from directory.duplicate_pair p join linked l on l.id in (p.first_id, p.second_id)
               where p.decision = 'same'
            )
            select id from linked order by id
            """)
        .param("id", id)
        .query(String.class)
        .list();
  }

  private void link(List<String> group) {
    Map<String, SourcedRecord> read = records.read(group);
    SourcedRecord primary = null;
    for (SourcedRecord record : read.values()) {
      primary = primary == null ? record : FieldByField.primaryOf(primary, record);
    }
    if (primary == null) {
      return;
    }
    for (String id : group) {
      if (!id.equals(primary.id())) {
        jdbc.sql(
                "insert into directory.service_link (service_id, published_as) values (:id, :primary)")
            .param("id", id)
            .param("primary", primary.id())
            .update();
      }
    }
  }
}
