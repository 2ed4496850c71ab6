package org.alliance.commissioning.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.AllianceUser;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership team's decisions log: proposals, each member's vote (every vote and change kept,
 * never edited), and closing, which fixes the outcome {@link DecisionRule} gives. Who may do what
 * is {@link AllianceRights}; whose place a vote is for is decided here, in {@link #vote}, and
 * nowhere else.
 */
@Component
class Decisions {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Organisations organisations;

  Decisions(JdbcClient jdbc, AuditLog audit, Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.organisations = organisations;
  }

  static LocalDate today() {
    return LocalDate.now(UK);
  }

  record Topic(UUID id, String name) {}

  /** A proposal as checked from the form: a topic from the list, or a new one by name. */
  record Proposal(
      String title,
      UUID topicId,
      String newTopic,
      String detail,
      boolean key,
      LocalDate votesDueOn) {}

  /**
   * A vote as checked from the form.
   *
   * @param placeId the leadership team place it is for
   * @param atMeetingOn the meeting it was given at, when the alliance manager records it
   */
  record NewVote(UUID placeId, Choice choice, String reason, LocalDate atMeetingOn) {}

  record Search(UUID topicId, String words, LocalDate from, LocalDate to) {
    static final Search ALL = new Search(null, null, null, null);
  }

  /** A line of the log. */
  record Summary(
      UUID id,
      int number,
      String title,
      String topic,
      boolean key,
      LocalDate proposedOn,
      LocalDate votesDueOn,
      String status,
      String outcome,
      int awaiting) {

    public boolean open() {
      return "open".equals(status);
    }

    public String proposedText() {
      return Dates.day(proposedOn);
    }

    public String dueText() {
      return Dates.day(votesDueOn);
    }

    public String statusText() {
      return switch (status) {
        case "carried" -> "Carried";
        case "not-carried" -> "Not carried";
        default -> "Open: awaiting " + awaiting + (awaiting == 1 ? " vote" : " votes");
      };
    }
  }

  record Decision(
      UUID id,
      int number,
      String title,
      String topic,
      String detail,
      boolean key,
      LocalDate votesDueOn,
      String proposedByName,
      LocalDate proposedOn,
      String status,
      String outcome,
      String closedByName,
      Instant closedAt,
      int version) {

    public boolean open() {
      return "open".equals(status);
    }

    public boolean carried() {
      return "carried".equals(status);
    }

    public String rule() {
      return DecisionRule.rule(key);
    }

    public String closedOn() {
      return closedAt == null ? "" : Dates.day(LocalDate.ofInstant(closedAt, UK));
    }
  }

  /** A leadership team member's place in a decision, with their vote as it stands. */
  record Place(
      UUID personId,
      String name,
      String member,
      UUID userId,
      Choice choice,
      String reason,
      String castByName,
      LocalDate atMeetingOn,
      Instant castAt) {

    Ballot ballot() {
      return new Ballot(name, member, choice, reason);
    }

    public String voteText() {
      return choice == null ? "Not voted yet" : choice.label();
    }

    public String tagClass() {
      if (choice == null) {
        return "govuk-tag--grey";
      }
      return switch (choice) {
        case FOR -> "govuk-tag--green";
        case AGAINST -> "govuk-tag--red";
        case ABSTAIN -> "govuk-tag--yellow";
      };
    }

    public String howGiven() {
      return Decisions.howGiven(name, castByName, atMeetingOn, castAt);
    }
  }

  /** One vote or change of vote, as given. */
  record Cast(
      String name,
      String member,
      Choice choice,
      String reason,
      String castByName,
      LocalDate atMeetingOn,
      Instant castAt) {

    public String howGiven() {
      return Decisions.howGiven(name, castByName, atMeetingOn, castAt);
    }
  }

  record DecisionPage(
      Decision decision,
      List<Place> places,
      List<Cast> history,
      Verdict verdict,
      AllianceRights rights,
      Place ownPlace) {

    public boolean mayVote() {
      return decision.open() && ownPlace != null;
    }

    public boolean mayRecord() {
      return decision.open() && rights.mayRecordVotesGivenAtMeetings();
    }

    public boolean mayClose() {
      return decision.open() && rights.mayClose();
    }

    /** What closing now would fix, by the same rule closing uses. */
    public String closingOutcome() {
      return DecisionRule.atClose(decision.key(), places.stream().map(Place::ballot).toList())
          .reason();
    }

    public String day(LocalDate date) {
      return Dates.day(date);
    }
  }

  static String howGiven(String name, String castByName, LocalDate atMeetingOn, Instant castAt) {
    if (castAt == null) {
      return "";
    }
    String when = Dates.moment(castAt);
    if (atMeetingOn != null) {
      return "Recorded by "
          + castByName
          + " at the meeting of "
          + Dates.day(atMeetingOn)
          + " ("
          + when
          + ")";
    }
    return "Cast by " + (castByName.equals(name) ? "them" : castByName) + ", " + when;
  }

  List<Topic> topics() {
    return jdbc.sql("select id, name from commissioning.decision_topic order by lower(name)")
        .query((rs, n) -> new Topic(rs.getObject("id", UUID.class), rs.getString("name")))
        .list();
  }

  /**
   * The log, newest first, found by topic, a word (in the title, detail, outcome or a reason) and
   * dates.
   */
  List<Summary> find(Search search) {
    String pattern =
        search.words() == null
            ? null
            : "%"
                + search.words().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    return jdbc.sql(
            """
            select d.id, d.number, d.title, t.name as topic, d.key_decision, d.proposed_on,
                   d.votes_due_on, d.status, d.outcome,
                   (select count(*) from commissioning.decision_voter v
                     where v.decision_id = d.id
                       and not exists (select 1 from commissioning.decision_vote x
                                        where x.decision_id = d.id and x.person_id = v.person_id))
                     as awaiting
              from commissioning.decision d
              join commissioning.decision_topic t on t.id = d.topic_id
             where (cast(:topic as uuid) is null or d.topic_id = cast(:topic as uuid))
               and (cast(:pattern as text) is null
                    or d.title ilike cast(:pattern as text)
                    or d.detail ilike cast(:pattern as text)
                    or d.outcome ilike cast(:pattern as text)
                    or exists (select 1 from commissioning.decision_vote x
                                where x.decision_id = d.id and x.reason ilike cast(:pattern as text)))
               and (cast(:from as date) is null or d.proposed_on >= cast(:from as date))
               and (cast(:to as date) is null or d.proposed_on <= cast(:to as date))
             order by d.proposed_on desc, d.number desc
             limit 500
            """)
        .param("topic", search.topicId())
        .param("pattern", pattern)
        .param("from", search.from())
        .param("to", search.to())
        .query(
            (rs, n) ->
                new Summary(
                    rs.getObject("id", UUID.class),
                    rs.getInt("number"),
                    rs.getString("title"),
                    rs.getString("topic"),
                    rs.getBoolean("key_decision"),
                    rs.getObject("proposed_on", LocalDate.class),
                    rs.getObject("votes_due_on", LocalDate.class),
                    rs.getString("status"),
                    rs.getString("outcome"),
                    rs.getInt("awaiting")))
        .list();
  }

  /** Open decisions still waiting for this account's own vote, for their home page. */
  int awaitingVoteFrom(UUID userId) {
    return jdbc.sql(
            """
            select count(*) from commissioning.decision d
              join commissioning.decision_voter v on v.decision_id = d.id
              join commissioning.governance_person p on p.id = v.person_id
             where d.status = 'open' and p.user_id = :user
               and not exists (select 1 from commissioning.decision_vote x
                                where x.decision_id = d.id and x.person_id = v.person_id)
            """)
        .param("user", userId)
        .query(Integer.class)
        .single();
  }

  @Transactional(readOnly = true)
  DecisionPage page(AllianceUser user, UUID id) {
    Decision decision = decision(id, false).orElseThrow(NotFound::new);
    List<Place> places = places(id);
    AllianceRights rights = AllianceRights.of(user);
    Place own =
        rights.mayVoteInOwnPlace()
            ? places.stream().filter(p -> user.userId().equals(p.userId())).findFirst().orElse(null)
            : null;
    List<Ballot> ballots = places.stream().map(Place::ballot).toList();
    return new DecisionPage(
        decision, places, history(id), DecisionRule.verdict(decision.key(), ballots), rights, own);
  }

  @Transactional
  UUID propose(AllianceUser user, Proposal proposal) {
    AllianceRights.of(user).requirePropose();
    UUID topic = proposal.topicId();
    if (proposal.newTopic() != null) {
      topic = topic(proposal.newTopic());
    } else if (topic == null
        || topics().stream().noneMatch(t -> t.id().equals(proposal.topicId()))) {
      throw new AgreementProblem("topic", "Choose a topic from the list, or name a new one");
    }
    Map<UUID, String> names = organisationNames();
    List<Agreement.TeamPlace> team = leadershipTeam();
    if (team.isEmpty()) {
      throw new AgreementProblem(
          "title", "The leadership team has no members yet: add them to the agreement first");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.decision (title, topic_id, detail, key_decision,
                  votes_due_on, proposed_by, proposed_by_name, proposed_on)
                values (:title, :topic, :detail, :key, :due, :by, :byName, :on)
                returning id
                """)
            .param("title", proposal.title())
            .param("topic", topic)
            .param("detail", proposal.detail())
            .param("key", proposal.key())
            .param("due", proposal.votesDueOn())
            .param("by", user.userId())
            .param("byName", user.displayName())
            .param("on", today())
            .query(UUID.class)
            .single();
    int position = 0;
    for (Agreement.TeamPlace place : team) {
      jdbc.sql(
              """
              insert into commissioning.decision_voter (decision_id, person_id, name,
                organisation_name, position)
              values (:decision, :person, :name, :member, :position)
              """)
          .param("decision", id)
          .param("person", place.id())
          .param("name", place.name())
          .param("member", names.getOrDefault(place.organisationId(), "Unknown organisation"))
          .param("position", ++position)
          .update();
    }
    audit.record(
        AuditEntry.of("alliance.decision.proposed", "decision", id)
            .withDetail((proposal.key() ? "key decision, " : "") + team.size() + " to vote"));
    return id;
  }

  /** The topic of this name, added to the list if it is new. */
  private UUID topic(String name) {
    jdbc.sql(
            """
            insert into commissioning.decision_topic (name) values (:name)
            on conflict (lower(name)) do nothing
            """)
        .param("name", name)
        .update();
    return jdbc.sql("select id from commissioning.decision_topic where lower(name) = lower(:name)")
        .param("name", name)
        .query(UUID.class)
        .single();
  }

  /**
   * Records a vote. A leadership team member votes in their own place only (the place linked to
   * their account); the alliance manager may record, in any place, a vote given at a meeting, which
   * says so. Nobody else votes, and a closed decision takes no votes.
   */
  @Transactional
  void vote(AllianceUser user, UUID decisionId, NewVote vote) {
    Decision decision = decision(decisionId, true).orElseThrow(NotFound::new);
    AllianceRights rights = AllianceRights.of(user);
    if (!rights.mayVoteInOwnPlace() && !rights.mayRecordVotesGivenAtMeetings()) {
      throw new NotAllowed();
    }
    Place place =
        places(decisionId).stream()
            .filter(p -> p.personId().equals(vote.placeId()))
            .findFirst()
            .orElse(null);
    boolean own =
        place != null && rights.mayVoteInOwnPlace() && user.userId().equals(place.userId());
    if (!own && !rights.mayRecordVotesGivenAtMeetings()) {
      // A leader voting in someone else's place, or in a place that is not on this decision.
      throw new NotAllowed();
    }
    if (place == null) {
      throw new AgreementProblem("place", "Choose a member of the leadership team");
    }
    if (!decision.open()) {
      throw new AgreementProblem("choice", "This decision is closed: its outcome is fixed");
    }
    if (!own && vote.atMeetingOn() == null) {
      throw new AgreementProblem(
          "meetingDay", "Enter the date of the meeting the vote was given at");
    }
    jdbc.sql(
            """
            insert into commissioning.decision_vote (decision_id, person_id, choice, reason,
              cast_by, cast_by_name, at_meeting_on)
            values (:decision, :person, :choice, :reason, :by, :byName, :meeting)
            """)
        .param("decision", decisionId)
        .param("person", place.personId())
        .param("choice", vote.choice().code())
        .param("reason", vote.reason())
        .param("by", user.userId())
        .param("byName", user.displayName())
        .param("meeting", own ? null : vote.atMeetingOn())
        .update();
    jdbc.sql("update commissioning.decision set version = version + 1 where id = :id")
        .param("id", decisionId)
        .update();
    audit.record(
        AuditEntry.of("alliance.decision.vote", "decision", decisionId)
            .withDetail(
                vote.choice().code()
                    + " for "
                    + place.name()
                    + (place.choice() == null ? "" : ", changed from " + place.choice().code())
                    + (own ? "" : ", recorded at the meeting of " + vote.atMeetingOn())));
  }

  /**
   * Closes the decision on the votes the alliance manager saw ({@code version}): a vote since then
   * makes it stale. The outcome {@link DecisionRule#atClose} gives is fixed.
   */
  @Transactional
  Verdict close(AllianceUser user, UUID decisionId, int version) {
    AllianceRights.of(user).requireClose();
    Decision decision = decision(decisionId, true).orElseThrow(NotFound::new);
    if (!decision.open()) {
      throw new AgreementProblem("close", "This decision is already closed: its outcome is fixed");
    }
    if (decision.version() != version) {
      throw new StaleChange("This decision");
    }
    Verdict verdict =
        DecisionRule.atClose(
            decision.key(), places(decisionId).stream().map(Place::ballot).toList());
    jdbc.sql(
            """
            update commissioning.decision
               set status = :status, outcome = :outcome, closed_by = :by, closed_by_name = :byName,
                   closed_at = now(), version = version + 1
             where id = :id
            """)
        .param("status", verdict.carried() ? "carried" : "not-carried")
        .param("outcome", verdict.reason())
        .param("by", user.userId())
        .param("byName", user.displayName())
        .param("id", decisionId)
        .update();
    audit.record(
        AuditEntry.of("alliance.decision.closed", "decision", decisionId)
            .withDetail(verdict.carried() ? "carried" : "not carried"));
    return verdict;
  }

  private Optional<Decision> decision(UUID id, boolean lock) {
    return jdbc.sql(
            """
            select d.*, t.name as topic from commissioning.decision d
              join commissioning.decision_topic t on t.id = d.topic_id
             where d.id = :id
            """
                + (lock ? " for update of d" : ""))
        .param("id", id)
        .query(Decisions::decision)
        .optional();
  }

  private static Decision decision(ResultSet rs, int row) throws SQLException {
    java.sql.Timestamp closed = rs.getTimestamp("closed_at");
    return new Decision(
        rs.getObject("id", UUID.class),
        rs.getInt("number"),
        rs.getString("title"),
        rs.getString("topic"),
        rs.getString("detail"),
        rs.getBoolean("key_decision"),
        rs.getObject("votes_due_on", LocalDate.class),
        rs.getString("proposed_by_name"),
        rs.getObject("proposed_on", LocalDate.class),
        rs.getString("status"),
        rs.getString("outcome"),
        rs.getString("closed_by_name"),
        closed == null ? null : closed.toInstant(),
        rs.getInt("version"));
  }

  private List<Place> places(UUID decisionId) {
    return jdbc.sql(
            """
            select v.person_id, v.name, v.organisation_name, p.user_id, latest.choice,
                   latest.reason, latest.cast_by_name, latest.at_meeting_on, latest.cast_at
              from commissioning.decision_voter v
              join commissioning.governance_person p on p.id = v.person_id
              left join lateral (
                select x.choice, x.reason, x.cast_by_name, x.at_meeting_on, x.cast_at
                  from commissioning.decision_vote x
                 where x.decision_id = v.decision_id and x.person_id = v.person_id
                 order by x.id desc limit 1) latest on true
             where v.decision_id = :id
             order by v.position, v.name
            """)
        .param("id", decisionId)
        .query(
            (rs, n) -> {
              java.sql.Timestamp at = rs.getTimestamp("cast_at");
              String choice = rs.getString("choice");
              return new Place(
                  rs.getObject("person_id", UUID.class),
                  rs.getString("name"),
                  rs.getString("organisation_name"),
                  rs.getObject("user_id", UUID.class),
                  choice == null ? null : Choice.fromCode(choice).orElseThrow(),
                  rs.getString("reason"),
                  rs.getString("cast_by_name"),
                  rs.getObject("at_meeting_on", LocalDate.class),
                  at == null ? null : at.toInstant());
            })
        .list();
  }

  private List<Cast> history(UUID decisionId) {
    return jdbc.sql(
            """
            select v.name, v.organisation_name, x.choice, x.reason, x.cast_by_name,
                   x.at_meeting_on, x.cast_at
              from commissioning.decision_vote x
              join commissioning.decision_voter v
                on v.decision_id = x.decision_id and v.person_id = x.person_id
             where x.decision_id = :id
             order by x.id
            """)
        .param("id", decisionId)
        .query(
            (rs, n) ->
                new Cast(
                    rs.getString("name"),
                    rs.getString("organisation_name"),
                    Choice.fromCode(rs.getString("choice")).orElseThrow(),
                    rs.getString("reason"),
                    rs.getString("cast_by_name"),
                    rs.getObject("at_meeting_on", LocalDate.class),
                    rs.getTimestamp("cast_at").toInstant()))
        .list();
  }

  /** The leadership team as it stands: the people asked to vote on a new proposal. */
  private List<Agreement.TeamPlace> leadershipTeam() {
    return jdbc.sql(
            """
            select id, name, organisation_id from commissioning.governance_person
             where level = 'leadership' and stood_down_on is null
             order by created_at, name
            """)
        .query(
            (rs, n) ->
                new Agreement.TeamPlace(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getObject("organisation_id", UUID.class)))
        .list();
  }

  private Map<UUID, String> organisationNames() {
    Map<UUID, String> names = new HashMap<>();
    organisations.all().forEach(o -> names.put(o.id(), o.name()));
    return names;
  }
}
