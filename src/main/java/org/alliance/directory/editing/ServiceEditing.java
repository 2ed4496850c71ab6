package org.alliance.directory.editing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.directory.hsds.HiddenPlaces;
import org.alliance.directory.hsds.HsdsDocuments;
import org.alliance.directory.hsds.ServiceRecords;
import org.alliance.directory.hsds.Viewer;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing the directory with four eyes: an editor proposes a change to a service (or a new one),
 * someone else who looks after it approves it, and only then is it published, the way an import
 * writes, with a new version in the service's history. A change records the published document it
 * was made against, so approving it after the service changed some other way is refused rather than
 * silently undoing that other change.
 */
@Component
class ServiceEditing {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** What came of proposing a change. */
  sealed interface Proposal {}

  record Proposed(UUID changeId) implements Proposal {}

  /**
   * The document the form made fails the HSDS checks (the form's own checks should catch most
   * first).
   */
  record Refused(List<ImportProblem> problems) implements Proposal {}

  /**
   * The service changed after the form was opened; the form is shown again over the new version.
   */
  record Stale(ObjectNode current, Integer changeVersion) implements Proposal {}

  /** The form changes nothing. */
  record Unchanged() implements Proposal {}

  /** Someone else's change to this service is waiting for approval. */
  record Busy(ProposedChange waiting) implements Proposal {}

  /** What came of approving a change. */
  sealed interface Decision {}

  record Done() implements Decision {}

  /** The service changed since the change was proposed. */
  record Conflict() implements Decision {}

  /** Publishing the change would break the directory (a record it refers to has gone meanwhile). */
  record Unpublishable(List<ImportProblem> problems) implements Decision {}

  /** Not pending any more, or not this user's to decide. */
  record NotAllowed(String why) implements Decision {}

  /** The proposer revised the change after the approver opened it. */
  record Revised() implements Decision {}

  /**
   * Publishing would change or link entries outside what the proposer now looks after, checked as
   * an upload is.
   */
  record OutsideScope(List<ImportProblem> problems) implements Decision {}

  private final HsdsDocuments documents;
  private final HiddenPlaces hiddenPlaces;
  private final ServiceRecords records;
  private final ProposedChanges changes;
  private final ServiceVersions versions;
  private final Categories categories;
  private final ServiceDrafts drafts;
  private final AuditLog audit;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  ServiceEditing(
      HsdsDocuments documents,
      HiddenPlaces hiddenPlaces,
      ServiceRecords records,
      ProposedChanges changes,
      ServiceVersions versions,
      Categories categories,
      ServiceDrafts drafts,
      AuditLog audit,
      UserAccounts users,
      JdbcClient jdbc,
      PlatformTransactionManager tm) {
    this.documents = documents;
    this.hiddenPlaces = hiddenPlaces;
    this.records = records;
    this.changes = changes;
    this.versions = versions;
    this.categories = categories;
    this.drafts = drafts;
    this.audit = audit;
    this.users = users;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(tm);
  }

  /**
   * The service as published, whole (hidden places too), ready for editing; empty when there is no
   * such service. Changes and versions are kept whole, so that publishing never writes a withheld
   * place over the real one; people see them through {@link #shown}.
   */
  Optional<ObjectNode> published(String serviceId) {
    return documents.readServices(List.of(serviceId), Viewer.operator()).stream()
        .findFirst()
        .map(ServiceDrafts::forEditing);
  }

  /** A copy of a stored or published document as this editor may see it ({@link HiddenPlaces}). */
  ObjectNode shown(ObjectNode document, EditorScope scope) {
    return document == null ? null : hiddenPlaces.hide(document.deepCopy(), scope.viewer());
  }

  /**
   * The published service, for an editor who looks after it: a 404 when there is no such service, a
   * 403 when it is another organisation's.
   */
  ObjectNode lookedAfter(EditorScope scope, String serviceId) {
    ObjectNode current =
        published(serviceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!looksAfter(scope, current.path("organization_id").asString(null))) {
      throw new AccessDeniedException("not an editor of this service's organisation");
    }
    return hiddenPlaces.hide(current, scope.viewer());
  }

  /** Whether the editor looks after the HSDS organization (and so its services). */
  boolean looksAfter(EditorScope scope, String organizationId) {
    return organizationId != null
        && jdbc.sql(
                    "select count(*) from directory.organization o where o.id = :id and "
                        + EditorScope.CONDITION)
                .param("id", organizationId)
                .param("everything", scope.everything())
                .param("organisation", scope.organisation())
                .query(Integer.class)
                .single()
            == 1;
  }

  /** An HSDS organization an editor can add a service to. */
  record OrganizationChoice(String id, String name) {}

