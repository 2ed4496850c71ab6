package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The scenarios and their actions. Reads are set-based (a query per table for every scenario asked
 * for at once, never one per row); every change is made under the scenario's {@code version}, which
 * it moves on, and is audited in the same transaction.
 */
@Component
class Scenarios {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Scenarios(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A scenario's details as checked from its form. */
  record Details(
      String name,
      String description,
      int firstYear,
      int lastYear,
      List<String> advantages,
      List<String> disadvantages,
      List<String> risks) {}

  /** An action as checked from its form: costs by financial year, blank years left out. */
  record ActionDetails(
      UUID contractId,
      String action,
      LocalDate decideBy,
      LocalDate newEndOn,
      String note,
      SortedMap<Integer, BigDecimal> costs) {}

  /** A line of the scenarios list. */
  record Summary(
      UUID id, String name, String description, String period, boolean archived, int actions) {}

  /** A contract to choose in an action's form. */
  record ContractChoice(UUID id, String reference, String service, LocalDate startOn) {
    public String label() {
      return service + " (" + reference + ")";
    }
  }

  static UUID notFoundUnless(UUID id) {
    if (id == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return id;
  }

  // ---- reading ----

  List<Summary> list() {
    return jdbc.sql(
            """
            select s.id, s.name, s.description, s.first_year, s.last_year, s.archived,
                   (select count(*) from commissioning.scenario_action a
                     where a.scenario_id = s.id) as actions
              from commissioning.option_scenario s
             order by s.archived, s.created_at, s.name
            """)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("description"),
                    Scenario.period(rs.getInt("first_year"), rs.getInt("last_year")),
                    rs.getBoolean("archived"),
                    rs.getInt("actions")))
        .list();
  }

