package org.alliance.support.transition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.DirectoryService;
import org.alliance.directory.ServiceLookup;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transition plans at 18 and 21, one per milestone: written and changed by anyone who may open the
 * record, checked against {@code version} so a change made meanwhile is shown, not overwritten, and
 * audited without the person's own words. The receiving service is named by its directory id and
 * read from the directory each time ({@link ServiceLookup}).
 */
@Component
public class TransitionPlans {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final ServiceLookup directory;
  private final UserAccounts users;

  TransitionPlans(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      ServiceLookup directory,
      UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.directory = directory;
    this.users = users;
  }

  /** What is planned to change, as checked from the form. */
  record Change(
      int milestone, String serviceId, String wishes, LocalDate plannedOn, Integer version) {}

  @Transactional
  TransitionPage page(Practitioner viewer, UUID personId, Integer milestone, String serviceId) {
    RecordAccess opened = access.open(viewer, personId, "transition page");
    Person person = people.find(opened);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    int at = milestone != null ? milestone : next(person, today);
    List<TransitionPlan> plans = onRecord(opened);
    DirectoryService chosen = null;
    if (serviceId != null && !serviceId.isBlank() && serviceId.length() <= 200) {
      chosen = directory.service(serviceId.strip()).orElse(null);
    }
    if (chosen == null) {
      chosen =
          plans.stream()
              .filter(p -> p.milestone() == at)
              .map(TransitionPlan::service)
              .filter(s -> s != null)
              .findFirst()
              .orElse(null);
    }
    return new TransitionPage(opened, person, plans, at, chosen, today);
  }

  /** The milestone to plan for first: the next birthday to come, or 21 once both have passed. */
  private static int next(Person person, LocalDate today) {
    LocalDate eighteen = person.turns(18);
    return eighteen == null || eighteen.isAfter(today) ? 18 : 21;
  }

  /** Both plans of the record, 18 first. */
  public List<TransitionPlan> onRecord(RecordAccess opened) {
    return jdbc.sql(
            "select * from support.transition_plan where person_id = :person order by milestone")
        .param("person", opened.personId())
        .query(this::plan)
        .list();
  }

  @Transactional
  void save(Practitioner viewer, UUID personId, Change change) {
    RecordAccess opened = access.open(viewer, personId, "planning a transition");
    String serviceName = null;
    if (change.serviceId() != null) {
      DirectoryService service =
          directory
              .service(change.serviceId())
              .orElseThrow(
                  () ->
                      new TransitionProblem(
                          "service", "Choose the receiving service from the directory search"));
      serviceName = service.name();
    }
    Optional<TransitionPlan> current = find(opened, change.milestone());
    if (current.isEmpty() != (change.version() == null)
        || current.isPresent() && current.get().version() != change.version()) {
      if (current.isPresent()) {
        throw new StalePlan(current.get());
      }
      throw new TransitionProblem("wishes", "This plan no longer exists: start it again");
    }
    UUID id;
    if (current.isEmpty()) {
      id =
          jdbc.sql(
                  """
                  insert into support.transition_plan
                    (person_id, milestone, service_id, service_name, wishes, planned_on, member_id,
                     recorded_by, changed_by)
                  values (:person, :milestone, :service, :name, :wishes, :planned, :member, :by, :by)
                  on conflict (person_id, milestone) do nothing
                  returning id
                  """)
              .param("person", personId)
              .param("milestone", change.milestone())
              .param("service", change.serviceId())
              .param("name", serviceName)
              .param("wishes", change.wishes())
              .param("planned", change.plannedOn())
              .param("member", viewer.memberId())
              .param("by", viewer.userId())
              .query(UUID.class)
              .optional()
              .orElseThrow(() -> new StalePlan(find(opened, change.milestone()).orElseThrow()));
    } else {
      id = current.get().id();
      int changed =
          jdbc.sql(
                  """
                  update support.transition_plan
                     set service_id = :service, service_name = :name, wishes = :wishes,
                         planned_on = :planned, changed_by = :by, changed_at = now(),
                         version = version + 1
                   where id = :id and person_id = :person and version = :version
                  """)
              .param("service", change.serviceId())
              .param("name", serviceName)
              .param("wishes", change.wishes())
              .param("planned", change.plannedOn())
              .param("by", viewer.userId())
              .param("id", id)
              .param("person", personId)
              .param("version", change.version())
              .update();
      if (changed == 0) {
        throw new StalePlan(find(opened, change.milestone()).orElseThrow());
      }
    }
    audit.record(
        AuditEntry.of(
                current.isEmpty() ? "person.transition.planned" : "person.transition.changed",
                "transition-plan",
                id)
            .concerning(personId)
            .withDetail(
                "at "
                    + change.milestone()
                    + (change.serviceId() == null
                        ? ""
                        : ", to directory service " + change.serviceId())));
  }

  /** Records the transition as it happened: on which day, and whether as planned. */
  @Transactional
  void happened(
      Practitioner viewer,
      UUID personId,
      int milestone,
      boolean planned,
      LocalDate on,
      int version) {
    RecordAccess opened = access.open(viewer, personId, "recording a transition");
    TransitionPlan current =
        find(opened, milestone)
            .orElseThrow(
                () -> new TransitionProblem("how", "Write the plan first, then record the move"));
    if (current.version() != version) {
      throw new StalePlan(current);
    }
    int changed =
        jdbc.sql(
                """
                update support.transition_plan
                   set happened_on = :on, happened_as = :as, changed_by = :by, changed_at = now(),
                       version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("on", on)
            .param("as", planned ? "planned" : "unplanned")
            .param("by", viewer.userId())
            .param("id", current.id())
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StalePlan(find(opened, milestone).orElseThrow());
    }
    audit.record(
        AuditEntry.of("person.transition.happened", "transition-plan", current.id())
            .concerning(personId)
            .withDetail("at " + milestone + ", " + (planned ? "planned" : "unplanned")));
  }

  Optional<TransitionPlan> find(RecordAccess opened, int milestone) {
    return jdbc.sql(
            "select * from support.transition_plan where person_id = :person and milestone = :at")
        .param("person", opened.personId())
        .param("at", milestone)
        .query(this::plan)
        .optional();
  }

  private TransitionPlan plan(ResultSet rs, int n) throws SQLException {
    String serviceId = rs.getString("service_id");
    return new TransitionPlan(
        rs.getObject("id", UUID.class),
        rs.getInt("milestone"),
        serviceId,
        rs.getString("service_name"),
        serviceId == null ? null : directory.service(serviceId).orElse(null),
        rs.getString("wishes"),
        rs.getObject("planned_on", LocalDate.class),
        rs.getObject("happened_on", LocalDate.class),
        rs.getString("happened_as"),
        users.displayName(rs.getObject("changed_by", UUID.class)).orElse("a former worker"),
        rs.getInt("version"));
  }
}