  List<OrganizationChoice> organizationsFor(EditorScope scope) {
    return jdbc.sql(
            "select o.id, o.name from directory.organization o where "
                + EditorScope.CONDITION
                + " order by o.name")
        .param("everything", scope.everything())
        .param("organisation", scope.organisation())
        .query((rs, row) -> new OrganizationChoice(rs.getString("id"), rs.getString("name")))
        .list();
  }

  Proposal proposeNew(EditorIdentity editor, ServiceForm form) {
    String serviceId = UUID.randomUUID().toString();
    ObjectNode proposed = drafts.apply(form, null, categories.ids(), serviceId);
    List<ImportProblem> problems = records.check(proposed);
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    return transaction.execute(
        status -> {
          UUID id = changes.add(serviceId, null, proposed, ServiceForm.tidy(form.reason()), editor);
          audit.record(
              AuditEntry.of("directory.change.proposed", "service", serviceId)
                  .withDetail("new service, change " + id));
          return new Proposed(id);
        });
  }

  /**
   * Proposes a change to a published service, or revises the editor's own pending change to it. The
   * caller has checked that the editor looks after the service.
   */
  Proposal propose(EditorIdentity editor, ObjectNode current, ServiceForm form) {
    String serviceId = current.get("id").asString();
    Optional<ProposedChange> pending = changes.pendingFor(serviceId);
    if (pending.isPresent() && !pending.get().proposedBy(editor.userId())) {
      return new Busy(pending.get());
    }
    if (pending.isPresent()) {
      return revise(pending.get(), form, editor.scope());
    }
    if (form.changeVersion() != null
        || !DocumentDiff.fingerprint(current).equals(form.baseStamp())) {
      return new Stale(current, null);
    }
    ObjectNode whole = published(serviceId).orElse(current);
    ObjectNode proposed =
        hiddenPlaces.keepWithheld(
            drafts.apply(form, current, categories.ids(), null), whole, editor.scope().viewer());
    if (DocumentDiff.same(whole, proposed, categories.names())) {
      return new Unchanged();
    }
    List<ImportProblem> problems = records.check(proposed);
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    try {
      return transaction.execute(
          status -> {
            UUID id =
                changes.add(serviceId, whole, proposed, ServiceForm.tidy(form.reason()), editor);
            audit.record(
                AuditEntry.of("directory.change.proposed", "service", serviceId)
                    .withDetail("change " + id));
            return new Proposed(id);
          });
    } catch (DuplicateKeyException raced) {
      return changes
          .pendingFor(serviceId)
          .<Proposal>map(Busy::new)
          .orElseGet(() -> new Stale(current, null));
    }
  }

  private Proposal revise(ProposedChange change, ServiceForm form, EditorScope scope) {
    if (form.changeVersion() == null || form.changeVersion() != change.version()) {
      return new Stale(shown(change.proposed(), scope), change.version());
    }
    ObjectNode proposed =
        hiddenPlaces.keepWithheld(
            drafts.apply(form, shown(change.proposed(), scope), categories.ids(), null),
            change.proposed(),
            scope.viewer());
    if (change.base() != null && DocumentDiff.same(change.base(), proposed, categories.names())) {
      return new Unchanged();
    }
    List<ImportProblem> problems = records.check(proposed);
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    return transaction.execute(
        status -> {
          if (!changes.revise(
              change.id(), change.version(), proposed, ServiceForm.tidy(form.reason()))) {
            status.setRollbackOnly();
            return new Stale(shown(change.proposed(), scope), change.version());
          }
          audit.record(
              AuditEntry.of("directory.change.revised", "service", change.serviceId())
                  .withDetail("change " + change.id()));
          return new Proposed(change.id());
        });
  }

  /**
   * Whether the user may approve or reject this change: not their own, and a service they look
   * after.
   */
  boolean canDecide(ProposedChange change, EditorIdentity user) {
    return change.pending()
        && !change.proposedBy(user.userId())
        && looksAfter(user.scope(), change.proposed().path("organization_id").asString(null));
  }

  /** Whether the user may see this change: its proposer, or anyone who looks after the service. */
  boolean canSee(ProposedChange change, EditorIdentity user) {
    return change.proposedBy(user.userId())
        || looksAfter(user.scope(), change.proposed().path("organization_id").asString(null))
        || (change.base() != null
            && looksAfter(user.scope(), change.base().path("organization_id").asString(null)));
  }

  /** Whether the published service has changed since the change was made against it. */
  boolean overtaken(ProposedChange change) {
    return overtaken(change, published(change.serviceId()));
  }

  private boolean overtaken(ProposedChange change, Optional<ObjectNode> current) {
    if (change.base() == null) {
      return current.isPresent();
    }
    return current.isEmpty()
        || !DocumentDiff.same(change.base(), current.get(), categories.names());
  }

