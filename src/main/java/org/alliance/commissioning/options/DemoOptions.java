package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, seed 004's two options as scenarios on the demo register's seven contracts: Option
 * 1, recommission the adult treatment service with three of the small contracts in 2024, against
 * Option 2, the recommendation, align every end date to 31 March 2026. Advantages and disadvantages
 * are the paper's sections 5.2 and 5.3 word for word (its place names fictionalised to the demo's
 * councils); Option 2's risks are section 7.4's table, Option 1's the providers' concerns of
 * section 7.5.2 and the table's procurement risks. The paper gives no costs or procurement
 * timetable for either option, so each contract's cost is assumed to carry on at its 2023/24 value
 * and the dates are assumptions, said so in each action's note. Each scenario is added once, by
 * name, under an advisory lock, after the register (200) has its contracts.
 */
@Component
@Order(250)
class DemoOptions implements ApplicationRunner {

  static final String OPTION_1 = "Recommission these four in 2024";
  static final String OPTION_2 = "Align every end date to 2026";

  private static final Logger log = LoggerFactory.getLogger(DemoOptions.class);

  private static final LocalDate END_2026 = LocalDate.of(2026, 3, 31);
  private static final LocalDate END_2027 = LocalDate.of(2027, 3, 31);
  private static final LocalDate TENDER_BY = LocalDate.of(2023, 9, 1);
  private static final LocalDate AWARD_BY = LocalDate.of(2023, 12, 31);
  private static final LocalDate ADULT_OPTION_BY = LocalDate.of(2023, 9, 29);
  private static final LocalDate BRIDGE_OPTION_BY = LocalDate.of(2025, 9, 30);

  private static final String TENDER_ASSUMED =
      "Assumed: the paper gives no procurement timetable, so the tender starts by 1 September"
          + " 2023 to award for 1 April 2024.";

  static final List<String> OPTION_1_ADVANTAGES =
      List.of(
          "Opportunity to use contractual arrangement to deliver changes to the adults treatment"
              + " services to better meet needs of the population.",
          "Encourages competition which could drive improvements in quality and value for money.");

  static final List<String> OPTION_1_DISADVANTAGES =
      List.of(
          "Whilst there is an option to re-commission the Adult Structured Treatment for 1st April"
              + " 2024 (thereby not utilising the contract extension) this option would not allow"
              + " us to develop a holistic prevention, treatment and recovery model as the recovery"
              + " service contract does not expire until 31st March 2026. However, a commissioned"
              + " service will give us the option to amend the contract.",
          "The procurement and tendering process will also be highly disruptive to both our adult"
              + " treatment providers and service users at a time when the focus is working"
              + " together to implement the National Drug Strategy and deliver local priorities,"
              + " particularly through use of the Supplemental Substance Misuse Treatment and"
              + " Recovery Grant (SSMTRG).",
          "The preferred option recognises the instability of the drug and alcohol provider"
              + " market, as highlighted in the national review by the Government's supplementary"
              + " treatment funding grants. This grant supports workforce sustainability and"
              + " improvements in treatment services.");

  static final List<String> OPTION_1_RISKS =
      List.of(
          "Providers stated that due to the additional demands of the drug strategy, Option 1 will"
              + " pose capacity issues for the market to respond to a tender.",
          "There were concerns identified that this would have a detrimental impact on service"
              + " users and staff retention due to potential TUPE implications.",
          risk(
              "Procurement Activity is delayed",
              "Commissioner working closely with Procurement to ensure this remains on track."
                  + " Procurement timeline drafted.",
              "Low"),
          risk(
              "Challenges from Public/Providers",
              "Commissioners have liaised with Procurement & Legal colleagues to ensure there are"
                  + " no risks/implications. Continued communication and engagement to be"
                  + " completed with users, families, carers, providers and the public over the"
                  + " extended period.",
              "Low"),
          risk(
              "Cost in time providers engaging in more procurement exercise",
              "This has not been highlighted as a potential issue for providers during informal"
                  + " discussions with the Commissioner.",
              "Low"),
          risk(
              "No bids received for the re-commissioning activity",
              "All current Providers have provided feedback that they are likely to bid.",
              "Low"));

  static final List<String> OPTION_2_ADVANTAGES =
      List.of(
          "Alignment of contracts offers an opportunity to be able to shape a holistic model that"
              + " includes recovery services for adults and young people to be commissioned from"
              + " 2026.",
          "Provides opportunity to integrate a new drug and alcohol service offer with new and"
              + " emerging landscape of children's and adults services in West Brackenshire"
              + " including our Local Area Partnerships, Family Hubs and emerging youth offer.",
          "Maintaining the existing contract, particularly for the adult treatment service, offers"
              + " greater likelihood of continuity of care for service users, which is a core"
              + " objective of the OHID supplementary grant funding.",
          "Stability of the adult's treatment service also offers greater opportunity for us to"
              + " continue to work collaboratively to effectively use our supplementary grant"
              + " funding to deliver wider strategic objectives.",
          "Provides opportunity to plan a meaningful co-production exercise, working closely with"
              + " those with lived experience, families and carers, community engagement and"
              + " professional networks in planning new services.",
          "Provides opportunities to explore joint commissioning across areas of mental health,"
              + " criminal justice, employment support, housing, primary and secondary care, also"
              + " to explore differential needs of Brackenford and West Brackenshire.",
          "Provides greater opportunity to explore more options that address cost pressures and"
              + " deliver greater value for money.",
          "Will consider the future decision from the Office of Health Improvements & Disparities"
              + " regarding the Drug & Alcohol Grant Programmes.");

