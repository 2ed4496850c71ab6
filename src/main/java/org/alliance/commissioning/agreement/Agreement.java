package org.alliance.commissioning.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance agreement as the alliance keeps it: its members and their roles, its principles in
 * its own words (every change a new version, the old wording kept), and the people at each of the
 * four levels of governance. The alliance manager changes it ({@link AllianceRights}); every change
 * is audited and checked against the version the form was opened at.
 */
@Component
class Agreement {

  /** Roles members of alliances commonly hold, offered as suggestions; any wording is kept. */
  static final List<String> ROLE_SUGGESTIONS =
      List.of(
          "Lead provider, host of the alliance manager",
          "Member",
          "Lead for young people's services",
          "Lead for housing and homelessness",
          "Clinical lead: prescribing and treatment",
          "Host of the finance function");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Organisations organisations;
  private final UserAccounts users;

  Agreement(JdbcClient jdbc, AuditLog audit, Organisations organisations, UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.organisations = organisations;
    this.users = users;
  }

  record TeamPlace(UUID id, String name, UUID organisationId) {}

  record Member(UUID organisationId, String name, String role, LocalDate joinedOn, int version) {
    public String joined() {
      return joinedOn == null ? "Not recorded" : Dates.day(joinedOn);
    }
  }

  record Principle(UUID id, int position, String wording, boolean withdrawn, int version) {}

  record PrincipleVersion(
      int version,
      int position,
      String wording,
      boolean withdrawn,
      String change,
      String changedByName,
      Instant changedAt) {
    public String when() {
      return Dates.moment(changedAt);
    }

    public String changeText() {
      return switch (change) {
        case "written" -> "Written";
        case "reworded" -> "Reworded";
        case "moved" -> "Moved to number " + position;
        default -> "Withdrawn";
      };
    }
  }

  record Person(
      UUID id,
      GovernanceLevel level,
      String name,
      UUID organisationId,
      String organisationName,
      String roleTitle,
      UUID userId,
      String accountName,
      LocalDate stoodDownOn,
      int version) {
    public boolean current() {
      return stoodDownOn == null;
    }

    public String stoodDown() {
      return Dates.day(stoodDownOn);
    }
  }

  record Level(GovernanceLevel level, List<Person> people) {
    public String label() {
      return level.label();
    }

    public String duties() {
      return level.duties();
    }

    public String code() {
      return level.code();
    }
  }

  record Page(
      List<Member> members,
      List<Principle> principles,
      List<Principle> withdrawn,
      List<Level> levels,
      AllianceRights rights) {}

  record PrinciplePage(Principle principle, List<PrincipleVersion> versions, int count) {}

  /** What may be chosen on the form for a place in the governance. */
  record PersonChoices(List<Organisation> organisations, List<UserAccount> accounts) {}

  /** A person as checked from the form. */
  record PersonDetails(
      GovernanceLevel level, String name, UUID organisationId, String roleTitle, UUID userId) {}

  @Transactional(readOnly = true)
  Page page(AllianceUser user) {
    List<Principle> all = principles();
    return new Page(
        members(),
        all.stream().filter(p -> !p.withdrawn()).toList(),
        all.stream().filter(Principle::withdrawn).toList(),
        levels(),
        AllianceRights.of(user));
  }

  // Members -------------------------------------------------------------------------------------

  List<Member> members() {
    Map<UUID, Member> kept = new HashMap<>();
    jdbc.sql("select organisation_id, role, joined_on, version from commissioning.alliance_member")
        .query(
            (rs, n) ->
                new Member(
                    rs.getObject("organisation_id", UUID.class),
                    null,
                    rs.getString("role"),
                    rs.getObject("joined_on", LocalDate.class),
                    rs.getInt("version")))
        .list()
        .forEach(m -> kept.put(m.organisationId(), m));
    List<Member> members = new ArrayList<>();
    for (Organisation o : organisations.all()) {
      if (o.relationship() != Relationship.MEMBER) {
        continue;
      }
      Member row = kept.get(o.id());
      members.add(
          row == null
              ? new Member(o.id(), o.name(), "Member", null, -1)
              : new Member(o.id(), o.name(), row.role(), row.joinedOn(), row.version()));
    }
    return members;
  }

  Member member(UUID organisationId) {
    return members().stream()
        .filter(m -> m.organisationId().equals(organisationId))
        .findFirst()
        .orElseThrow(NotFound::new);
  }

