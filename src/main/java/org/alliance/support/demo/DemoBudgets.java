package org.alliance.support.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
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
 * In demo mode, gives a few demo people budgets: two personal budgets (one with a payment awaiting
 * approval, one from last year reconciled) and Individual Service Funds, six held by the demo
 * practitioner's member (enough to show in the ISF return) and two by another (suppressed there).
 * Runs after the demo people (110), once, only while no budget exists, under an advisory lock.
 */
@Component
@Order(120)
class DemoBudgets implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBudgets.class);

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoBudgets(
      DatabaseMode mode,
      UserAccounts users,
      Organisations organisations,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.users = users;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  private static final String[][] ISF_SPENDING = {
    {"Gym membership", "Brackenshire Leisure", "24.99"},
    {"Bus pass", "Brackenshire Buses", "57.50"},
    {"Cookery course", "Brackenford Adult Learning", "120.00"},
    {"Guitar lessons", "Zed Music", "18.75"},
    {"Allotment rent", "Brackenford Allotments", "33.33"},
    {"Work boots", "Bracken Workwear", "64.95"}
  };

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    Integer made =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-budgets'))")
                  .query(Object.class)
                  .single();
              if (jdbc.sql("select exists (select 1 from support.budget)")
                  .query(Boolean.class)
                  .single()) {
                return 0;
              }
              UserAccount worker = users.findByUsername("practitioner").orElse(null);
              UserAccount colleague = users.findByUsername("practitioner2").orElse(null);
              if (worker == null || colleague == null) {
                return 0;
              }
              UUID other =
                  organisations.all().stream()
                      .filter(o -> o.relationship() == Relationship.MEMBER)
                      .map(o -> o.id())
                      .filter(id -> !id.equals(worker.organisationId()))
                      .findFirst()
                      .orElse(worker.organisationId());
              List<UUID> people =
                  jdbc.sql(
                          """
                          select id from support.person
                           where registered_by = :worker and merged_into is null
                           order by id limit 10
                          """)
                      .param("worker", worker.id())
                      .query(UUID.class)
                      .list();
              if (people.size() < 10) {
                return 0;
              }
              LocalDate today = LocalDate.now(PersonAccess.UK);
              LocalDate start = today.withDayOfMonth(1).minusMonths(2);
              // A personal budget with spending under the limit and a payment awaiting approval.
              UUID first =
                  budget(
                      people.get(0),
                      worker,
                      "personal-budget",
                      null,
                      start,
                      "1500.00",
                      "Personal health budget",
                      "To get fit and get back to work");
              spend(
                  first,
                  people.get(0),
                  "commitment",
                  "Swimming lessons, ten weeks",
                  "Brackenshire Leisure",
                  "85.00",
                  start.plusDays(3),
                  "counted",
                  worker,
                  null);
              spend(
                  first,
                  people.get(0),
                  "payment",
                  "Swimming lessons, ten weeks",
                  "Brackenshire Leisure",
                  "85.00",
                  start.plusDays(10),
                  "counted",
                  worker,
                  null);
              spend(
                  first,
                  people.get(0),
                  "payment",
                  "A bicycle",
                  "Bracken Cycles",
                  "340.00",
                  today,
                  "awaiting-approval",
                  worker,
                  null);
              // Last year's personal budget, reconciled with something returned.
              UUID old =
                  budget(
                      people.get(1),
                      worker,
                      "personal-budget",
                      null,
                      start.minusYears(1),
                      "600.00",
                      "Public health grant",
                      "Driving lessons");
              spend(
                  old,
                  people.get(1),
                  "payment",
                  "Driving lessons",
                  "Bracken Driving School",
                  "412.50",
                  start.minusMonths(6),
                  "counted",
                  worker,
                  null);
              jdbc.sql(
                      """
                      update support.budget set reconciled_on = ends_on, closing_balance = 0.00,
                        returned = 187.50, reconciled_by = :by, version = version + 1
                       where id = :id
                      """)
                  .param("by", worker.id())
                  .param("id", old)
                  .update();
              // Individual Service Funds: six at the worker's member, two at another.
              for (int i = 0; i < 8; i++) {
                UUID person = people.get(2 + i);
                UUID holder = i < 6 ? worker.organisationId() : other;
                UUID fund =
                    budget(
                        person,
                        worker,
                        "isf",
                        holder,
                        start,
                        "2400.00",
                        "Public health grant",
                        i % 2 == 0 ? "Things that keep me well" : null);
                String[] item = ISF_SPENDING[i % ISF_SPENDING.length];
                spend(
                    fund,
                    person,
                    "commitment",
                    item[0],
                    item[1],
                    new BigDecimal(item[2]).multiply(new BigDecimal(4)).toPlainString(),
                    start.plusDays(2),
                    "counted",
                    worker,
                    null);
                spend(
                    fund,
                    person,
                    "payment",
                    item[0],
                    item[1],
                    item[2],
                    today.withDayOfMonth(1),
                    "counted",
                    worker,
                    null);
              }
              return 10;
            });
    if (made != null && made > 0) {
      log.info("Gave {} demo people budgets", made);
    }
  }

  private UUID budget(
      UUID person,
      UserAccount worker,
      String kind,
      UUID holder,
      LocalDate start,
      String allocation,
      String source,
      String wants) {
    return jdbc.sql(
            """
            insert into support.budget (person_id, kind, holding_member_id, member_id, starts_on,
              ends_on, allocation, funding_source, wants, in_words_of, recorded_by, changed_by)
            values (:person, :kind, :holder, :member, :starts, :ends, :allocation, :source,
              :wants, 'person', :by, :by)
            returning id
            """)
        .param("person", person)
        .param("kind", kind)
        .param("holder", holder)
        .param("member", worker.organisationId())
        .param("starts", start)
        .param("ends", start.plusYears(1).minusDays(1))
        .param("allocation", new BigDecimal(allocation))
        .param("source", source)
        .param("wants", wants)
        .param("by", worker.id())
        .query(UUID.class)
        .single();
  }

  private void spend(
      UUID budget,
      UUID person,
      String kind,
      String what,
      String whoTo,
      String amount,
      LocalDate on,
      String status,
      UserAccount by,
      UserAccount decidedBy) {
    jdbc.sql(
            """
            insert into support.budget_spend (budget_id, person_id, kind, what, who_to, amount,
              spent_on, status, recorded_by, decided_by, decided_at)
            values (:budget, :person, :kind, :what, :who, :amount, :on, :status, :by, :decided,
              case when cast(:decided as uuid) is null then null else now() end)
            """)
        .param("budget", budget)
        .param("person", person)
        .param("kind", kind)
        .param("what", what)
        .param("who", whoTo)
        .param("amount", new BigDecimal(amount))
        .param("on", on)
        .param("status", status)
        .param("by", by.id())
        .param("decided", decidedBy == null ? null : decidedBy.id())
        .update();
  }
}