  /** The scenarios asked for, in the order asked; an id that is not a scenario is left out. */
  List<Scenario> scenarios(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Map<String, List<String>>> points = new HashMap<>();
    jdbc.sql(
            """
            select scenario_id, kind, wording from commissioning.scenario_point
             where scenario_id in (:ids) order by scenario_id, kind, position
            """)
        .param("ids", ids)
        .query(
            rs -> {
              points
                  .computeIfAbsent(rs.getObject("scenario_id", UUID.class), k -> new HashMap<>())
                  .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>())
                  .add(rs.getString("wording"));
            });
    Map<UUID, Scenario> found = new LinkedHashMap<>();
    jdbc.sql(
            """
            select id, name, description, first_year, last_year, archived, version
              from commissioning.option_scenario where id in (:ids)
            """)
        .param("ids", ids)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              Map<String, List<String>> p = points.getOrDefault(id, Map.of());
              found.put(
                  id,
                  new Scenario(
                      id,
                      rs.getString("name"),
                      rs.getString("description"),
                      rs.getInt("first_year"),
                      rs.getInt("last_year"),
                      rs.getBoolean("archived"),
                      rs.getInt("version"),
                      List.copyOf(p.getOrDefault("advantage", List.of())),
                      List.copyOf(p.getOrDefault("disadvantage", List.of())),
                      List.copyOf(p.getOrDefault("risk", List.of()))));
            });
    return ids.stream().distinct().map(found::get).filter(s -> s != null).toList();
  }

  Scenario get(UUID id) {
    return scenarios(List.of(notFoundUnless(id))).stream()
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** Every action of the scenarios, with its costs, by service then decision date. */
  List<ScenarioAction> actions(Collection<UUID> scenarioIds) {
    if (scenarioIds.isEmpty()) {
      return List.of();
    }
    Map<UUID, SortedMap<Integer, BigDecimal>> costs = new HashMap<>();
    jdbc.sql(
            """
            select c.action_id, c.financial_year, c.amount
              from commissioning.scenario_cost c
              join commissioning.scenario_action a on a.id = c.action_id
             where a.scenario_id in (:ids)
            """)
        .param("ids", scenarioIds)
        .query(
            rs -> {
              costs
                  .computeIfAbsent(rs.getObject("action_id", UUID.class), k -> new TreeMap<>())
                  .put(rs.getInt("financial_year"), rs.getBigDecimal("amount"));
            });
    return jdbc.sql(
            """
            select a.id, a.scenario_id, a.contract_id, c.reference, c.service, c.end_on,
                   a.action, a.decide_by, a.new_end_on, a.note
              from commissioning.scenario_action a
              join commissioning.contract c on c.id = a.contract_id
             where a.scenario_id in (:ids)
             order by lower(c.service), c.reference, a.decide_by, a.created_at
            """)
        .param("ids", scenarioIds)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new ScenarioAction(
                  id,
                  rs.getObject("scenario_id", UUID.class),
                  rs.getObject("contract_id", UUID.class),
                  rs.getString("reference"),
                  rs.getString("service"),
                  rs.getObject("end_on", LocalDate.class),
                  rs.getString("action"),
                  rs.getObject("decide_by", LocalDate.class),
                  rs.getObject("new_end_on", LocalDate.class),
                  rs.getString("note"),
                  costs.getOrDefault(id, new TreeMap<>()));
            })
        .list();
  }

  Optional<ScenarioAction> action(UUID scenarioId, UUID actionId) {
    if (actionId == null) {
      return Optional.empty();
    }
    return actions(List.of(scenarioId)).stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  List<ContractChoice> contracts() {
    return jdbc.sql(
            """
            select id, reference, service, start_on from commissioning.contract
             order by lower(service), reference
            """)
        .query(
            (rs, n) ->
                new ContractChoice(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("service"),
                    rs.getObject("start_on", LocalDate.class)))
        .list();
  }

  // ---- changing ----

  @Transactional
  UUID create(Details details) {
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.option_scenario (name, description, first_year,
                    last_year)
                  values (:name, :description, :first, :last)
                  returning id
                  """)
              .param("name", details.name())
              .param("description", details.description())
              .param("first", details.firstYear())
              .param("last", details.lastYear())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      throw new OptionsProblem("name", "Another scenario already has this name");
    }
    writePoints(id, details);
    audit.record(
        AuditEntry.of("commissioning.scenario.created", "scenario", id).withDetail(details.name()));
    return id;
  }

  @Transactional
  void update(UUID id, int version, Details details) {
    get(id);
    int changed;
    try {
      changed =
          jdbc.sql(
                  """
                  update commissioning.option_scenario
                     set name = :name, description = :description, first_year = :first,
                         last_year = :last, version = version + 1, updated_at = now()
                   where id = :id and version = :version
                  """)
              .param("id", id)
              .param("version", version)
              .param("name", details.name())
              .param("description", details.description())
              .param("first", details.firstYear())
              .param("last", details.lastYear())
              .update();
    } catch (DuplicateKeyException taken) {
      throw new OptionsProblem("name", "Another scenario already has this name");
    }
    if (changed == 0) {
      throw new StaleScenario();
    }
    jdbc.sql("delete from commissioning.scenario_point where scenario_id = :id")
        .param("id", id)
        .update();
    writePoints(id, details);
    // Costs outside a shortened period would be counted nowhere: they go with it, said in the
    // audit.
    int dropped =
        jdbc.sql(
                """
                delete from commissioning.scenario_cost c
                 using commissioning.scenario_action a
                 where a.id = c.action_id and a.scenario_id = :id
                   and (c.financial_year < :first or c.financial_year > :last)
                """)
            .param("id", id)
            .param("first", details.firstYear())
            .param("last", details.lastYear())
            .update();
    audit.record(
        AuditEntry.of("commissioning.scenario.updated", "scenario", id)
            .withDetail(
                details.name()
                    + (dropped == 0 ? "" : "; " + dropped + " costs outside the period removed")));
  }

  @Transactional
  void archive(UUID id, int version, boolean archived) {
    touch(id, version);
    jdbc.sql("update commissioning.option_scenario set archived = :archived where id = :id")
        .param("id", id)
        .param("archived", archived)
        .update();
    audit.record(
        AuditEntry.of(
            archived ? "commissioning.scenario.archived" : "commissioning.scenario.restored",
            "scenario",
            id));
  }

  @Transactional
  UUID addAction(UUID scenarioId, int version, ActionDetails details) {
    Scenario scenario = touch(scenarioId, version);
    checkAction(scenario, details);
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.scenario_action (scenario_id, contract_id, action,
                  decide_by, new_end_on, note)
                values (:scenario, :contract, :action, :decideBy, :newEnd, :note)
                returning id
                """)
            .param("scenario", scenarioId)
            .param("contract", details.contractId())
            .param("action", details.action())
            .param("decideBy", details.decideBy())
            .param("newEnd", details.newEndOn())
            .param("note", details.note())
            .query(UUID.class)
            .single();
    writeCosts(id, details.costs());
    audit.record(
        AuditEntry.of("commissioning.scenario.action-added", "scenario", scenarioId)
            .withDetail(details.action() + " " + details.contractId()));
    return id;
  }

  @Transactional
  void updateAction(UUID scenarioId, UUID actionId, int version, ActionDetails details) {
    Scenario scenario = touch(scenarioId, version);
    action(scenarioId, actionId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    checkAction(scenario, details);
    jdbc.sql(
            """
            update commissioning.scenario_action
               set contract_id = :contract, action = :action, decide_by = :decideBy,
                   new_end_on = :newEnd, note = :note
             where id = :id
            """)
        .param("id", actionId)
        .param("contract", details.contractId())
        .param("action", details.action())
        .param("decideBy", details.decideBy())
        .param("newEnd", details.newEndOn())
        .param("note", details.note())
        .update();
    jdbc.sql("delete from commissioning.scenario_cost where action_id = :id")
        .param("id", actionId)
        .update();
    writeCosts(actionId, details.costs());
    audit.record(
        AuditEntry.of("commissioning.scenario.action-changed", "scenario", scenarioId)
            .withDetail(details.action() + " " + details.contractId()));
  }

  @Transactional
  void removeAction(UUID scenarioId, UUID actionId, int version) {
    touch(scenarioId, version);
    int removed =
        jdbc.sql("delete from commissioning.scenario_action where id = :id and scenario_id = :s")
            .param("id", actionId)
            .param("s", scenarioId)
            .update();
    if (removed == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    audit.record(
        AuditEntry.of("commissioning.scenario.action-removed", "scenario", scenarioId)
            .withDetail(actionId.toString()));
  }

  private void checkAction(Scenario scenario, ActionDetails details) {
    Optional<LocalDate> start =
        jdbc.sql("select start_on from commissioning.contract where id = :id")
            .param("id", details.contractId())
            .query(LocalDate.class)
            .optional();
    if (start.isEmpty()) {
      throw new OptionsProblem("contract", "Choose a contract from the register");
    }
    if (details.newEndOn() != null && !details.newEndOn().isAfter(start.get())) {
      throw new OptionsProblem("newEnd", "The new end date must be after the contract starts");
    }
    for (int year : details.costs().keySet()) {
      if (year < scenario.firstYear() || year > scenario.lastYear()) {
        throw new OptionsProblem(
            "cost-" + scenario.firstYear(), "Costs must fall within the scenario's years");
      }
    }
  }

  /** Moves the scenario's version on, or says someone else got there first. */
  private Scenario touch(UUID id, int version) {
    Scenario scenario = get(id);
    int changed =
        jdbc.sql(
                """
                update commissioning.option_scenario set version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleScenario();
    }
    return scenario;
  }

  private void writePoints(UUID id, Details details) {
    points(id, "advantage", details.advantages());
    points(id, "disadvantage", details.disadvantages());
    points(id, "risk", details.risks());
  }

  private void points(UUID id, String kind, List<String> wordings) {
    for (int i = 0; i < wordings.size(); i++) {
      jdbc.sql(
              """
              insert into commissioning.scenario_point (scenario_id, kind, position, wording)
              values (:id, :kind, :position, :wording)
              """)
          .param("id", id)
          .param("kind", kind)
          .param("position", i + 1)
          .param("wording", wordings.get(i))
          .update();
    }
  }

  private void writeCosts(UUID actionId, Map<Integer, BigDecimal> costs) {
    costs.forEach(
        (year, amount) ->
            jdbc.sql(
                    """
                    insert into commissioning.scenario_cost (action_id, financial_year, amount)
                    values (:id, :year, :amount)
                    """)
                .param("id", actionId)
                .param("year", year)
                .param("amount", amount)
                .update());
  }
}
