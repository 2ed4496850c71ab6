package org.alliance.support.plan;

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
 * The people and places around a person: who they are, what they help with, how close. Someone who
 * is no longer around is kept, off the map, rather than deleted: steps they helped with still name
 * them.
 */
@Component
class Network {

  /** What a valid network form says. */
  record Someone(
      String name,
      NetworkKind kind,
      String relationship,
      String helpsWith,
      Closeness closeness,
      boolean stillAround,
      SensitivityLabel label) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final Plans plans;
  private final PlanReader reader;

  Network(JdbcClient jdbc, AuditLog audit, PersonAccess access, Plans plans, PlanReader reader) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.plans = plans;
    this.reader = reader;
  }

  @Transactional
  UUID add(Practitioner viewer, UUID personId, Someone someone) {
    RecordAccess opened = access.open(viewer, personId, "adding to the plan's network");
    Conversation.checkLabel(opened, someone.label());
    plans.ensure(opened);
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_network_member (person_id, name, kind, relationship,
                  helps_with, closeness, still_around, label, added_by)
                values (:person, :name, :kind, :relationship, :helps, :closeness, true, :label, :by)
                returning id
                """)
            .param("person", personId)
            .param("name", someone.name())
            .param("kind", someone.kind().code())
            .param("relationship", someone.relationship())
            .param("helps", someone.helpsWith())
            .param("closeness", someone.closeness().ring())
            .param("label", FormValues.code(someone.label()))
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.plan.network-added", "plan-network-member", id)
            .concerning(personId)
            .withDetail(someone.kind().code()));
    return id;
  }

  @Transactional
  void change(Practitioner viewer, UUID personId, UUID memberId, Someone someone, int version) {
    RecordAccess opened = access.open(viewer, personId, "changing the plan's network");
    NetworkMember current = reader.member(opened, memberId).orElseThrow(NoSuchRecord::new);
    Conversation.checkLabel(opened, someone.label());
    if (current.version() != version) {
      throw new StaleEdit(current);
    }
    int changed =
        jdbc.sql(
                """
                update support.plan_network_member
                   set name = :name, kind = :kind, relationship = :relationship,
                       helps_with = :helps, closeness = :closeness, still_around = :around,
                       label = :label, version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("name", someone.name())
            .param("kind", someone.kind().code())
            .param("relationship", someone.relationship())
            .param("helps", someone.helpsWith())
            .param("closeness", someone.closeness().ring())
            .param("around", someone.stillAround())
            .param("label", FormValues.code(someone.label()))
            .param("id", memberId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEdit(reader.member(opened, memberId).orElseThrow(NoSuchRecord::new));
    }
    audit.record(
        AuditEntry.of("person.plan.network-changed", "plan-network-member", memberId)
            .concerning(personId));
  }
}