  /**
   * Publishes the change if it is still exactly the version the approver read ({@code readVersion},
   * from the page they approved on), and if the proposer, as they are now, could have uploaded it:
   * the same scope check as an upload, on the rows it writes.
   */
  Decision approve(
      UUID changeId, EditorIdentity approver, String approverEmail, Integer readVersion) {
    return transaction.execute(
        status -> {
          ProposedChange change = changes.lock(changeId).orElse(null);
          if (change == null || !canDecide(change, approver)) {
            return new NotAllowed(
                change == null ? "There is no such change" : why(change, approver));
          }
          if (readVersion == null || readVersion != change.version()) {
            return new Revised();
          }
          Optional<ObjectNode> current = published(change.serviceId());
          if (overtaken(change, current)) {
            return new Conflict();
          }
          current.ifPresent(before -> keepEarlierState(change.serviceId(), before));
          ObjectNode publish = change.proposed().deepCopy();
          // The proposer checked every field they saw and the approver read them: the entry is
          // checked today.
          publish.put("assured_date", LocalDate.now(UK).toString());
          if (approverEmail != null) {
            publish.put("assurer_email", approverEmail);
          }
          List<ImportProblem> problems = records.check(publish);
          if (!problems.isEmpty()) {
            status.setRollbackOnly();
            return new Unpublishable(problems);
          }
          List<ImportProblem> outside = records.writeWithin(publish, proposerScope(change));
          if (!outside.isEmpty()) {
            status.setRollbackOnly();
            return new OutsideScope(outside);
          }
          ObjectNode published = published(change.serviceId()).orElseThrow();
          versions.add(
              change.serviceId(),
              published,
              "editor",
              change.id(),
              change.proposedByName(),
              approver.name(),
              change.reason());
          changes.decide(
              change.id(), ProposedChange.PUBLISHED, approver.name(), approver.userId(), null);
          audit.record(
              AuditEntry.of("directory.change.published", "service", change.serviceId())
                  .withDetail("change " + change.id() + " proposed by " + change.proposedByName()));
          return new Done();
        });
  }

  /**
   * What the proposer looks after now (not when they proposed): someone moved to another
   * organisation, or disabled, no longer has their changes published there.
   */
  private EditorScope proposerScope(ProposedChange change) {
    return users
        .find(change.proposedBy())
        .filter(UserAccount::enabled)
        .map(
            account ->
                new EditorScope(account.organisationId(), account.roles().contains(Role.ADMIN)))
        .orElse(new EditorScope(null, false));
  }

  /**
   * The history holds the state before the first edit here, and any state an import left between
   * two edits, so that every version's "what changed" compares like with like.
   */
  private void keepEarlierState(String serviceId, ObjectNode current) {
    Optional<ServiceVersion> latest = versions.latest(serviceId);
    if (latest.isEmpty()) {
      versions.add(
          serviceId,
          current,
          "import",
          null,
          null,
          null,
          "As it was before its first change in the editor");
    } else if (!DocumentDiff.same(latest.get().document(), current, categories.names())) {
      versions.add(
          serviceId, current, "import", null, null, null, "Changed by an import or review");
    }
  }

  Decision reject(UUID changeId, EditorIdentity approver, String note) {
    return transaction.execute(
        status -> {
          ProposedChange change = changes.lock(changeId).orElse(null);
          if (change == null || !canDecide(change, approver)) {
            return new NotAllowed(
                change == null ? "There is no such change" : why(change, approver));
          }
          changes.decide(
              change.id(), ProposedChange.REJECTED, approver.name(), approver.userId(), note);
          audit.record(
              AuditEntry.of("directory.change.rejected", "service", change.serviceId())
                  .withDetail("change " + change.id())
                  .withReason(note));
          return new Done();
        });
  }

  Decision withdraw(UUID changeId, EditorIdentity editor) {
    return transaction.execute(
        status -> {
          ProposedChange change = changes.lock(changeId).orElse(null);
          if (change == null || !change.pending() || !change.proposedBy(editor.userId())) {
            return new NotAllowed(
                "Only the person who proposed a change can withdraw it, while it waits for approval");
          }
          changes.decide(
              change.id(), ProposedChange.WITHDRAWN, editor.name(), editor.userId(), null);
          audit.record(
              AuditEntry.of("directory.change.withdrawn", "service", change.serviceId())
                  .withDetail("change " + change.id()));
          return new Done();
        });
  }

  private static String why(ProposedChange change, EditorIdentity user) {
    if (!change.pending()) {
      return "This change has already been "
          + change.stateLabel().toLowerCase(java.util.Locale.ROOT);
    }
    if (change.proposedBy(user.userId())) {
      return "Someone else must approve your change: a second person checks every change before it is published";
    }
    return "You do not look after this service";
  }
}
