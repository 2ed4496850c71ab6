package org.alliance.directory.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.directory.hsds.EditorScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code directory.service_change} table: proposed changes and what became of them. */
@Component
class ProposedChanges {

  /** Big decimals keep a location's coordinates exactly as they were published. */
  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final String COLUMNS =
      """
      c.id, c.service_id, c.base_document::text as base, c.proposed_document::text as proposed, c.reason, c.state,
      c.proposed_by, c.proposed_by_name, c.proposer_organisation, c.proposed_at, c.decided_by_name, c.decided_at,
      c.decision_note, c.version""";

  private final JdbcClient jdbc;

  ProposedChanges(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a new pending change; fails with a duplicate key if the service already has one. */
  UUID add(
      String serviceId,
      ObjectNode base,
      ObjectNode proposed,
      String reason,
      EditorIdentity editor) {
    return jdbc.sql(
            """
            insert into directory.service_change (service_id, base_document, proposed_document, reason,
                   proposed_by, proposed_by_name, proposer_organisation)
            values (:service, cast(:base as jsonb), cast(:proposed as jsonb), :reason, :user, :name, :organisation)
            returning id
            """)
        .param("service", serviceId)
        .param("base", base == null ? null : JSON.writeValueAsString(base))
        .param("proposed", JSON.writeValueAsString(proposed))
        .param("reason", reason)
        .param("user", editor.userId())
        .param("name", editor.name())
        .param("organisation", editor.organisationId())
        .query(UUID.class)
        .single();
  }

  /**
   * Replaces a pending change's proposal, if it is still at {@code version}; false when it was not.
   */
  boolean revise(UUID id, int version, ObjectNode proposed, String reason) {
    return jdbc.sql(
                """
            update directory.service_change
               set proposed_document = cast(:proposed as jsonb), reason = :reason, proposed_at = now(), version = version + 1
             where id = :id and version = :version and state = 'pending'
            """)
            .param("proposed", JSON.writeValueAsString(proposed))
            .param("reason", reason)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** Ends a pending change; false when it was no longer pending (someone decided first). */
  boolean decide(UUID id, String state, String deciderName, UUID decider, String note) {
    return jdbc.sql(
                """
            update directory.service_change
               set state = :state, decided_by = :decider, decided_by_name = :name, decided_at = now(),
                   decision_note = :note, version = version + 1
             where id = :id and state = 'pending'
            """)
            .param("state", state)
            .param("decider", decider)
            .param("name", deciderName)
            .param("note", note)
            .param("id", id)
            .update()
        == 1;
  }

  Optional<ProposedChange> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from directory.service_change c where c.id = :id")
        .param("id", id)
        .query(ProposedChanges::change)
        .optional();
  }

  /** Locks the change row, so two approvers cannot both publish it. */
  Optional<ProposedChange> lock(UUID id) {
    return jdbc.sql(
            "select " + COLUMNS + " from directory.service_change c where c.id = :id for update")
        .param("id", id)
        .query(ProposedChanges::change)
        .optional();
  }

  Optional<ProposedChange> pendingFor(String serviceId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from directory.service_change c where c.service_id = :service and c.state = 'pending'")
        .param("service", serviceId)
        .query(ProposedChanges::change)
        .optional();
  }

  /**
   * Pending changes to services in the editor's scope that someone else proposed. A new service is
   * in scope through the organization it names.
   */
  List<ProposedChange> awaiting(EditorScope scope, UUID approver) {
    return jdbc.sql(
            """
            select %s
              from directory.service_change c
              join directory.organization o on o.id = c.proposed_document ->> 'organization_id'
             where c.state = 'pending' and c.proposed_by <> :approver and %s
             order by c.proposed_at
            """
                .formatted(COLUMNS, EditorScope.CONDITION))
        .param("approver", approver)
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query(ProposedChanges::change)
        .list();
  }

  int countAwaiting(EditorScope scope, UUID approver) {
    return jdbc.sql(
            """
            select count(*)
              from directory.service_change c
              join directory.organization o on o.id = c.proposed_document ->> 'organization_id'
             where c.state = 'pending' and c.proposed_by <> :approver and %s
            """
                .formatted(EditorScope.CONDITION))
        .param("approver", approver)
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query(Integer.class)
        .single();
  }

  /** The editor's own changes, newest first. */
  List<ProposedChange> proposedBy(UUID editor, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
             from directory.service_change c where c.proposed_by = :editor
            order by c.proposed_at desc limit :limit
            """)
        .param("editor", editor)
        .param("limit", limit)
        .query(ProposedChanges::change)
        .list();
  }

  /**
   * The editor's changes rejected in the last fortnight and not yet followed by another change to
   * the same service, newest first, at most three.
   */
  List<ProposedChange> recentlyRejected(UUID editor) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
             from directory.service_change c
            where c.proposed_by = :editor and c.state = 'rejected' and c.decided_at > now() - interval '14 days'
              and not exists (select 1 from directory.service_change later
                               where later.service_id = c.service_id and later.proposed_at > c.decided_at)
            order by c.decided_at desc limit 3
            """)
        .param("editor", editor)
        .query(ProposedChanges::change)
        .list();
  }

  private static ProposedChange change(ResultSet rs, int row) throws SQLException {
    String base = rs.getString("base");
    return new ProposedChange(
        rs.getObject("id", UUID.class),
        rs.getString("service_id"),
        base == null ? null : (ObjectNode) JSON.readTree(base),
        (ObjectNode) JSON.readTree(rs.getString("proposed")),
        rs.getString("reason"),
        rs.getString("state"),
        rs.getObject("proposed_by", UUID.class),
        rs.getString("proposed_by_name"),
        rs.getObject("proposer_organisation", UUID.class),
        rs.getObject("proposed_at", OffsetDateTime.class),
        rs.getString("decided_by_name"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("decision_note"),
        rs.getInt("version"));
  }
}
