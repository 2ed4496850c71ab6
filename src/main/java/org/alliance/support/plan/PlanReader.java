package org.alliance.support.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's parts for a record opened through {@code PersonAccess}: every query takes the
 * {@link RecordAccess}, and labelled parts (conversation entries, network, goals with their steps
 * and ratings) are filtered by its labels in SQL. A whole plan is a handful of queries, however
 * many goals and ratings it holds.
 */
@Component
class PlanReader {

  private final JdbcClient jdbc;
  private final UserAccounts users;

  PlanReader(JdbcClient jdbc, UserAccounts users) {
    this.jdbc = jdbc;
    this.users = users;
  }

  /**
   * Records of the person merged into this one that hold a plan of their own: a merge rewrites
   * nothing, so a half's plan stays on the half, and the survivor's page points to it.
   */
  List<UUID> mergedWithPlans(RecordAccess opened) {
    return jdbc.sql(
            """
            select p.id from support.person p
             where p.merged_into = :person
               and (exists (select 1 from support.plan x where x.person_id = p.id)
                    or exists (select 1 from support.plan_goal g where g.person_id = p.id)
                    or exists (select 1 from support.plan_entry e where e.person_id = p.id))
             order by p.registered_at, p.id
            """)
        .param("person", opened.personId())
        .query(UUID.class)
        .list();
  }

  Optional<PlanSettings> settings(RecordAccess opened) {
    return jdbc.sql(
            "select id, started_on, review_every_days, version from support.plan"
                + " where person_id = :person")
        .param("person", opened.personId())
        .query(
            (rs, n) ->
                new PlanSettings(
                    rs.getObject("id", UUID.class),
                    rs.getObject("started_on", LocalDate.class),
                    rs.getInt("review_every_days"),
                    rs.getInt("version")))
        .optional();
  }

  List<Entry> entries(RecordAccess opened) {
    Names names = new Names();
    return jdbc.sql(
            "select e.* from support.plan_entry e where e.person_id = :person and "
                + LabelFilter.visible("e")
                + " order by e.happened_on, e.written_at, e.id")
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query((rs, n) -> entry(rs, names))
        .list();
  }

  Optional<Entry> entry(RecordAccess opened, UUID id) {
    Names names = new Names();
    return jdbc.sql(
            "select e.* from support.plan_entry e where e.id = :id and e.person_id = :person and "
                + LabelFilter.visible("e"))
        .param("id", id)
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query((rs, n) -> entry(rs, names))
        .optional();
  }

  List<NetworkMember> network(RecordAccess opened) {
    return jdbc.sql(
            "select m.* from support.plan_network_member m where m.person_id = :person and "
                + LabelFilter.visible("m")
                + " order by m.still_around desc, m.closeness, m.added_at, m.id")
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query(PlanReader::member)
        .list();
  }

  Optional<NetworkMember> member(RecordAccess opened, UUID id) {
    return jdbc.sql(
            "select m.* from support.plan_network_member m where m.id = :id"
                + " and m.person_id = :person and "
                + LabelFilter.visible("m"))
        .param("id", id)
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query(PlanReader::member)
        .optional();
  }

  /** Every goal the viewer's labels reach, oldest first, each with its steps and ratings. */
  List<Goal> goals(RecordAccess opened) {
    return goals(opened, null);
  }

  Optional<Goal> goal(RecordAccess opened, UUID id) {
    return goals(opened, id).stream().findFirst();
  }

  private List<Goal> goals(RecordAccess opened, UUID only) {
    Names names = new Names();
    List<Goal> goals =
        jdbc.sql(
                "select g.*, d.name as domain_name from support.plan_goal g"
                    + " join support.life_domain d on d.id = g.domain_id"
                    + " where g.person_id = :person and "
                    + LabelFilter.visible("g")
                    + " and (cast(:only as uuid) is null or g.id = :only)"
                    + " order by g.set_at, g.id")
            .param("person", opened.personId())
            .param("labels", LabelFilter.labels(opened))
            .param("only", only)
            .query((rs, n) -> goal(rs, names))
            .list();
    if (goals.isEmpty()) {
      return goals;
    }
    Map<UUID, List<Step>> steps = new HashMap<>();
    Map<UUID, List<Rating>> ratings = new HashMap<>();
    UUID[] ids = goals.stream().map(Goal::id).toArray(UUID[]::new);
    jdbc.sql(
            """
            select s.*, m.name as helper_name
              from support.plan_goal_step s
              left join support.plan_network_member m on m.id = s.helper_network
             where s.goal_id = any(:ids) and s.person_id = :person
             order by s.added_at, s.id
            """)
        .param("ids", ids)
        .param("person", opened.personId())
        .query(
            (rs, n) -> {
              UUID worker = rs.getObject("helper_worker", UUID.class);
              String helper =
                  worker != null ? names.of(worker) + " (worker)" : rs.getString("helper_name");
              Step step =
                  new Step(
                      rs.getObject("id", UUID.class),
                      rs.getObject("goal_id", UUID.class),
                      rs.getString("words"),
                      helper,
                      rs.getObject("done_on", LocalDate.class),
                      rs.getInt("version"));
              steps.computeIfAbsent(step.goalId(), g -> new ArrayList<>()).add(step);
              return step;
            })
        .list();
    jdbc.sql(
            """
            select r.id, r.goal_id, r.rated_on, r.score, r.rated_by, r.note
              from support.plan_goal_rating r
             where r.goal_id = any(:ids) and r.person_id = :person
             order by r.rated_on, r.recorded_at, r.id
            """)
        .param("ids", ids)
        .param("person", opened.personId())
        .query(
            (rs, n) -> {
              Rating rating =
                  new Rating(
                      rs.getObject("id", UUID.class),
                      rs.getObject("goal_id", UUID.class),
                      rs.getObject("rated_on", LocalDate.class),
                      rs.getInt("score"),
                      InWordsOf.fromCode(rs.getString("rated_by")).orElseThrow(),
                      rs.getString("note"));
              ratings.computeIfAbsent(rating.goalId(), g -> new ArrayList<>()).add(rating);
              return rating;
            })
        .list();
    List<Goal> whole = new ArrayList<>();
    for (Goal g : goals) {
      whole.add(
          g.withParts(
              steps.getOrDefault(g.id(), List.of()), ratings.getOrDefault(g.id(), List.of())));
    }
    return whole;
  }

