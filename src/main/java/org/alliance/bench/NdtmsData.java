package org.alliance.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The national return's details for every generated episode, in SQL as {@link SupportData} does: an
 * agency code for each member that has none (BENCH1, BENCH2, ...), each person's NDTMS consent
 * (given by about 90%) with sex, ethnicity and sexuality, each episode's treatment details
 * (referred the day it opened, triaged two days later, a closed episode discharged with a reason),
 * a main substance (and a second for some), one modality, and a TOP in the month returned for about
 * a fifth of the people with an open episode. Every code is one valid in the month, taken from the
 * code lists the application loaded, so the extract is made of rows NDTMS would take. Episodes and
 * people that already have details (the demo's) are left as they are.
 */
final class NdtmsData {

  private final DataSource owner;
  private final Consumer<String> progress;

  NdtmsData(DataSource owner, Consumer<String> progress) {
    this.owner = owner;
    this.progress = progress;
  }

  /** Writes the details for the month's return; gives rows written, by table. */
  Map<String, Long> generate(List<UUID> members, YearMonth month) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("set synchronous_commit = off");
        s.execute("drop table if exists bench_codes");
      }
      try (PreparedStatement q =
          c.prepareStatement(
              """
              insert into support.ndtms_agency (member_id, agency_code)
              select m, 'BENCH' || i from unnest(?) with ordinality as x(m, i)
              on conflict (member_id) do nothing
              """)) {
        q.setArray(1, c.createArrayOf("uuid", members.toArray()));
        rows.put("ndtms_agency", (long) q.executeUpdate());
      }
      try (PreparedStatement q =
          c.prepareStatement(
              """
              create temp table bench_codes as
              select l.list_code,
                     array_agg(l.code order by l.code) as codes
                from support.ndtms_code l
               where l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)
               group by l.list_code
              """)) {
        q.setDate(1, Date.valueOf(month.atDay(1)));
        q.setDate(2, Date.valueOf(month.atEndOfMonth()));
        q.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        for (String list :
            List.of(
                "SEX",
                "ETHNIC",
                "SEXUAL",
                "RFLS",
                "INJSTAT",
                "PRNTSTAT",
                "DISRSN",
                "DRUG",
                "ROUTE",
                "MODAL",
                "MODSET",
                "MODEXIT")) {
          try (ResultSet r =
              s.executeQuery("select count(*) from bench_codes where list_code = '" + list + "'")) {
            r.next();
            if (r.getLong(1) == 0) {
              throw new IllegalStateException("No NDTMS " + list + " codes valid in " + month);
            }
          }
        }
        String codes =
            """
            cross join (select max(codes) filter (where list_code = 'SEX') as sex,
                               max(codes) filter (where list_code = 'ETHNIC') as ethnic,
                               max(codes) filter (where list_code = 'SEXUAL') as sexual,
                               max(codes) filter (where list_code = 'RFLS') as rfls,
                               max(codes) filter (where list_code = 'INJSTAT') as injstat,
                               max(codes) filter (where list_code = 'PRNTSTAT') as prntstat,
                               max(codes) filter (where list_code = 'DISRSN') as disrsn,
                               max(codes) filter (where list_code = 'DRUG') as drug,
                               max(codes) filter (where list_code = 'ROUTE') as route,
                               max(codes) filter (where list_code = 'MODAL') as modal,
                               max(codes) filter (where list_code = 'MODSET') as modset,
                               max(codes) filter (where list_code = 'MODEXIT') as modexit
                          from bench_codes) k
            """;
        step(
            s,
            rows,
            "ndtms_client",
            """
            insert into support.ndtms_client
              (person_id, consent, consent_on, sex, ethnicity, sexuality, updated_by)
            select p.id, case when random() < 0.9 then 'given' else 'refused' end,
                   cast(p.registered_at as date),
                   k.sex[1 + floor(random() * array_length(k.sex, 1))::int],
                   k.ethnic[1 + floor(random() * array_length(k.ethnic, 1))::int],
                   k.sexual[1 + floor(random() * array_length(k.sexual, 1))::int],
                   p.registered_by
              from support.person p
            """
                + codes
                + """
             where exists (select 1 from support.episode e where e.person_id = p.id)
            on conflict (person_id) do nothing
            """);
        step(
            s,
            rows,
            "ndtms_episode",
            """
            insert into support.ndtms_episode
              (episode_id, person_id, referred_on, referral_source, triaged_on, care_plan_on,
               injecting_status, parental_status, discharged_on, discharge_reason, updated_by)
            select e.id, e.person_id, e.opened_on,
                   k.rfls[1 + floor(random() * array_length(k.rfls, 1))::int],
                   e.opened_on + 2,
                   case when e.opened_on + 14 <= coalesce(e.closed_on, current_date) then e.opened_on + 14 end,
                   k.injstat[1 + floor(random() * array_length(k.injstat, 1))::int],
                   k.prntstat[1 + floor(random() * array_length(k.prntstat, 1))::int],
                   e.closed_on,
                   case when e.closed_on is not null
                        then k.disrsn[1 + floor(random() * array_length(k.disrsn, 1))::int] end,
                   e.opened_by
              from support.episode e
            """
                + codes
                + """
             where not exists (select 1 from support.ndtms_episode n where n.episode_id = e.id)
            """);
        step(
            s,
            rows,
            "ndtms_substance",
            """
            insert into support.ndtms_substance (episode_id, person_id, rank, substance, age_first_used, route)
            select x.episode_id, x.person_id, r,
                   k.drug[1 + (x.d + r - 1) % array_length(k.drug, 1)],
                   case when r = 1 then 12 + x.d % 20 end,
                   case when r = 1 then k.route[1 + floor(random() * array_length(k.route, 1))::int] end
              from (select n.episode_id, n.person_id, floor(random() * 1000)::int as d,
                           case when random() < 0.4 then 2 else 1 end as ranks
                      from support.ndtms_episode n
                     where not exists (select 1 from support.ndtms_substance s where s.episode_id = n.episode_id)) x
            """
                + codes
                + """
             cross join lateral generate_series(1, x.ranks) r
            """);
        step(
            s,
            rows,
            "ndtms_modality",
            """
            insert into support.ndtms_modality
              (episode_id, person_id, modality, referred_on, first_offered_on, started_on,
               ended_on, exit_status, setting, updated_by)
            select n.episode_id, n.person_id,
                   k.modal[1 + floor(random() * array_length(k.modal, 1))::int],
                   n.triaged_on, n.triaged_on + 3,
                   case when n.triaged_on + 5 <= coalesce(n.discharged_on, current_date) then n.triaged_on + 5 end,
                   n.discharged_on,
                   case when n.discharged_on is not null
                        then k.modexit[1 + floor(random() * array_length(k.modexit, 1))::int] end,
                   k.modset[1 + floor(random() * array_length(k.modset, 1))::int],
                   n.updated_by
              from support.ndtms_episode n
            """
                + codes
                + """
             where not exists (select 1 from support.ndtms_modality m where m.episode_id = n.episode_id)
            """);
      }
      try (PreparedStatement q =
          c.prepareStatement(
              """
              insert into support.measure_recording
                (person_id, version_id, stage, asked_on, answers, scores, member_id, recorded_by, recorded_at)
              select x.person_id, x.version, case when x.opened_on >= x.first then 'start' else 'review' end,
                     x.asked,
                     (select jsonb_object_agg(i ->> 'code', %s)
                        from jsonb_array_elements(x.definition -> 'items') i),
                     '{}'::jsonb, x.member_id, x.opened_by, cast(x.asked as timestamp) + interval '14 hours'
                from (select e.person_id, e.member_id, e.opened_by, e.opened_on, t.id as version,
                             t.definition, m.first, random() as f,
                             greatest(e.opened_on, m.first)
                               + floor(random() * (m.last - greatest(e.opened_on, m.first) + 1))::int as asked
                        from support.episode e
                       cross join (select cast(? as date) as first, cast(? as date) as last) m
                       cross join (select v.id, v.definition from support.measure_version v
                                     join support.measure mm on mm.id = v.measure_id
                                    where mm.code = 'TOP' order by v.number desc limit 1) t
                       where e.opened_on <= m.last and (e.closed_on is null or e.closed_on >= m.first)
                         and random() < 0.2) x
              """
                  .formatted(PlanData.topAnswer("x.f")))) {
        q.setDate(1, Date.valueOf(month.atDay(1)));
        q.setDate(2, Date.valueOf(month.atEndOfMonth()));
        long started = System.nanoTime();
        int n = q.executeUpdate();
        rows.put("measure_recording", (long) n);
        progress.accept(
            "  measure_recording (TOP in %s): %,d rows, %.1f s"
                .formatted(month, n, BenchNode.seconds(started)));
      }
      try (Statement s = c.createStatement()) {
        s.execute("drop table bench_codes");
        s.execute(
            "analyze support.ndtms_agency, support.ndtms_client, support.ndtms_episode,"
                + " support.ndtms_substance, support.ndtms_modality, support.measure_recording");
      }
    }
    return rows;
  }

  private void step(Statement s, Map<String, Long> rows, String what, String sql)
      throws SQLException {
    long started = System.nanoTime();
    int n = s.executeUpdate(sql);
    rows.put(what, (long) n);
    progress.accept("  %s: %,d rows, %.1f s".formatted(what, n, BenchNode.seconds(started)));
  }
}
