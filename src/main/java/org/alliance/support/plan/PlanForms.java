package org.alliance.support.plan;

import java.util.List;
import java.util.UUID;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the plan's forms show, read in one transaction with the audit of the read: whose record,
 * their network and goals (to choose from), the life domains offered at their age, and the part
 * being changed, if any.
 */
@Component
class PlanForms {

  record Context(
      RecordAccess access,
      Person person,
      List<NetworkMember> network,
      List<Goal> goals,
      List<LifeDomains.DomainGroup> domains,
      Entry entry,
      NetworkMember member,
      Goal goal) {

    /** The labels the viewer may put on an entry: only those they can see. */
    public List<SensitivityLabel> labels() {
      return List.of(SensitivityLabel.values()).stream().filter(access::reaches).toList();
    }

    public List<NetworkMember> around() {
      return network.stream().filter(NetworkMember::stillAround).toList();
    }

    public List<Goal> workingOn() {
      return goals.stream().filter(g -> g.status() == GoalStatus.WORKING_ON).toList();
    }

    public boolean severalSets() {
      return domains.size() > 1;
    }
  }

  private final PersonAccess access;
  private final People people;
  private final PlanReader reader;
  private final LifeDomains domains;

  PlanForms(PersonAccess access, People people, PlanReader reader, LifeDomains domains) {
    this.access = access;
    this.people = people;
    this.reader = reader;
    this.domains = domains;
  }

  @Transactional
  Context context(Practitioner viewer, UUID personId, String purpose) {
    return build(access.open(viewer, personId, purpose), null, null, null);
  }

  @Transactional
  Context withEntry(Practitioner viewer, UUID personId, UUID entryId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    return build(opened, reader.entry(opened, entryId).orElseThrow(NoSuchRecord::new), null, null);
  }

  @Transactional
  Context withMember(Practitioner viewer, UUID personId, UUID memberId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    return build(
        opened, null, reader.member(opened, memberId).orElseThrow(NoSuchRecord::new), null);
  }

  @Transactional
  Context withGoal(Practitioner viewer, UUID personId, UUID goalId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    return build(opened, null, null, reader.goal(opened, goalId).orElseThrow(NoSuchRecord::new));
  }

  private Context build(RecordAccess opened, Entry entry, NetworkMember member, Goal goal) {
    Person person = people.find(opened);
    return new Context(
        opened,
        person,
        reader.network(opened),
        reader.goals(opened),
        domains.offeredFor(person, FormValues.today()),
        entry,
        member,
        goal);
  }
}
