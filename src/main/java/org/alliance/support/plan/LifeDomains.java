package org.alliance.support.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.person.Person;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life domains goals sit in: data, not code. Two sets are seeded (Every Child Matters for young
 * people, a recovery-oriented set for adults), each with the ages it is offered at; an
 * administrator adds, retires, reinstates and reorders domains at {@code /admin/life-domains}. A
 * retired domain keeps its goals and is no longer offered.
 */
@Component
public class LifeDomains {

  /** A set of domains with those offered in it, in order. */
  public record DomainGroup(String code, String name, List<LifeDomain> domains) {}

  private static final String SELECT =
      """
      select d.id, d.set_code, s.name as set_name, d.name, d.position, d.retired_at, d.version
        from support.life_domain d join support.life_domain_set s on s.code = d.set_code
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  LifeDomains(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * The sets offered to a person of this age on this day: a set whose age range holds the age (the
   * young people's set below 21, the adults' from 18, so both in the transition years); every set
   * when the date of birth is not known.
   */
  public List<DomainGroup> offeredFor(Person person, LocalDate today) {
    return offeredAt(person.ageOn(today));
  }

  /** The sets offered at this age (null: not known, so every set). */
  public List<DomainGroup> offeredAt(Integer age) {
    List<LifeDomain> offered =
        jdbc.sql(
                SELECT
                    + """
                     where d.retired_at is null
                       and (cast(:age as integer) is null
                            or ((s.min_age is null or s.min_age <= :age)
                                and (s.below_age is null or :age < s.below_age)))
                     order by s.position, d.position, d.name
                    """)
            .param("age", age)
            .query(LifeDomains::domain)
            .list();
    return grouped(offered);
  }

  /** Every domain, retired ones too, by set: the administrator's page. */
  public List<DomainGroup> all() {
    List<DomainGroup> groups = new ArrayList<>();
    Map<String, DomainGroup> byCode = new LinkedHashMap<>();
    jdbc.sql("select code, name from support.life_domain_set order by position")
        .query(
            (rs, n) ->
                byCode.put(
                    rs.getString("code"),
                    new DomainGroup(rs.getString("code"), rs.getString("name"), new ArrayList<>())))
        .list();
    jdbc.sql(SELECT + " order by s.position, d.retired_at nulls first, d.position, d.name")
        .query(LifeDomains::domain)
        .list()
        .forEach(d -> byCode.get(d.setCode()).domains().add(d));
    groups.addAll(byCode.values());
    return groups;
  }

  Optional<LifeDomain> find(UUID id) {
    return jdbc.sql(SELECT + " where d.id = :id")
        .param("id", id)
        .query(LifeDomains::domain)
        .optional();
  }

  @Transactional
  UUID add(String setCode, String name) {
    boolean known =
        jdbc.sql("select exists (select 1 from support.life_domain_set where code = :code)")
            .param("code", setCode)
            .query(Boolean.class)
            .single();
    if (!known) {
      throw new PlanProblem("set", "Choose a set from the list");
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into support.life_domain (set_code, name, position)
                  select :set, :name, coalesce(max(position), 0) + 1
                    from support.life_domain where set_code = :set
                  returning id
                  """)
              .param("set", setCode)
              .param("name", name)
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      throw new PlanProblem("name", "There is already a domain called " + name + " in this set");
    }
    audit.record(AuditEntry.of("plan.life-domain.added", "life-domain", id).withDetail(setCode));
    return id;
  }

  /** What an administrator may do to a domain. */
  enum Change {
    RETIRE,
    REINSTATE,
    UP,
    DOWN
  }

  @Transactional
  void change(UUID id, Change change, int version) {
    LifeDomain domain = find(id).orElseThrow(org.alliance.support.access.NoSuchRecord::new);
    if (domain.version() != version) {
      throw new StaleEdit(domain);
    }
    switch (change) {
      case RETIRE, REINSTATE ->
          jdbc.sql(
                  "update support.life_domain set retired_at = :at, version = version + 1"
                      + " where id = :id and version = :version")
              .param(
                  "at", change == Change.RETIRE ? new Timestamp(System.currentTimeMillis()) : null)
              .param("id", id)
              .param("version", version)
              .update();
      case UP, DOWN -> swap(domain, change == Change.UP);
    }
    audit.record(
        AuditEntry.of("plan.life-domain." + change.name().toLowerCase(), "life-domain", id)
            .withDetail(domain.setCode()));
  }

  /** Swaps places with the neighbour above or below in the same set, if there is one. */
  private void swap(LifeDomain domain, boolean up) {
    Optional<LifeDomain> neighbour =
        jdbc.sql(
                SELECT
                    + " where d.set_code = :set and d.position "
                    + (up ? "<" : ">")
                    + " :position order by d.position "
                    + (up ? "desc" : "asc")
                    + " limit 1")
            .param("set", domain.setCode())
            .param("position", domain.position())
            .query(LifeDomains::domain)
            .optional();
    if (neighbour.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update support.life_domain set position = case when id = :a then :pb else :pa end,
                   version = version + 1
             where id in (:a, :b)
            """)
        .param("a", domain.id())
        .param("b", neighbour.get().id())
        .param("pa", domain.position())
        .param("pb", neighbour.get().position())
        .update();
  }

  private static List<DomainGroup> grouped(List<LifeDomain> domains) {
    Map<String, DomainGroup> groups = new LinkedHashMap<>();
    for (LifeDomain d : domains) {
      groups
          .computeIfAbsent(
              d.setCode(), code -> new DomainGroup(code, d.setName(), new ArrayList<>()))
          .domains()
          .add(d);
    }
    return List.copyOf(groups.values());
  }

  private static LifeDomain domain(ResultSet rs, int n) throws SQLException {
    Timestamp retired = rs.getTimestamp("retired_at");
    return new LifeDomain(
        rs.getObject("id", UUID.class),
        rs.getString("set_code"),
        rs.getString("set_name"),
        rs.getString("name"),
        rs.getInt("position"),
        retired == null ? null : retired.toInstant(),
        rs.getInt("version"));
  }
}
