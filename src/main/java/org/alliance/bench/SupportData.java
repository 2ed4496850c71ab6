package org.alliance.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Generates the support module's people and their histories in SQL, inside PostgreSQL
 * (generate_series, one statement per table), so that 10 million contacts take minutes rather than
 * hours. Shapes follow a real alliance: names drawn unevenly from varied lists, dates of birth from
 * 1940 to 2012, postcodes in the fictional BK area, people spread over the members with their
 * registering member's standard grant, consent for most, contacts skewed (a few people with
 * hundreds), referrals in every status, some case notes, previous names and member references.
 *
 * <p>Random choices use PostgreSQL's random() after setseed, so a seed gives much the same data,
 * though not byte for byte (rows may be generated in a different order).
 */
final class SupportData {

  /**
   * People each worker is keyworker for, over the years the data spans: the number of workers at
   * each member follows from it (at least ten), so a caseload stays a caseload at any scale.
   */
  static final int KEYWORKED = 50;

  /** Share of people with hundreds of contacts, and how many times the mean they have. */
  private static final double HEAVY_SHARE = 0.02;

  private static final double HEAVY_TIMES_MEAN = 11.25;

  private static final List<String> BULK_TABLES = List.of("contact", "case_note", "referral");

  /** What to generate. */
  record Sizes(int people, long contacts, long referrals, long caseNotes) {}

  /**
   * One of the benchmark's practitioners: the member they work at, by its place in the list. Each
   * takes a fictional worker's place, with that worker's people and contacts as their caseload.
   */
  record Worker(UUID userId, int memberIndex) {}

  /** What was generated and how long it took. */
  record Generated(
      Map<String, Long> rows, double seconds, double analyzeSeconds, double indexSeconds) {}

  private final DataSource owner;
  private final Consumer<String> progress;

  SupportData(DataSource owner, Consumer<String> progress) {
    this.owner = owner;
    this.progress = progress;
  }

