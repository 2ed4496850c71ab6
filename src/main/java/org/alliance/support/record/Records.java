package org.alliance.support.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.AccessGrant;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.Consent;
import org.alliance.support.access.Consents;
import org.alliance.support.access.GrantKind;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.alliance.support.trusted.TrustedIndividuals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a person's record for its page, in one transaction with the audit of the read. */
@Component
class Records {

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final People people;
  private final Consents consents;
  private final AccessGrants grants;
  private final Organisations organisations;
  private final Timeline timeline;
  private final TrustedIndividuals trusted;
  private final Duration dormantAfter;

  Records(
      JdbcClient jdbc,
      PersonAccess access,
      People people,
      Consents consents,
      AccessGrants grants,
      Organisations organisations,
      Timeline timeline,
      TrustedIndividuals trusted,
      @Value("${alliance.support.dormant-after:90d}") Duration dormantAfter) {
    this.jdbc = jdbc;
    this.access = access;
    this.people = people;
    this.consents = consents;
    this.grants = grants;
    this.organisations = organisations;
    this.timeline = timeline;
    this.trusted = trusted;
    this.dormantAfter = dormantAfter;
  }

  @Transactional
  RecordView open(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "record page");
    Person person = people.find(opened);
    List<Consent> history = consents.history(opened);
    List<AccessGrant> all = grants.onRecord(opened);
    Instant now = Instant.now();
    List<AccessGrant> breakGlass =
        all.stream()
            .filter(g -> g.kind() == GrantKind.BREAK_GLASS)
            .filter(g -> g.startsAt().isAfter(now.minus(java.time.Duration.ofDays(30))))
            .toList();
    AccessGrant mine =
        all.stream().filter(g -> g.id().equals(opened.grantId())).findFirst().orElse(null);
    return new RecordView(
        opened,
        person,
        RecordView.WHEN.format(person.registeredAt()),
        memberName(person.registeredByMember()),
        references(personId),
        previousNames(personId),
        history.isEmpty() ? null : history.get(0),
        episodes(personId),
        breakGlass,
        mine,
        timeline.latest(opened),
        trusted.current(opened).orElse(null),
        dormantAfter);
  }

  @Transactional
  AccessPage accessPage(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "access page");
    return new AccessPage(
        opened, people.find(opened), consents.history(opened), grants.onRecord(opened));
  }

  List<Organisation> members() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == org.alliance.organisation.Relationship.MEMBER)
        .toList();
  }

  private List<String> references(UUID personId) {
    return jdbc.sql(
            "select member_id, reference from support.member_reference where person_id = :id"
                + " order by reference")
        .param("id", personId)
        .query(
            (rs, n) ->
                memberName(rs.getObject("member_id", UUID.class))
                    + ": "
                    + rs.getString("reference"))
        .list();
  }

  private List<String> previousNames(UUID personId) {
    return jdbc.sql(
            "select given_name || ' ' || family_name from support.person_name where person_id = :id"
                + " order by recorded_at")
        .param("id", personId)
        .query(String.class)
        .list();
  }

  private List<Episode> episodes(UUID personId) {
    return jdbc.sql(
            """
            select id, member_id, opened_on, open_reason, closed_on, close_reason, version
              from support.episode where person_id = :id
             order by opened_on desc, id
            """)
        .param("id", personId)
        .query(
            (rs, n) ->
                new Episode(
                    rs.getObject("id", UUID.class),
                    rs.getObject("member_id", UUID.class),
                    memberName(rs.getObject("member_id", UUID.class)),
                    rs.getObject("opened_on", LocalDate.class),
                    rs.getString("open_reason"),
                    rs.getObject("closed_on", LocalDate.class),
                    rs.getString("close_reason"),
                    rs.getInt("version")))
        .list();
  }

  String memberName(UUID id) {
    return organisations.find(id).map(Organisation::name).orElse("a former member");
  }
}
