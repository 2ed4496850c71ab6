package org.alliance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Gives some generated people five years of an asset-based plan, in SQL as {@link SupportData} does
 * (one statement per table): the plan, about 10 conversation entries, 8 people and places around
 * them, 20 goals in the adults' life domains with 2 or 3 steps each, 20 reviews spread over the
 * years with every goal rated at each (400 ratings, drifting upwards), 5 contributions, 12 TOP
 * recordings (start, then reviews) and attended contacts enough to make about 200. Workers are the
 * person's registering worker, so the plan and the record agree.
 */
final class PlanData {

  /** How many years of plan each person gets (less if they registered more recently). */
  static final int YEARS = 5;

  private final DataSource owner;
  private final Consumer<String> progress;

  PlanData(DataSource owner, Consumer<String> progress) {
    this.owner = owner;
    this.progress = progress;
  }

  /** Writes the plans of these people; returns rows written, by table. */
  Map<String, Long> generate(List<UUID> people) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("set synchronous_commit = off");
        s.execute("drop table if exists bench_plan");
      }
      try (PreparedStatement q =
          c.prepareStatement(
              """
              create temp table bench_plan as
              select row_number() over (order by p.id) as n, p.id, p.registered_by_member as member,
                     p.registered_by as worker,
                     greatest(cast(p.registered_at as date),
                              cast(current_date - interval '%d years' as date)) as started
                from support.person p
               where p.id = any(?) and not exists (select 1 from support.plan x where x.person_id = p.id)
              """
                  .formatted(YEARS))) {
        q.setArray(1, c.createArrayOf("uuid", people.toArray()));
        q.executeUpdate();
      }
      try (Statement s = c.createStatement()) {
        step(
            s,
            rows,
            "plan",
            """
            insert into support.plan (person_id, started_on, started_by, review_every_days)
            select id, started, worker, 91 from bench_plan
            """);
        step(
            s,
            rows,
            "plan_entry",
            """
            insert into support.plan_entry
              (person_id, stage, body, in_words_of, supporter, happened_on, label, written_by,
               written_by_member, written_at)
            select b.id,
                   (array['discover', 'discover', 'discover', 'dream', 'dream', 'design', 'design',
                          'deliver', 'deliver', 'deliver'])[g],
                   (array['Good at fixing bikes; mates bring theirs round.',
                          'Kept a tenancy going for three years before things went wrong.',
                          'Their sister says they never give up on people.',
                          'To have the grandchildren to stay at weekends.',
                          'A job outdoors, maybe with the parks team.',
                          'Sort out the rent arrears first, then the drinking.',
                          'Go to the recovery café on Thursdays.',
                          'Went with them to the housing office; arrears plan agreed.',
                          'Food bank voucher and a lift to the GP.',
                          'Introduced them to the peer mentor at the café.'])[g],
                   case when g = 3 then 'supporter' when g % 3 = 0 then 'worker' else 'person' end,
                   case when g = 3 then 'Their sister' end,
                   b.started + (g - 1) * 3,
                   case when g = 6 then 'mental-health' end,
                   b.worker, b.member, cast(b.started + (g - 1) * 3 as timestamp) + interval '10 hours'
              from bench_plan b cross join generate_series(1, 10) g
            """);
        step(
            s,
            rows,
            "plan_network_member",
            """
            insert into support.plan_network_member
              (person_id, name, kind, relationship, helps_with, closeness, still_around, added_by, added_at)
            select b.id,
                   (array['Mum', 'Sam', 'Jo', 'The recovery café', 'Dr Patel', 'Alex', 'The library',
                          'Chris'])[g],
                   (array['family', 'family', 'friend', 'place', 'professional', 'peer', 'place',
                          'friend'])[g],
                   (array['mother', 'sister', 'old schoolfriend', null, 'GP', 'peer mentor', null,
                          'neighbour'])[g],
                   (array['somewhere to go on Sundays', 'lifts and straight talking', 'football',
                          'company and coffee', 'prescriptions and check-ups', 'been there too',
                          'computers and quiet', 'keeps an eye out'])[g],
                   1 + g % 3, g <> 8, b.worker,
                   cast(b.started as timestamp) + interval '11 hours' + g * interval '1 minute'
              from bench_plan b cross join generate_series(1, 8) g
            """);
        step(
            s,
            rows,
            "plan_goal",
            """
            insert into support.plan_goal
              (person_id, domain_id, words, in_words_of, status, set_on, set_by, set_at)
            select b.id, d.ids[1 + (g - 1) % array_length(d.ids, 1)],
                   (array['Cut down to drinking two days a week', 'Get my teeth sorted',
                          'Sleep through the night', 'See the kids every weekend', 'Pay off the rent arrears',
                          'Do the food hygiene course', 'Open a bank account', 'Keep out of the police station',
                          'Go to the café on my own', 'Stop using on my own', 'Walk to the shops and back',
                          'Talk to someone when it gets bad', 'Ring my brother', 'Keep the flat tidy',
                          'Volunteer at the allotment', 'Budget for the whole month', 'Finish the probation order',
                          'Join the walking group', 'Stay dry for a month', 'Cook a proper meal twice a week'])[g],
                   case when g % 4 = 0 then 'worker' else 'person' end,
                   case when g <= 5 then 'achieved' when g <= 7 then 'paused' when g = 8 then 'let-go'
                        else 'working-on' end,
                   b.started + (g - 1), b.worker,
                   cast(b.started + (g - 1) as timestamp) + interval '12 hours'
              from bench_plan b
             cross join (select array_agg(id order by position) as ids from support.life_domain
                          where set_code = 'adults' and retired_at is null) d
             cross join generate_series(1, 20) g
            """);
        step(
            s,
            rows,
            "plan_goal_step",
            """
            insert into support.plan_goal_step
              (person_id, goal_id, words, helper_network, helper_worker, done_on, added_by, added_at)
            select x.person_id, x.id,
                   (array['Find out what is on offer', 'Ask for help with the form', 'Try it once and talk it over'])[st],
                   case when st = 2 then (select m.id from support.plan_network_member m
                                           where m.person_id = x.person_id
                                           order by m.added_at, m.id offset (x.k % 8) limit 1) end,
                   case when st = 1 then x.set_by end,
                   case when st < 3 or x.status = 'achieved' then x.set_on + 14 * st end,
                   x.set_by, x.set_at + st * interval '1 day'
              from (select g.*, row_number() over (partition by g.person_id order by g.set_at, g.id) as k
                      from support.plan_goal g join bench_plan b on b.id = g.person_id) x
             cross join lateral generate_series(1, 2 + (x.k % 2)::int) st
            """);
        step(
            s,
            rows,
            "plan_review",
            """
            insert into support.plan_review
              (person_id, reviewed_on, went_well, changed, in_words_of, reviewed_by, recorded_at)
            select b.id, b.started + r * (current_date - b.started) / 21,
                   (array['Kept every appointment this time.', 'Went to the café twice on their own.',
                          'Paid the first instalment of the arrears.', 'Saw the children at the weekend.'])[1 + r % 4],
                   case when r % 3 = 0 then 'Moved to the new flat; new GP to register with.' end,
                   case when r % 5 = 0 then 'worker' else 'person' end, b.worker,
                   cast(b.started + r * (current_date - b.started) / 21 as timestamp) + interval '15 hours'
              from bench_plan b cross join generate_series(1, 20) r
            """);
        step(
            s,
            rows,
            "plan_goal_rating",
            """
            insert into support.plan_goal_rating
              (person_id, goal_id, rated_on, score, rated_by, review_id, recorded_by, recorded_at)
            select g.person_id, g.id, r.reviewed_on,
                   least(10, greatest(1, 2 + floor(7.0 * r.k / 20 + random() * 3 - 1)::int)),
                   case when r.k % 5 = 0 then 'worker' else 'person' end, r.id, r.reviewed_by,
                   r.recorded_at
              from support.plan_goal g
              join (select v.*, row_number() over (partition by v.person_id order by v.reviewed_on) as k
                      from support.plan_review v join bench_plan b on b.id = v.person_id) r
                on r.person_id = g.person_id
            """);
        step(
            s,
            rows,
            "plan_contribution",
            """
            insert into support.plan_contribution
              (person_id, kind, happened_on, words, in_words_of, recorded_by, recorded_at)
            select b.id, (array['volunteering', 'peer-support', 'co-production', 'other', 'volunteering'])[g],
                   b.started + g * (current_date - b.started) / 6,
                   (array['Helped at the allotment open day.', 'Met a new member at the café and showed them round.',
                          'Sat on the panel that chose the new peer mentors.', 'Fixed bikes for the youth club.',
                          'Ran the Christmas lunch washing-up.'])[g],
                   'person', b.worker,
                   cast(b.started + g * (current_date - b.started) / 6 as timestamp) + interval '16 hours'
              from bench_plan b cross join generate_series(1, 5) g
            """);
        step(
            s,
            rows,
            "measure_recording (TOP)",
            """
            insert into support.measure_recording
              (person_id, version_id, stage, asked_on, answers, scores, member_id, recorded_by, recorded_at)
            select x.id, x.version, case when x.k = 0 then 'start' else 'review' end, x.asked,
                   (select jsonb_object_agg(i ->> 'code', %s)
                      from jsonb_array_elements(x.definition -> 'items') i),
                   '{}'::jsonb, x.member, x.worker, cast(x.asked as timestamp) + interval '14 hours'
              from (select b.*, k, k / 11.0 as f, t.id as version, t.definition,
                           b.started + k * (current_date - b.started) / 12 as asked
                      from bench_plan b
                     cross join generate_series(0, 11) k
                     cross join (select v.id, v.definition from support.measure_version v
                                   join support.measure m on m.id = v.measure_id
                                  where m.code = 'TOP' order by v.number desc limit 1) t) x
            """
                .formatted(topAnswer("x.f")));
        step(
            s,
            rows,
            "contact (attended, to about 200 a person)",
            """
            insert into support.contact
              (person_id, member_id, worker_id, mode, happens_at, outcome, summary, recorded_by, recorded_at)
            select b.id, b.member, b.worker,
                   (array['face-to-face', 'phone', 'video', 'outreach', 'group'])[1 + floor(random() * 5)::int],
                   x.at, 'attended',
                   (array['Talked through the week and what helped.', 'Reviewed the recovery plan together.',
                          'Checked in by phone; no new concerns.', 'Went with them to the housing appointment.',
                          'Group session on managing cravings.', 'Planned the next step towards work.',
                          'Talked about sleep and routine.', 'Followed up the missed appointment.'])[1 + floor(random() * 8)::int],
                   b.worker, x.at
              from bench_plan b
             cross join lateral (select count(*) as had from support.contact c where c.person_id = b.id) h
             cross join lateral generate_series(1, greatest(0, 200 - h.had)::int) g
             cross join lateral (select cast(b.started as timestamp) + interval '9 hours'
                                        + random() * (now() - cast(b.started as timestamp) - interval '1 day') + g * interval '0 s' as at) x
            """);
        s.executeUpdate(
            """
            update support.person p set last_contact_at = c.last
              from (select person_id, max(happens_at) as last from support.contact
                     where happens_at <= now() and person_id in (select id from bench_plan)
                     group by person_id) c
             where p.id = c.person_id
            """);
        s.execute("drop table bench_plan");
        s.execute(
            "analyze support.plan, support.plan_entry, support.plan_network_member,"
                + " support.plan_goal, support.plan_goal_step, support.plan_review,"
                + " support.plan_goal_rating, support.plan_contribution, support.measure_recording");
      }
    }
    return rows;
  }

  /**
   * One TOP answer, as a jsonb value, for an item {@code i} of the definition: days and ratings
   * drifting towards better as {@code progress} (0 to 1) grows, yes or no, amounts left unanswered.
   * The progress expression must name a column of the outer row, so that each row gets answers of
   * its own (a subquery naming none is worked out once).
   */
  static String topAnswer(String progress) {
    return """
        case (select sc ->> 'kind' from jsonb_array_elements(x.definition -> 'scales') sc
               where sc ->> 'code' = i ->> 'scale')
             when 'yes-no' then to_jsonb(case when random() < 0.4 * (1 - %1$s) then 'yes' else 'no' end)
             else case when i ->> 'scale' = 'days28'
                       then to_jsonb(floor(random() * 29 * case when i ->> 'better' = 'higher'
                                                                 then 0.2 + 0.8 * %1$s
                                                                 else 1 - 0.8 * %1$s end)::int)
                       when i ->> 'scale' = 'rating20'
                       then to_jsonb(least(20, floor(4 + 11 * %1$s + random() * 5))::int)
                       else 'null'::jsonb end end
        """
        .formatted(progress);
  }

  private void step(Statement s, Map<String, Long> rows, String what, String sql)
      throws SQLException {
    long started = System.nanoTime();
    int n = s.executeUpdate(sql);
    rows.merge(what.split(" ")[0], (long) n, Long::sum);
    progress.accept("  %s: %,d rows, %.1f s".formatted(what, n, BenchNode.seconds(started)));
  }

  /** Counts of a person's plan, to check the generator gave what it says. */
  static Map<String, Long> counts(Connection c, UUID person) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "plan_entry",
            "plan_network_member",
            "plan_goal",
            "plan_goal_step",
            "plan_review",
            "plan_goal_rating",
            "plan_contribution",
            "measure_recording",
            "contact")) {
      try (PreparedStatement q =
          c.prepareStatement("select count(*) from support." + table + " where person_id = ?")) {
        q.setObject(1, person);
        try (ResultSet r = q.executeQuery()) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
    }
    return counts;
  }
}
