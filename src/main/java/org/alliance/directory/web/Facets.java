package org.alliance.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The choices on the search form, read from the directory's taxonomies by name, so a directory
 * loaded with other taxonomies still offers whatever it has.
 */
@Component
class Facets {

  static final String NEEDS = "Alliance needs";
  static final String REFERRAL_ROUTE = "Referral route";
  static final String ORGANISATION_TYPE = "Organisation type";

  private final JdbcClient jdbc;

  Facets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Top-level terms of each taxonomy the form uses, by taxonomy name. */
  Map<String, List<Choice>> choices() {
    Map<String, List<Choice>> byTaxonomy = new LinkedHashMap<>();
    for (String name : List.of(NEEDS, REFERRAL_ROUTE, ORGANISATION_TYPE)) {
      byTaxonomy.put(name, new ArrayList<>());
    }
    jdbc.sql(
            """
            select x.name as taxonomy, t.id, t.name
              from directory.taxonomy_term t
              join directory.taxonomy x on x.id = t.taxonomy_id
             where x.name in (:names) and t.parent_id is null
             order by x.name, t.name
            """)
        .param("names", List.copyOf(byTaxonomy.keySet()))
        .query(
            (rs, row) ->
                new Object[] {
                  rs.getString("taxonomy"), new Choice(rs.getString("id"), rs.getString("name"))
                })
        .list()
        .forEach(pair -> byTaxonomy.get((String) pair[0]).add((Choice) pair[1]));
    return byTaxonomy;
  }

  /** A term someone can pick. */
  record Choice(String id, String label) {}
}