  List<Contribution> contributions(RecordAccess opened) {
    Names names = new Names();
    LabelFilter.labels(opened); // contributions carry no label, but only a case record shows them
    return jdbc.sql(
            "select * from support.plan_contribution where person_id = :person"
                + " order by happened_on desc, recorded_at desc, id")
        .param("person", opened.personId())
        .query(
            (rs, n) ->
                new Contribution(
                    rs.getObject("id", UUID.class),
                    ContributionKind.fromCode(rs.getString("kind")).orElseThrow(),
                    rs.getObject("happened_on", LocalDate.class),
                    rs.getString("words"),
                    InWordsOf.fromCode(rs.getString("in_words_of")).orElseThrow(),
                    names.of(rs.getObject("recorded_by", UUID.class))))
        .list();
  }

  List<Review> reviews(RecordAccess opened) {
    Names names = new Names();
    LabelFilter.labels(opened);
    return jdbc.sql(
            "select * from support.plan_review where person_id = :person"
                + " order by reviewed_on desc, recorded_at desc, id")
        .param("person", opened.personId())
        .query(
            (rs, n) ->
                new Review(
                    rs.getObject("id", UUID.class),
                    rs.getObject("reviewed_on", LocalDate.class),
                    rs.getString("went_well"),
                    rs.getString("changed"),
                    InWordsOf.fromCode(rs.getString("in_words_of")).orElseThrow(),
                    names.of(rs.getObject("reviewed_by", UUID.class))))
        .list();
  }

  /**
   * When the person first came into contact with the alliance: their earliest contact or their
   * registration, whichever came first.
   */
  Instant firstContact(RecordAccess opened) {
    return jdbc.sql(
            """
            select least(p.registered_at,
                         (select min(c.happens_at) from support.contact c
                           where c.person_id = p.id and c.outcome = 'attended'))
              from support.person p where p.id = :person
            """)
        .param("person", opened.personId())
        .query(Instant.class)
        .single();
  }

  /** The day the first support was given, from the conversation's deliver stage; any label. */
  Optional<LocalDate> firstSupport(RecordAccess opened) {
    return jdbc.sql(
            "select happened_on from support.plan_entry"
                + " where person_id = :person and stage = 'deliver' order by happened_on limit 1")
        .param("person", opened.personId())
        .query(LocalDate.class)
        .optional();
  }

  private Entry entry(ResultSet rs, Names names) throws SQLException {
    return new Entry(
        rs.getObject("id", UUID.class),
        Stage.fromCode(rs.getString("stage")).orElseThrow(),
        rs.getString("body"),
        InWordsOf.fromCode(rs.getString("in_words_of")).orElseThrow(),
        rs.getString("supporter"),
        rs.getObject("happened_on", LocalDate.class),
        SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
        names.of(rs.getObject("written_by", UUID.class)),
        rs.getInt("version"));
  }

  private static NetworkMember member(ResultSet rs, int n) throws SQLException {
    return new NetworkMember(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        NetworkKind.fromCode(rs.getString("kind")).orElseThrow(),
        rs.getString("relationship"),
        rs.getString("helps_with"),
        Closeness.ofRing(rs.getInt("closeness")),
        rs.getBoolean("still_around"),
        SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
        rs.getInt("version"));
  }

  private Goal goal(ResultSet rs, Names names) throws SQLException {
    return new Goal(
        rs.getObject("id", UUID.class),
        rs.getObject("domain_id", UUID.class),
        rs.getString("domain_name"),
        rs.getString("words"),
        InWordsOf.fromCode(rs.getString("in_words_of")).orElseThrow(),
        GoalStatus.fromCode(rs.getString("status")).orElseThrow(),
        SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
        rs.getObject("set_on", LocalDate.class),
        names.of(rs.getObject("set_by", UUID.class)),
        rs.getInt("version"),
        List.of(),
        List.of());
  }

  /** Workers' names, each looked up once per read. */
  private final class Names {
    private final Map<UUID, String> known = new LinkedHashMap<>();

    String of(UUID user) {
      if (user == null) {
        return null;
      }
      return known.computeIfAbsent(user, id -> users.displayName(id).orElse("a former worker"));
    }
  }
}
