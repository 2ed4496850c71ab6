package org.alliance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;

/**
 * People's own accounts for the "My plan" workload, as an activated code leaves them: a {@code
 * person}-role user made by {@link UserAccounts#create} (its password hashed with Argon2, as for
 * every account the application makes, the benchmark's practitioners included) and a {@code
 * support.person_account} row, relation {@code self} and every part; for one person in {@link
 * #PROXY_EVERY} (the first among them) a proxy too (a carer sharing the plan and appointments,
 * ending at 18 for a young person as activation sets it). Each person's registering worker becomes
 * their accepted trusted individual, so the page shows "Your worker" as it would for someone whose
 * team made their code.
 */
final class OwnAccounts {

  /** One proxy for every this many people with an account. */
  static final int PROXY_EVERY = 25;

  /**
   * A person's own account, and the first goal of their plan: its id (in the page's "Add to this"
   * link) and words, which the page must show to count as the person's plan.
   */
  record Own(
      UUID userId,
      String username,
      UUID personId,
      UUID memberId,
      UUID firstGoalId,
      String firstGoalWords) {

    /** As {@link SupportSqlBaseline} names who is reading, for the audit row. */
    SupportSqlBaseline.Viewer viewer() {
      return new SupportSqlBaseline.Viewer(userId, username, memberId);
    }
  }

  /** A proxy's account: whose plan it reads, and the person's first goal's words. */
  record Proxy(UUID userId, String username, UUID personId, String firstGoalWords) {}

  /** What was made, and how long it took. */
  record Made(List<Own> people, List<Proxy> proxies, double seconds) {}

  private OwnAccounts() {}

  /**
   * {@code count} people to give an account and a five-year plan: those already chosen for a plan
   * first, then the longest registered of everyone else not merged, so most have five years behind
   * them.
   */
  static List<UUID> people(DataSource owner, List<UUID> withPlans, int count) throws SQLException {
    Set<UUID> chosen = new LinkedHashSet<>(withPlans.subList(0, Math.min(count, withPlans.size())));
    if (chosen.size() >= count) {
      return List.copyOf(chosen);
    }
    try (Connection c = owner.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                """
                select p.id from support.person p
                 where p.merged_into is null and p.id <> all(?)
                   and not exists (select 1 from support.plan x where x.person_id = p.id)
                 order by p.registered_at, p.id limit ?
                """)) {
      q.setArray(1, c.createArrayOf("uuid", chosen.toArray()));
      q.setInt(2, count - chosen.size());
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          chosen.add(rows.getObject(1, UUID.class));
        }
      }
    }
    return List.copyOf(chosen);
  }

  /** Makes the accounts of these people (whose plans are already written), with one password. */
  static Made make(UserAccounts accounts, DataSource owner, List<UUID> people, String password)
      throws SQLException {
    long started = System.nanoTime();
    List<Own> own = new ArrayList<>();
    List<Proxy> proxies = new ArrayList<>();
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(true);
      for (int i = 0; i < people.size(); i++) {
        UUID person = people.get(i);
        Facts facts = facts(c, person);
        String username = "bench-person-%03d".formatted(i + 1);
        UserAccount account =
            accounts.create(
                new NewUser(
                    username, facts.name(), null, facts.member(), Set.of(Role.PERSON), password),
                true);
        link(c, account.id(), person, facts.worker(), null);
        own.add(
            new Own(
                account.id(),
                username,
                person,
                facts.member(),
                facts.firstGoalId(),
                facts.firstGoalWords()));
        if (i % PROXY_EVERY == 0) {
          String proxyName = "bench-carer-%03d".formatted(i + 1);
          UserAccount carer =
              accounts.create(
                  new NewUser(
                      proxyName,
                      "Carer of " + facts.name(),
                      null,
                      facts.member(),
                      Set.of(Role.PERSON),
                      password),
                  true);
          link(c, carer.id(), person, facts.worker(), "Carer");
          proxies.add(new Proxy(carer.id(), proxyName, person, facts.firstGoalWords()));
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              """
              insert into support.trusted_individual
                (person_id, user_id, member_id, accepted_at, accepted_by, recorded_by)
              select p.id, p.registered_by, p.registered_by_member, now(), p.registered_by,
                     p.registered_by
                from support.person p
               where p.id = any(?)
                 and not exists (select 1 from support.trusted_individual t
                                  where t.person_id = p.id and t.ended_at is null)
              """)) {
        q.setArray(1, c.createArrayOf("uuid", people.toArray()));
        q.executeUpdate();
      }
      try (var s = c.createStatement()) {
        s.execute("analyze support.person_account, support.trusted_individual");
      }
    }
    return new Made(own, proxies, BenchNode.seconds(started));
  }

  private record Facts(
      String name, UUID member, UUID worker, UUID firstGoalId, String firstGoalWords) {}

  private static Facts facts(Connection c, UUID person) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            """
            select p.given_name || ' ' || p.family_name, p.registered_by_member, p.registered_by,
                   g.id, g.words
              from support.person p
              join lateral (select id, words from support.plan_goal
                             where person_id = p.id order by set_at, id limit 1) g on true
             where p.id = ?
            """)) {
      q.setObject(1, person);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("No plan was written for person " + person);
        }
        return new Facts(
            r.getString(1),
            r.getObject(2, UUID.class),
            r.getObject(3, UUID.class),
            r.getObject(4, UUID.class),
            r.getString(5));
      }
    }
  }

  /** The link an activated code leaves: the person themself, or a proxy ({@code relationship}). */
  private static void link(Connection c, UUID user, UUID person, UUID worker, String relationship)
      throws SQLException {
    boolean self = relationship == null;
    try (PreparedStatement q =
        c.prepareStatement(
            """
            insert into support.person_account
              (user_id, person_id, relation, relationship, parts, agreed_on, agreed_how,
               ends_on, created_by)
            select ?, p.id, ?, ?, cast(? as text[]), current_date, ?,
                   case when ? = 'proxy' and p.date_of_birth + interval '18 years' > current_date
                        then cast(p.date_of_birth + interval '18 years' as date) end,
                   ?
              from support.person p where p.id = ?
            """)) {
      String relation = self ? "self" : "proxy";
      q.setObject(1, user);
      q.setString(2, relation);
      q.setString(3, relationship);
      q.setArray(
          4,
          c.createArrayOf(
              "text",
              self
                  ? new String[] {"plan", "appointments", "budget", "record-reads"}
                  : new String[] {"plan", "appointments"}));
      q.setString(5, self ? "self" : "in-person");
      q.setString(6, relation);
      q.setObject(7, worker);
      q.setObject(8, person);
      q.executeUpdate();
    }
  }
}
