package org.alliance.directory.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The taxonomy terms an editor can put a service under, grouped by taxonomy, read fresh from the
 * directory so a newly imported taxonomy is offered at once.
 */
@Component
class Categories {

  private final JdbcClient jdbc;

  Categories(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A taxonomy and its terms, for one group of checkboxes. */
  record Group(String taxonomyId, String name, List<Term> terms) {}

  record Term(String id, String name, String taxonomy) {}

  List<Group> groups() {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Term term : terms()) {
      groups
          .computeIfAbsent(
              term.taxonomy(),
              t -> new Group("taxonomy-" + (groups.size() + 1), t, new ArrayList<>()))
          .terms()
          .add(term);
    }
    return List.copyOf(groups.values());
  }

  /** Term names by id, for reading documents. */
  DocumentDiff.TermNames names() {
    Map<String, Term> byId = terms().stream().collect(Collectors.toMap(Term::id, t -> t));
    return id -> {
      Term term = byId.get(id);
      return term == null ? "unknown category " + id : term.taxonomy() + ": " + term.name();
    };
  }

  Set<String> ids() {
    return terms().stream().map(Term::id).collect(Collectors.toSet());
  }

  private List<Term> terms() {
    return jdbc.sql(
            """
            select t.id, t.name, coalesce(x.name, t.taxonomy, 'Other') as taxonomy
              from directory.taxonomy_term t
              left join directory.taxonomy x on x.id = t.taxonomy_id
             order by 3, t.name
            """)
        .query(
            (rs, row) ->
                new Term(rs.getString("id"), rs.getString("name"), rs.getString("taxonomy")))
        .list();
  }
}