  static final List<String> OPTION_2_DISADVANTAGES =
      List.of(
          "Service improvements to address gaps identified in the needs assessment will have to be"
              + " undertaken voluntarily by providers and/or using contract variation and"
              + " therefore will rely on cooperation of providers.",
          "This option may limit the opportunity for introducing new approaches and innovative"
              + " practices, with a risk that focus is on delivering KPIs using existing delivery"
              + " models.");

  static final List<String> OPTION_2_RISKS =
      List.of(
          risk(
              "Providers do not agree to the extension. Contract variations will likely come with"
                  + " additional costs (etc cost of living).",
              "Consultation with providers evidences they are keen to move forward with the"
                  + " extension.",
              "Low"),
          risk(
              "Providers refuse contract variations",
              "Commissioners have currently established strong working relationships with"
                  + " providers.",
              "Medium"),
          risk(
              "Gaps and performance issues in current contracts will continue to be problematic",
              "Rigorous performance monitoring will take place to ensure value for money and"
                  + " quality is maintained.",
              "Medium"),
          risk(
              "Management attention will be diverted to supplier performance",
              "Option to utilise additional resource via the drug grants (Commissioning Support"
                  + " Officers).",
              "Medium"),
          OPTION_1_RISKS.get(2),
          OPTION_1_RISKS.get(3),
          OPTION_1_RISKS.get(4),
          OPTION_1_RISKS.get(5));

  private static String risk(String risk, String mitigation, String residual) {
    return risk
        + (risk.endsWith(".") ? "" : ".")
        + " Mitigation: "
        + mitigation
        + " Residual risk: "
        + residual
        + ".";
  }

  private final DatabaseMode mode;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  DemoOptions(DatabaseMode mode, JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction) {
    this.mode = mode;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    try {
      Integer made = transaction.execute(status -> fill());
      if (made != null && made > 0) {
        log.info("Added {} demo options appraisal scenarios", made);
      }
    } catch (RuntimeException e) {
      // Demo data is a convenience: a failure here must never stop the application starting.
      log.warn("Could not add the demo options appraisal: {}", e.getMessage());
    }
  }

