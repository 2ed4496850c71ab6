package org.alliance.directory.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.federation.Publication;
import org.alliance.directory.hsds.HsdsDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads services for the index: five set-wide queries (services, places, taxonomy terms, schedules,
 * capacity) whatever the number of services, never one query per service, plus each service's HSDS
 * summary document (as the Open Referral API lists it) a batch at a time.
 */
@Component
class ServiceEntries {

  private static final String ALL = "true";
  private static final String SOME = "s.id = any(:ids)";

  /**
   * Summaries are read this many services at a time, so a full build never holds them all as trees.
   */
  private static final int SUMMARY_BATCH = 5_000;

  private final JdbcClient jdbc;
  private final HsdsDocuments documents;
  private final JsonMapper json;
  private final Publication publication;

  ServiceEntries(
      JdbcClient jdbc, HsdsDocuments documents, JsonMapper json, Publication publication) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.json = json;
    this.publication = publication;
  }

  List<ServiceEntry> all() {
    return load(ALL, new String[0]);
  }

  List<ServiceEntry> byIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : load(SOME, ids.toArray(String[]::new));
  }

  /** Ids of the services an organisation runs, for when the organisation itself changes. */
  List<String> serviceIdsOf(Collection<String> organizationIds) {
    return jdbc.sql("select id from directory.service where organization_id = any(:ids)")
        .param("ids", organizationIds.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  private List<ServiceEntry> load(String where, String[] ids) {
    Map<String, Row> rows = new LinkedHashMap<>();
    query(
        """
        select s.id, s.name, s.description, s.organization_id, o.name as organization_name, s.status,
               s.minimum_age, s.maximum_age, s.assured_date, s.last_modified,
               %s as published
          from directory.service s
          join directory.organization o on o.id = s.organization_id
         where %%s
        """
            .formatted(publication.servicePublished("s")),
        where,
        ids,
        rs -> rows.put(rs.getString("id"), new Row(rs)));
    query(
        """
        select sal.service_id, l.latitude, l.longitude, l.address_hidden,
               (select coalesce(a.city, a.postal_code) from directory.address a
                 where a.location_id = l.id order by a.address_type = 'physical' desc, a.id limit 1) as area
          from directory.service_at_location sal
          join directory.service s on s.id = sal.service_id
          join directory.location l on l.id = sal.location_id
         where l.latitude between -90 and 90 and l.longitude between -180 and 180 and %s
        """,
        where,
        ids,
        rs ->
            with(
                rows,
                rs,
                row ->
                    row.places.add(
                        ServiceEntry.Place.of(
                            rs.getDouble("latitude"),
                            rs.getDouble("longitude"),
                            rs.getString("area"),
                            rs.getBoolean("address_hidden")))));
    TaxonomyTree tree = TaxonomyTree.load(jdbc);
    query(
        """
        select a.link_id as service_id, a.taxonomy_term_id
          from directory.attribute a
          join directory.service s on s.id = a.link_id
         where a.link_entity = 'service' and %s
        """,
        where,
        ids,
        rs ->
            with(
                rows,
                rs,
                row -> tree.addWithAncestors(rs.getString("taxonomy_term_id"), row.terms)));
    // Validity is read here rather than filtered, since a row's having schedules of its own at all
    // decides whether it takes the service's.
    query(
        """
        select coalesce(sch.service_id, sal.service_id) as service_id, sch.service_id as for_service,
               sch.service_at_location_id, sch.freq, sch.byday, sch.opens_at, sch.closes_at,
               (sch.valid_to is null or sch.valid_to >= current_date) as current
          from directory.schedule sch
          left join directory.service_at_location sal on sal.id = sch.service_at_location_id
          join directory.service s on s.id = coalesce(sch.service_id, sal.service_id)
         where %s
        """,
        where,
        ids,
        rs ->
            with(
                rows,
                rs,
                row -> {
                  List<int[]> intervals =
                      rs.getBoolean("current")
                          ? WeeklyHours.of(
                              rs.getString("freq"),
                              rs.getString("byday"),
                              time(rs, "opens_at"),
                              time(rs, "closes_at"))
                          : List.of();
                  row.hours.addAll(intervals);
                  if (rs.getString("for_service") != null) {
                    row.serviceHours.addAll(intervals);
                  }
                  String atLocation = rs.getString("service_at_location_id");
                  if (atLocation != null) {
                    row.ownHours
                        .computeIfAbsent(atLocation, k -> new ArrayList<>())
                        .addAll(intervals);
                  }
                }));
    query(
        """
        select sal.id, sal.service_id, l.latitude, l.longitude, l.address_hidden
          from directory.service_at_location sal
          join directory.service s on s.id = sal.service_id
          join directory.location l on l.id = sal.location_id
         where %s
        """,
        where,
        ids,
        rs ->
            with(
                rows,
                rs,
                row -> {
                  double latitude = rs.getDouble("latitude");
                  boolean placed =
                      !rs.wasNull()
                          && !rs.getBoolean("address_hidden")
                          && latitude >= -90
                          && latitude <= 90;
                  double longitude = rs.getDouble("longitude");
                  placed = placed && !rs.wasNull() && longitude >= -180 && longitude <= 180;
                  row.locatedAt.put(
                      rs.getString("id"),
                      placed ? new ServiceEntry.Position(latitude, longitude) : null);
                }));
    query(
        """
        select c.service_id from directory.service_capacity c join directory.service s on s.id = c.service_id
         where c.available > 0 and %s
        """,
        where, ids, rs -> with(rows, rs, row -> row.hasCapacity = true));
    Map<String, String> summaries = summaries(new ArrayList<>(rows.keySet()));
    List<ServiceEntry> entries = new ArrayList<>(rows.size());
    rows.values().forEach(row -> entries.add(row.entry(tree, summaries.get(row.id))));
    return entries;
  }

  /** Each service's summary ({@code service_list.json}) as JSON text, by id. */
  private Map<String, String> summaries(List<String> ids) {
    Map<String, String> summaries = new HashMap<>();
    for (int from = 0; from < ids.size(); from += SUMMARY_BATCH) {
      for (ObjectNode summary :
          documents.readServiceSummaries(
              ids.subList(from, Math.min(ids.size(), from + SUMMARY_BATCH)))) {
        summaries.put(summary.get("id").asString(), json.writeValueAsString(summary));
      }
    }
    return summaries;
  }

  private void query(String sql, String where, String[] ids, RowHandler handler) {
    var statement = jdbc.sql(sql.formatted(where));
    if (where.equals(SOME)) {
      statement = statement.param("ids", ids);
    }
    statement.query(
        (ResultSet rs) -> {
          handler.handle(rs);
        });
  }

  private static void with(Map<String, Row> rows, ResultSet rs, RowAction action)
      throws SQLException {
    Row row = rows.get(rs.getString("service_id"));
    if (row != null) {
      action.apply(row);
    }
  }

  private static LocalTime time(ResultSet rs, String column) throws SQLException {
    java.sql.Time time = rs.getTime(column);
    return time == null ? null : time.toLocalTime();
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private interface RowAction {
    void apply(Row row) throws SQLException;
  }

  /** A service while its facets are gathered. */
  private static final class Row {
    final String id;
    final String name;
    final String description;
    final String organizationId;
    final String organizationName;
    final String status;
    final Integer minimumAge;
    final Integer maximumAge;
    final Date assuredDate;
    final java.sql.Timestamp lastModified;
    final Set<String> terms = new LinkedHashSet<>();
    final List<ServiceEntry.Place> places = new ArrayList<>();
    final List<int[]> hours = new ArrayList<>();
    final List<int[]> serviceHours = new ArrayList<>();
    final Map<String, List<int[]>> ownHours = new HashMap<>();
    final Map<String, ServiceEntry.Position> locatedAt = new LinkedHashMap<>();
    final boolean published;
    boolean hasCapacity;

    Row(ResultSet rs) throws SQLException {
      id = rs.getString("id");
      name = rs.getString("name");
      description = rs.getString("description");
      organizationId = rs.getString("organization_id");
      organizationName = rs.getString("organization_name");
      status = rs.getString("status");
      minimumAge = (Integer) nullableInt(rs, "minimum_age");
      maximumAge = (Integer) nullableInt(rs, "maximum_age");
      assuredDate = rs.getDate("assured_date");
      lastModified = rs.getTimestamp("last_modified");
      published = rs.getBoolean("published");
    }

    ServiceEntry entry(TaxonomyTree tree, String summaryJson) {
      return new ServiceEntry(
          id,
          name,
          description,
          organizationId,
          organizationName,
          status,
          published,
          minimumAge,
          maximumAge,
          assuredDate == null ? null : assuredDate.toLocalDate(),
          lastModified == null ? null : lastModified.toInstant(),
          terms,
          tree.taxonomiesOf(terms),
          tree.namesOf(terms),
          places,
          hours,
          hasCapacity,
          summaryJson,
          atLocations());
    }

    private List<ServiceEntry.AtLocation> atLocations() {
      List<ServiceEntry.AtLocation> found = new ArrayList<>();
      locatedAt.forEach(
          (id, position) ->
              found.add(
                  new ServiceEntry.AtLocation(
                      id, position, ownHours.containsKey(id) ? ownHours.get(id) : serviceHours)));
      return found;
    }

    private static Object nullableInt(ResultSet rs, String column) throws SQLException {
      java.math.BigDecimal value = rs.getBigDecimal(column);
      return value == null ? null : value.intValue();
    }
  }

  /** Every taxonomy term's parent and name, to index a term with its ancestors. */
  record TaxonomyTree(
      Map<String, String> parents, Map<String, String> names, Map<String, String> taxonomies) {

    static TaxonomyTree load(JdbcClient jdbc) {
      Map<String, String> parents = new HashMap<>();
      Map<String, String> names = new HashMap<>();
      Map<String, String> taxonomies = new HashMap<>();
      jdbc.sql("select id, parent_id, name, taxonomy_id from directory.taxonomy_term")
          .query(
              (ResultSet rs) -> {
                parents.put(rs.getString("id"), rs.getString("parent_id"));
                names.put(rs.getString("id"), rs.getString("name"));
                if (rs.getString("taxonomy_id") != null) {
                  taxonomies.put(rs.getString("id"), rs.getString("taxonomy_id"));
                }
              });
      return new TaxonomyTree(parents, names, taxonomies);
    }

    Set<String> taxonomiesOf(Set<String> termIds) {
      Set<String> found = new LinkedHashSet<>();
      termIds.forEach(
          id -> {
            if (taxonomies.containsKey(id)) {
              found.add(taxonomies.get(id));
            }
          });
      return found;
    }

    void addWithAncestors(String termId, Set<String> into) {
      String current = termId;
      // A malformed taxonomy could loop; no real one is deeper than a dozen levels.
      for (int depth = 0; current != null && depth < 20 && into.add(current); depth++) {
        current = parents.get(current);
      }
    }

    String namesOf(Set<String> termIds) {
      StringBuilder text = new StringBuilder();
      termIds.forEach(
          id -> {
            String name = names.get(id);
            if (name != null) {
              text.append(name).append(' ');
            }
          });
      return text.toString().trim();
    }
  }
}
