package org.alliance.commissioning.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, an alliance agreement shaped like Plymouth's (seed 003): eight members (an eighth,
 * fictional, is added when the demo has seven), the principles in the alliance's own words (one
 * reworded once, so its history shows), people at the four levels of governance (the demo {@code
 * leader} holds Open Road's place on the leadership team, the others are named people without
 * accounts), and a handful of past decisions: carried unanimously, blocked by a dissent, not
 * unanimous for an abstention, carried by a majority, and one open, awaiting only the demo leader's
 * vote. Outcomes are worked out by {@link DecisionRule}, as closing would. Runs once, only while
 * the agreement's tables are empty, under an advisory lock, and never breaks a start.
 */
@Component
@Order(210)
class DemoAgreement implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAgreement.class);

  static final String EIGHTH_MEMBER = "Brackenshire Mental Health Network";
  private static final String LEAD = "Brackenshire Recovery Partnership";
  private static final String OPEN_ROAD = "Open Road Young People's Service";
  private static final String TRUST = "Brackenshire Health NHS Foundation Trust";
  private static final String HARBOUR = "Harbour Housing";
  private static final String KITCHEN = "St Clement's Community Kitchen";
  private static final String WOMEN = "Brackenford Women's Centre";
  private static final String STEPS = "Steps to Work Ltd";

  private final DatabaseMode mode;
  private final Organisations organisations;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  DemoAgreement(
      DatabaseMode mode,
      Organisations organisations,
      UserAccounts users,
      JdbcClient jdbc,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.organisations = organisations;
    this.users = users;
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
      Boolean loaded = transaction.execute(status -> load());
      if (Boolean.TRUE.equals(loaded)) {
        log.info("Loaded the demo alliance agreement and its decisions log");
      }
    } catch (RuntimeException e) {
      // Demo data is a convenience: a start must not fail for it.
      log.warn("Could not load the demo alliance agreement: {}", e.getMessage());
    }
  }

  private boolean load() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-agreement'))")
        .query(Object.class)
        .single();
    boolean empty =
        jdbc.sql(
                """
                select not exists (select 1 from commissioning.alliance_principle)
                   and not exists (select 1 from commissioning.governance_person)
                   and not exists (select 1 from commissioning.decision)
                   and not exists (select 1 from commissioning.alliance_member)
                """)
            .query(Boolean.class)
            .single();
    UserAccount manager = users.findByUsername("manager").orElse(null);
    UserAccount leader = users.findByUsername("leader").orElse(null);
    UserAccount commissioner = users.findByUsername("commissioner").orElse(null);
    if (!empty || manager == null || leader == null || commissioner == null) {
      return false;
    }
    Map<String, UUID> org = new HashMap<>();
    organisations.all().forEach(o -> org.put(o.name(), o.id()));
    if (!org.containsKey(LEAD) || !org.containsKey(OPEN_ROAD) || !org.containsKey(HARBOUR)) {
      return false;
    }
    long members =
        organisations.all().stream().filter(o -> o.relationship() == Relationship.MEMBER).count();
    if (members < 8 && !org.containsKey(EIGHTH_MEMBER)) {
      Organisation eighth =
          organisations.create(
              new OrganisationDetails(
                  EIGHTH_MEMBER,
                  OrganisationType.CHARITY,
                  Relationship.MEMBER,
                  "1183406",
                  null,
                  "https://mentalhealthnetwork.brackenshire.example"),
              true);
      org.put(eighth.name(), eighth.id());
    }
    LocalDate today = Decisions.today();

    roles(org);
    principles(manager, today);
    Map<String, UUID> people = governance(org, manager, leader, commissioner);
    decisions(people, org, manager, today);
    audit.recordSystem(
        AuditEntry.of("alliance.agreement.demo-loaded", "agreement", "demo")
            .withDetail("members' roles, principles, governance and decisions"));
    return true;
  }

  private void roles(Map<String, UUID> org) {
    String[][] roles = {
      {LEAD, "Lead provider, host of the alliance manager and the finance function", "2019-04-01"},
      {OPEN_ROAD, "Lead for young people's services", "2019-04-01"},
      {TRUST, "Clinical lead: prescribing and treatment", "2019-04-01"},
      {HARBOUR, "Lead for housing and homelessness", "2019-04-01"},
      {KITCHEN, "Member: food, community and volunteering", "2019-04-01"},
      {WOMEN, "Member: women's services and the refuge", "2019-04-01"},
      {STEPS, "Member: training and employment", "2019-04-01"},
      {EIGHTH_MEMBER, "Member: mental health, its defined offers and asks", "2021-04-01"}
    };
    for (String[] role : roles) {
      UUID id = org.get(role[0]);
      if (id == null) {
        continue;
      }
      jdbc.sql(
              """
              insert into commissioning.alliance_member (organisation_id, role, joined_on)
              values (:id, :role, :joined)
              """)
          .param("id", id)
          .param("role", role[1])
          .param("joined", LocalDate.parse(role[2]))
          .update();
    }
  }

  private static final String[] PRINCIPLES = {
    "We take collective responsibility for all the risks of providing the services under the"
        + " agreement: we all win or all lose together.",
    "Best for people, best for the service: we make every decision on a 'best for people using"
        + " services' basis, not best for any one member.",
    "We make decisions on every key issue unanimously, on our principles and values.",
    "No fault, no blame: we work problems out together and seek to avoid all disputes and"
        + " litigation, except in very limited cases of wilful default.",
    "Open book: we account for all our money openly and are transparent in all matters.",
    "We appoint to key roles on a best person basis, whichever member they come from.",
    "We act in line with the alliance's values and behaviours at all times."
  };

  private void principles(UserAccount manager, LocalDate today) {
    for (int i = 0; i < PRINCIPLES.length; i++) {
      boolean reworded = i == 1;
      String first = reworded ? "We make decisions on a 'best for service' basis." : PRINCIPLES[i];
      UUID id =
          jdbc.sql(
                  """
                  insert into commissioning.alliance_principle (position, wording, version)
                  values (:position, :wording, :version) returning id
                  """)
              .param("position", i + 1)
              .param("wording", PRINCIPLES[i])
              .param("version", reworded ? 2 : 1)
              .query(UUID.class)
              .single();
      principleVersion(id, 1, i + 1, first, "written", manager, today.minusYears(2));
      if (reworded) {
        principleVersion(id, 2, i + 1, PRINCIPLES[i], "reworded", manager, today.minusMonths(5));
      }
    }
  }

  private void principleVersion(
      UUID id,
      int version,
      int position,
      String wording,
      String change,
      UserAccount by,
      LocalDate on) {
    jdbc.sql(
            """
            insert into commissioning.alliance_principle_version (principle_id, version, position,
              wording, withdrawn, change, changed_by, changed_by_name, changed_at)
            values (:id, :version, :position, :wording, false, :change, :by, :byName,
              cast(:on as date) + time '10:00')
            """)
        .param("id", id)
        .param("version", version)
        .param("position", position)
        .param("wording", wording)
        .param("change", change)
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("on", on)
        .update();
  }

  /** The people at each level; answers the leadership team's places by member name. */
  private Map<String, UUID> governance(
      Map<String, UUID> org, UserAccount manager, UserAccount leader, UserAccount commissioner) {
    person(
        "owner",
        commissioner.displayName(),
        commissioner.organisationId(),
        "Director of Public Health",
        commissioner.id());
    if (org.containsKey("West Brackenshire Council")) {
      person(
          "owner",
          "Alan Reyes",
          org.get("West Brackenshire Council"),
          "Head of Commissioning",
          null);
    }
    Map<String, UUID> team = new HashMap<>();
    String[][] leadership = {
      {LEAD, "Joanna Hale", "Chief executive"},
      {OPEN_ROAD, leader.displayName(), "Director"},
      {TRUST, "Dr Kamal Shah", "Clinical director"},
      {HARBOUR, "Bethan Morgan", "Chief executive"},
      {KITCHEN, "Declan Byrne", "Coordinator"},
      {WOMEN, "Amira Haddad", "Director"},
      {STEPS, "Gareth Price", "Managing director"},
      {EIGHTH_MEMBER, "Liz Carter", "Chief officer"}
    };
    for (String[] place : leadership) {
      UUID id = org.get(place[0]);
      if (id == null) {
        continue;
      }
      boolean demoLeader = place[0].equals(OPEN_ROAD);
      team.put(
          place[0], person("leadership", place[1], id, place[2], demoLeader ? leader.id() : null));
    }
    String[][] management = {
      {LEAD, "Hannah Price", "Treatment services manager"},
      {OPEN_ROAD, "Chloe Evans", "Young people's team leader"},
      {HARBOUR, "Tariq Aziz", "Housing services manager"},
      {TRUST, "Nia Roberts", "Prescribing lead pharmacist"}
    };
    for (String[] place : management) {
      if (org.containsKey(place[0])) {
        person("management", place[1], org.get(place[0]), place[2], null);
      }
    }
    person(
        "manager",
        manager.displayName(),
        manager.organisationId(),
        "Alliance manager",
        manager.id());
    return team;
  }

  private UUID person(String level, String name, UUID organisation, String title, UUID user) {
    return jdbc.sql(
            """
            insert into commissioning.governance_person (level, name, organisation_id, role_title,
              user_id, created_at)
            values (:level, :name, :org, :title, :user, now() - interval '2 years')
            returning id
            """)
        .param("level", level)
        .param("name", name)
        .param("org", organisation)
        .param("title", title)
        .param("user", user)
        .query(UUID.class)
        .single();
  }

  /** A vote in the demo: the member, the choice, the reason, and the meeting if recorded at one. */
  private record DemoVote(String member, Choice choice, String reason) {}

  private void decisions(
      Map<String, UUID> team, Map<String, UUID> org, UserAccount manager, LocalDate today) {
    Map<String, UUID> topics = new HashMap<>();
    for (String topic :
        List.of("Budget", "Service model", "Risk", "Membership", "Governance", "Principles")) {
      topics.put(
          topic,
          jdbc.sql("insert into commissioning.decision_topic (name) values (:name) returning id")
              .param("name", topic)
              .query(UUID.class)
              .single());
    }
    List<String> everyone = new ArrayList<>(team.keySet());
    everyone.remove(EIGHTH_MEMBER);

    // Carried unanimously, before the eighth member joined: they were not asked.
    decision(
        team,
        everyone,
        topics.get("Budget"),
        "Devolve the bed and breakfast budget to the alliance",
        "The council's bed and breakfast budget, now aligned with the alliance but held by the"
            + " council, becomes part of the alliance's devolved budget from 1 April. The"
            + " leadership team decides how it is spent, as for the rest.",
        true,
        today.minusDays(420),
        manager,
        allFor(everyone),
        true);

    List<String> eight = new ArrayList<>(team.keySet());
    decision(
        team,
        everyone,
        topics.get("Membership"),
        "Welcome Brackenshire Mental Health Network as the eighth member",
        "The network has delivered the defined offers and asks with mental health services under"
            + " subcontract for two years. It joins the agreement as a full member, sharing the"
            + " risks and rewards with the rest.",
        true,
        today.minusDays(380),
        manager,
        allFor(everyone),
        true);

    List<DemoVote> blocked = new ArrayList<>(allFor(eight));
    blocked.replaceAll(
        v ->
            v.member().equals(HARBOUR)
                ? new DemoVote(
                    HARBOUR,
                    Choice.AGAINST,
                    "Eastgate is the only place many of our residents can reach on foot. Closing"
                        + " it before the outreach van runs would leave them with nothing.")
                : v);
    decision(
        team,
        eight,
        topics.get("Service model"),
        "Close the Eastgate drop-in and move its sessions to the recovery café",
        "The Eastgate drop-in sees about 12 people a week. Its two sessions would move to the"
            + " Brackenford Recovery Café from next month, saving the rent.",
        true,
        today.minusDays(200),
        manager,
        blocked,
        true);

    List<DemoVote> abstained = new ArrayList<>(allFor(eight));
    abstained.replaceAll(
        v ->
            v.member().equals(KITCHEN)
                ? new DemoVote(
                    KITCHEN,
                    Choice.ABSTAIN,
                    "We hold no prescribing budget and do not feel able to judge the risk.")
                : v);
    decision(
        team,
        eight,
        topics.get("Risk"),
        "Share the prescribing overspend risk equally between all members",
        "Any overspend on prescribing at the year end is shared equally by the eight members, as"
            + " the principle of collective responsibility asks, rather than falling on the"
            + " clinical lead alone.",
        true,
        today.minusDays(120),
        manager,
        abstained,
        true);

    List<DemoVote> majority = new ArrayList<>(allFor(eight));
    majority.replaceAll(
        v ->
            switch (v.member()) {
              case STEPS ->
                  new DemoVote(
                      STEPS,
                      Choice.AGAINST,
                      "Our staff cannot cover Saturdays without taking them from the week.");
              case TRUST -> new DemoVote(TRUST, Choice.ABSTAIN, null);
              default -> v;
            });
    decision(
        team,
        eight,
        topics.get("Service model"),
        "Pilot Saturday opening at the young people's hub for three months",
        "Open the young people's hub from 10am to 2pm on Saturdays for three months, staffed from"
            + " the members' existing rotas, and report numbers to the leadership team.",
        false,
        today.minusDays(60),
        manager,
        majority,
        true);

    List<DemoVote> open = new ArrayList<>(allFor(eight));
    open.removeIf(v -> v.member().equals(OPEN_ROAD));
    UUID awaiting =
        decision(
            team,
            eight,
            topics.get("Budget"),
            "Move £40,000 from prescribing to alcohol outreach for the rest of the year",
            "Prescribing is £52,000 under its budget at month 8. Moving £40,000 to the alcohol"
                + " outreach prototype lets it run to the year end: it has cut admissions by"
                + " 44% where it runs.",
            true,
            today.minusDays(6),
            manager,
            open,
            false);
    // The trust first dissented, then changed its vote once the month 8 figures were in.
    UUID trust = team.get(TRUST);
    if (trust != null) {
      String atMeeting = "cast(:meeting as date) + time '11:00'";
      vote(
          awaiting,
          trust,
          Choice.AGAINST,
          "Wait for the month 8 prescribing figures before moving any money.",
          manager,
          today.minusDays(4),
          atMeeting);
      vote(awaiting, trust, Choice.FOR, null, manager, today.minusDays(1), atMeeting);
    }
  }

  private static List<DemoVote> allFor(List<String> members) {
    return members.stream().map(m -> new DemoVote(m, Choice.FOR, null)).toList();
  }

  /** A decision put to the listed members, their votes as given at a meeting, closed or not. */
  private UUID decision(
      Map<String, UUID> team,
      List<String> asked,
      UUID topic,
      String title,
      String detail,
      boolean key,
      LocalDate proposedOn,
      UserAccount manager,
      List<DemoVote> votes,
      boolean close) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.decision (title, topic_id, detail, key_decision,
                  votes_due_on, proposed_by, proposed_by_name, proposed_on, proposed_at)
                values (:title, :topic, :detail, :key, :due, :by, :byName, :on,
                  cast(:on as date) + time '09:30')
                returning id
                """)
            .param("title", title)
            .param("topic", topic)
            .param("detail", detail)
            .param("key", key)
            .param("due", proposedOn.plusDays(14))
            .param("by", manager.id())
            .param("byName", manager.displayName())
            .param("on", proposedOn)
            .query(UUID.class)
            .single();
    Map<UUID, String> names = new HashMap<>();
    jdbc.sql("select id, name from commissioning.governance_person")
        .query(
            (rs, n) -> {
              names.put(rs.getObject("id", UUID.class), rs.getString("name"));
              return null;
            })
        .list();
    int position = 0;
    List<String> order =
        List.of(LEAD, OPEN_ROAD, TRUST, HARBOUR, KITCHEN, WOMEN, STEPS, EIGHTH_MEMBER);
    for (String member : order) {
      if (!asked.contains(member) || !team.containsKey(member)) {
        continue;
      }
      jdbc.sql(
              """
              insert into commissioning.decision_voter (decision_id, person_id, name,
                organisation_name, position)
              values (:d, :p, :name, :member, :position)
              """)
          .param("d", id)
          .param("p", team.get(member))
          .param("name", names.get(team.get(member)))
          .param("member", member)
          .param("position", ++position)
          .update();
    }
    LocalDate meeting = proposedOn.plusDays(close ? 7 : 2);
    List<Ballot> ballots = new ArrayList<>();
    for (String member : order) {
      if (!asked.contains(member) || !team.containsKey(member)) {
        continue;
      }
      DemoVote given =
          votes.stream().filter(v -> v.member().equals(member)).findFirst().orElse(null);
      if (given == null) {
        ballots.add(new Ballot(names.get(team.get(member)), member, null, null));
        continue;
      }
      boolean recordedAtMeeting = close || !member.equals(TRUST);
      if (recordedAtMeeting) {
        vote(
            id,
            team.get(member),
            given.choice(),
            given.reason(),
            manager,
            meeting,
            "cast(:meeting as date) + time '11:00'");
      }
      ballots.add(new Ballot(names.get(team.get(member)), member, given.choice(), given.reason()));
    }
    if (close) {
      Verdict verdict = DecisionRule.atClose(key, ballots);
      jdbc.sql(
              """
              update commissioning.decision
                 set status = :status, outcome = :outcome, closed_by = :by,
                     closed_by_name = :byName, closed_at = cast(:on as date) + time '16:00',
                     version = version + 1
               where id = :id
              """)
          .param("status", verdict.carried() ? "carried" : "not-carried")
          .param("outcome", verdict.reason())
          .param("by", manager.id())
          .param("byName", manager.displayName())
          .param("on", meeting)
          .param("id", id)
          .update();
    }
    return id;
  }

  private void vote(
      UUID decision,
      UUID person,
      Choice choice,
      String reason,
      UserAccount manager,
      LocalDate meeting,
      String castAt) {
    jdbc.sql(
            """
            insert into commissioning.decision_vote (decision_id, person_id, choice, reason,
              cast_by, cast_by_name, at_meeting_on, cast_at)
            values (:d, :p, :choice, :reason, :by, :byName, :meeting,
            """
                + castAt
                + ")")
        .param("d", decision)
        .param("p", person)
        .param("choice", choice.code())
        .param("reason", reason)
        .param("by", manager.id())
        .param("byName", manager.displayName())
        .param("meeting", meeting)
        .update();
    jdbc.sql("update commissioning.decision set version = version + 1 where id = :id")
        .param("id", decision)
        .update();
  }
}