  Generated generate(Sizes sizes, List<UUID> members, List<Worker> practitioners, long seed)
      throws SQLException {
    long started = System.nanoTime();
    double indexSeconds;
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("set maintenance_work_mem = '256MB'");
      s.execute("set synchronous_commit = off");
      // setseed takes a number from -1 to 1.
      s.execute("select setseed(" + ((seed % 1000) / 1000.0) + ")");
      lists(c, members, practitioners, sizes.people());
      double personMean = (double) sizes.contacts() / sizes.people();
      double heavyMean = HEAVY_TIMES_MEAN * personMean;
      double restMean = (personMean - HEAVY_SHARE * heavyMean) / (1 - HEAVY_SHARE);
      step(
          s,
          "people to generate",
          String.format(
              java.util.Locale.ROOT,
              """
          create temp table bench_person as
          select g as n, gen_random_uuid() as id, (g %% l.nm) as m,
                 case when random() < %f
                      then floor(%f * (0.4 + 1.2 * random()))::int
                      else floor(-ln(1 - random()) * %f)::int end as contacts,
                 floor(random() * (2 * %f + 1))::int as referrals,
                 floor(random() * (2 * %f + 1))::int as notes,
                 now() - random() * interval '6 years' as registered_at,
                 floor(random() * l.nw)::int as k
            from generate_series(1, %d) g cross join bench_lists l
          """,
              HEAVY_SHARE,
              heavyMean,
              restMean,
              (double) sizes.referrals() / sizes.people(),
              (double) sizes.caseNotes() / sizes.people(),
              sizes.people()));
      s.execute("alter table bench_person add primary key (n)");
      Map<String, String> dropped = dropBulkIndexes(s);
      step(
          s,
          "person",
          """
          insert into support.person
            (id, given_name, family_name, preferred_name, date_of_birth, postcode, nhs_number,
             languages, registered_by_member, registered_by, registered_at, updated_at)
          select b.id,
                 l.given[1 + floor(l.ng * power(random(), 1.7))::int],
                 l.family[1 + floor(l.nf * power(random(), 1.7))::int],
                 case when random() < 0.05 then l.given[1 + floor(random() * l.ng)::int] end,
                 case when random() < 0.99
                      then date '1940-01-01' + floor(random() * (date '2012-12-31' - date '1940-01-01' + 1))::int end,
                 case when random() < 0.92
                      then 'BK' || (1 + floor(random() * 6))::int || floor(random() * 10)::int
                           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1)
                           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + floor(random() * 20)::int, 1) end,
                 case when random() < 0.4 then '4' || lpad(b.n::text, 9, '0') end,
                 case when random() < 0.08
                      then (array['Polish', 'Urdu', 'Punjabi', 'Romanian', 'Arabic', 'Somali', 'Portuguese'])[1 + floor(random() * 7)::int] end,
                 l.members[b.m + 1],
                 l.workers[b.m * l.nw + b.k + 1],
                 b.registered_at, b.registered_at
            from bench_person b cross join bench_lists l
          """);
      step(
          s,
          "person_name",
          """
          insert into support.person_name (person_id, given_name, family_name, kind, recorded_at)
          select p.id, p.given_name, l.family[1 + floor(random() * l.nf)::int],
                 case when random() < 0.8 then 'previous' else 'alias' end, p.registered_at
            from support.person p cross join bench_lists l
           where random() < 0.05
          """);
      step(
          s,
          "member_reference",
          """
          insert into support.member_reference (person_id, member_id, reference)
          select b.id, l.members[b.m + 1], 'CM-' || lpad(b.n::text, 7, '0')
            from bench_person b cross join bench_lists l
           where random() < 0.3
          """);
      step(
          s,
          "access_grant",
          """
          insert into support.access_grant
            (person_id, kind, member_id, labels, status, starts_at, requested_at, reason)
          select b.id, 'standard', l.members[b.m + 1],
                 array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'],
                 'active', b.registered_at, b.registered_at, 'Registered the person'
            from bench_person b cross join bench_lists l
          union all
          select b.id, 'standard', l.members[(b.m + 1) % l.nm + 1],
                 array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'],
                 'active', b.registered_at, b.registered_at,
                 'Referred by a partner'
            from bench_person b cross join bench_lists l
           where b.n % 10 = 9 and l.nm > 1
          """);
      step(
          s,
          "consent",
          """
          insert into support.consent
            (person_id, state, members, parts, given_on, recorded_by, recorded_by_member, recorded_at, note)
          -- People seen at a second member were referred there with their consent.
          select x.id, x.state, null,
                 case when x.state = 'given' and random() < 0.2 then array['mental-health'] else '{}' end,
                 x.registered_at::date, l.workers[x.m * l.nw + 1], l.members[x.m + 1], x.registered_at,
                 'Asked at registration'
            from (select b.*, case when r < 0.8 or b.n % 10 = 9 then 'given' when r < 0.9 then 'refused' end as state
                    from (select bench_person.*, random() as r from bench_person) b) x
            cross join bench_lists l
           where x.state is not null
          """);
      step(
          s,
          "episode",
          """
          insert into support.episode
            (person_id, member_id, opened_on, open_reason, opened_by, closed_on, close_reason)
          select b.id, l.members[b.m + 1], b.registered_at::date, 'Registered',
                 l.workers[b.m * l.nw + 1],
                 case when b.n % 10 < 3 then least(current_date, b.registered_at::date + (30 + b.n % 300)) end,
                 case when b.n % 10 < 3 then 'Finished treatment' end
            from bench_person b cross join bench_lists l
          union all
          select b.id, l.members[(b.m + 1) % l.nm + 1], b.registered_at::date + 7, 'Referred by a partner',
                 l.workers[((b.m + 1) % l.nm) * l.nw + 1], null, null
            from bench_person b cross join bench_lists l
           where b.n % 10 = 9 and l.nm > 1
          """);
      step(
          s,
          "contact",
          """
          insert into support.contact
            (person_id, member_id, worker_id, mode, happens_at, outcome, label, summary, recorded_by, recorded_at)
          select x.id, l.members[x.cm + 1], x.worker,
                 (array['face-to-face', 'phone', 'video', 'outreach', 'group'])[1 + floor(random() * 5)::int],
                 x.at,
                 case when x.at > now() then null
                      when x.r < 0.78 then 'attended' when x.r < 0.9 then 'did-not-attend'
                      when x.r < 0.96 then 'cancelled-by-person' else 'cancelled-by-service' end,
                 case when random() < 0.05
                      then (array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'])[1 + floor(random() * 4)::int] end,
                 (array['Talked through the week and what helped.', 'Reviewed the recovery plan together.',
                        'Checked in by phone; no new concerns.', 'Went with them to the housing appointment.',
                        'Group session on managing cravings.', 'Planned the next step towards work.',
                        'Talked about sleep and routine.', 'Followed up the missed appointment.'])[1 + floor(random() * 8)::int],
                 x.worker, least(x.at, now())
            from (select b.id, cm,
                         l2.workers[cm * l2.nw + 1
                                    + case when cm = b.m and random() < 0.85 then b.k
                                           else floor(random() * l2.nw)::int end] as worker,
                         greatest(b.registered_at, now() + interval '30 days' - random() * interval '5 years') as at,
                         random() as r
                    from bench_person b
                    cross join bench_lists l2
                    cross join lateral generate_series(1, b.contacts) g
                    cross join lateral (select case when b.n % 10 = 9 and l2.nm > 1 and random() < 0.3 + 0 * g
                                                    then (b.m + 1) % l2.nm else b.m end as cm) c) x
            cross join bench_lists l
          """);
      step(
          s,
          "case_note",
          """
          insert into support.case_note (person_id, member_id, author_id, label, body, written_at)
          select b.id, l.members[b.m + 1], l.workers[b.m * l.nw + 1 + floor(random() * l.nw)::int],
                 case when random() < 0.1
                      then (array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'])[1 + floor(random() * 4)::int] end,
                 (array['Settled in the new flat; rent arrears plan agreed with the landlord.',
                        'Said they want to cut down rather than stop; agreed a drinking diary.',
                        'Missed two appointments; will try a phone call next week.',
                        'Started the recovery group and found it helpful.',
                        'Worried about a family member; talked through who to call.'])[1 + floor(random() * 5)::int],
                 greatest(b.registered_at, now() - random() * interval '5 years')
            from bench_person b cross join bench_lists l cross join lateral generate_series(1, b.notes) g
          """);
      step(
          s,
          "referral",
          """
          insert into support.referral
            (person_id, from_member, sent_by, sent_at, to_service_id, to_member, status, basis,
             override_reason, shared_labels, note, decline_reason, updated_at)
          select x.id, l.members[x.m + 1], l.workers[x.m * l.nw + 1 + floor(random() * l.nw)::int], x.at,
                 case when not (x.g % 3 = 0 and x.g <= 3 * (l.nm - 1))
                      then 'bench-service-' || ((x.n * 7 + x.g * 13) % 4000) end,
                 case when x.g % 3 = 0 and x.g <= 3 * (l.nm - 1)
                      then l.members[(x.m + x.g / 3) % l.nm + 1] end,
                 x.status,
                 case when x.r2 < 0.95 then 'consent' else 'override' end,
                 case when x.r2 >= 0.95 then 'Immediate risk to their safety' end,
                 case when random() < 0.1 then array['mental-health'] else '{}' end,
                 'Referred for support with ' || (array['housing', 'alcohol', 'drugs', 'employment', 'mental health'])[1 + floor(random() * 5)::int],
                 case when x.status = 'declined' then 'Outside the service''s area' end,
                 x.at
            from (select b.n, b.id, b.m, g, random() as r2,
                         greatest(b.registered_at, now() - random() * interval '5 years') as at,
                         (array['sent', 'accepted', 'declined', 'started', 'started', 'completed',
                                'completed', 'completed', 'completed', 'withdrawn'])[1 + floor(random() * 10)::int] as status
                    from bench_person b cross join lateral generate_series(1, b.referrals) g) x
            cross join bench_lists l
          """);
      step(
          s,
          "last contact of each person",
          """
          update support.person p set last_contact_at = c.last
            from (select person_id, max(happens_at) as last from support.contact
                   where happens_at <= now() group by person_id) c
           where p.id = c.person_id
          """);
      long indexStarted = System.nanoTime();
      for (Map.Entry<String, String> index : dropped.entrySet()) {
        progress.accept("  index " + index.getKey());
        s.execute(index.getValue());
      }
      indexSeconds = BenchNode.seconds(indexStarted);
      s.execute("drop table bench_person");
      s.execute("drop table bench_lists");
    }
    double seconds = BenchNode.seconds(started);
    long analyzeStarted = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      progress.accept("  analyze");
      s.execute("analyze");
      for (String table :
          List.of(
              "person",
              "person_name",
              "member_reference",
              "consent",
              "access_grant",
              "episode",
              "contact",
              "case_note",
              "referral")) {
        try (ResultSet r = s.executeQuery("select count(*) from support." + table)) {
          r.next();
          rows.put(table, r.getLong(1));
        }
      }
    }
    return new Generated(rows, seconds, BenchNode.seconds(analyzeStarted), indexSeconds);
  }

  /** The name lists, members and workers, as one row of arrays the inserts index into. */
  private static void lists(
      Connection c, List<UUID> members, List<Worker> practitioners, int people)
      throws SQLException {
    int perMember = workersPerMember(people, members.size());
    List<UUID> workers = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      for (int w = 0; w < perMember; w++) {
        workers.add(UUID.nameUUIDFromBytes(("bench-worker-" + m + "-" + w).getBytes()));
      }
    }
    // Each practitioner also works with people at their member, as its first workers.
    int[] next = new int[members.size()];
    for (Worker p : practitioners) {
      int slot = next[p.memberIndex()]++;
      if (slot < perMember) {
        workers.set(p.memberIndex() * perMember + slot, p.userId());
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "create temp table bench_lists (given text[], family text[], members uuid[], workers uuid[],"
              + " ng int, nf int, nm int, nw int)");
    }
    try (PreparedStatement insert =
        c.prepareStatement("insert into bench_lists values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setArray(1, c.createArrayOf("text", PersonNames.GIVEN.toArray()));
      insert.setArray(2, c.createArrayOf("text", PersonNames.FAMILY.toArray()));
      Array memberArray = c.createArrayOf("uuid", members.toArray());
      insert.setArray(3, memberArray);
      insert.setArray(4, c.createArrayOf("uuid", workers.toArray()));
      insert.setInt(5, PersonNames.GIVEN.size());
      insert.setInt(6, PersonNames.FAMILY.size());
      insert.setInt(7, members.size());
      insert.setInt(8, perMember);
      insert.executeUpdate();
    }
  }

  /** Workers at each member, so that each is keyworker for about {@link #KEYWORKED} people. */
  static int workersPerMember(int people, int members) {
    return Math.max(10, people / (members * KEYWORKED));
  }

  /**
   * Drops the secondary indexes of the biggest tables (kept: primary keys and constraints), to be
   * made again once the rows are in: building an index once is far quicker than keeping it up to
   * date through millions of inserts. Returns each index's definition, as PostgreSQL gives it.
   */
  private Map<String, String> dropBulkIndexes(Statement s) throws SQLException {
    Map<String, String> definitions = new LinkedHashMap<>();
    for (String table : BULK_TABLES) {
      try (ResultSet r =
          s.executeQuery(
              """
              select i.indexname, i.indexdef from pg_indexes i
               where i.schemaname = 'support' and i.tablename = '%s'
                 and not exists (select 1 from pg_constraint k
                                  where k.conname = i.indexname and k.connamespace = 'support'::regnamespace)
              """
                  .formatted(table))) {
        while (r.next()) {
          definitions.put(r.getString(1), r.getString(2));
        }
      }
    }
    for (String index : definitions.keySet()) {
      s.execute("drop index support." + index);
    }
    return definitions;
  }

  private void step(Statement s, String what, String sql) throws SQLException {
    long started = System.nanoTime();
    int rows = s.executeUpdate(sql);
    progress.accept("  %s: %,d rows, %.1f s".formatted(what, rows, BenchNode.seconds(started)));
  }
}
