package org.alliance.directory.oruk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How {@code /service_at_locations} was answered before the index served it, kept as the reference
 * the index's answers are checked against. Pages of services at locations, filtered in SQL by the
 * same profile parameters as {@code /services} (read by the same code into a {@link SearchQuery}).
 * The search index holds one document per service, not per location, so it cannot say which of a
 * service's locations is near or open; these filters are applied row by row here instead:
 *
 * <ul>
 *   <li>postcode and proximity: the distance from the postcode to this row's location (haversine,
 *       the earth's mean radius, as Lucene measures); with a postcode, nearest first. A location
 *       whose address is hidden (a refuge) has no position here: it never matches a proximity and
 *       sorts last, since distances from chosen postcodes would give its position away.
 *   <li>day, start_time, end_time: this row's own weekly schedules, or the service's where it has
 *       none, read as {@code WeeklyHours} reads them for the index.
 *   <li>ages, taxonomy_term_id (or a narrower term), taxonomy_id, organization_id, modified_after:
 *       the service's, as the index applies them. search keeps its name match.
 * </ul>
 */
final class ServiceAtLocationSql {

  private static final double EARTH_RADIUS_METRES = 6_371_008.7714;
  private static final double METRES_PER_MILE = 1609.344;

  private final JdbcClient jdbc;

  ServiceAtLocationSql(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Listings.Slice find(SearchQuery query) {
    List<String> conditions = new ArrayList<>(List.of("s.status = 'active'"));
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.text() != null && !query.text().isBlank()) {
      conditions.add("s.name ilike '%' || :search || '%'");
      params.put("search", query.text());
    }
    if (query.organizationId() != null) {
      conditions.add("s.organization_id = :organization");
      params.put("organization", query.organizationId());
    }
    int term = 0;
    for (String termId : query.termIds()) {
      String name = "term" + term++;
      conditions.add(
          """
          exists (with recursive narrower(id) as (
                    select cast(:%1$s as text)
                    union select tt.id from directory.taxonomy_term tt join narrower n on tt.parent_id = n.id)
                  select 1 from directory.attribute at
                   where at.link_entity = 'service' and at.link_id = s.id and at.taxonomy_term_id in (select id from narrower))
          """
              .formatted(name));
      params.put(name, termId);
    }
    if (query.taxonomyId() != null) {
      conditions.add(
          """
          exists (select 1 from directory.attribute at join directory.taxonomy_term tt on tt.id = at.taxonomy_term_id
                   where at.link_entity = 'service' and at.link_id = s.id and tt.taxonomy_id = :taxonomy)
          """);
      params.put("taxonomy", query.taxonomyId());
    }
    if (query.modifiedAfter() != null) {
      conditions.add("s.last_modified > :modified");
      params.put("modified", java.sql.Timestamp.from(query.modifiedAfter()));
    }
    if (query.ageLimits() != null && query.ageLimits().minimumAtLeast() != null) {
      conditions.add("coalesce(trunc(s.minimum_age), 0) >= :minimumAge");
      params.put("minimumAge", query.ageLimits().minimumAtLeast());
    }
    if (query.ageLimits() != null && query.ageLimits().maximumAtMost() != null) {
      conditions.add("coalesce(trunc(s.maximum_age), 150) <= :maximumAge");
      params.put("maximumAge", query.ageLimits().maximumAtMost());
    }
    if (query.hours() != null) {
      conditions.add(hours(query.hours(), params));
    }
    String order = "t.service_id, t.id";
    if (query.near() != null) {
      String distance =
          """
          case when l.address_hidden then null else %s * 2 * asin(least(1, sqrt(
            power(sin(radians(l.latitude - :latitude) / 2), 2)
            + cos(radians(:latitude)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :longitude) / 2), 2))))
          end"""
              .formatted(EARTH_RADIUS_METRES);
      order = "(" + distance + ") nulls last, " + order;
      params.put("latitude", query.near().latitude());
      params.put("longitude", query.near().longitude());
      if (query.withinMiles() != null) {
        conditions.add("(" + distance + ") <= :metres");
        params.put("metres", query.withinMiles() * METRES_PER_MILE);
      }
    }
    String from =
        """
         from directory.service_at_location t
         join directory.service s on s.id = t.service_id
         join directory.location l on l.id = t.location_id
        """
            + " where "
            + String.join("\n  and ", conditions);
    long total = bind(jdbc.sql("select count(*)" + from), params).query(Long.class).single();
    List<String> ids =
        bind(
                jdbc.sql(
                    "select t.id" + from + " order by " + order + " limit :limit offset :offset"),
                params)
            .param("limit", query.perPage())
            .param("offset", (long) (query.page() - 1) * query.perPage())
            .query(String.class)
            .list();
    return new Listings.Slice(total, ids);
  }

  /**
   * Open on the day (any day when none is given) within the times asked for: a weekly schedule's
   * opening no earlier than start_time and its closing no later than end_time, a closing at or
   * before the opening meaning midnight, as the index reads it.
   */
  private static String hours(SearchQuery.Hours hours, Map<String, Object> params) {
    List<String> match =
        new ArrayList<>(
            List.of(
                "(sch.freq is null or upper(sch.freq) = 'WEEKLY')",
                "sch.opens_at is not null",
                "sch.closes_at is not null",
                "sch.byday is not null",
                "(sch.valid_to is null or sch.valid_to >= current_date)"));
    if (hours.day() != null) {
      match.add(
          "cast(:day as text) = any(string_to_array(upper(replace(sch.byday, ' ', '')), ','))");
      params.put("day", hours.day().name().substring(0, 2));
    } else {
      match.add(
          "string_to_array(upper(replace(sch.byday, ' ', '')), ',') && array['MO','TU','WE','TH','FR','SA','SU']");
    }
    String opens = "(extract(hour from sch.opens_at) * 60 + extract(minute from sch.opens_at))";
    String closes = "(extract(hour from sch.closes_at) * 60 + extract(minute from sch.closes_at))";
    if (hours.from() != null) {
      match.add(opens + " >= :fromMinute");
      params.put("fromMinute", hours.from().getHour() * 60 + hours.from().getMinute());
    }
    if (hours.to() != null) {
      match.add(
          "(case when "
              + closes
              + " > "
              + opens
              + " then "
              + closes
              + " else 1440 end) <= :toMinute");
      params.put("toMinute", hours.to().getHour() * 60 + hours.to().getMinute());
    }
    return """
        exists (select 1 from directory.schedule sch
                 where (sch.service_at_location_id = t.id
                        or (sch.service_id = t.service_id
                            and not exists (select 1 from directory.schedule own where own.service_at_location_id = t.id)))
                   and %s)
        """
        .formatted(String.join(" and ", match));
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, Map<String, Object> params) {
    JdbcClient.StatementSpec bound = statement;
    for (Map.Entry<String, Object> param : params.entrySet()) {
      bound = bound.param(param.getKey(), param.getValue());
    }
    return bound;
  }
}