  /**
   * Sets a member's role and start date. {@code version} is the one the form showed, -1 for a
   * member whose role was never written.
   */
  @Transactional
  void setMember(
      AllianceUser user, UUID organisationId, String role, LocalDate joinedOn, int version) {
    AllianceRights.of(user).requireEditAgreement();
    Member member = member(organisationId);
    if (member.version() != version) {
      throw new StaleChange("This member's place in the alliance");
    }
    int changed;
    if (version < 0) {
      changed =
          jdbc.sql(
                  """
                  insert into commissioning.alliance_member (organisation_id, role, joined_on, changed_by)
                  values (:id, :role, :joined, :by)
                  on conflict (organisation_id) do nothing
                  """)
              .param("id", organisationId)
              .param("role", role)
              .param("joined", joinedOn)
              .param("by", user.userId())
              .update();
    } else {
      changed =
          jdbc.sql(
                  """
                  update commissioning.alliance_member
                     set role = :role, joined_on = :joined, changed_by = :by, changed_at = now(),
                         version = version + 1
                   where organisation_id = :id and version = :version
                  """)
              .param("id", organisationId)
              .param("role", role)
              .param("joined", joinedOn)
              .param("by", user.userId())
              .param("version", version)
              .update();
    }
    if (changed == 0) {
      throw new StaleChange("This member's place in the alliance");
    }
    audit.record(AuditEntry.of("alliance.member.changed", "organisation", organisationId));
  }

  // Principles ----------------------------------------------------------------------------------

  private List<Principle> principles() {
    return jdbc.sql(
            """
            select id, position, wording, withdrawn, version from commissioning.alliance_principle
             order by withdrawn, position, created_at
            """)
        .query(
            (rs, n) ->
                new Principle(
                    rs.getObject("id", UUID.class),
                    rs.getInt("position"),
                    rs.getString("wording"),
                    rs.getBoolean("withdrawn"),
                    rs.getInt("version")))
        .list();
  }

  @Transactional(readOnly = true)
  PrinciplePage principle(UUID id) {
    Principle principle =
        principles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    List<PrincipleVersion> versions =
        jdbc.sql(
                """
                select version, position, wording, withdrawn, change, changed_by_name, changed_at
                  from commissioning.alliance_principle_version
                 where principle_id = :id
                 order by version desc
                """)
            .param("id", id)
            .query(
                (rs, n) ->
                    new PrincipleVersion(
                        rs.getInt("version"),
                        rs.getInt("position"),
                        rs.getString("wording"),
                        rs.getBoolean("withdrawn"),
                        rs.getString("change"),
                        rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant()))
            .list();
    int count = (int) principles().stream().filter(p -> !p.withdrawn()).count();
    return new PrinciplePage(principle, versions, count);
  }

