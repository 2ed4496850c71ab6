package org.alliance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Generates the register and the open-book ledger in SQL, inside PostgreSQL (generate_series, one
 * statement a table), as the commissioning migrations shape them.
 *
 * <p>Contracts: terms of three to seven financial years starting from {@code years} ago to next
 * year, so every year of the data has contracts running in it; shared by two councils (shares to
 * four places, adding to exactly 100) or held by the host alone; a prime provider (a member), for
 * some a partner and a subcontractor; "+1" or "+1+1" extension options, those whose decision date
 * has passed declined; a value for every year of the term, rising 2% a year; funding inside it (the
 * core public health grant, a named grant for a third).
 *
 * <p>Ledger: a devolved budget for each of the last {@code years} financial years (the demo's two
 * kept, with the benchmark's lines added beside theirs), six lines a year, each member allocated a
 * share of every line on 1 April, then four invoices a line a month as spend (none dated after
 * today), and each year one invoice a member reversed by a correction. Every entry is an insert, as
 * the ledger's append-only triggers demand; corrections come after the entries they correct, so the
 * trigger that checks them finds them.
 *
 * <p>Options appraisal: {@value #SCENARIOS} scenarios, each acting on the first {@value
 * #ACTIONS_A_SCENARIO} contracts with a cost for each of five years from this one, and five
 * advantages, disadvantages and risks.
 *
 * <p>Figures are fixed functions of the row's numbers, not random: a seed is not needed to repeat a
 * run.
 */
final class CommissioningData {

  /** The reference prefix of every generated contract; a contract's is this and five digits. */
  static final String REFERENCE = "BENCH-C-";

  /** Scenarios in the options appraisal, each acting on the first contracts. */
  static final int SCENARIOS = 4;

  /**
   * Contracts each scenario acts on: a recommissioning programme far larger than seed 004's seven,
   * so a comparison's page holds a thousand actions, each with five years of cost.
   */
  static final int ACTIONS_A_SCENARIO = 250;

  /** Spend entries a member makes against a line each month. */
  static final int INVOICES_A_MONTH = 4;

  private static final List<String> SERVICES =
      List.of(
          "Adult structured treatment",
          "Young people's substance misuse service",
          "Inpatient detoxification",
          "Residential rehabilitation",
          "Needle and syringe programme",
          "Supervised consumption",
          "Recovery housing",
          "Family support",
          "Criminal justice drug testing",
          "Alcohol liaison");

  /** The benchmark's budget lines: name, one member's allocation a year (pounds), ring-fenced. */
  private static final String LINES =
      """
      values (1, 'Recovery workers', 180000, false),
             (2, 'Prescribing', 95000, false),
             (3, 'Residential rehabilitation placements', 60000, false),
             (4, 'Outreach and engagement', 40000, false),
             (5, 'Family and carers support', 25000, false),
             (6, 'Naloxone and harm reduction', 12000, true)
      """;

  /** A member organisation: its id and name. */
  record Member(UUID id, String name) {}

  /** What to generate. {@code thisYear} is the financial year today is in (2025 for 2025/26). */
  record Sizes(int contracts, int years, int thisYear) {}

  /** Rows made by table, and how long it took, ANALYZE included. */
  record Generated(Map<String, Long> rows, double seconds) {}

  private final DataSource owner;
  private final Consumer<String> progress;

  CommissioningData(DataSource owner, Consumer<String> progress) {
    this.owner = owner;
    this.progress = progress;
  }

  static String reference(int n) {
    return REFERENCE + "%05d".formatted(n);
  }

  Generated generate(Sizes sizes, List<UUID> councils, List<Member> members) throws SQLException {
    if (councils.isEmpty() || members.isEmpty()) {
      throw new IllegalStateException("The register needs a council and a member to generate");
    }
    long started = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("set synchronous_commit = off");
      s.execute(
          "create temp table bench_councils (k int primary key, id uuid not null);"
              + " create temp table bench_members (k int primary key, id uuid not null,"
              + " name text not null)");
      try (PreparedStatement q = c.prepareStatement("insert into bench_councils values (?, ?)")) {
        for (int k = 0; k < councils.size(); k++) {
          q.setInt(1, k);
          q.setObject(2, councils.get(k));
          q.addBatch();
        }
        q.executeBatch();
      }
      try (PreparedStatement q = c.prepareStatement("insert into bench_members values (?, ?, ?)")) {
        for (int k = 0; k < members.size(); k++) {
          q.setInt(1, k);
          q.setObject(2, members.get(k).id());
          q.setString(3, members.get(k).name());
          q.addBatch();
        }
        q.executeBatch();
      }
      int nc = councils.size();
      int nm = members.size();
      int first = sizes.thisYear() - sizes.years() + 1;
      progress.accept("  contracts");
      s.execute(
          """
          create temp table bench_contract as
          select g as n, gen_random_uuid() as id,
                 %d + g %% %d as start_year, 3 + g %% 5 as term,
                 50000 + (g * 7919) %% 2000 * 1000 as base
            from generate_series(1, %d) g
          """
              .formatted(first - 1, sizes.years() + 2, sizes.contracts()));
      rows.put(
          "contract",
          update(
              s,
              """
              insert into commissioning.contract
                (id, reference, service, description, status, start_on, end_on, notice_months,
                 host_council_id)
              select b.id, '%s' || lpad(b.n::text, 5, '0'),
                     (array['%s'])[1 + b.n %% %d] || ', lot ' || b.n,
                     'Generated by bench-commissioning: a ' || b.term || '-year contract.',
                     case when make_date(b.start_year, 4, 1) > current_date
                            then (array['planned', 'procuring'])[1 + b.n %% 2]
                          when make_date(b.start_year + b.term, 3, 31) < current_date then 'ended'
                          when make_date(b.start_year + b.term, 3, 31)
                               < current_date + interval '1 year' then 'ending'
                          else 'active' end,
                     make_date(b.start_year, 4, 1), make_date(b.start_year + b.term, 3, 31),
                     (array[3, 6, 12])[1 + b.n %% 3], h.id
                from bench_contract b
                join bench_councils h on h.k = b.n %% %d
              """
                  .formatted(
                      REFERENCE,
                      String.join("', '", SERVICES).replace("'s ", "''s "),
                      SERVICES.size(),
                      nc)));
      // Shares to four places that add to exactly 100: the host's and the other council's.
      rows.put(
          "contract_council",
          update(
              s,
              nc < 2
                  ? """
                    insert into commissioning.contract_council (contract_id, council_id, percent)
                    select b.id, h.id, 100 from bench_contract b join bench_councils h on h.k = 0
                    """
                  : """
                    insert into commissioning.contract_council (contract_id, council_id, percent)
                    select b.id, h.id,
                           case when b.n %% 4 = 0 then 100
                                else 40 + b.n %% 21 + (b.n %% 7) * 0.1375 end
                      from bench_contract b join bench_councils h on h.k = b.n %% %1$d
                    union all
                    select b.id, o.id, 60 - b.n %% 21 - (b.n %% 7) * 0.1375
                      from bench_contract b join bench_councils o on o.k = (b.n + 1) %% %1$d
                     where b.n %% 4 <> 0
                    """
                      .formatted(nc)));
      rows.put(
          "contract_provider",
          update(
              s,
              """
              insert into commissioning.contract_provider
                (contract_id, position, name, organisation_id, role)
              select b.id, 1, m.name, m.id, 'prime'
                from bench_contract b join bench_members m on m.k = b.n %% %1$d
              union all
              select b.id, 2, m.name, m.id, 'member'
                from bench_contract b join bench_members m on m.k = (b.n * 7 + 3) %% %1$d
               where b.n %% 3 = 0
              union all
              select b.id, 3, 'Bench subcontractor ' || (b.n %% 40 + 1), null, 'subcontractor'
                from bench_contract b
               where b.n %% 5 = 0
              """
                  .formatted(nm)));
      rows.put(
          "extension_option",
          update(
              s,
              """
              insert into commissioning.extension_option
                (contract_id, position, months, decide_by, state, decided_on)
              select b.id, p, 12,
                     d,
                     case when d < current_date then 'declined' else 'open' end,
                     case when d < current_date then d end
                from bench_contract b
               cross join generate_series(1, 2) p
               cross join lateral (select (make_date(b.start_year + b.term, 3, 31)
                                           - interval '6 months'
                                           + (p - 1) * interval '12 months')::date as d) x
               where b.n %% 3 <> 0 and p <= 1 + b.n %% 2
              """
                  .formatted()));
      rows.put(
          "contract_value",
          update(
              s,
              """
              insert into commissioning.contract_value (contract_id, financial_year, amount)
              select b.id, b.start_year + y, round(b.base * power(1.02, y), 2)
                from bench_contract b cross join generate_series(0, 6) y
               where y < b.term
              """));
      rows.put(
          "funding_source",
          update(
              s,
              """
              insert into commissioning.funding_source
                (contract_id, financial_year, kind, name, amount, council_id, level)
              select v.contract_id, v.financial_year, 'core-public-health-grant',
                     'Public health grant', round(v.amount * 0.8, 2), c.host_council_id,
                     'aligned-budgets'
                from commissioning.contract_value v
                join bench_contract b on b.id = v.contract_id
                join commissioning.contract c on c.id = b.id
              union all
              select v.contract_id, v.financial_year, 'named-grant',
                     'Drug and alcohol treatment and recovery improvement grant',
                     round(v.amount * 0.1, 2), null, 'single-agency'
                from commissioning.contract_value v
                join bench_contract b on b.id = v.contract_id
               where b.n %% 3 = 0
              """
                  .formatted()));

      progress.accept("  ledger: budgets, lines, allocations, spend and corrections");
      rows.put(
          "ledger_budget",
          update(
              s,
              """
              insert into commissioning.ledger_budget (financial_year, note)
              select y, 'Generated by bench-commissioning.'
                from generate_series(%d, %d) y
              on conflict (financial_year) do nothing
              """
                  .formatted(first, sizes.thisYear())));
      s.execute(
          """
          create temp table bench_line as
          select gen_random_uuid() as id, b.id as budget_id, b.financial_year as year, x.k,
                 x.name, x.allocation, x.ring_fenced
            from (%s) as x(k, name, allocation, ring_fenced)
            join commissioning.ledger_budget b on b.financial_year between %d and %d
          """
              .formatted(LINES, first, sizes.thisYear()));
      update(
          s,
          """
          insert into commissioning.ledger_line (id, budget_id, name, budget, ring_fenced, position)
          select id, budget_id, name, allocation * %d, ring_fenced, 100 + k from bench_line
          """
              .formatted(nm));
      rows.put("ledger_line", count(s, "bench_line"));
      long before = count(s, "commissioning.ledger_entry");
      update(
          s,
          """
          insert into commissioning.ledger_entry
            (line_id, member_id, kind, amount, entry_on, description, recorded_by_name)
          select l.id, m.id, 'allocation',
                 round(l.allocation * (90 + (m.k * 31 + l.k * 17 + l.year) %% 21) / 100.0, 2),
                 make_date(l.year, 4, 1), 'Share of the line for ' || l.year || '/'
                   || lpad(((l.year + 1) %% 100)::text, 2, '0'),
                 'bench-commissioning'
            from bench_line l cross join bench_members m
          """
              .formatted());
      update(
          s,
          """
          insert into commissioning.ledger_entry
            (line_id, member_id, kind, amount, entry_on, description, invoice_ref,
             recorded_by_name)
          select l.id, m.id, 'spend',
                 round(l.allocation / %1$d.0 * (80 + (m.k * 7 + l.k * 13 + mo * 5 + i * 3) %% 41)
                       / 100.0, 2),
                 on_day, 'Invoice ' || i || ' for ' || to_char(on_day, 'FMMonth YYYY'),
                 'INV-' || m.k || '-' || l.year || '-' || l.k || '-' || mo || '-' || i,
                 'bench-commissioning'
            from bench_line l
           cross join bench_members m
           cross join generate_series(0, 11) mo
           cross join generate_series(1, %2$d) i
           cross join lateral (select (make_date(l.year, 4, 1) + mo * interval '1 month'
                                       + (i * 7 - 4) * interval '1 day')::date as on_day) d
           where on_day <= current_date
          """
              .formatted(12 * INVOICES_A_MONTH, INVOICES_A_MONTH));
      // One invoice a member a year entered twice, say: the first of September's reversed.
      update(
          s,
          """
          insert into commissioning.ledger_entry
            (line_id, member_id, kind, corrects, amount, entry_on, description, invoice_ref,
             recorded_by_name)
          select e.line_id, e.member_id, e.kind, e.id, -e.amount, e.entry_on + 12,
                 'Invoice ' || e.invoice_ref || ' was entered twice: this reverses it',
                 e.invoice_ref, 'bench-commissioning'
            from commissioning.ledger_entry e
            join bench_line l on l.id = e.line_id and l.k = 1
           where e.kind = 'spend' and e.corrects is null
             and e.invoice_ref like '%-5-1' and e.entry_on + 12 <= current_date
          """);
      rows.put("ledger_entry", count(s, "commissioning.ledger_entry") - before);

      progress.accept("  options appraisal: scenarios, their actions and costs");
      s.execute(
          """
          create temp table bench_scenario as
          select k, gen_random_uuid() as id from generate_series(1, %d) k
          """
              .formatted(SCENARIOS));
      rows.put(
          "option_scenario",
          update(
              s,
              """
              insert into commissioning.option_scenario (id, name, description, first_year,
                last_year)
              select id, 'Bench scenario ' || k,
                     'Generated by bench-commissioning: %1$d contracts recommissioned.', %2$d, %3$d
                from bench_scenario
              """
                  .formatted(ACTIONS_A_SCENARIO, sizes.thisYear(), sizes.thisYear() + 4)));
      rows.put(
          "scenario_point",
          update(
              s,
              """
              insert into commissioning.scenario_point (scenario_id, kind, position, wording)
              select sc.id, kind, p, initcap(kind) || ' ' || p || ' of bench scenario ' || sc.k
                from bench_scenario sc
               cross join unnest(array['advantage', 'disadvantage', 'risk']) kind
               cross join generate_series(1, 5) p
              """));
      // Each scenario acts on the same contracts, in its own way: the comparison's worst case.
      s.execute(
          """
          create temp table bench_action as
          select gen_random_uuid() as id, sc.id as scenario_id, sc.k, b.id as contract_id, b.n,
                 b.base
            from bench_scenario sc
            join bench_contract b on b.n <= %d
          """
              .formatted(ACTIONS_A_SCENARIO));
      rows.put(
          "scenario_action",
          update(
              s,
              """
              insert into commissioning.scenario_action (id, scenario_id, contract_id, action,
                decide_by, new_end_on, note)
              select id, scenario_id, contract_id,
                     (array['extend', 'competitive', 'psr-direct-c', 'psr-most-suitable',
                            'negotiated', 'expire'])[1 + (n + k) %% 6],
                     make_date(%1$d, 9, 30) + (n %% 180),
                     make_date(%1$d + 1 + (n + k) %% 4, 3, 31),
                     'Bench action ' || n
                from bench_action
              """
                  .formatted(sizes.thisYear())));
      rows.put(
          "scenario_cost",
          update(
              s,
              """
              insert into commissioning.scenario_cost (action_id, financial_year, amount)
              select a.id, %1$d + y, round(a.base * (1 + 0.01 * a.k) * power(1.02, y), 2)
                from bench_action a cross join generate_series(0, 4) y
              """
                  .formatted(sizes.thisYear())));
      progress.accept("  ANALYZE");
      s.execute(
          "analyze commissioning.contract, commissioning.contract_council,"
              + " commissioning.contract_provider, commissioning.extension_option,"
              + " commissioning.contract_value, commissioning.funding_source,"
              + " commissioning.ledger_budget, commissioning.ledger_line, commissioning.ledger_entry,"
              + " commissioning.option_scenario, commissioning.scenario_action,"
              + " commissioning.scenario_cost, commissioning.scenario_point");
    }
    return new Generated(rows, BenchNode.seconds(started));
  }

  private static long update(Statement s, String sql) throws SQLException {
    return s.executeLargeUpdate(sql);
  }

  private static long count(Statement s, String table) throws SQLException {
    try (var r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
