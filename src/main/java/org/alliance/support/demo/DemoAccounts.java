package org.alliance.support.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.PersonAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a supported person who can sign in to "My plan" ({@code person}) and a carer they
 * named ({@code carer}, sharing their plan and appointments), both with the demo password. The
 * person is one of the demo practitioner's people with a plan and a personal budget; the demo
 * practitioner is their trusted individual; three of their words on a goal are shared for reports.
 * Runs after the plans and budgets (120), once, while neither account exists, under an advisory
 * lock.
 */
@Component
@Order(130)
class DemoAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  /**
   * The demo alliance's password (the demo module's; repeated here, since modules share no code).
   */
  private static final String DEMO_PASSWORD = "alliance-demo";

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoAccounts(
      DatabaseMode mode, UserAccounts users, JdbcClient jdbc, TransactionTemplate transaction) {
    this.mode = mode;
    this.users = users;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    String made =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-accounts'))")
                  .query(Object.class)
                  .single();
              if (users.findByUsername("person").isPresent()
                  || users.findByUsername("carer").isPresent()) {
                return null;
              }
              UserAccount worker = users.findByUsername("practitioner").orElse(null);
              if (worker == null) {
                return null;
              }
              UUID person =
                  jdbc.sql(
                          """
                          select p.id from support.person p
                           where p.registered_by = :worker and p.merged_into is null
                             and exists (select 1 from support.budget b
                                          where b.person_id = p.id and b.kind = 'personal-budget')
                             and exists (select 1 from support.plan_goal g where g.person_id = p.id)
                           order by p.id limit 1
                          """)
                      .param("worker", worker.id())
                      .query(UUID.class)
                      .optional()
                      .orElse(null);
              if (person == null) {
                return null;
              }
              String name =
                  jdbc.sql(
                          "select given_name || ' ' || family_name from support.person where id = :id")
                      .param("id", person)
                      .query(String.class)
                      .single();
              UserAccount own = account("person", name, worker);
              UserAccount carer = account("carer", "Jo Carer", worker);
              LocalDate today = LocalDate.now(PersonAccess.UK);
              jdbc.sql(
                      """
                      insert into support.person_account
                        (user_id, person_id, relation, relationship, parts, agreed_on, agreed_how,
                         created_by)
                      values (:own, :person, 'self', null,
                              array['plan', 'appointments', 'budget', 'record-reads'],
                              :today, 'self', :worker),
                             (:carer, :person, 'proxy', 'Carer', array['plan', 'appointments'],
                              :today, 'in-person', :worker)
                      """)
                  .param("own", own.id())
                  .param("carer", carer.id())
                  .param("person", person)
                  .param("today", today)
                  .param("worker", worker.id())
                  .update();
              // Their trusted individual is the demo practitioner, accepted by their member.
              jdbc.sql(
                      """
                      insert into support.trusted_individual
                        (person_id, user_id, member_id, accepted_at, recorded_by)
                      select :person, :worker, :member, now(), :worker
                       where not exists (select 1 from support.trusted_individual
                                          where person_id = :person and ended_at is null)
                      """)
                  .param("person", person)
                  .param("worker", worker.id())
                  .param("member", worker.organisationId())
                  .update();
              // Words of their own on their first goal, which they chose to let the alliance
              // quote without their name, so the demo's evaluation report has some to show.
              jdbc.sql(
                      """
                      insert into support.own_words
                        (person_id, entry_kind, entry_id, words, written_by, written_as,
                         written_at, shared_in_reports_at)
                      select :person, 'goal', g.id, w.words, :own, 'self',
                             now() - w.ago, now() - w.ago
                        from (select id from support.plan_goal where person_id = :person
                               order by id limit 1) g,
                             (values
                                ('Being asked what mattered to me, not just what I was using, is'
                                 || ' why I kept coming back.', interval '8 months'),
                                ('I miss fewer appointments now I can see them on my phone.',
                                 interval '5 months'),
                                ('My sister came to my last review with me. Six months ago I'
                                 || ' would not have let her.', interval '2 months')) w(words, ago)
                      """)
                  .param("person", person)
                  .param("own", own.id())
                  .update();
              // An appointment to come, so "Next appointments" has something to show.
              jdbc.sql(
                      """
                      insert into support.contact
                        (person_id, member_id, worker_id, mode, happens_at, recorded_by)
                      values (:person, :member, :worker, 'face-to-face',
                              date_trunc('day', now()) + interval '3 days 10 hours', :worker)
                      """)
                  .param("person", person)
                  .param("worker", worker.id())
                  .param("member", worker.organisationId())
                  .update();
              return name;
            });
    if (made != null) {
      log.info(
          "Made the demo person's own accounts: sign in as person ({}) or carer with the password"
              + " {}",
          made,
          DEMO_PASSWORD);
    }
  }

  private UserAccount account(String username, String name, UserAccount worker) {
    UserAccount account =
        users.create(
            new NewUser(
                username, name, null, worker.organisationId(), Set.of(Role.PERSON), DEMO_PASSWORD),
            true);
    users.markAsDemoAccount(account.id());
    return account;
  }
}
