package org.alliance.support.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.database.DatabaseMode;
import org.alliance.directory.ServiceLookup;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.support.RetentionReviews;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.demo.DemoPeopleGenerator.Member;
import org.alliance.support.demo.DemoPeopleGenerator.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, loads a few hundred fictional people with histories into an empty support schema:
 * after the demo alliance (0), directory (20) and its search index (100), under a
 * transaction-scoped advisory lock, in batched inserts. Young people (16 to 20) are at Open Road,
 * adults at the Recovery Partnership and the other members; the demo {@code practitioner} and
 * {@code practitioner2} carry most of their members' caseloads, and a few colleagues (who cannot
 * sign in: nobody knows their passwords) the rest. Then the retention review runs once, so the
 * data-protection lead has records to decide.
 */
@Component
// After the demo directory (20) and the directory's search index is built (100), so that demo
// referrals can find the directory's services through ServiceLookup.
@Order(110)
class DemoPeople implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

  /** A member's demo colleagues: user name, name. */
  private record Colleague(String username, String name) {}

  private record MemberPlan(
      String name,
      String code,
      String demoUser,
      Colleague colleague,
      int people,
      int min,
      int max) {}

  private static final List<MemberPlan> PLAN =
      List.of(
          new MemberPlan(
              "Open Road Young People's Service",
              "Open Road",
              "practitioner",
              new Colleague("demo-jreyes", "Jordan Reyes"),
              90,
              16,
              20),
          new MemberPlan(
              "Brackenshire Recovery Partnership",
              "the Recovery Partnership",
              "practitioner2",
              new Colleague("demo-aokoro", "Ade Okoro"),
              110,
              22,
              68),
          new MemberPlan(
              "Brackenshire Health NHS Foundation Trust",
              "the Health Trust",
              null,
              new Colleague("demo-lhughes", "Lowri Hughes"),
              40,
              25,
              70),
          new MemberPlan(
              "Harbour Housing",
              "Harbour Housing",
              null,
              new Colleague("demo-smalik", "Sana Malik"),
              25,
              19,
              60),
          new MemberPlan(
              "Brackenford Women's Centre",
              "the Women's Centre",
              null,
              new Colleague("demo-kdoyle", "Kerry Doyle"),
              20,
              19,
              55),
          new MemberPlan(
              "Steps to Work Ltd",
              "Steps to Work",
              null,
              new Colleague("demo-pbaptiste", "Paul Baptiste"),
              15,
              19,
              50));

  private final DatabaseMode mode;
  private final Organisations organisations;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;
  private final RetentionReviews reviews;
  private final ServiceLookup directory;

  DemoPeople(
      DatabaseMode mode,
      Organisations organisations,
      UserAccounts users,
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transaction,
      RetentionReviews reviews,
      ServiceLookup directory) {
    this.directory = directory;
    this.mode = mode;
    this.organisations = organisations;
    this.users = users;
    this.jdbc = jdbc;
    this.template = template;
    this.transaction = transaction;
    this.reviews = reviews;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    long started = System.nanoTime();
    Integer loaded =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-people'))")
                  .query(Object.class)
                  .single();
              if (jdbc.sql("select exists (select 1 from support.person)")
                  .query(Boolean.class)
                  .single()) {
                return 0;
              }
              List<Member> members = members();
              if (members.isEmpty()) {
                return 0;
              }
              long staffReady = System.nanoTime();
              int people =
                  load(
                      DemoPeopleGenerator.generate(
                          LocalDate.now(PersonAccess.UK), members, postcodes()));
              Member openRoad = members.get(0);
              if (openRoad.staff().size() == 3) {
                new DemoExtras(jdbc, directory)
                    .add(
                        openRoad.id(),
                        openRoad.staff().get(0).userId(),
                        openRoad.staff().get(2).userId());
              }
              log.info(
                  "Demo people: colleagues in {} ms, people in {} ms",
                  (staffReady - started) / 1_000_000,
                  (System.nanoTime() - staffReady) / 1_000_000);
              return people;
            });
    if (loaded != null && loaded > 0) {
      reviews.runNow();
      log.info("Loaded {} demo people in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (MemberPlan plan : PLAN) {
      Organisation member =
          organisations.all().stream()
              .filter(o -> o.name().equals(plan.name()))
              .findFirst()
              .orElse(null);
      if (member == null) {
        return List.of(); // not the demo alliance
      }
      List<Staff> staff = new ArrayList<>();
      if (plan.demoUser() != null) {
        UUID demoUser = users.findByUsername(plan.demoUser()).map(UserAccount::id).orElse(null);
        if (demoUser != null) {
          staff.add(new Staff(demoUser, member.id()));
          staff.add(new Staff(demoUser, member.id()));
        }
      }
      staff.add(new Staff(colleague(plan.colleague(), member.id()), member.id()));
      members.add(
          new Member(member.id(), plan.code(), staff, plan.people(), plan.min(), plan.max()));
    }
    return members;
  }

  private UUID colleague(Colleague colleague, UUID member) {
    return users
        .findByUsername(colleague.username())
        .map(UserAccount::id)
        .orElseGet(
            () -> {
              byte[] secret = new byte[24];
              new SecureRandom().nextBytes(secret);
              return users
                  .create(
                      new NewUser(
                          colleague.username(),
                          colleague.name(),
                          colleague.username().substring(5) + "@brackenshire-alliance.example.org",
                          member,
                          Set.of(Role.PRACTITIONER),
                          Base64.getEncoder().encodeToString(secret)),
                      true)
                  .id();
            });
  }

  private static List<String> postcodes() {
    try (InputStream in = new ClassPathResource("demo/directory/postcodes.csv").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(line -> line.split(",")[2].replace("\"", "").replace(" ", ""))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int load(DemoPeopleGenerator.People people) {
    batch(
        """
        insert into support.person (id, given_name, family_name, preferred_name, pronouns,
          date_of_birth, postcode, nhs_number, languages, communication_needs,
          registered_by_member, registered_by, registered_at, last_contact_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        people.people(),
        p ->
            new Object[] {
              p.id(),
              p.given(),
              p.family(),
              p.preferred(),
              p.pronouns(),
              date(p.born()),
              p.postcode(),
              p.nhs(),
              p.languages(),
              p.communication(),
              p.member(),
              p.registeredBy(),
              time(p.registeredAt()),
              time(p.lastContactAt())
            });
    batch(
        "insert into support.person_name (person_id, given_name, family_name, kind) values (?, ?, ?, ?)",
        people.names(),
        n -> new Object[] {n.person(), n.given(), n.family(), n.kind()});
    batch(
        "insert into support.member_reference (person_id, member_id, reference) values (?, ?, ?)",
        people.references(),
        r -> new Object[] {r.person(), r.member(), r.reference()});
    batch(
        """
        insert into support.consent (person_id, state, members, parts, given_on, expires_on,
          recorded_by, recorded_by_member, recorded_at, note)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        people.consents(),
        c ->
            new Object[] {
              c.person(), c.state(), c.members(), c.parts(), date(c.givenOn()),
              date(c.expiresOn()), c.by(), c.byMember(), time(c.at()), c.note()
            });
    batch(
        """
        insert into support.access_grant (person_id, kind, member_id, user_id, labels, status,
          starts_at, ends_at, reason, requested_by, requested_at, reviewed_by, reviewed_at,
          review_note)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        people.grants(),
        g ->
            new Object[] {
              g.person(),
              g.kind(),
              g.member(),
              g.user(),
              g.labels(),
              g.status(),
              time(g.starts()),
              time(g.ends()),
              g.reason(),
              g.requestedBy(),
              time(g.starts()),
              g.reviewedBy(),
              time(g.reviewedAt()),
              g.reviewNote()
            });
    batch(
        """
        insert into support.trusted_individual (person_id, user_id, member_id, chosen_at,
          accepted_at, recorded_by)
        values (?, ?, ?, ?, ?, ?)
        """,
        people.trusted(),
        t ->
            new Object[] {
              t.person(), t.user(), t.member(), time(t.chosen()), time(t.accepted()), t.user()
            });
    batch(
        """
        insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by,
          closed_on, close_reason, closed_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        people.episodes(),
        e ->
            new Object[] {
              e.person(),
              e.member(),
              date(e.opened()),
              e.openReason(),
              e.by(),
              date(e.closed()),
              e.closeReason(),
              e.closed() == null ? null : e.by()
            });
    batch(
        """
        insert into support.contact (person_id, member_id, worker_id, mode, happens_at, outcome,
          label, summary, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        people.contacts(),
        c ->
            new Object[] {
              c.person(),
              c.member(),
              c.worker(),
              c.mode(),
              time(c.at()),
              c.outcome(),
              c.label(),
              c.summary(),
              c.worker(),
              time(c.at())
            });
    batch(
        """
        insert into support.case_note (person_id, member_id, author_id, label, body, written_at)
        values (?, ?, ?, ?, ?, ?)
        """,
        people.notes(),
        n -> new Object[] {n.person(), n.member(), n.author(), n.label(), n.body(), time(n.at())});
    batch(
        """
        insert into support.referral (person_id, from_member, sent_by, sent_at, to_member, status,
          basis, shared_labels, note, decline_reason, updated_at)
        values (?, ?, ?, ?, ?, ?, 'consent', ?, ?, ?, ?)
        """,
        people.referrals(),
        r ->
            new Object[] {
              r.person(),
              r.from(),
              r.by(),
              time(r.sent()),
              r.to(),
              r.status(),
              r.shared(),
              r.note(),
              r.declineReason(),
              time(r.sent())
            });
    return people.people().size();
  }

  private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values) {
    if (!rows.isEmpty()) {
      template.batchUpdate(sql, rows.stream().map(values).toList());
    }
  }

  private static Timestamp time(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
