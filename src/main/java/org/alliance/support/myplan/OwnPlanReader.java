package org.alliance.support.myplan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.SharedPart;
import org.alliance.support.access.Withholding;
import org.alliance.support.access.Withholding.EntryKind;
import org.alliance.support.contact.ContactMode;
import org.alliance.support.plan.Goal;
import org.alliance.support.plan.GoalStatus;
import org.alliance.support.plan.InWordsOf;
import org.alliance.support.plan.JourneyChart;
import org.alliance.support.plan.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads "My plan" for an {@link OwnView}: every query takes the view, filters labelled entries by
 * the view's labels and leaves out withheld entries with {@link Withholding}, so a proxy and a
 * withheld entry are handled here once for the page, the API and everything built on them.
 */
@Component
class OwnPlanReader {

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final Organisations organisations;

  OwnPlanReader(JdbcClient jdbc, UserAccounts users, Organisations organisations) {
    this.jdbc = jdbc;
    this.users = users;
    this.organisations = organisations;
  }

  MyPlan read(OwnView view) {
    String name =
        jdbc.sql("select given_name from support.person where id = :id")
            .param("id", view.personId())
            .query(String.class)
            .single();
    List<MyPlan.OwnGoal> goals = view.reaches(SharedPart.PLAN) ? goals(view) : List.of();
    return new MyPlan(
        name,
        view.self(),
        view.relationship(),
        MyPlan.partCodes(view),
        goals,
        view.reaches(SharedPart.PLAN) ? network(view) : List.of(),
        view.reaches(SharedPart.PLAN) ? reviews(view) : List.of(),
        view.reaches(SharedPart.APPOINTMENTS) ? appointments(view) : List.of(),
        trusted(view),
        JourneyChart.of(chartable(goals)));
  }

