package org.alliance.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What each workload asks of PostgreSQL, with nothing else: the support module's own queries,
 * copied here as text (the benchmark may not reach into the module), run over plain JDBC in one
 * transaction per request with the read's audit row, as the application runs them. Where the page
 * asks something for each person it lists (the access decision, the audit row), so does this. What
 * the application adds on top (HTTP, sessions, security, Thymeleaf, Spring's JDBC layer) is the
 * difference between the two.
 */
final class SupportSqlBaseline {

  // PersonAccess.facts: the person's registering member and newest consent, then the viewer's
  // active grants on the record.
  static final String FACTS =
      """
      select p.registered_by_member, c.id as consent_id, c.state, c.members, c.parts,
             c.given_on, c.expires_on, c.recorded_at
        from support.person p
        left join lateral (
              select id, state, members, parts, given_on, expires_on, recorded_at
                from support.consent c
               where c.person_id = p.id
               order by c.recorded_at desc, c.id
               limit 1) c on true
       where p.id = ?
      """;

  static final String GRANTS =
      """
      select id, kind, member_id, user_id, labels
        from support.access_grant
       where status = 'active'
         and starts_at <= now() and (ends_at is null or ends_at > now())
         and (user_id = ? or (user_id is null and member_id = ?))
         and person_id = any(array(
               select cast(? as uuid)
               union all
               select id from support.person where merged_into = ?
               union all
               select merged_into from support.person where id = ? and merged_into is not null))
         and (person_id = ? or kind = 'excluded')
      """;

  static final String AUDIT =
      """
      insert into audit.audit_event
        (actor_user_id, actor_username, actor_organisation_id, actor_organisation,
         action, subject_type, subject_id, person_id, reason, detail, client_address)
      values (?, ?, ?, 'bench', ?, 'person', ?, ?, null, ?, '127.0.0.1')
      """;

  // The record page (Records.open): who they are, consent history, grants, references, previous
  // names, episodes.
  static final List<String> SUMMARY =
      List.of(
          """
          select p.id, p.given_name, p.family_name, p.preferred_name, p.pronouns, p.date_of_birth, p.postcode,
                 p.nhs_number, p.languages, p.communication_needs, p.accessibility_needs,
                 p.registered_by_member, p.registered_at, p.last_contact_at, p.merged_into, p.version
            from support.person p where p.id = ?
          """,
          "select * from support.consent where person_id = ? order by recorded_at desc, id",
          "select g.* from support.access_grant g where g.person_id = ? order by g.requested_at desc, g.id",
          "select member_id, reference from support.member_reference where person_id = ? order by reference",
          "select given_name || ' ' || family_name from support.person_name where person_id = ? order by recorded_at",
          """
          select id, member_id, opened_on, open_reason, closed_on, close_reason, version
            from support.episode where person_id = ?
           order by opened_on desc, id
          """);

  /**
   * The record's latest 50 events (contacts and appointments, case notes, referrals) and its open
   * referrals, as a plain query would read them: the record page gains these from other work on
   * issue 13, so the application may not yet run them (the report says which it ran).
   */
  static final String LATEST_EVENTS =
      """
      (select 'contact' as kind, id, happens_at as at, member_id, mode as what, outcome as detail, label
         from support.contact where person_id = ? order by happens_at desc limit 50)
      union all
      (select 'note', id, written_at, member_id, null, body, label
         from support.case_note where person_id = ? order by written_at desc limit 50)
      union all
      (select 'referral', id, sent_at, from_member, status, note, null
         from support.referral where person_id = ? order by sent_at desc limit 50)
      order by at desc
      limit 50
      """;

  static final String OPEN_REFERRALS =
      """
      select id, to_service_id, to_member, status, sent_at, sent_by, basis, shared_labels, note
        from support.referral
       where person_id = ? and status in ('sent', 'accepted', 'started')
       order by sent_at desc
      """;

  /** The labels a practitioner with the registering member's standard grant reaches. */
  static final String[] LABELS = {
    "safeguarding", "sexual-health", "criminal-justice", "mental-health"
  };

  // The plan page (Plans.page through PlanReader): the plan's row, reviews, the network, goals
  // with their domains, then every goal's steps and ratings in one query each, the person,
  // conversation entries, contributions, first contact and first support. Labelled parts are
  // filtered by the viewer's labels in SQL, as LabelFilter does.
  // PlanReader.mergedWithPlans: halves merged into the record that keep a plan of their own.
  static final String PLAN_MERGED =
      """
      select p.id from support.person p
       where p.merged_into = ?
         and (exists (select 1 from support.plan x where x.person_id = p.id)
              or exists (select 1 from support.plan_goal g where g.person_id = p.id)
              or exists (select 1 from support.plan_entry e where e.person_id = p.id))
       order by p.registered_at, p.id
      """;

  static final String PLAN_SETTINGS =
      "select id, started_on, review_every_days, version from support.plan where person_id = ?";

  static final String PLAN_REVIEWS =
      "select * from support.plan_review where person_id = ?"
          + " order by reviewed_on desc, recorded_at desc, id";

  static final String PLAN_NETWORK =
      "select m.* from support.plan_network_member m where m.person_id = ?"
          + " and (m.label is null or m.label = any(cast(? as text[])))"
          + " order by m.still_around desc, m.closeness, m.added_at, m.id";

  static final String PLAN_GOALS =
      "select g.*, d.name as domain_name from support.plan_goal g"
          + " join support.life_domain d on d.id = g.domain_id"
          + " where g.person_id = ? and (g.label is null or g.label = any(cast(? as text[])))"
          + " order by g.set_at, g.id";

  static final String PLAN_STEPS =
      """
      select s.*, m.name as helper_name
        from support.plan_goal_step s
        left join support.plan_network_member m on m.id = s.helper_network
       where s.goal_id = any(?) and s.person_id = ?
       order by s.added_at, s.id
      """;

  static final String PLAN_RATINGS =
      """
      select r.id, r.goal_id, r.rated_on, r.score, r.rated_by, r.note
        from support.plan_goal_rating r
       where r.goal_id = any(?) and r.person_id = ?
       order by r.rated_on, r.recorded_at, r.id
      """;

  static final String PLAN_ENTRIES =
      "select e.* from support.plan_entry e where e.person_id = ?"
          + " and (e.label is null or e.label = any(cast(? as text[])))"
          + " order by e.happened_on, e.written_at, e.id";

  static final String PLAN_CONTRIBUTIONS =
      "select * from support.plan_contribution where person_id = ?"
          + " order by happened_on desc, recorded_at desc, id";

  static final String PLAN_FIRST_CONTACT =
      """
      select least(p.registered_at,
                   (select min(c.happens_at) from support.contact c
                     where c.person_id = p.id and c.outcome = 'attended'))
        from support.person p where p.id = ?
      """;

  static final String PLAN_FIRST_SUPPORT =
      "select happened_on from support.plan_entry"
          + " where person_id = ? and stage = 'deliver' order by happened_on limit 1";

  // "My plan" (MyPlans.read): OwnViews.find, its audit row, then OwnPlanReader's queries for the
  // person themself (every part, every label), with Withholding's condition on each kind of entry.
  // The application caches the names of members and workers (Organisations.name,
  // UserAccounts.displayName), so only the trusted individual's member is read each time.
  static final String OWN_VIEW =
      """
      select coalesce(p.merged_into, p.id) as person_id, a.relation, a.relationship, a.parts
        from support.person_account a
        join support.person p on p.id = a.person_id
       where a.user_id = ?
         and a.withdrawn_at is null
         and (a.ends_on is null or a.ends_on > ?)
      """;

  static final String OWN_NAME = "select given_name from support.person where id = ?";

  static final String OWN_WORDS =
      "select entry_id, words, written_as, written_at from support.own_words"
          + " where person_id = ? and entry_kind = ? order by written_at, id";

  static final String OWN_RATINGS =
      "select r.goal_id, r.rated_on, r.score, r.note from support.plan_goal_rating r"
          + " where r.person_id = ? order by r.rated_on, r.recorded_at, r.id";

  static final String OWN_GOALS =
      "select g.*, d.name as area from support.plan_goal g"
          + " join support.life_domain d on d.id = g.domain_id"
          + " where g.person_id = ? and (g.label is null or g.label = any(cast(? as text[])))"
          + " and "
          + shown("goal", "g.id")
          + " order by g.set_at, g.id";

  static final String OWN_NETWORK =
      "select m.* from support.plan_network_member m where m.person_id = ?"
          + " and m.still_around and (m.label is null or m.label = any(cast(? as text[])))"
          + " and "
          + shown("network", "m.id")
          + " order by m.closeness, m.added_at, m.id";

  static final String OWN_REVIEWS =
      "select r.* from support.plan_review r where r.person_id = ? and "
          + shown("review", "r.id")
          + " order by r.reviewed_on desc, r.recorded_at desc, r.id";

  static final String OWN_APPOINTMENTS =
      "select c.id, c.happens_at, c.mode, c.member_id from support.contact c"
          + " where c.person_id = ? and c.happens_at > now() and c.outcome is null"
          + " and (c.label is null or c.label = any(cast(? as text[])))"
          + " and "
          + shown("contact", "c.id")
          + " order by c.happens_at, c.id limit 10";

  static final String OWN_TRUSTED =
      "select user_id, member_id from support.trusted_individual"
          + " where person_id = ? and ended_at is null and accepted_at is not null";

  static final String OWN_MEMBER =
      "select id, name, type, relationship, charity_number, company_number, website, version"
          + " from organisation.organisation where id = ?";

  /** Withholding.shown, as its text. */
  private static String shown(String kind, String idColumn) {
    return "not exists (select 1 from support.withheld_entry w where w.entry_kind = '"
        + kind
        + "' and w.entry_id = "
        + idColumn
        + " and w.released_at is null)";
  }

  // Finder.SEARCH, verbatim (named parameters, bound by name below).
  static final String SEARCH =
      """
      select p.id, p.merged_into,
             greatest(similarity(lower(p.given_name || ' ' || p.family_name), coalesce(cast(:name as text), '')),
                      coalesce((select max(similarity(lower(n.given_name || ' ' || n.family_name), cast(:name as text)))
                                  from support.person_name n where n.person_id = p.id), 0)) as score
        from support.person p
       where (cast(:name as text) is null
              or lower(p.given_name || ' ' || p.family_name) % cast(:name as text)
              or (dmetaphone(p.family_name) = dmetaphone(cast(:family as text))
                  and (cast(:given as text) is null
                       or lower(p.given_name) like cast(:initial as text) || '%'
                       or dmetaphone(p.given_name) = dmetaphone(cast(:given as text))))
              or p.id = any(array(select n.person_id from support.person_name n
                           where lower(n.given_name || ' ' || n.family_name) % cast(:name as text)
                              or (dmetaphone(n.family_name) = dmetaphone(cast(:family as text))
                                  and (cast(:given as text) is null
                                       or lower(n.given_name) like cast(:initial as text) || '%'
                                       or dmetaphone(n.given_name) = dmetaphone(cast(:given as text)))))))
         and (cast(:dob as date) is null or p.date_of_birth = cast(:dob as date))
         and (cast(:postcode as text) is null or p.postcode = cast(:postcode as text))
         and (cast(:identifier as text) is null
              or p.nhs_number = cast(:identifier as text)
              or p.id = any(array(select r.person_id from support.member_reference r
                           where lower(r.reference) = lower(cast(:identifier as text)))))
       order by score desc, p.family_name, p.given_name, p.id
       limit :limit
      """;

  // Lists.caseload, verbatim: the /people page without a search runs it.
  static final String CASELOAD =
      """
      select p.id,
             coalesce((select c.outcome = 'did-not-attend' from support.contact c
                        where c.person_id = p.id and c.happens_at <= now() and c.outcome is not null
                        order by c.happens_at desc limit 1), false) as missed_last,
             (select min(c.happens_at) from support.contact c
               where c.person_id = p.id and c.happens_at > now() and c.outcome is null) as next_appointment
        from support.person p
       where p.merged_into is null
         and p.id = any(array(
               select r.id from support.person r where r.registered_by = ?
               union
               select t.person_id from support.trusted_individual t
                where t.user_id = ? and t.ended_at is null
               union
               select c.person_id from support.contact c
                where c.worker_id = ? and c.happens_at > now() - interval '180 days'))
       order by missed_last desc, coalesce(p.last_contact_at, p.registered_at), p.id
       limit 200
      """;

  // Finder.MATCHES, verbatim.
  static final String MATCHES =
      """
      select id, name_score, previous_score, family_sounds, dob_same, dob_swapped, postcode_same, nhs_same,
             0.45 * greatest(name_score, previous_score, case when family_sounds then 0.5 else 0 end)
             + case when dob_same then 0.3 when dob_swapped then 0.24 else 0 end
             + case when postcode_same then 0.15 else 0 end
             + case when nhs_same then 1 else 0 end as score
        from (
          select p.id,
                 similarity(lower(p.given_name || ' ' || p.family_name), cast(:name as text)) as name_score,
                 coalesce((select max(similarity(lower(n.given_name || ' ' || n.family_name), cast(:name as text)))
                             from support.person_name n where n.person_id = p.id), 0) as previous_score,
                 dmetaphone(p.family_name) = dmetaphone(cast(:family as text)) as family_sounds,
                 coalesce(p.date_of_birth = cast(:dob as date), false) as dob_same,
                 coalesce(p.date_of_birth = cast(:swapped as date), false) as dob_swapped,
                 coalesce(p.postcode = cast(:postcode as text), false) as postcode_same,
                 coalesce(p.nhs_number = cast(:nhs as text), false) as nhs_same
            from support.person p
           where p.merged_into is null
             and (lower(p.given_name || ' ' || p.family_name) % cast(:name as text)
                  or p.date_of_birth = cast(:dob as date)
                  or p.date_of_birth = cast(:swapped as date)
                  or p.nhs_number = cast(:nhs as text)
                  or p.id = any(array(select n.person_id from support.person_name n
                               where lower(n.given_name || ' ' || n.family_name) % cast(:name as text))))
        ) candidates
       where 0.45 * greatest(name_score, previous_score, case when family_sounds then 0.5 else 0 end)
             + case when dob_same then 0.3 when dob_swapped then 0.24 else 0 end
             + case when postcode_same then 0.15 else 0 end
             + case when nhs_same then 1 else 0 end >= 0.45
       order by score desc, id
       limit :limit
      """;

  /** Who is asking: a benchmark practitioner and their member. */
  record Viewer(UUID userId, String username, UUID memberId) {}

  /** A name and date of birth to find, as typed. */
  record Search(String name, LocalDate dateOfBirth) {

    String lower() {
      return name.toLowerCase(Locale.UK);
    }

    String family() {
      String[] words = name.split("\\s+");
      return words[words.length - 1];
    }

    String given() {
      String[] words = name.split("\\s+");
      return words.length > 1 ? words[0] : null;
    }

    String initial() {
      String given = given();
      if (given == null) {
        return null;
      }
      String bare = given.replace(".", "");
      return bare.length() == 1 ? bare.toLowerCase(Locale.UK) : null;
    }
  }

  /** Someone about to be registered, as typed. */
  record Typed(String given, String family, LocalDate dateOfBirth, String postcode) {

    LocalDate swapped() {
      LocalDate date = dateOfBirth;
      if (date == null
          || date.getDayOfMonth() > 12
          || date.getDayOfMonth() == date.getMonthValue()) {
        return null;
      }
      try {
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
  }

  /** One request's worth of SQL on a connection of its own, in a transaction that commits. */
  interface Work {
    void run(Connection c) throws SQLException;
  }

  private final DataSource owner;

  SupportSqlBaseline(DataSource owner) {
    this.owner = owner;
  }

  /** The record page: the access decision and its audit row, the summary, events, referrals. */
  static void record(Connection c, Viewer viewer, UUID person) throws SQLException {
    decide(c, viewer, person, "person.read", "record page");
    for (String sql : SUMMARY) {
      readAll(c, sql, person);
    }
    readAll(c, LATEST_EVENTS, person, person, person);
    readAll(c, OPEN_REFERRALS, person);
  }

  /**
   * The plan page: the access decision and its audit row, then the plan's parts as PlanReader reads
   * them (the journey chart is drawn from the goals' ratings, in Java).
   */
  static void plan(Connection c, Viewer viewer, UUID person) throws SQLException {
    decide(c, viewer, person, "person.read", "plan page");
    java.sql.Array labels = c.createArrayOf("text", LABELS);
    readAll(c, PLAN_SETTINGS, person);
    readAll(c, PLAN_REVIEWS, person);
    readAll(c, PLAN_NETWORK, person, labels);
    List<UUID> goals = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(PLAN_GOALS)) {
      bind(q, new Object[] {person, labels});
      try (ResultSet rows = q.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            rows.getObject(i);
          }
          goals.add(rows.getObject("id", UUID.class));
        }
      }
    }
    if (!goals.isEmpty()) {
      java.sql.Array ids = c.createArrayOf("uuid", goals.toArray());
      readAll(c, PLAN_STEPS, ids, person);
      readAll(c, PLAN_RATINGS, ids, person);
    }
    readAll(c, PLAN_MERGED, person);
    readAll(c, SUMMARY.get(0), person);
    readAll(c, PLAN_ENTRIES, person, labels);
    readAll(c, PLAN_CONTRIBUTIONS, person);
    readAll(c, PLAN_FIRST_CONTACT, person);
    readAll(c, PLAN_FIRST_SUPPORT, person);
  }

  /**
   * "My plan" for a person's own account: the own view (from the account, never an id from the
   * request) and its audit row, then the page's parts as OwnPlanReader reads them (the journey
   * chart is drawn from the goals' scores, in Java).
   */
  static void myPlan(Connection c, SupportSqlBaseline.Viewer account) throws SQLException {
    UUID person;
    try (PreparedStatement q = c.prepareStatement(OWN_VIEW)) {
      bind(
          q,
          new Object[] {
            account.userId(), java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
          });
      try (ResultSet rows = q.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("No own view for " + account.username());
        }
        person = rows.getObject("person_id", UUID.class);
        rows.getString("relation");
        rows.getString("relationship");
        rows.getArray("parts");
      }
    }
    audit(c, account, "person.own-view", person, "my plan; as self");
    java.sql.Array labels = c.createArrayOf("text", LABELS);
    readAll(c, OWN_NAME, person);
    readAll(c, OWN_WORDS, person, "goal");
    readAll(c, OWN_RATINGS, person);
    readAll(c, OWN_GOALS, person, labels);
    readAll(c, OWN_WORDS, person, "network");
    readAll(c, OWN_NETWORK, person, labels);
    readAll(c, OWN_WORDS, person, "review");
    readAll(c, OWN_REVIEWS, person);
    readAll(c, OWN_APPOINTMENTS, person, labels);
    UUID member = null;
    try (PreparedStatement q = c.prepareStatement(OWN_TRUSTED)) {
      bind(q, new Object[] {person});
      try (ResultSet rows = q.executeQuery()) {
        if (rows.next()) {
          rows.getObject("user_id", UUID.class);
          member = rows.getObject("member_id", UUID.class);
        }
      }
    }
    if (member != null) {
      readAll(c, OWN_MEMBER, member);
    }
  }

  /** Find by name and date of birth: the search, then each found person's decision and audit. */
  static void search(Connection c, Viewer viewer, Search s) throws SQLException {
    listed(c, viewer, ids(c, SEARCH, searchParams(s)), "search");
  }

  /** The caseload every /people page lists: the query and each listed person's decision. */
  static void caseload(Connection c, Viewer viewer) throws SQLException {
    List<UUID> found = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(CASELOAD)) {
      bind(q, new Object[] {viewer.userId(), viewer.userId(), viewer.userId()});
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getObject(1, UUID.class));
        }
      }
    }
    listed(c, viewer, found, "caseload");
  }

  /** Registration's match check: the match query, then each match's decision and audit. */
  static void matches(Connection c, Viewer viewer, Typed t) throws SQLException {
    try (java.sql.Statement threshold = c.createStatement()) {
      threshold.execute(
          "select set_config('pg_trgm.similarity_threshold', '0.66', true)"); // Finder's
    }
    listed(c, viewer, ids(c, MATCHES, matchParams(t)), "likely match at registration");
  }

  private static List<UUID> ids(Connection c, String named, Map<String, Object> params)
      throws SQLException {
    List<UUID> found = new ArrayList<>();
    try (PreparedStatement q = c.prepareStatement(jdbc(named))) {
      bind(q, positional(named, params));
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getObject(1, UUID.class));
        }
      }
    }
    return found;
  }

  private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]+)");

  /** A query with named parameters as JdbcClient takes it, in JDBC's question marks. */
  static String jdbc(String named) {
    return NAMED.matcher(named).replaceAll("?");
  }

  /** The values for a named query's question marks, in order. */
  static Object[] positional(String named, Map<String, Object> params) {
    List<Object> values = new ArrayList<>();
    Matcher m = NAMED.matcher(named);
    while (m.find()) {
      if (!params.containsKey(m.group(1))) {
        throw new IllegalArgumentException("No value for :" + m.group(1));
      }
      values.add(params.get(m.group(1)));
    }
    return values.toArray();
  }

  private static void listed(Connection c, Viewer viewer, List<UUID> people, String purpose)
      throws SQLException {
    for (UUID person : people) {
      decide(c, viewer, person, "person.listed", purpose);
    }
    if (!people.isEmpty()) {
      readAll(
          c,
          SUMMARY.get(0).replace("where p.id = ?", "where p.id = any(?)"),
          c.createArrayOf("uuid", people.toArray()));
    }
  }

  private static void decide(Connection c, Viewer viewer, UUID person, String action, String why)
      throws SQLException {
    readAll(c, FACTS, person);
    readAll(c, GRANTS, viewer.userId(), viewer.memberId(), person, person, person, person);
    audit(c, viewer, action, person, why);
  }

  private static void audit(Connection c, Viewer viewer, String action, UUID person, String why)
      throws SQLException {
    try (PreparedStatement audit = c.prepareStatement(AUDIT)) {
      bind(
          audit,
          new Object[] {
            viewer.userId(),
            viewer.username(),
            viewer.memberId(),
            action,
            person.toString(),
            person,
            why
          });
      audit.executeUpdate();
    }
  }

  private static void readAll(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, params);
      try (ResultSet rows = q.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            rows.getObject(i);
          }
        }
      }
    }
  }

  private static void bind(PreparedStatement q, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] == null) {
        q.setNull(i + 1, java.sql.Types.VARCHAR);
      } else {
        q.setObject(i + 1, params[i]);
      }
    }
  }

  /**
   * {@code clients} threads, each on its own connection, doing its own list of work round and round
   * for {@code seconds} after the first round of each has finished: the same concurrency as the
   * HTTP clients.
   */
  Latencies.Summary concurrently(List<List<Work>> perClient, double seconds) throws Exception {
    int clients = perClient.size();
    long[] window = new long[2];
    CyclicBarrier started =
        new CyclicBarrier(
            clients,
            () -> {
              window[0] = System.nanoTime();
              window[1] = window[0] + (long) (seconds * 1e9);
            });
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Latencies>> running = new ArrayList<>();
      for (List<Work> mine : perClient) {
        running.add(
            pool.submit(
                () -> {
                  try (Connection c = owner.getConnection()) {
                    c.setAutoCommit(false);
                    once(c, mine.get(0));
                    started.await();
                    Latencies times = new Latencies();
                    int i = 1;
                    for (long at = System.nanoTime(); at < window[1]; at = System.nanoTime()) {
                      String failure = once(c, mine.get(i++ % mine.size()));
                      if (failure == null) {
                        times.add(System.nanoTime() - at);
                      } else {
                        times.error(failure);
                      }
                    }
                    return times;
                  }
                }));
      }
      List<Latencies> parts = new ArrayList<>();
      for (Future<Latencies> part : running) {
        parts.add(part.get());
      }
      return Latencies.merge(parts).summary(seconds);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each piece of work once, in order, from one connection. */
  Latencies.Summary oneClient(List<Work> work) throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < Math.min(5, work.size()); i++) {
        once(c, work.get(i));
      }
      Latencies times = new Latencies();
      long began = System.nanoTime();
      for (Work w : work) {
        long at = System.nanoTime();
        String failure = once(c, w);
        if (failure == null) {
          times.add(System.nanoTime() - at);
        } else {
          times.error(failure);
        }
      }
      return times.summary(BenchNode.seconds(began));
    }
  }

  private static String once(Connection c, Work work) {
    try {
      work.run(c);
      c.commit();
      return null;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // The failure itself is what is reported.
      }
      return e.getMessage();
    }
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of a query with its parameters, for the report's appendix. */
  String explain(String named, Map<String, Object> params) throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement q = c.prepareStatement("explain (analyze, buffers) " + jdbc(named))) {
      bind(q, positional(named, params));
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  /** Finder.search's parameters for a name and date of birth (nothing else typed). */
  static Map<String, Object> searchParams(Search s) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", s.lower());
    p.put("family", s.family());
    p.put("given", s.given());
    p.put("initial", s.initial());
    p.put("dob", Date.valueOf(s.dateOfBirth()));
    p.put("postcode", null);
    p.put("identifier", null);
    p.put("limit", 25);
    return p;
  }

  /** Finder.likelyMatches's parameters. */
  static Map<String, Object> matchParams(Typed t) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", (t.given() + " " + t.family()).toLowerCase(Locale.UK));
    p.put("family", t.family());
    p.put("dob", t.dateOfBirth() == null ? null : Date.valueOf(t.dateOfBirth()));
    p.put("swapped", t.swapped() == null ? null : Date.valueOf(t.swapped()));
    p.put("postcode", t.postcode());
    p.put("nhs", null);
    p.put("limit", 5);
    return p;
  }
}