  /** Adds a principle at the end of the list, or at {@code position} when given. */
  @Transactional
  UUID addPrinciple(AllianceUser user, String wording, Integer position) {
    AllianceRights.of(user).requireEditAgreement();
    lockPrinciples();
    int count = currentCount();
    int at = position == null ? count + 1 : Math.max(1, Math.min(position, count + 1));
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.alliance_principle (position, wording)
                values (:position, :wording) returning id
                """)
            .param("position", at)
            .param("wording", wording)
            .query(UUID.class)
            .single();
    keepVersion(user, id, "written");
    renumber(id, at);
    audit.record(AuditEntry.of("alliance.principle.written", "principle", id));
    return id;
  }

  /**
   * Rewords or moves a principle, if nobody changed it since {@code version}: the new wording is a
   * new version and the old one stays readable.
   */
  @Transactional
  void changePrinciple(AllianceUser user, UUID id, String wording, Integer position, int version) {
    AllianceRights.of(user).requireEditAgreement();
    lockPrinciples();
    Principle now =
        principles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    if (now.withdrawn()) {
      throw new AgreementProblem("wording", "This principle was withdrawn: it takes no changes");
    }
    if (now.version() != version) {
      throw new StaleChange("This principle");
    }
    int count = currentCount();
    int at = position == null ? now.position() : Math.max(1, Math.min(position, count));
    boolean reworded = !now.wording().equals(wording);
    boolean moved = at != now.position();
    if (!reworded && !moved) {
      throw new AgreementProblem("wording", "Nothing changed: change the wording or its place");
    }
    jdbc.sql(
            """
            update commissioning.alliance_principle
               set wording = :wording, position = :position, version = version + 1
             where id = :id
            """)
        .param("wording", wording)
        .param("position", at)
        .param("id", id)
        .update();
    renumber(id, at);
    keepVersion(user, id, reworded ? "reworded" : "moved");
    audit.record(
        AuditEntry.of("alliance.principle." + (reworded ? "reworded" : "moved"), "principle", id));
  }

  @Transactional
  void withdrawPrinciple(AllianceUser user, UUID id, int version) {
    AllianceRights.of(user).requireEditAgreement();
    lockPrinciples();
    Principle now =
        principles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    if (now.withdrawn()) {
      throw new AgreementProblem("withdraw", "This principle is already withdrawn");
    }
    if (now.version() != version) {
      throw new StaleChange("This principle");
    }
    jdbc.sql(
            """
            update commissioning.alliance_principle
               set withdrawn = true, version = version + 1
             where id = :id
            """)
        .param("id", id)
        .update();
    keepVersion(user, id, "withdrawn");
    renumber(null, 0);
    audit.record(AuditEntry.of("alliance.principle.withdrawn", "principle", id));
  }

  /** One change to the list at a time, so renumbering never interleaves. */
  private void lockPrinciples() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-principles'))")
        .query(Object.class)
        .single();
  }

  private int currentCount() {
    return jdbc.sql("select count(*) from commissioning.alliance_principle where not withdrawn")
        .query(Integer.class)
        .single();
  }

  /**
   * Numbers the current principles 1, 2, 3... in their order, the one just placed at {@code at}.
   * Only the numbers of the others move, not their wording, so they keep their version.
   */
  private void renumber(UUID placed, int at) {
    List<UUID> order =
        new ArrayList<>(
            jdbc.sql(
                    """
                    select id from commissioning.alliance_principle
                     where not withdrawn and id is distinct from :placed
                     order by position, created_at
                    """)
                .param("placed", placed)
                .query(UUID.class)
                .list());
    if (placed != null) {
      order.add(Math.min(at - 1, order.size()), placed);
    }
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql(
              """
              update commissioning.alliance_principle set position = :position
               where id = :id and position <> :position
              """)
          .param("position", i + 1)
          .param("id", order.get(i))
          .update();
    }
  }

  private void keepVersion(AllianceUser user, UUID id, String change) {
    jdbc.sql(
            """
            insert into commissioning.alliance_principle_version (principle_id, version, position,
              wording, withdrawn, change, changed_by, changed_by_name)
            select id, version, position, wording, withdrawn, :change, :by, :byName
              from commissioning.alliance_principle where id = :id
            """)
        .param("id", id)
        .param("change", change)
        .param("by", user.userId())
        .param("byName", user.displayName())
        .update();
  }

  // Governance ------------------------------------------------------------------------------------

  List<Level> levels() {
    Map<UUID, String> orgNames = organisationNames();
    Map<UUID, String> accountNames = new HashMap<>();
    users.all().forEach(u -> accountNames.put(u.id(), u.displayName() + " (" + u.username() + ")"));
    List<Person> people =
        jdbc.sql(
                """
                select id, level, name, organisation_id, role_title, user_id, stood_down_on, version
                  from commissioning.governance_person
                 order by stood_down_on nulls first, created_at, name
                """)
            .query(
                (rs, n) -> {
                  UUID org = rs.getObject("organisation_id", UUID.class);
                  UUID account = rs.getObject("user_id", UUID.class);
                  return new Person(
                      rs.getObject("id", UUID.class),
                      GovernanceLevel.fromCode(rs.getString("level")).orElseThrow(),
                      rs.getString("name"),
                      org,
                      orgNames.getOrDefault(org, "Unknown organisation"),
                      rs.getString("role_title"),
                      account,
                      account == null ? null : accountNames.get(account),
                      rs.getObject("stood_down_on", LocalDate.class),
                      rs.getInt("version"));
                })
            .list();
    return Arrays.stream(GovernanceLevel.values())
        .map(level -> new Level(level, people.stream().filter(p -> p.level() == level).toList()))
        .toList();
  }

  Person person(UUID id) {
    return levels().stream()
        .flatMap(l -> l.people().stream())
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(NotFound::new);
  }

  PersonChoices personChoices() {
    return new PersonChoices(
        organisations.all().stream()
            .filter(
                o ->
                    o.relationship() == Relationship.MEMBER
                        || o.relationship() == Relationship.COMMISSIONER)
            .toList(),
        users.all().stream()
            .filter(
                u ->
                    u.enabled()
                        && Arrays.stream(GovernanceLevel.values())
                            .map(GovernanceLevel::accountRole)
                            .anyMatch(r -> r != null && u.roles().contains(r)))
            .toList());
  }

  /**
   * Checks a place against the organisations and accounts as they are: the owner is a commissioning
   * council, the others a member or a council (Plymouth's council sits on its leadership team); a
   * linked account must hold the level's role.
   */
  private void check(PersonDetails details) {
    Organisation org =
        organisations
            .find(details.organisationId())
            .orElseThrow(
                () -> new AgreementProblem("organisation", "Choose an organisation from the list"));
    boolean council = org.relationship() == Relationship.COMMISSIONER;
    if (details.level() == GovernanceLevel.OWNER && !council) {
      throw new AgreementProblem(
          "organisation", "The owner is a commissioning council: choose a council");
    }
    if (!council && org.relationship() != Relationship.MEMBER) {
      throw new AgreementProblem(
          "organisation", "Choose a member of the alliance or a commissioning council");
    }
    if (details.userId() != null) {
      Role needed = details.level().accountRole();
      UserAccount account =
          users
              .find(details.userId())
              .orElseThrow(
                  () -> new AgreementProblem("account", "Choose an account from the list"));
      if (needed == null) {
        throw new AgreementProblem(
            "account", "Places on the management team are not linked to an account");
      }
      if (!account.roles().contains(needed)) {
        throw new AgreementProblem(
            "account",
            "The linked account must have the role "
                + needed.label().toLowerCase(java.util.Locale.UK)
                + " for a place in "
                + details.level().label().toLowerCase(java.util.Locale.UK));
      }
    }
  }

  @Transactional
  UUID addPerson(AllianceUser user, PersonDetails details) {
    AllianceRights.of(user).requireEditAgreement();
    check(details);
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.governance_person (level, name, organisation_id,
                    role_title, user_id)
                  values (:level, :name, :org, :title, :user) returning id
                  """)
              .param("level", details.level().code())
              .param("name", details.name())
              .param("org", details.organisationId())
              .param("title", details.roleTitle())
              .param("user", details.userId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw accountTaken();
    }
    audit.record(
        AuditEntry.of("alliance.governance.added", "governance-person", id)
            .withDetail(details.level().code()));
    return id;
  }

  @Transactional
  void changePerson(AllianceUser user, UUID id, PersonDetails details, int version) {
    AllianceRights.of(user).requireEditAgreement();
    Person now = person(id);
    if (!now.current()) {
      throw new AgreementProblem("name", "They stood down: their place takes no changes");
    }
    if (now.level() != details.level()) {
      // Votes name the place: moving someone between levels would rewrite who was asked to vote.
      throw new AgreementProblem(
          "level", "A place stays at its level: stand them down and add them at the new level");
    }
    check(details);
    int changed;
    try {
      changed =
          jdbc.sql(
                  """
                  update commissioning.governance_person
                     set name = :name, organisation_id = :org, role_title = :title, user_id = :user,
                         version = version + 1
                   where id = :id and version = :version and stood_down_on is null
                  """)
              .param("name", details.name())
              .param("org", details.organisationId())
              .param("title", details.roleTitle())
              .param("user", details.userId())
              .param("id", id)
              .param("version", version)
              .update();
    } catch (DuplicateKeyException e) {
      throw accountTaken();
    }
    if (changed == 0) {
      throw new StaleChange("This person's place");
    }
    audit.record(AuditEntry.of("alliance.governance.changed", "governance-person", id));
  }

  @Transactional
  void standDown(AllianceUser user, UUID id, int version) {
    AllianceRights.of(user).requireEditAgreement();
    if (!person(id).current()) {
      throw new AgreementProblem("standDown", "They have already stood down");
    }
    int changed =
        jdbc.sql(
                """
                update commissioning.governance_person
                   set stood_down_on = :today, version = version + 1
                 where id = :id and version = :version and stood_down_on is null
                """)
            .param("today", Decisions.today())
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleChange("This person's place");
    }
    audit.record(AuditEntry.of("alliance.governance.stood-down", "governance-person", id));
  }

  private static AgreementProblem accountTaken() {
    return new AgreementProblem(
        "account", "That account already votes in another place on the leadership team");
  }

  private Map<UUID, String> organisationNames() {
    Map<UUID, String> names = new HashMap<>();
    organisations.all().forEach(o -> names.put(o.id(), o.name()));
    return names;
  }
}