  List<MyPlan.OwnGoal> goals(OwnView view) {
    Map<UUID, List<MyPlan.Words>> words = ownWords(view, "goal");
    Map<UUID, List<MyPlan.Score>> scores = new HashMap<>();
    jdbc.sql(
            "select r.goal_id, r.rated_on, r.score, r.note from support.plan_goal_rating r"
                + " where r.person_id = :person order by r.rated_on, r.recorded_at, r.id")
        .param("person", view.personId())
        .query(
            (rs, n) ->
                scores
                    .computeIfAbsent(rs.getObject("goal_id", UUID.class), g -> new ArrayList<>())
                    .add(
                        new MyPlan.Score(
                            rs.getObject("rated_on", LocalDate.class),
                            rs.getInt("score"),
                            rs.getString("note"))))
        .list();
    return jdbc.sql(
            "select g.*, d.name as area from support.plan_goal g"
                + " join support.life_domain d on d.id = g.domain_id"
                + " where g.person_id = :person and "
                + LabelFilter.visible("g")
                + " and "
                + Withholding.shown(EntryKind.GOAL, "g.id")
                + " order by g.set_at, g.id")
        .param("person", view.personId())
        .param("labels", view.labelCodes())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              InWordsOf whose = InWordsOf.fromCode(rs.getString("in_words_of")).orElseThrow();
              return new MyPlan.OwnGoal(
                  id,
                  rs.getString("words"),
                  switch (whose) {
                    case PERSON -> "Your words";
                    case SUPPORTER -> "Words of someone close to you";
                    case WORKER -> "Your worker's words";
                  },
                  rs.getString("area"),
                  GoalStatus.fromCode(rs.getString("status")).map(GoalStatus::label).orElse(""),
                  rs.getBoolean("important_to_person"),
                  rs.getObject("person_says_done_on", LocalDate.class),
                  rs.getObject("added_by_account", UUID.class) != null,
                  scores.getOrDefault(id, List.of()),
                  words.getOrDefault(id, List.of()),
                  rs.getInt("version"));
            })
        .list();
  }

  List<MyPlan.Person> network(OwnView view) {
    Map<UUID, List<MyPlan.Words>> words = ownWords(view, "network");
    return jdbc.sql(
            "select m.* from support.plan_network_member m where m.person_id = :person"
                + " and m.still_around and "
                + LabelFilter.visible("m")
                + " and "
                + Withholding.shown(EntryKind.NETWORK, "m.id")
                + " order by m.closeness, m.added_at, m.id")
        .param("person", view.personId())
        .param("labels", view.labelCodes())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new MyPlan.Person(
                  id,
                  rs.getString("name"),
                  rs.getString("relationship"),
                  rs.getString("helps_with"),
                  words.getOrDefault(id, List.of()));
            })
        .list();
  }

  List<MyPlan.OwnReview> reviews(OwnView view) {
    Map<UUID, List<MyPlan.Words>> words = ownWords(view, "review");
    return jdbc.sql(
            "select r.* from support.plan_review r where r.person_id = :person and "
                + Withholding.shown(EntryKind.REVIEW, "r.id")
                + " order by r.reviewed_on desc, r.recorded_at desc, r.id")
        .param("person", view.personId())
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new MyPlan.OwnReview(
                  id,
                  rs.getObject("reviewed_on", LocalDate.class),
                  rs.getString("went_well"),
                  rs.getString("changed"),
                  words.getOrDefault(id, List.of()));
            })
        .list();
  }

  private List<MyPlan.Appointment> appointments(OwnView view) {
    Map<UUID, String> members = new HashMap<>();
    return jdbc.sql(
            "select c.id, c.happens_at, c.mode, c.member_id from support.contact c"
                + " where c.person_id = :person and c.happens_at > now() and c.outcome is null and "
                + LabelFilter.visible("c")
                + " and "
                + Withholding.shown(EntryKind.CONTACT, "c.id")
                + " order by c.happens_at, c.id limit 10")
        .param("person", view.personId())
        .param("labels", view.labelCodes())
        .query(
            (rs, n) ->
                new MyPlan.Appointment(
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("happens_at").toInstant(),
                    ContactMode.fromCode(rs.getString("mode")).map(ContactMode::label).orElse(""),
                    members.computeIfAbsent(
                        rs.getObject("member_id", UUID.class),
                        m -> organisations.name(m).orElse(""))))
        .list();
  }

  MyPlan.Trusted trusted(OwnView view) {
    return jdbc.sql(
            "select user_id, member_id from support.trusted_individual"
                + " where person_id = :person and ended_at is null and accepted_at is not null")
        .param("person", view.personId())
        .query(
            (rs, n) -> {
              UUID member = rs.getObject("member_id", UUID.class);
              Organisation organisation = organisations.find(member).orElse(null);
              return new MyPlan.Trusted(
                  users.displayName(rs.getObject("user_id", UUID.class)).orElse("Your worker"),
                  organisation == null ? "" : organisation.name(),
                  organisation == null ? null : organisation.website());
            })
        .optional()
        .orElse(null);
  }

  /** The words the person and their proxies added to entries of one kind, oldest first. */
  private Map<UUID, List<MyPlan.Words>> ownWords(OwnView view, String kind) {
    Map<UUID, List<MyPlan.Words>> words = new HashMap<>();
    jdbc.sql(
            "select id, entry_id, words, written_as, written_at, shared_in_reports_at"
                + " from support.own_words"
                + " where person_id = :person and entry_kind = :kind order by written_at, id")
        .param("person", view.personId())
        .param("kind", kind)
        .query(
            (rs, n) ->
                words
                    .computeIfAbsent(rs.getObject("entry_id", UUID.class), e -> new ArrayList<>())
                    .add(
                        new MyPlan.Words(
                            rs.getObject("id", UUID.class),
                            rs.getString("words"),
                            "self".equals(rs.getString("written_as")) ? "You" : "Someone you chose",
                            ((Timestamp) rs.getTimestamp("written_at")).toInstant(),
                            "self".equals(rs.getString("written_as")),
                            rs.getTimestamp("shared_in_reports_at") != null)))
        .list();
    return words;
  }

  /** The goals with scores, as the journey chart draws them. */
  private static List<Goal> chartable(List<MyPlan.OwnGoal> goals) {
    List<Goal> chartable = new ArrayList<>();
    for (MyPlan.OwnGoal g : goals) {
      List<Rating> ratings = new ArrayList<>();
      for (MyPlan.Score s : g.progress()) {
        ratings.add(new Rating(null, g.id(), s.on(), s.score(), InWordsOf.PERSON, s.note()));
      }
      chartable.add(
          new Goal(
              g.id(),
              null,
              g.area(),
              g.words(),
              InWordsOf.PERSON,
              GoalStatus.WORKING_ON,
              null,
              null,
              null,
              g.version(),
              List.of(),
              ratings));
    }
    return chartable;
  }
}
