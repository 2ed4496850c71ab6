package org.alliance.support.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SharedPart;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's own accounts, and their proxies'. The person's team (their trusted individual among
 * them) makes a one-time code and gives it in person; whoever holds it chooses a user name and
 * password, and the account reads the person's record through {@link
 * org.alliance.support.access.OwnViews}. No e-mail address is asked for or needed. A proxy (a
 * parent, carer or supporter) needs the person's agreement and reaches only the parts agreed; for a
 * young person it is reviewed at 16 and ends at 18 unless they renew it.
 */
@Component
public class PersonAccounts {

  static final Duration CODE_LIFETIME = Duration.ofDays(7);

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final UserAccounts users;
  private final People people;
  private final OwnViews views;

  PersonAccounts(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      UserAccounts users,
      People people,
      OwnViews views) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.users = users;
    this.people = people;
    this.views = views;
  }

  /** A code to make: for the person themself, or for a proxy with the parts the person agreed. */
  public record NewCode(
      OwnView.Relation relation,
      String displayName,
      String relationship,
      Set<SharedPart> parts,
      boolean personAgreed) {}

  /** A code made: shown once, never stored in the clear. */
  public record IssuedCode(String code, String displayName, Instant expiresAt) {}

  /** An account or a waiting code, as the person's team sees it. */
  public record Holder(
      UUID userId,
      UUID codeId,
      String name,
      OwnView.Relation relation,
      String relationship,
      List<SharedPart> parts,
      LocalDate reviewOn,
      LocalDate endsOn,
      Instant withdrawnAt,
      Instant expiresAt) {

    public boolean waiting() {
      return userId == null;
    }

    public boolean proxy() {
      return relation == OwnView.Relation.PROXY;
    }

    public boolean active() {
      return userId != null
          && withdrawnAt == null
          && (endsOn == null || endsOn.isAfter(LocalDate.now(PersonAccess.UK)));
    }

    public boolean reviewDue() {
      return active() && reviewOn != null && !reviewOn.isAfter(LocalDate.now(PersonAccess.UK));
    }
  }

  /** Makes a code, for the person's own team only. */
  @Transactional
  public IssuedCode issue(Practitioner viewer, UUID personId, NewCode request) {
    RecordAccess opened = access.open(viewer, personId, "making a code for an account");
    if (!opened.team()) {
      throw new AccountProblem(
          "relation", "Only the person's own team can make a code for their account");
    }
    String name = request.displayName() == null ? "" : request.displayName().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new AccountProblem("displayName", "Enter the name of who the account is for");
    }
    String relationship = null;
    Set<SharedPart> parts = Set.of(SharedPart.values());
    String agreed = "self";
    if (request.relation() == OwnView.Relation.PROXY) {
      relationship = request.relationship() == null ? "" : request.relationship().strip();
      if (relationship.isEmpty() || relationship.length() > 100) {
        throw new AccountProblem(
            "relationship", "Enter how they are related to the person, such as Mum or carer");
      }
      if (request.parts() == null || request.parts().isEmpty()) {
        throw new AccountProblem("parts", "Select what the person agreed to share");
      }
      if (!request.personAgreed()) {
        throw new AccountProblem(
            "personAgreed", "Confirm that the person agreed to share these parts with them");
      }
      parts = request.parts();
      agreed = "in-person";
    }
    ActivationCode code = ActivationCode.generate();
    Instant expires = Instant.now().plus(CODE_LIFETIME);
    jdbc.sql(
            """
            insert into support.activation_code
              (person_id, code_hash, relation, display_name, relationship, parts, agreed_how,
               expires_at, created_by, created_by_member)
            values (:person, :hash, :relation, :name, :relationship, :parts, :agreed, :expires,
                    :by, :member)
            """)
        .param("person", personId)
        .param("hash", code.hash())
        .param("relation", request.relation() == OwnView.Relation.SELF ? "self" : "proxy")
        .param("name", name)
        .param("relationship", relationship)
        .param("parts", SharedPart.codes(parts))
        .param("agreed", agreed)
        .param("expires", java.sql.Timestamp.from(expires))
        .param("by", viewer.userId())
        .param("member", viewer.memberId())
        .update();
    audit.record(
        AuditEntry.of("person-account.code-made", "person", personId)
            .concerning(personId)
            .withDetail(
                (request.relation() == OwnView.Relation.SELF ? "for the person" : "for a proxy")
                    + "; parts "
                    + String.join(",", SharedPart.codes(parts))));
    return new IssuedCode(code.grouped(), name, expires);
  }

  /**
   * Makes the account a code was for, with the user name and password its holder chose; the code is
   * used up. A wrong, used, cancelled or expired code gets one answer, so none can be told apart.
   */
  @Transactional
  public UUID activate(String typedCode, String username, String password) {
    Pending pending =
        jdbc.sql(
                """
                select c.id, c.person_id, c.relation, c.display_name, c.relationship, c.parts,
                       c.agreed_how, c.created_by, c.created_by_member, p.date_of_birth
                  from support.activation_code c
                  join support.person p on p.id = c.person_id
                 where c.code_hash = :hash and c.used_at is null and c.cancelled_at is null
                   and c.expires_at > now()
                 for update of c
                """)
            .param("hash", ActivationCode.hashOf(typedCode))
            .query(
                (rs, n) ->
                    new Pending(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("relation"),
                        rs.getString("display_name"),
                        rs.getString("relationship"),
                        (String[]) rs.getArray("parts").getArray(),
                        rs.getString("agreed_how"),
                        rs.getObject("created_by", UUID.class),
                        rs.getObject("created_by_member", UUID.class),
                        rs.getObject("date_of_birth", LocalDate.class)))
            .optional()
            .orElseThrow(
                () ->
                    new AccountProblem(
                        "code",
                        "That code does not work. It may be mistyped, used already or more than 7"
                            + " days old. Ask for a new one."));
    String name = username == null ? "" : username.strip();
    if (!name.matches("[A-Za-z0-9._-]{3,64}")) {
      throw new AccountProblem(
          "username",
          "Choose a user name of 3 to 64 letters or numbers. You can also use . _ and -");
    }
    Optional<String> weak = users.passwordProblem(password, name);
    if (weak.isPresent()) {
      throw new AccountProblem("password", weak.get());
    }
    UserAccount account;
    try {
      account =
          users.create(
              new NewUser(
                  name,
                  pending.displayName(),
                  null,
                  pending.member(),
                  Set.of(Role.PERSON),
                  password),
              true);
    } catch (UserAccounts.UsernameTaken taken) {
      throw new AccountProblem("username", "That user name is taken. Choose another");
    }
    LocalDate today = LocalDate.now(PersonAccess.UK);
    LocalDate reviewOn = null;
    LocalDate endsOn = null;
    if ("proxy".equals(pending.relation())
        && pending.dateOfBirth() != null
        && pending.dateOfBirth().plusYears(18).isAfter(today)) {
      endsOn = pending.dateOfBirth().plusYears(18);
      LocalDate sixteen = pending.dateOfBirth().plusYears(16);
      reviewOn = sixteen.isAfter(today) ? sixteen : null;
    }
    if ("self".equals(pending.relation())) {
      // A new code for the person replaces their old account (a forgotten password, a lost phone).
      jdbc.sql(
              """
              update support.person_account set withdrawn_at = now(), version = version + 1
               where person_id = :person and relation = 'self' and withdrawn_at is null
              """)
          .param("person", pending.personId())
          .update();
    }
    jdbc.sql(
            """
            insert into support.person_account
              (user_id, person_id, relation, relationship, parts, agreed_on, agreed_how,
               review_on, ends_on, created_by)
            values (:user, :person, :relation, :relationship, :parts, :today, :agreed,
                    :review, :ends, :by)
            """)
        .param("user", account.id())
        .param("person", pending.personId())
        .param("relation", pending.relation())
        .param("relationship", pending.relationship())
        .param("parts", pending.parts())
        .param("today", today)
        .param("agreed", pending.agreedHow())
        .param("review", reviewOn)
        .param("ends", endsOn)
        .param("by", pending.createdBy())
        .update();
    jdbc.sql("update support.activation_code set used_at = now(), used_by = :user where id = :id")
        .param("user", account.id())
        .param("id", pending.id())
        .update();
    audit.recordBy(
        actor(account),
        AuditEntry.of("person-account.activated", "person", pending.personId())
            .concerning(pending.personId())
            .withDetail("as " + pending.relation()));
    return account.id();
  }

  private record Pending(
      UUID id,
      UUID personId,
      String relation,
      String displayName,
      String relationship,
      String[] parts,
      String agreedHow,
      UUID createdBy,
      UUID member,
      LocalDate dateOfBirth) {}

  private static AuditActor actor(UserAccount account) {
    return new AuditActor() {
      @Override
      public UUID userId() {
        return account.id();
      }

      @Override
      public String username() {
        return account.username();
      }

      @Override
      public UUID organisationId() {
        return account.organisationId();
      }

      @Override
      public String organisationName() {
        return account.organisationName();
      }
    };
  }

  /** The person's accounts page: who they are, and every account and waiting code. */
  public record Page(Person person, List<Holder> holders) {}

  /** Every account and waiting code for the person, for their team's page. */
  @Transactional
  public Page page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "accounts page");
    return new Page(people.find(opened), holders(opened.personId()));
  }

  List<Holder> holders(UUID personId) {
    return jdbc.sql(
            """
            select a.user_id, null::uuid as code_id, u.display_name as name, a.relation,
                   a.relationship, a.parts, a.review_on, a.ends_on, a.withdrawn_at,
                   null::timestamptz as expires_at, a.created_at as since
              from support.person_account a
              join identity.app_user u on u.id = a.user_id
             where a.person_id = :person
            union all
            select null, c.id, c.display_name, c.relation, c.relationship, c.parts, null, null,
                   null, c.expires_at, c.created_at
              from support.activation_code c
             where c.person_id = :person and c.used_at is null and c.cancelled_at is null
               and c.expires_at > now()
             order by 9 nulls first, 11 desc
            """)
        .param("person", personId)
        .query(
            (rs, n) ->
                new Holder(
                    rs.getObject("user_id", UUID.class),
                    rs.getObject("code_id", UUID.class),
                    rs.getString("name"),
                    "self".equals(rs.getString("relation"))
                        ? OwnView.Relation.SELF
                        : OwnView.Relation.PROXY,
                    rs.getString("relationship"),
                    List.copyOf(
                        SharedPart.fromCodes(
                            java.util.Arrays.asList((String[]) rs.getArray("parts").getArray()))),
                    rs.getObject("review_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class),
                    toInstant(rs.getTimestamp("withdrawn_at")),
                    toInstant(rs.getTimestamp("expires_at"))))
        .list();
  }

  private static Instant toInstant(java.sql.Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  /** The person's team ends a proxy's (or the person's own) account's access to the record. */
  @Transactional
  public void withdrawByTeam(Practitioner viewer, UUID personId, UUID userId) {
    RecordAccess opened = access.open(viewer, personId, "ending an account's access");
    if (!opened.team()) {
      throw new AccountProblem("account", "Only the person's own team can end an account's access");
    }
    withdraw(opened.personId(), userId, viewer.userId(), false);
  }

  /** The team cancels a code not used yet. */
  @Transactional
  public void cancelCode(Practitioner viewer, UUID personId, UUID codeId) {
    RecordAccess opened = access.open(viewer, personId, "cancelling an account code");
    if (!opened.team()) {
      throw new AccountProblem("account", "Only the person's own team can cancel a code");
    }
    int cancelled =
        jdbc.sql(
                """
                update support.activation_code set cancelled_at = now()
                 where id = :id and person_id = :person and used_at is null and cancelled_at is null
                """)
            .param("id", codeId)
            .param("person", opened.personId())
            .update();
    if (cancelled == 1) {
      audit.record(
          AuditEntry.of("person-account.code-cancelled", "person", opened.personId())
              .concerning(opened.personId()));
    }
  }

  /** The person's own view, for the sharing page: a proxy has none. */
  private OwnView person(UUID userId, String purpose) {
    OwnView view = views.open(userId, purpose);
    if (!view.self()) {
      throw new NoSuchRecord();
    }
    return view;
  }

  /** The proxies the person has agreed to, for their own "sharing" page (the person's only). */
  @Transactional
  public List<Holder> proxies(UUID userId) {
    OwnView self = person(userId, "sharing page");
    return holders(self.personId()).stream().filter(h -> h.proxy() && !h.waiting()).toList();
  }

  /** The person ends a proxy's access from their own account. */
  @Transactional
  public void withdrawByPerson(UUID userId, UUID proxyUserId) {
    OwnView self = person(userId, "stopping sharing");
    withdraw(self.personId(), proxyUserId, self.userId(), true);
  }

  /**
   * The person renews a proxy's access (a young person at 18 keeping a parent's, or one they had
   * stopped): from today, with no end date.
   */
  @Transactional
  public void renewByPerson(UUID userId, UUID proxyUserId) {
    OwnView self = person(userId, "renewing sharing");
    LocalDate dateOfBirth =
        jdbc.sql("select date_of_birth from support.person where id = :id")
            .param("id", self.personId())
            .query(LocalDate.class)
            .optional()
            .orElse(null);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    boolean adult = dateOfBirth == null || !dateOfBirth.plusYears(18).isAfter(today);
    if (!adult) {
      throw new AccountProblem(
          "account", "You can renew this when you are 18. Until then, talk to your worker");
    }
    int renewed =
        jdbc.sql(
                """
                update support.person_account
                   set withdrawn_at = null, withdrawn_by = null, ends_on = null, review_on = null,
                       agreed_on = :today, agreed_how = 'own-account', version = version + 1
                 where user_id = :user and person_id = :person and relation = 'proxy'
                """)
            .param("today", today)
            .param("user", proxyUserId)
            .param("person", self.personId())
            .update();
    if (renewed != 1) {
      throw new AccountProblem("account", "There is no one with that account to share with");
    }
    audit.record(
        AuditEntry.of("person-account.renewed", "person", self.personId())
            .concerning(self.personId())
            .withDetail("proxy account " + proxyUserId));
  }

  private void withdraw(UUID personId, UUID userId, UUID by, boolean proxiesOnly) {
    int withdrawn =
        jdbc.sql(
                """
                update support.person_account
                   set withdrawn_at = now(), withdrawn_by = :by, version = version + 1
                 where user_id = :user and person_id = :person and withdrawn_at is null
                   and (not :proxiesOnly or relation = 'proxy')
                """)
            .param("by", by)
            .param("proxiesOnly", proxiesOnly)
            .param("user", userId)
            .param("person", personId)
            .update();
    if (withdrawn != 1) {
      throw new AccountProblem("account", "That account has no access to end");
    }
    audit.record(
        AuditEntry.of("person-account.withdrawn", "person", personId)
            .concerning(personId)
            .withDetail("account " + userId));
  }
}
