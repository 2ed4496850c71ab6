package org.alliance.directory.coverage;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alliance.directory.federation.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts behind the coverage tables, straight from the HSDS tables: which published active
 * service (one of several linked records counts once) meets which top-level need, for which ages;
 * where its places are, which service areas it names, and whether it is reached by phone or online;
 * and who provides which modality at which HAS tier.
 */
@Component
class CoverageQueries {

  /** Each taxonomy term with the top-level term above it, within its taxonomy. */
  private static final String ROOTS =
      """
      with recursive roots(id, root_id) as (
        select id, id from directory.taxonomy_term where parent_id is null
        union all
        select t.id, r.root_id from directory.taxonomy_term t join roots r on t.parent_id = r.id
      )
      """;

  private final JdbcClient jdbc;
  private final Publication publication;

  CoverageQueries(JdbcClient jdbc, Publication publication) {
    this.jdbc = jdbc;
    this.publication = publication;
  }

  /** One row per published active service and top-level term of the named taxonomy. */
  List<ServiceFact> facts(String taxonomy) {
    return jdbc.sql(
            ROOTS
                + """
        select distinct s.id, s.name, o.name as provider, root.name as term,
               coalesce(s.minimum_age, 0) as min_age, coalesce(s.maximum_age, 150) as max_age
          from directory.service s
          join directory.organization o on o.id = s.organization_id
          join directory.attribute at on at.link_entity = 'service' and at.link_id = s.id
          join roots r on r.id = at.taxonomy_term_id
          join directory.taxonomy_term root on root.id = r.root_id
          join directory.taxonomy x on x.id = root.taxonomy_id and x.name = :taxonomy
         where s.status = 'active' and %s
        """
                    .formatted(publication.servicePublished("s")))
        .param("taxonomy", taxonomy)
        .query(
            (rs, row) ->
                new ServiceFact(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("provider"),
                    rs.getString("term"),
                    rs.getInt("min_age"),
                    rs.getInt("max_age")))
        .list();
  }

  /**
   * Each active service's place towns. A hidden place's town is shown like any other: its town is
   * what a hidden place may say.
   */
  Map<String, Set<String>> placeTowns() {
    return grouped(
        """
        select distinct sal.service_id, a.city from directory.service_at_location sal
          join directory.address a on a.location_id = sal.location_id
          join directory.service s on s.id = sal.service_id
         where s.status = 'active' and a.city is not null and btrim(a.city) <> ''
        """);
  }

  /**
   * Each active service's service areas, by name, or, nameless, by the code at the end of their
   * uri.
   */
  Map<String, Set<String>> serviceAreas() {
    return grouped(
        """
        select distinct sa.service_id,
               coalesce(nullif(btrim(sa.name), ''), substring(sa.uri from '([A-Za-z0-9]+)/?$'))
          from directory.service_area sa join directory.service s on s.id = sa.service_id
         where s.status = 'active'
        """);
  }

  /** Active services with no place that people can reach by phone or online. */
  Set<String> remote() {
    return new HashSet<>(
        jdbc.sql(
                """
                select s.id from directory.service s
                 where s.status = 'active'
                   and not exists (select 1 from directory.service_at_location sal where sal.service_id = s.id)
                   and (nullif(btrim(s.url), '') is not null
                        or exists (select 1 from directory.phone p where p.service_id = s.id))
                """)
            .query(String.class)
            .list());
  }

  private Map<String, Set<String>> grouped(String sql) {
    Map<String, Set<String>> grouped = new HashMap<>();
    jdbc.sql(sql)
        .query(
            (ResultSet rs) -> {
              if (rs.getString(2) != null) {
                grouped
                    .computeIfAbsent(rs.getString(1), id -> new TreeSet<>())
                    .add(rs.getString(2).trim());
              }
            });
    return grouped;
  }

  /** Every top-level term of a taxonomy, so that a need nobody meets still gets a row. */
  List<String> terms(String taxonomy) {
    return jdbc.sql(
            """
            select t.name from directory.taxonomy_term t join directory.taxonomy x on x.id = t.taxonomy_id
             where x.name = :taxonomy and t.parent_id is null order by t.code nulls last, t.name
            """)
        .param("taxonomy", taxonomy)
        .query(String.class)
        .list();
  }

  /** A service meeting a need (or offering a modality, or at a tier) for ages. */
  record ServiceFact(
      String serviceId, String service, String provider, String term, int minAge, int maxAge) {
    boolean covers(AgeBand band) {
      return minAge <= band.to() && maxAge >= band.from();
    }
  }
}