  private int fill() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-options'))")
        .query(Object.class)
        .single();
    Map<String, UUID> contracts = new HashMap<>();
    jdbc.sql(
            """
            select reference, id from commissioning.contract
             where reference in ('NN-ADULT-2018', 'NN-NGAGE-2018', 'NN-BRIDGE-2018',
               'NN-FAMILY-2018', 'NN-YOS-SLA', 'NN-HF-2018', 'NN-CAREPATH-2018')
            """)
        .query(
            (java.sql.ResultSet rs) -> {
              contracts.put(rs.getString("reference"), rs.getObject("id", UUID.class));
            });
    if (contracts.size() < 7) {
      return 0;
    }
    int made = 0;
    if (absent(OPTION_1)) {
      UUID id =
          scenario(
              OPTION_1,
              "Seed 004's Option 1: to re-commission drug and alcohol treatment provision"
                  + " (excluding recovery services) for 1st April 2024. The adult treatment"
                  + " service's extension is not used: it, the young people's service, family"
                  + " support and support to youth offenders are recommissioned through a"
                  + " competitive process for 1 April 2024. Costs are assumed to carry on at each"
                  + " contract's 2023/24 value; the paper gives none.",
              OPTION_1_ADVANTAGES,
              OPTION_1_DISADVANTAGES,
              OPTION_1_RISKS);
      action(
          id,
          contracts.get("NN-ADULT-2018"),
          ActionType.COMPETITIVE,
          ADULT_OPTION_BY,
          END_2027,
          "Declines the option to extend to 2026 by its decision date. Assumed: a three-year"
              + " term from 1 April 2024; the paper gives none.",
          "5394200.00");
      for (String reference : List.of("NN-NGAGE-2018", "NN-FAMILY-2018", "NN-YOS-SLA")) {
        action(
            id,
            contracts.get(reference),
            ActionType.COMPETITIVE,
            TENDER_BY,
            END_2027,
            TENDER_ASSUMED + " Assumed: a three-year term.",
            value(reference));
      }
      workforceAndCaseManagement(id, contracts, END_2027);
      bridge(id, contracts);
      made++;
    }
    if (absent(OPTION_2)) {
      UUID id =
          scenario(
              OPTION_2,
              "Seed 004's Option 2, which the paper recommends: to align treatment and recovery"
                  + " service contracts to re-commission together for 1st April 2026. The adult"
                  + " treatment service's existing extension is used; the young people's service,"
                  + " family support and support to youth offenders are recommissioned to 31 March"
                  + " 2026 through a competitive process. Costs are assumed to carry on at each"
                  + " contract's 2023/24 value; the paper gives none.",
              OPTION_2_ADVANTAGES,
              OPTION_2_DISADVANTAGES,
              OPTION_2_RISKS);
      action(
          id,
          contracts.get("NN-ADULT-2018"),
          ActionType.EXTEND,
          ADULT_OPTION_BY,
          END_2026,
          "Utilising the existing extension within the Adults Structured Treatment Service"
              + " contract from 1st April 2024 to 31st March 2026.",
          "5394200.00");
      for (String reference : List.of("NN-NGAGE-2018", "NN-FAMILY-2018", "NN-YOS-SLA")) {
        action(
            id,
            contracts.get(reference),
            ActionType.COMPETITIVE,
            TENDER_BY,
            END_2026,
            "Recommissioned from 1st April 2024 to 31st March 2026 through a competitive process. "
                + TENDER_ASSUMED,
            value(reference));
      }
      workforceAndCaseManagement(id, contracts, END_2026);
      bridge(id, contracts);
      made++;
    }
    return made;
  }

  /** Both options award these two the same way (the paper's 6.1.3 and 6.1.4). */
  private void workforceAndCaseManagement(UUID id, Map<String, UUID> contracts, LocalDate end) {
    action(
        id,
        contracts.get("NN-HF-2018"),
        ActionType.NEGOTIATED,
        AWARD_BY,
        end,
        "Award the contract for Workforce Training via a negotiated procedure, due to an absence"
            + " of alternative providers being identified through the expression of interest."
            + " Assumed: awarded by 31 December 2023.",
        value("NN-HF-2018"));
    action(
        id,
        contracts.get("NN-CAREPATH-2018"),
        ActionType.FRAMEWORK,
        AWARD_BY,
        END_2026,
        "Continue to explore utilising a compliant government framework to award the contract for"
            + " the Case Management System to the incumbent provider, should new requirements be"
            + " met, from 1st April 2024 to 31st March 2026. Assumed: awarded by 31 December 2023.",
        value("NN-CAREPATH-2018"));
  }

  private void bridge(UUID id, Map<String, UUID> contracts) {
    action(
        id,
        contracts.get("NN-BRIDGE-2018"),
        ActionType.CONTINUE,
        BRIDGE_OPTION_BY,
        END_2026,
        "The recovery service contract runs to 31st March 2026; its options to extend are decided"
            + " by 30 September 2025.",
        value("NN-BRIDGE-2018"));
  }

  /** Table 1's annual value for 2023/24, carried on. */
  private static String value(String reference) {
    return switch (reference) {
      case "NN-ADULT-2018" -> "5394200.00";
      case "NN-NGAGE-2018" -> "300000.00";
      case "NN-BRIDGE-2018" -> "800000.00";
      case "NN-FAMILY-2018" -> "160000.00";
      case "NN-YOS-SLA" -> "80000.00";
      case "NN-HF-2018" -> "156000.00";
      default -> "93000.00";
    };
  }

  private boolean absent(String name) {
    return !jdbc.sql("select exists (select 1 from commissioning.option_scenario where name = :n)")
        .param("n", name)
        .query(Boolean.class)
        .single();
  }

  private UUID scenario(
      String name,
      String description,
      List<String> advantages,
      List<String> disadvantages,
      List<String> risks) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.option_scenario (name, description, first_year,
                  last_year)
                values (:name, :description, 2024, 2025)
                returning id
                """)
            .param("name", name)
            .param("description", description)
            .query(UUID.class)
            .single();
    points(id, "advantage", advantages);
    points(id, "disadvantage", disadvantages);
    points(id, "risk", risks);
    audit.recordSystem(
        AuditEntry.of("commissioning.scenario.created", "scenario", id).withDetail("demo data"));
    return id;
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

  private void action(
      UUID scenario,
      UUID contract,
      ActionType type,
      LocalDate decideBy,
      LocalDate newEnd,
      String note,
      String yearly) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.scenario_action (scenario_id, contract_id, action,
                  decide_by, new_end_on, note)
                values (:scenario, :contract, :action, :decideBy, :newEnd, :note)
                returning id
                """)
            .param("scenario", scenario)
            .param("contract", contract)
            .param("action", type.code())
            .param("decideBy", decideBy)
            .param("newEnd", newEnd)
            .param("note", note)
            .query(UUID.class)
            .single();
    for (int year = 2024; year <= 2025; year++) {
      jdbc.sql(
              """
              insert into commissioning.scenario_cost (action_id, financial_year, amount)
              values (:id, :year, :amount)
              """)
          .param("id", id)
          .param("year", year)
          .param("amount", new BigDecimal(yearly))
          .update();
    }
  }
}
