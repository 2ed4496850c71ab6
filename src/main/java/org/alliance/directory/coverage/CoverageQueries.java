package org.alliance.directory.coverage;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts behind the coverage tables, straight from the HSDS tables: which active service meets
 * which top-level need, for which ages, where it is delivered; and who provides which modality at
 * which HAS tier.
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

  CoverageQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One row per active service, top-level term of the named taxonomy, and delivery town. */
  List<ServiceFact> facts(String taxonomy) {
    return jdbc.sql(
            ROOTS
                + """
        select distinct s.id, s.name, o.name as provider, root.name as term,
               coalesce(s.minimum_age, 0) as min_age, coalesce(s.maximum_age, 150) as max_age,
               coalesce(a.city, sa.name, 'Area not recorded') as area
          from directory.service s
          join directory.organization o on o.id = s.organization_id
          join directory.attribute at on at.link_entity = 'service' and at.link_id = s.id
          join roots r on r.id = at.taxonomy_term_id
          join directory.taxonomy_term root on root.id = r.root_id
          join directory.taxonomy x on x.id = root.taxonomy_id and x.name = :taxonomy
          left join directory.service_at_location sal on sal.service_id = s.id
          left join directory.address a on a.location_id = sal.location_id
          left join directory.service_area sa on sa.service_id = s.id and sal.id is null
         where s.status = 'active'
        """)
        .param("taxonomy", taxonomy)
        .query(
            (rs, row) ->
                new ServiceFact(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("provider"),
                    rs.getString("term"),
                    rs.getInt("min_age"),
                    rs.getInt("max_age"),
                    rs.getString("area")))
        .list();
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

  /** A service meeting a need (or offering a modality, or at a tier) for ages in a town. */
  record ServiceFact(
      String serviceId,
      String service,
      String provider,
      String term,
      int minAge,
      int maxAge,
      String area) {
    boolean covers(AgeBand band) {
      return minAge <= band.to() && maxAge >= band.from();
    }
  }
}
