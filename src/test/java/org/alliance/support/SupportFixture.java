package org.alliance.support;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sets up people, consent and grants directly in the database, so that tests of what is shown can
 * cover every combination quickly; the journeys that make them over HTTP have their own tests.
 * Names carry the "zq" marker shared by test fixtures.
 */
public final class SupportFixture {

  public static final String PASSWORD = "correct horse battery";
  public static final String[] ALL_LABELS = {
    "safeguarding", "sexual-health", "criminal-justice", "mental-health"
  };

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final Organisations organisations;

  public SupportFixture(JdbcClient jdbc, UserAccounts users, Organisations organisations) {
    this.jdbc = jdbc;
    this.users = users;
    this.organisations = organisations;
  }

  public Organisation member(String name) {
    return organisations.all().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  public UserAccount user(String username) {
    return users.findByUsername(username).orElseThrow();
  }

  /** A new account at a member; marked as a demo account so the second-factor gate lets it by. */
  public UserAccount newUser(Role role, UUID member, boolean exemptFromSecondFactor) {
    String username = "zq-" + UUID.randomUUID().toString().substring(0, 8);
    UserAccount account =
        users.create(
            new NewUser(username, "Zq " + username, null, member, Set.of(role), PASSWORD), true);
    if (exemptFromSecondFactor) {
      users.markAsDemoAccount(account.id());
    }
    return account;
  }

  /** A person registered by a user at their member, with the member's standard grant. */
  public UUID person(String given, String family, LocalDate born, UserAccount registeredBy) {
    UUID id =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, date_of_birth, postcode,
                                            registered_by_member, registered_by)
                values (:given, :family, :born, 'BK12AB', :member, :user) returning id
                """)
            .param("given", given)
            .param("family", family)
            .param("born", born == null ? null : Date.valueOf(born))
            .param("member", registeredBy.organisationId())
            .param("user", registeredBy.id())
            .query(UUID.class)
            .single();
    grant(id, "standard", registeredBy.organisationId(), null, ALL_LABELS, null, null);
    jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by)
            values (:person, :member, current_date, 'Registered', :user)
            """)
        .param("person", id)
        .param("member", registeredBy.organisationId())
        .param("user", registeredBy.id())
        .update();
    return id;
  }

  public void consent(
      UUID person,
      String state,
      UUID[] members,
      String[] parts,
      LocalDate given,
      LocalDate expires,
      UserAccount by) {
    jdbc.sql(
            """
            insert into support.consent (person_id, state, members, parts, given_on, expires_on,
                                         recorded_by, recorded_by_member)
            values (:person, :state, :members, :parts, :given, :expires, :by, :member)
            """)
        .param("person", person)
        .param("state", state)
        .param("members", members)
        .param("parts", parts)
        .param("given", Date.valueOf(given))
        .param("expires", expires == null ? null : Date.valueOf(expires))
        .param("by", by.id())
        .param("member", by.organisationId())
        .update();
  }

  /**
   * A grant in force from three hours ago; {@code endsHoursFromNow} negative for one that has
   * expired.
   */
  public UUID grant(
      UUID person,
      String kind,
      UUID member,
      UUID user,
      String[] labels,
      Integer endsHoursFromNow,
      String reason) {
    return jdbc.sql(
            """
            insert into support.access_grant (person_id, kind, member_id, user_id, labels, status,
                                              starts_at, ends_at, reason)
            values (:person, :kind, :member, :user, :labels, 'active', now() - interval '3 hours',
                    case when cast(:ends as integer) is null then null
                         else now() + make_interval(hours => cast(:ends as integer)) end,
                    :reason)
            returning id
            """)
        .param("person", person)
        .param("kind", kind)
        .param("member", member)
        .param("user", user)
        .param("labels", labels)
        .param("ends", endsHoursFromNow)
        .param("reason", reason == null ? kind + " for a test" : reason)
        .query(UUID.class)
        .single();
  }

  /** A booked appointment with no outcome yet, an hour ago, with the given worker. */
  public UUID appointment(UUID person, UserAccount worker) {
    return jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at, recorded_by)
            values (:person, :member, :worker, 'face-to-face', now() - interval '1 hour', :worker)
            returning id
            """)
        .param("person", person)
        .param("member", worker.organisationId())
        .param("worker", worker.id())
        .query(UUID.class)
        .single();
  }

  /** A referral of the person to a member other than the worker's, sent on their consent. */
  public UUID referral(UUID person, UserAccount sender) {
    UUID to = otherMember(sender);
    java.util.Optional<UUID> waiting =
        jdbc.sql(
                "select id from support.referral where person_id = :person and to_member = :to"
                    + " and status in ('sent', 'accepted')")
            .param("person", person)
            .param("to", to)
            .query(UUID.class)
            .optional();
    if (waiting.isPresent()) {
      return waiting.get();
    }
    return jdbc.sql(
            """
            insert into support.referral (person_id, from_member, sent_by, to_member, basis, note)
            values (:person, :from, :sender, :to, 'consent', 'Zq referral for a test')
            returning id
            """)
        .param("person", person)
        .param("from", sender.organisationId())
        .param("sender", sender.id())
        .param("to", to)
        .query(UUID.class)
        .single();
  }

  /** A member of the alliance other than the user's own. */
  public UUID otherMember(UserAccount user) {
    return organisations.all().stream()
        .filter(o -> o.relationship() == org.alliance.organisation.Relationship.MEMBER)
        .map(Organisation::id)
        .filter(id -> !id.equals(user.organisationId()))
        .findFirst()
        .orElseThrow();
  }

  /** A second record of the person, registered by the same member and merged into this one. */
  public UUID mergedInto(UUID survivor, UserAccount by) {
    UUID half = person("Zqother", "Zqhalf", null, by);
    jdbc.sql("update support.person set merged_into = :survivor where id = :half")
        .param("survivor", survivor)
        .param("half", half)
        .update();
    return jdbc.sql(
            """
            insert into support.person_merge (merged_id, survivor_id, reason, merged_by, merged_by_member)
            values (:half, :survivor, 'Zq same person', :by, :member) returning id
            """)
        .param("half", half)
        .param("survivor", survivor)
        .param("by", by.id())
        .param("member", by.organisationId())
        .query(UUID.class)
        .single();
  }

  /** The person's newest open episode. */
  public UUID openEpisode(UUID person) {
    return jdbc.sql(
            "select id from support.episode where person_id = :person and closed_on is null"
                + " order by opened_on desc, id limit 1")
        .param("person", person)
        .query(UUID.class)
        .single();
  }

  /** A record route with every placeholder filled for this person's own contact and episode. */
  public String fill(String route, UUID person, UserAccount worker) {
    String path = route.replace("{id}", person.toString());
    if (path.contains("{contactId}")) {
      path = path.replace("{contactId}", appointment(person, worker).toString());
    }
    if (path.contains("{episodeId}")) {
      path = path.replace("{episodeId}", openEpisode(person).toString());
    }
    if (path.contains("{modalityId}")) {
      path = path.replace("{modalityId}", modality(person, worker).toString());
    }
    if (path.contains("{referralId}")) {
      path = path.replace("{referralId}", referral(person, worker).toString());
    }
    if (path.contains("{mergeId}")) {
      path = path.replace("{mergeId}", mergedInto(person, worker).toString());
    }
    if (path.contains("{entryId}")) {
      path = path.replace("{entryId}", planEntry(person, worker, null, "Zq a strength").toString());
    }
    if (path.contains("{networkId}")) {
      path = path.replace("{networkId}", networkMember(person, worker, null, "Zqnan").toString());
    }
    if (path.contains("{goalId}")) {
      path = path.replace("{goalId}", goal(person, worker, null, "Zq a goal").toString());
    }
    if (path.contains("{budgetId}")) {
      path = path.replace("{budgetId}", budget(person, worker, "personal-budget", null).toString());
    }
    if (path.contains("{accountId}")) {
      path = path.replace("{accountId}", proxyAccount(person, worker).toString());
    }
    if (path.contains("{codeId}")) {
      path = path.replace("{codeId}", accountCode(person, worker).toString());
    }
    if (path.contains("{withheldId}")) {
      path = path.replace("{withheldId}", withheld(person, worker).toString());
    }
    if (path.endsWith("/withheld")) {
      withheld(person, worker); // so the page shows one, with its "show it to them again" form
    }
    if (path.endsWith("/withheld/new")) {
      path = path + "?kind=goal&entry=" + goal(person, worker, null, "Zq a goal to withhold");
    }
    if (path.contains("{questionId}")) {
      path =
          path.replace("{questionId}", question(person, "Zq when is my next review?").toString());
    }
    if (path.endsWith("/referrals/send")) {
      path = path + "?member=" + otherMember(worker);
    }
    return path;
  }

  /**
   * NDTMS treatment details on the person's open episode (referred and triaged today, no
   * discharge), unless it has them already.
   */
  public UUID treatment(UUID person, UserAccount worker) {
    UUID episode = openEpisode(person);
    jdbc.sql(
            """
            insert into support.ndtms_episode (episode_id, person_id, referred_on, triaged_on, updated_by)
            values (:episode, :person, current_date, current_date, :by)
            on conflict (episode_id) do nothing
            """)
        .param("episode", episode)
        .param("person", person)
        .param("by", worker.id())
        .update();
    return episode;
  }

  /** A modality on the person's open episode, with NDTMS treatment details made for it. */
  public UUID modality(UUID person, UserAccount worker) {
    UUID episode = treatment(person, worker);
    return jdbc.sql(
            """
            insert into support.ndtms_modality (episode_id, person_id, modality, referred_on, updated_by)
            values (:episode, :person, 'XPSY', current_date, :by) returning id
            """)
        .param("episode", episode)
        .param("person", person)
        .param("by", worker.id())
        .query(UUID.class)
        .single();
  }

  /**
   * A budget of £1,000.00 for the year from today (an ISF when a holding member is given), set up
   * by the worker's member.
   */
  public UUID budget(UUID person, UserAccount worker, String kind, UUID holdingMember) {
    return jdbc.sql(
            """
            insert into support.budget (person_id, kind, holding_member_id, member_id, starts_on,
              ends_on, allocation, funding_source, wants, in_words_of, recorded_by, changed_by)
            values (:person, :kind, :holder, :member, current_date,
              current_date + interval '1 year' - interval '1 day', 1000.00, 'Zq public health grant',
              'Zq driving lessons', 'person', :worker, :worker)
            returning id
            """)
        .param("person", person)
        .param("kind", kind)
        .param("holder", holdingMember)
        .param("member", worker.organisationId())
        .param("worker", worker.id())
        .query(UUID.class)
        .single();
  }

  /** A conversation entry (discover: a strength in the person's words), with an optional label. */
  public UUID planEntry(UUID person, UserAccount worker, String label, String body) {
    return jdbc.sql(
            """
            insert into support.plan_entry (person_id, stage, body, in_words_of, happened_on, label,
                                            written_by, written_by_member)
            values (:person, 'discover', :body, 'person', current_date, :label, :worker, :member)
            returning id
            """)
        .param("person", person)
        .param("body", body)
        .param("label", label)
        .param("worker", worker.id())
        .param("member", worker.organisationId())
        .query(UUID.class)
        .single();
  }

  /** Someone in the person's network, very close, with an optional label. */
  public UUID networkMember(UUID person, UserAccount worker, String label, String name) {
    return jdbc.sql(
            """
            insert into support.plan_network_member (person_id, name, kind, closeness, label, added_by)
            values (:person, :name, 'family', 1, :label, :worker)
            returning id
            """)
        .param("person", person)
        .param("name", name)
        .param("label", label)
        .param("worker", worker.id())
        .query(UUID.class)
        .single();
  }

  /** A goal in the adults' first domain, rated 4 a month ago and 6 today, with one step. */
  public UUID goal(UUID person, UserAccount worker, String label, String words) {
    UUID goal =
        jdbc.sql(
                """
                insert into support.plan_goal (person_id, domain_id, words, in_words_of, label,
                                               set_on, set_by)
                select :person, id, :words, 'person', :label, current_date - 30, :worker
                  from support.life_domain where set_code = 'adults' order by position limit 1
                returning id
                """)
            .param("person", person)
            .param("words", words)
            .param("label", label)
            .param("worker", worker.id())
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into support.plan_goal_rating (person_id, goal_id, rated_on, score, rated_by, recorded_by)
            values (:person, :goal, current_date - 30, 4, 'person', :worker),
                   (:person, :goal, current_date, 6, 'person', :worker)
            """)
        .param("person", person)
        .param("goal", goal)
        .param("worker", worker.id())
        .update();
    jdbc.sql(
            """
            insert into support.plan_goal_step (person_id, goal_id, words, helper_worker, added_by)
            values (:person, :goal, 'Zq ring the council', :worker, :worker)
            """)
        .param("person", person)
        .param("goal", goal)
        .param("worker", worker.id())
        .update();
    return goal;
  }

  /**
   * A question the person asked from "My plan", not answered yet (asked by the account-less person:
   * the table needs an asker, and the person's own account id is not checked against it).
   */
  public UUID question(UUID person, String words) {
    return jdbc.sql(
            """
            insert into support.person_question (person_id, about, words, asked_by, asked_as)
            values (:person, 'My plan', :words, gen_random_uuid(), 'self') returning id
            """)
        .param("person", person)
        .param("words", words)
        .query(UUID.class)
        .single();
  }

  /** A carer's account reading the person's plan, as if they had activated a code. */
  public UUID proxyAccount(UUID person, UserAccount worker) {
    UserAccount carer = newUser(Role.PERSON, worker.organisationId(), true);
    jdbc.sql(
            """
            insert into support.person_account
              (user_id, person_id, relation, relationship, parts, agreed_on, agreed_how, created_by)
            values (:user, :person, 'proxy', 'Zq carer', array['plan'], current_date, 'in-person',
                    :worker)
            """)
        .param("user", carer.id())
        .param("person", person)
        .param("worker", worker.id())
        .update();
    return carer.id();
  }

  /** A code for the person's own account, not used yet (its plain form is not kept). */
  public UUID accountCode(UUID person, UserAccount worker) {
    return jdbc.sql(
            """
            insert into support.activation_code
              (person_id, code_hash, relation, display_name, parts, agreed_how, expires_at,
               created_by, created_by_member)
            values (:person, md5(random()::text), 'self', 'Zq person',
                    array['plan', 'appointments', 'budget', 'record-reads'], 'self',
                    now() + interval '7 days', :worker, :member)
            returning id
            """)
        .param("person", person)
        .param("worker", worker.id())
        .param("member", worker.organisationId())
        .query(UUID.class)
        .single();
  }

  /** A goal withheld from the person's own view by the worker, with a reason. */
  public UUID withheld(UUID person, UserAccount worker) {
    UUID goal = goal(person, worker, null, "Zq a withheld goal");
    return jdbc.sql(
            """
            insert into support.withheld_entry (person_id, entry_kind, entry_id, reason, withheld_by,
                                                withheld_by_member)
            values (:person, 'goal', :goal, 'Zq a safeguarding concern', :worker, :member)
            returning id
            """)
        .param("person", person)
        .param("goal", goal)
        .param("worker", worker.id())
        .param("member", worker.organisationId())
        .query(UUID.class)
        .single();
  }

  public long auditCount(UUID person) {
    return jdbc.sql("select count(*) from audit.audit_event where person_id = :id")
        .param("id", person)
        .query(Long.class)
        .single();
  }
}
