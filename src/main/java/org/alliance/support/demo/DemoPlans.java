package org.alliance.support.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.PersonAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, gives some of the demo people (those the two demo practitioners registered) plans:
 * a first conversation with support given the same week, the people and places around them, goals
 * with steps and a progress history, contributions and reviews. Runs after the demo people (30),
 * once: only while no plan exists, under an advisory lock, in batched inserts. Every word is
 * invented, and deterministic from the person's id.
 */
@Component
@Order(120)
class DemoPlans implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
  private static final int PLANS = 60;

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;

  DemoPlans(
      DatabaseMode mode,
      UserAccounts users,
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.users = users;
    this.jdbc = jdbc;
    this.template = template;
    this.transaction = transaction;
  }

  private record Someone(UUID id, LocalDate born, LocalDate registered, UUID worker) {}

  private final List<Object[]> plans = new ArrayList<>();
  private final List<Object[]> entries = new ArrayList<>();
  private final List<Object[]> network = new ArrayList<>();
  private final List<Object[]> goals = new ArrayList<>();
  private final List<Object[]> steps = new ArrayList<>();
  private final List<Object[]> ratings = new ArrayList<>();
  private final List<Object[]> reviews = new ArrayList<>();
  private final List<Object[]> contributions = new ArrayList<>();

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    long started = System.nanoTime();
    Integer made =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-plans'))")
                  .query(Object.class)
                  .single();
              if (jdbc.sql("select exists (select 1 from support.plan)")
                  .query(Boolean.class)
                  .single()) {
                return 0;
              }
              List<UUID> workers =
                  List.of("practitioner", "practitioner2").stream()
                      .flatMap(u -> users.findByUsername(u).stream())
                      .map(UserAccount::id)
                      .toList();
              if (workers.isEmpty()) {
                return 0;
              }
              List<Someone> people =
                  jdbc.sql(
                          """
                          select id, date_of_birth, registered_at, registered_by from support.person
                           where registered_by = any(:workers) and merged_into is null
                           order by id limit :limit
                          """)
                      .param("workers", workers.toArray(UUID[]::new))
                      .param("limit", PLANS)
                      .query(
                          (rs, n) ->
                              new Someone(
                                  rs.getObject("id", UUID.class),
                                  rs.getObject("date_of_birth", LocalDate.class),
                                  rs.getTimestamp("registered_at")
                                      .toInstant()
                                      .atZone(PersonAccess.UK)
                                      .toLocalDate(),
                                  rs.getObject("registered_by", UUID.class)))
                      .list();
              Map<String, List<UUID>> domains = domains();
              for (Someone person : people) {
                plan(person, domains);
              }
              write();
              return people.size();
            });
    if (made != null && made > 0) {
      log.info(
          "Gave {} demo people plans in {} ms", made, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private Map<String, List<UUID>> domains() {
    Map<String, List<UUID>> bySet = new HashMap<>();
    jdbc.sql("select set_code, id from support.life_domain order by set_code, position")
        .query(
            (rs, n) ->
                bySet
                    .computeIfAbsent(rs.getString(1), s -> new ArrayList<>())
                    .add(rs.getObject(2, UUID.class)))
        .list();
    return bySet;
  }

  private static final String[][] YOUNG_GOALS = {
    {"Sleep before midnight on school nights", "Cut down on energy drinks"},
    {"Walk home with a friend, not alone", "Know who to call if things go wrong"},
    {"Get my maths GCSE", "Go back to football training"},
    {"Help out at the youth club on Fridays", "Speak at the youth forum"},
    {"Get a Saturday job", "Save up for a bike"}
  };

  private static final String[][] ADULT_GOALS = {
    {"Stop drinking on weekdays", "Stay off the spice"},
    {"Get my teeth sorted", "Walk the dog every morning"},
    {"Feel less anxious on the bus", "Sleep through the night"},
    {"See my kids every weekend", "Make up with my brother"},
    {"Keep my flat", "Move somewhere of my own"},
    {"Finish the bricklaying course", "Volunteer at the food bank"},
    {"Pay off the gas arrears", "Open a bank account"},
    {"Stay out of trouble", "Finish my order without a breach"},
    {"Join the walking group", "Go to the allotment each week"}
  };

  private static final String[] STRENGTHS = {
    "I never give up on people",
    "Good with my hands: I can fix anything with wheels",
    "Makes everyone laugh",
    "I am a good cook",
    "Really good at drawing",
    "Knows the town inside out",
    "Loyal to friends",
    "I look after my little brother every morning"
  };

  private static final String[] SEEN_BY_OTHERS = {
    "Mum", "their coach", "their sister", "a friend from group", "their Nan"
  };

  private static final String[] HOPES = {
    "To have my own place with a garden",
    "To be a mechanic one day",
    "To get my kids back for weekends",
    "To feel normal again",
    "To go to college",
    "To help other people the way I was helped"
  };

  private static final String[] FIRST_CHANGE = {
    "Sort out my sleep",
    "Get on top of the money",
    "Stop using on my own",
    "Get back into a routine",
    "Talk to my mum again"
  };

  private static final String[] SUPPORT = {
    "A lift to the GP and sat in with them",
    "Rang the council together about the rent arrears",
    "Food bank voucher and a warm meal",
    "Helped fill in the college form",
    "Set up a phone with credit so they can call us"
  };

  private record Member(String name, String kind, String relationship, String helps) {}

  private static final Member[] YOUNG_NETWORK = {
    new Member("Mum", "family", "Mum", "Lifts, and listens"),
    new Member("Nan", "family", "Nan", "Sunday dinners"),
    new Member("Kai", "friend", "best friend", "Walks home together"),
    new Member("Ms Adeyemi", "teacher", "form tutor", "Catching up on coursework"),
    new Member("Jordan Reyes", "professional", "youth worker", "Weekly check-ins"),
    new Member("The youth club", "place", null, "Somewhere safe on Fridays"),
    new Member("Leo", "peer", "someone from group", "Knows what it is like")
  };

  private static final Member[] ADULT_NETWORK = {
    new Member("Dee", "family", "sister", "Childcare, and a sofa when needed"),
    new Member("Sam", "friend", "old friend", "Fishing on Sundays"),
    new Member("Marcus", "peer", "peer mentor", "Been there, gets it"),
    new Member("Dr Okafor", "professional", "GP", "Prescriptions and health checks"),
    new Member("Ade Okoro", "professional", "key worker", "Appointments and forms"),
    new Member("The library", "place", null, "Warm, quiet, free computers"),
    new Member("The allotment", "place", null, "Calm, and something to do")
  };

  private void plan(Someone person, Map<String, List<UUID>> domains) {
    SplittableRandom random = new SplittableRandom(person.id().getLeastSignificantBits());
    LocalDate today = LocalDate.now(PersonAccess.UK);
    boolean young = person.born() != null && Period.between(person.born(), today).getYears() < 21;
    LocalDate start = person.registered().plusDays(random.nextInt(10));
    if (start.isAfter(today)) {
      start = today;
    }
    UUID worker = person.worker();
    plans.add(new Object[] {person.id(), date(start), worker});

    entries.add(entry(person, "discover", pick(random, STRENGTHS), "person", null, start, worker));
    entries.add(
        entry(
            person,
            "discover",
            pick(random, STRENGTHS),
            "supporter",
            pick(random, SEEN_BY_OTHERS),
            start,
            worker));
    entries.add(entry(person, "dream", pick(random, HOPES), "person", null, start, worker));
    entries.add(entry(person, "design", pick(random, FIRST_CHANGE), "person", null, start, worker));
    // "Assess and do": most get support in the first conversation, some a few days later.
    LocalDate firstSupport = start.plusDays(random.nextInt(3) == 0 ? random.nextInt(14) : 0);
    entries.add(
        entry(
            person,
            "deliver",
            pick(random, SUPPORT),
            "worker",
            null,
            firstSupport.isAfter(today) ? today : firstSupport,
            worker));

    Member[] pool = young ? YOUNG_NETWORK : ADULT_NETWORK;
    List<UUID> around = new ArrayList<>();
    int people = 3 + random.nextInt(4);
    for (int i = 0; i < people; i++) {
      Member m = pool[(i * 3 + random.nextInt(2)) % pool.length];
      UUID id = UUID.randomUUID();
      around.add(id);
      network.add(
          new Object[] {
            id,
            person.id(),
            m.name(),
            m.kind(),
            m.relationship(),
            m.helps(),
            1 + random.nextInt(3),
            worker
          });
    }

    String[][] goalPool = young ? YOUNG_GOALS : ADULT_GOALS;
    List<UUID> setDomains = domains.get(young ? "young-people" : "adults");
    int count = 2 + random.nextInt(3);
    List<UUID> theirGoals = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      int d = random.nextInt(Math.min(goalPool.length, setDomains.size()));
      UUID goal = UUID.randomUUID();
      theirGoals.add(goal);
      long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
      String status =
          days > 200 && random.nextInt(5) == 0
              ? "achieved"
              : random.nextInt(12) == 0 ? "paused" : "working-on";
      goals.add(
          new Object[] {
            goal,
            person.id(),
            setDomains.get(d),
            goalPool[d][random.nextInt(2)],
            status,
            date(start),
            worker
          });
      int score = 2 + random.nextInt(3);
      for (LocalDate on = start; !on.isAfter(today); on = on.plusDays(21 + random.nextInt(15))) {
        ratings.add(new Object[] {person.id(), goal, date(on), score, "person", worker});
        score = Math.max(1, Math.min(10, score + random.nextInt(4) - 1));
      }
      int stepCount = 1 + random.nextInt(3);
      for (int s = 0; s < stepCount; s++) {
        boolean done = random.nextBoolean();
        steps.add(
            new Object[] {
              person.id(),
              goal,
              STEPS[random.nextInt(STEPS.length)],
              random.nextBoolean() ? around.get(random.nextInt(around.size())) : null,
              done
                  ? date(
                      start.plusDays(7L * (s + 1)).isAfter(today)
                          ? today
                          : start.plusDays(7L * (s + 1)))
                  : null,
              worker
            });
      }
    }
    for (LocalDate on = start.plusDays(84); !on.isAfter(today); on = on.plusDays(84)) {
      reviews.add(
          new Object[] {
            person.id(), date(on), pick(random, WENT_WELL), pick(random, CHANGED), worker
          });
    }
    if (random.nextInt(3) == 0) {
      contributions.add(
          new Object[] {
            person.id(),
            CONTRIBUTIONS[random.nextInt(CONTRIBUTIONS.length)][0],
            date(today.minusDays(random.nextInt(60))),
            CONTRIBUTIONS[random.nextInt(CONTRIBUTIONS.length)][1],
            worker
          });
    }
  }

  private static final String[] STEPS = {
    "Ring the college about the open day",
    "Put the alarm on the other side of the room",
    "Go to the Tuesday group once",
    "Write down what I spend for a week",
    "Ask Nan to come to the first appointment",
    "Look at the bus timetable together"
  };

  private static final String[] WENT_WELL = {
    "Kept every appointment this time", "Went to group three weeks running",
    "Sorted the rent arrears", "Back in touch with family"
  };

  private static final String[] CHANGED = {
    "Moved to a new flat", "Started a course", "Lost their job", "New worker at the service"
  };

  private static final String[][] CONTRIBUTIONS = {
    {"volunteering", "Helped set up the Friday cafe"},
    {"peer-support", "Showed a new member round on their first day"},
    {"co-production", "Sat on the panel that chose the new youth worker"},
    {"other", "Ran a bike repair session at the drop-in"}
  };

  private Object[] entry(
      Someone person,
      String stage,
      String body,
      String words,
      String supporter,
      LocalDate on,
      UUID worker) {
    return new Object[] {person.id(), stage, body, words, supporter, date(on), worker};
  }

  private void write() {
    batch(
        "insert into support.plan (person_id, started_on, started_by, review_every_days)"
            + " values (?, ?, ?, 84)",
        plans);
    batch(
        """
        insert into support.plan_entry (person_id, stage, body, in_words_of, supporter,
          happened_on, written_by)
        values (?, ?, ?, ?, ?, ?, ?)
        """,
        entries);
    batch(
        """
        insert into support.plan_network_member (id, person_id, name, kind, relationship,
          helps_with, closeness, added_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        network);
    batch(
        """
        insert into support.plan_goal (id, person_id, domain_id, words, in_words_of, status,
          set_on, set_by)
        values (?, ?, ?, ?, 'person', ?, ?, ?)
        """,
        goals);
    batch(
        """
        insert into support.plan_goal_step (person_id, goal_id, words, helper_network, done_on,
          added_by)
        values (?, ?, ?, ?, ?, ?)
        """,
        steps);
    batch(
        """
        insert into support.plan_goal_rating (person_id, goal_id, rated_on, score, rated_by,
          recorded_by)
        values (?, ?, ?, ?, ?, ?)
        """,
        ratings);
    batch(
        """
        insert into support.plan_review (person_id, reviewed_on, went_well, changed, in_words_of,
          reviewed_by)
        values (?, ?, ?, ?, 'person', ?)
        """,
        reviews);
    batch(
        """
        insert into support.plan_contribution (person_id, kind, happened_on, words, in_words_of,
          recorded_by)
        values (?, ?, ?, ?, 'person', ?)
        """,
        contributions);
  }

  private void batch(String sql, List<Object[]> rows) {
    if (!rows.isEmpty()) {
      template.batchUpdate(sql, rows);
    }
  }

  private static String pick(SplittableRandom random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static Date date(LocalDate day) {
    return Date.valueOf(day);
  }
}
