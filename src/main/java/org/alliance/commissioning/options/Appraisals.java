package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.alliance.commissioning.options.Appraisal.ContractLine;
import org.alliance.commissioning.options.Appraisal.Council;
import org.alliance.commissioning.register.CouncilShare;
import org.alliance.commissioning.register.Split;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an {@link Appraisal} in a fixed handful of queries whatever the number of contracts: the
 * scenarios, their points, their actions, the actions' costs, and the councils' shares of the
 * contracts they touch. Each contract's cost in a year is divided between its councils by the
 * register's {@link Split#exact}, the same rule the register divides a year's value by, so each
 * council's figures add to the scenario's total exactly.
 */
@Component
class Appraisals {

  private final Scenarios scenarios;
  private final JdbcClient jdbc;
  private final Organisations organisations;

  Appraisals(Scenarios scenarios, JdbcClient jdbc, Organisations organisations) {
    this.scenarios = scenarios;
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  private record Shares(List<CouncilShare> shares, UUID host) {}

  /** The scenarios asked for (those that exist), in the order asked. */
  @Transactional(readOnly = true)
  Appraisal of(List<UUID> ids) {
    List<Scenario> found = scenarios.scenarios(ids);
    List<UUID> scenarioIds = found.stream().map(Scenario::id).toList();
    List<ScenarioAction> actions = scenarios.actions(scenarioIds);
    Map<UUID, Shares> shares = shares(scenarioIds);

    TreeSet<Integer> years = new TreeSet<>();
    found.forEach(s -> years.addAll(s.years()));

    Map<UUID, ContractLine> lines = new LinkedHashMap<>();
    for (ScenarioAction action : actions) {
      ContractLine line =
          lines.computeIfAbsent(
              action.contractId(),
              id ->
                  new ContractLine(
                      id,
                      action.reference(),
                      action.service(),
                      action.currentEnd(),
                      new HashMap<>()));
      line.actions().computeIfAbsent(action.scenarioId(), s -> new ArrayList<>()).add(action);
    }

    Map<UUID, Map<Integer, BigDecimal>> totals = new HashMap<>();
    Map<UUID, Map<UUID, Map<Integer, BigDecimal>>> councilShares = new HashMap<>();
    Map<UUID, Map<Integer, BigDecimal>> undivided = new HashMap<>();
    TreeSet<UUID> councilIds = new TreeSet<>();
    for (Scenario scenario : found) {
      for (ContractLine line : lines.values()) {
        if (line.in(scenario.id()).isEmpty()) {
          continue;
        }
        Shares contract = shares.get(line.contractId());
        for (int year : years) {
          BigDecimal cost = line.cost(scenario.id(), year);
          if (cost.signum() == 0) {
            continue;
          }
          totals
              .computeIfAbsent(scenario.id(), k -> new TreeMap<>())
              .merge(year, cost, BigDecimal::add);
          if (contract == null || Split.problem(contract.shares(), contract.host()) != null) {
            undivided
                .computeIfAbsent(scenario.id(), k -> new TreeMap<>())
                .merge(year, cost, BigDecimal::add);
            continue;
          }
          Split.exact(cost, contract.shares(), contract.host())
              .forEach(
                  (council, part) -> {
                    councilIds.add(council);
                    councilShares
                        .computeIfAbsent(scenario.id(), k -> new HashMap<>())
                        .computeIfAbsent(council, k -> new TreeMap<>())
                        .merge(year, part, BigDecimal::add);
                  });
        }
      }
    }
    List<Council> councils =
        councilIds.stream()
            .map(id -> new Council(id, organisations.name(id).orElse("Unknown council")))
            .sorted(Comparator.comparing(Council::name))
            .toList();
    return new Appraisal(
        found,
        List.copyOf(years),
        List.copyOf(lines.values()),
        totals,
        councils,
        councilShares,
        undivided);
  }

  /** Each contract the scenarios touch: its councils' shares, in the register's order, and host. */
  private Map<UUID, Shares> shares(List<UUID> scenarioIds) {
    Map<UUID, Shares> shares = new HashMap<>();
    if (scenarioIds.isEmpty()) {
      return shares;
    }
    jdbc.sql(
            """
            select c.id, c.host_council_id, cc.council_id, cc.percent
              from commissioning.contract c
              left join commissioning.contract_council cc on cc.contract_id = c.id
             where c.id in (select contract_id from commissioning.scenario_action
                             where scenario_id in (:ids))
             order by c.id, cc.percent, cc.council_id
            """)
        .param("ids", scenarioIds)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              UUID host = rs.getObject("host_council_id", UUID.class);
              Shares contract =
                  shares.computeIfAbsent(id, k -> new Shares(new ArrayList<>(), host));
              UUID council = rs.getObject("council_id", UUID.class);
              if (council != null) {
                contract.shares().add(new CouncilShare(council, rs.getBigDecimal("percent")));
              }
            });
    return shares;
  }
}
