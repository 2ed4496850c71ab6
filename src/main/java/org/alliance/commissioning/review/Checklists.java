package org.alliance.commissioning.review;

import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Contract review checklists and their criteria. Criteria are added in order, never reordered. */
@Component
class Checklists {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Checklists(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A checklist in the list, with how many criteria it has. */
  record Summary(UUID id, String name, String specification, int criteria) {}

  List<Summary> list() {
    return jdbc.sql(
            """
            select c.id, c.name, c.specification,
                   (select count(*) from commissioning.review_criterion k where k.checklist_id = c.id)
                     as criteria
              from commissioning.review_checklist c
             order by lower(c.name)
            """)
        .query(Summary.class)
        .list();
  }

  Checklist find(UUID id) {
    Checklist bare =
        jdbc.sql(
                "select id, name, specification from commissioning.review_checklist where id = :id")
            .param("id", id)
            .query(
                (rs, n) ->
                    new Checklist(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("specification"),
                        List.of()))
            .optional()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return new Checklist(bare.id(), bare.name(), bare.specification(), criteria(id));
  }

  List<Checklist.Criterion> criteria(UUID checklistId) {
    return jdbc.sql(
            """
            select id, position, criterion, guidance from commissioning.review_criterion
             where checklist_id = :id order by position
            """)
        .param("id", checklistId)
        .query(Checklist.Criterion.class)
        .list();
  }

  @Transactional
  UUID create(String name, String specification) {
    boolean taken =
        jdbc.sql(
                "select exists (select 1 from commissioning.review_checklist where lower(name) = lower(:name))")
            .param("name", name)
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new ReviewProblem("name", "There is already a checklist with this name");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.review_checklist (name, specification)
                values (:name, :specification) returning id
                """)
            .param("name", name)
            .param("specification", specification)
            .query(UUID.class)
            .single();
    audit.record(AuditEntry.of("review-checklist.created", "review-checklist", id));
    return id;
  }

  @Transactional
  void addCriterion(UUID checklistId, String criterion, String guidance) {
    // Lock the checklist so two criteria added at once take the next two positions.
    jdbc.sql("select id from commissioning.review_checklist where id = :id for update")
        .param("id", checklistId)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    jdbc.sql(
            """
            insert into commissioning.review_criterion (checklist_id, position, criterion, guidance)
            select :id, coalesce(max(position), 0) + 1, :criterion, :guidance
              from commissioning.review_criterion where checklist_id = :id
            """)
        .param("id", checklistId)
        .param("criterion", criterion)
        .param("guidance", guidance)
        .update();
    audit.record(
        AuditEntry.of("review-checklist.criterion-added", "review-checklist", checklistId));
  }
}
