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
import org.alliance.support.access.WithheldEntries;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.alliance.support.question.Questions;
import org.alliance.support.referral.Referrals;
import org.alliance.support.transition.TransitionPlans;
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
  private final Referrals referrals;
  private final TransitionPlans transitions;
  private final WithheldEntries withheld;
  private final Questions questions;

  Records(
      JdbcClient jdbc,
      PersonAccess access,
      People people,
      Consents consents,
      AccessGrants grants,
      Organisations organisations,
      Timeline timeline,
      TrustedIndividuals trusted,
      @Value("${alliance.support.dormant-after:90d}") Duration dormantAfter,
      Referrals referrals,
      TransitionPlans transitions,
      WithheldEntries withheld,
      Questions questions) {
    this.withheld = withheld;
    this.questions = questions;
    this.referrals = referrals;
    this.transitions = transitions;
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
    List<MergedHalf> halves = new java.util.ArrayList<>();
    int hidden = 0;
    if (person.mergedInto() == null) {
      for (MergeRow merge : mergedInto(personId)) {
        // A half is shown only to someone who could open it alone: a merge never widens access.
        if (!access.mayOpen(viewer, merge.mergedId())) {
          hidden++;
          continue;
        }
        RecordAccess half =
            access.open(viewer, merge.mergedId(), "record page: record merged into " + personId);
        Person halfPerson = people.find(half);
        halves.add(
            new MergedHalf(
                merge.id(),
                halfPerson,
                memberName(halfPerson.registeredByMember()),
                references(halfPerson.id()),
                previousNames(halfPerson.id()),
                episodes(halfPerson.id()),
                referrals.onRecord(half),
                merge.reason(),
                merge.at()));
      }
    }
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
        dormantAfter,
        referrals.onRecord(opened),
        halves,
        hidden,
        transitions.onRecord(opened),
        withheld.now(opened),
        questions.waiting(opened));
  }

  private record MergeRow(UUID id, UUID mergedId, String reason, Instant at) {}

  private List<MergeRow> mergedInto(UUID survivorId) {
    return jdbc.sql(
            """
            select m.id, m.merged_id, m.reason, m.merged_at
              from support.person_merge m
              join support.person p on p.id = m.merged_id and p.merged_into = m.survivor_id
             where m.survivor_id = :id and m.undone_at is null
             order by m.merged_at
            """)
        .param("id", survivorId)
        .query(
            (rs, n) ->
                new MergeRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("merged_id", UUID.class),
                    rs.getString("reason"),
                    rs.getTimestamp("merged_at").toInstant()))
        .list();
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
    return organisations.name(id).orElse("a former member");
  }
}
