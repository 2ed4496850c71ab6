package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the person gives back, each recorded as an achievement with a date and their words. */
@Component
class Contributions {

  record Given(ContributionKind kind, LocalDate on, String words, InWordsOf inWordsOf) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final Plans plans;

  Contributions(JdbcClient jdbc, AuditLog audit, PersonAccess access, Plans plans) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.plans = plans;
  }

  @Transactional
  UUID add(Practitioner viewer, UUID personId, Given given) {
    RecordAccess opened = access.open(viewer, personId, "recording a contribution");
    plans.ensure(opened);
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_contribution (person_id, kind, happened_on, words,
                  in_words_of, recorded_by)
                values (:person, :kind, :on, :words, :in, :by)
                returning id
                """)
            .param("person", personId)
            .param("kind", given.kind().code())
            .param("on", given.on())
            .param("words", given.words())
            .param("in", given.inWordsOf().code())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.plan.contribution-added", "plan-contribution", id)
            .concerning(personId)
            .withDetail(given.kind().code()));
    return id;
  }
}
