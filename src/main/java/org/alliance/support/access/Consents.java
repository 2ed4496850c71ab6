package org.alliance.support.access;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to share across the alliance. Each answer is a new row, so the history of what the person
 * said, when and to whom, is never overwritten.
 */
@Component
public class Consents {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final UserAccounts users;
  private final Organisations organisations;

  Consents(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.users = users;
    this.organisations = organisations;
  }

  /** The answer given at registration: every member, general entries only, or refused. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAtRegistration(Practitioner recorder, UUID personId, boolean given) {
    insert(
        recorder,
        personId,
        given ? ConsentState.GIVEN : ConsentState.REFUSED,
        List.of(),
        Set.of(),
        LocalDate.now(PersonAccess.UK),
        null,
        "Asked at registration");
  }

  /** A new answer from the person, recorded by their team. */
  @Transactional
  public void record(
      Practitioner recorder,
      UUID personId,
      ConsentState state,
      List<UUID> members,
      Set<SensitivityLabel> parts,
      LocalDate givenOn,
      LocalDate expiresOn,
      String note) {
    RecordAccess team = access.open(recorder, personId, "recording consent");
    if (!team.team()) {
      throw new GrantProblem("Only the person's own team can record their consent");
    }
    insert(recorder, personId, state, members, parts, givenOn, expiresOn, note);
  }

  private void insert(
      Practitioner recorder,
      UUID personId,
      ConsentState state,
      List<UUID> members,
      Set<SensitivityLabel> parts,
      LocalDate givenOn,
      LocalDate expiresOn,
      String note) {
    UUID id =
        jdbc.sql(
                """
                insert into support.consent
                  (person_id, state, members, parts, given_on, expires_on, recorded_by,
                   recorded_by_member, note)
                values (:person, :state, cast(:members as uuid[]), cast(:parts as text[]),
                        :givenOn, :expiresOn, :user, :member, :note)
                returning id
                """)
            .param("person", personId)
            .param("state", state.code())
            .param("members", members.isEmpty() ? null : members.toArray(UUID[]::new))
            .param(
                "parts",
                state == ConsentState.GIVEN ? SensitivityLabel.codes(parts) : new String[0])
            .param("givenOn", Date.valueOf(givenOn))
            .param("expiresOn", expiresOn == null ? null : Date.valueOf(expiresOn))
            .param("user", recorder.userId())
            .param("member", recorder.memberId())
            .param("note", note)
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.consent." + state.code(), "consent", id)
            .concerning(personId)
            .withDetail(
                (members.isEmpty() ? "every member" : members.size() + " members")
                    + (parts.isEmpty()
                        ? ""
                        : "; labels " + String.join(" ", SensitivityLabel.codes(parts)))));
  }

  /** Every answer, newest (the one in force) first. */
  public List<Consent> history(RecordAccess access) {
    return jdbc.sql(
            """
            select * from support.consent
             where person_id = :person
             order by recorded_at desc, id
            """)
        .param("person", access.personId())
        .query(this::consent)
        .list();
  }

  public String memberName(UUID id) {
    return organisations.name(id).orElse("a former member");
  }

  private Consent consent(ResultSet rs, int n) throws SQLException {
    UUID recordedBy = rs.getObject("recorded_by", UUID.class);
    UUID member = rs.getObject("recorded_by_member", UUID.class);
    return new Consent(
        rs.getObject("id", UUID.class),
        ConsentState.fromCode(rs.getString("state")).orElseThrow(),
        PersonAccess.uuids(rs.getArray("members")),
        new ArrayList<>(PersonAccess.labelSet(rs.getArray("parts"))),
        rs.getObject("given_on", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class),
        users.displayName(recordedBy).orElse("a former user"),
        memberName(member),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("note"));
  }
}
