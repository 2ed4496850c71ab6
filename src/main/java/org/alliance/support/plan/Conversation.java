package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asset-based conversation: what is said at each stage of discover, dream, design and deliver,
 * with whose words it is. Support given (deliver) can be recorded in the first conversation, and
 * the earliest such entry is the plan's first support.
 */
@Component
class Conversation {

  /** What a valid entry form says. */
  record Said(
      Stage stage,
      String body,
      InWordsOf inWordsOf,
      String supporter,
      LocalDate happenedOn,
      SensitivityLabel label) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final Plans plans;
  private final PlanReader reader;

  Conversation(
      JdbcClient jdbc, AuditLog audit, PersonAccess access, Plans plans, PlanReader reader) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.plans = plans;
    this.reader = reader;
  }

  @Transactional
  UUID add(Practitioner viewer, UUID personId, Said said) {
    RecordAccess opened = access.open(viewer, personId, "adding to the plan's conversation");
    checkLabel(opened, said.label());
    plans.ensure(opened);
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_entry (person_id, stage, body, in_words_of, supporter,
                  happened_on, label, written_by, written_by_member)
                values (:person, :stage, :body, :words, :supporter, :on, :label, :by, :member)
                returning id
                """)
            .param("person", personId)
            .param("stage", said.stage().code())
            .param("body", said.body())
            .param("words", said.inWordsOf().code())
            .param("supporter", said.inWordsOf() == InWordsOf.SUPPORTER ? said.supporter() : null)
            .param("on", said.happenedOn())
            .param("label", FormValues.code(said.label()))
            .param("by", viewer.userId())
            .param("member", viewer.memberId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.plan.entry-added", "plan-entry", id)
            .concerning(personId)
            .withDetail(said.stage().code()));
    return id;
  }

  /** Changes an entry; refused with {@link StaleEdit} if it changed since {@code version}. */
  @Transactional
  void change(Practitioner viewer, UUID personId, UUID entryId, Said said, int version) {
    RecordAccess opened = access.open(viewer, personId, "changing the plan's conversation");
    Entry current = reader.entry(opened, entryId).orElseThrow(NoSuchRecord::new);
    checkLabel(opened, said.label());
    if (current.version() != version) {
      throw new StaleEdit(current);
    }
    int changed =
        jdbc.sql(
                """
                update support.plan_entry
                   set stage = :stage, body = :body, in_words_of = :words, supporter = :supporter,
                       happened_on = :on, label = :label, version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("stage", said.stage().code())
            .param("body", said.body())
            .param("words", said.inWordsOf().code())
            .param("supporter", said.inWordsOf() == InWordsOf.SUPPORTER ? said.supporter() : null)
            .param("on", said.happenedOn())
            .param("label", FormValues.code(said.label()))
            .param("id", entryId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEdit(reader.entry(opened, entryId).orElseThrow(NoSuchRecord::new));
    }
    audit.record(
        AuditEntry.of("person.plan.entry-changed", "plan-entry", entryId).concerning(personId));
  }

  static void checkLabel(RecordAccess opened, SensitivityLabel label) {
    if (label != null && !opened.reaches(label)) {
      throw new PlanProblem("label", "Choose a label from the list, or none");
    }
  }
}
