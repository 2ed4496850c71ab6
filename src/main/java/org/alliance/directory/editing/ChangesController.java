package org.alliance.directory.editing;

import java.util.UUID;
import org.alliance.directory.editing.ServiceEditing.Conflict;
import org.alliance.directory.editing.ServiceEditing.Decision;
import org.alliance.directory.editing.ServiceEditing.NotAllowed;
import org.alliance.directory.editing.ServiceEditing.OutsideScope;
import org.alliance.directory.editing.ServiceEditing.Revised;
import org.alliance.directory.editing.ServiceEditing.Unpublishable;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposed changes: the ones waiting for this editor's approval, their own, and each one's diff.
 */
@Controller
@RequestMapping("/directory/changes")
class ChangesController {

  private final ServiceEditing editing;
  private final ProposedChanges changes;
  private final Categories categories;
  private final UserAccounts users;

  ChangesController(
      ServiceEditing editing, ProposedChanges changes, Categories categories, UserAccounts users) {
    this.editing = editing;
    this.changes = changes;
    this.categories = categories;
    this.users = users;
  }

  @GetMapping
  String list(@AuthenticationPrincipal AllianceUser user, Model model) {
    EditorIdentity editor = EditorIdentity.of(user);
    model.addAttribute("awaiting", changes.awaiting(editor.scope(), editor.userId()));
    model.addAttribute("mine", changes.proposedBy(editor.userId(), 50));
    return "directory/changes";
  }

  @GetMapping("/{changeId}")
  String show(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String changeId, Model model) {
    EditorIdentity editor = EditorIdentity.of(user);
    ProposedChange change = visible(changeId, editor);
    model.addAttribute("change", change);
    model.addAttribute(
        "lines",
        DocumentDiff.between(
            editing.shown(change.base(), editor.scope()),
            editing.shown(change.proposed(), editor.scope()),
            categories.names()));
    model.addAttribute("canDecide", editing.canDecide(change, editor));
    model.addAttribute("mine", change.proposedBy(editor.userId()));
    model.addAttribute("overtaken", change.pending() && editing.overtaken(change));
    return "directory/change";
  }

  @PostMapping("/{changeId}/approve")
  String approve(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String changeId,
      @RequestParam(required = false) String version,
      RedirectAttributes redirect) {
    EditorIdentity editor = EditorIdentity.of(user);
    ProposedChange change = visible(changeId, editor);
    String email = users.find(editor.userId()).map(account -> account.email()).orElse(null);
    return after(
        editing.approve(change.id(), editor, email, readVersion(version)),
        change,
        "The change has been published",
        redirect);
  }

  @PostMapping("/{changeId}/reject")
  String reject(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String changeId,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    EditorIdentity editor = EditorIdentity.of(user);
    ProposedChange change = visible(changeId, editor);
    if (note == null || note.isBlank() || note.strip().length() > 2000) {
      redirect.addFlashAttribute(
          "noteProblem",
          note == null || note.isBlank()
              ? "Say why the change is not approved, so its editor can put it right"
              : "The reason must be 2000 characters or fewer");
      redirect.addFlashAttribute("note", note);
      return "redirect:/directory/changes/" + change.id() + "#note";
    }
    return after(
        editing.reject(change.id(), editor, note.strip()),
        change,
        "The change has not been approved;" + " " + change.proposedByName() + " can see why",
        redirect);
  }

  @PostMapping("/{changeId}/withdraw")
  String withdraw(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String changeId,
      RedirectAttributes redirect) {
    EditorIdentity editor = EditorIdentity.of(user);
    ProposedChange change = visible(changeId, editor);
    return after(
        editing.withdraw(change.id(), editor), change, "Your change has been withdrawn", redirect);
  }

  private static String after(
      Decision decision, ProposedChange change, String success, RedirectAttributes redirect) {
    if (decision instanceof NotAllowed notAllowed) {
      redirect.addFlashAttribute("problem", notAllowed.why());
    } else if (decision instanceof Conflict) {
      redirect.addFlashAttribute(
          "problem",
          "The service has changed since this change was proposed, so publishing it"
              + " would undo that. Do not approve it: its editor should withdraw it and make it again.");
    } else if (decision instanceof Revised) {
      redirect.addFlashAttribute(
          "problem",
          "This change was revised after you opened it; look again before approving it.");
    } else if (decision instanceof OutsideScope outside) {
      redirect.addFlashAttribute(
          "problem",
          "This change cannot be published: it reaches entries its editor does not look after ("
              + outside.problems().get(0).message()
              + ")");
    } else if (decision instanceof Unpublishable unpublishable) {
      redirect.addFlashAttribute(
          "problem",
          "The directory cannot take this change: " + unpublishable.problems().get(0).message());
    } else {
      redirect.addFlashAttribute("success", success);
    }
    return "redirect:/directory/changes/" + change.id();
  }

  /** The change's version as the approver's page showed it; null when missing or not a number. */
  private static Integer readVersion(String version) {
    try {
      return version == null ? null : Integer.valueOf(version.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** A change this user may look at; anything else reads as not there. */
  private ProposedChange visible(String changeId, EditorIdentity editor) {
    UUID id;
    try {
      id = UUID.fromString(changeId);
    } catch (IllegalArgumentException notAnId) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    ProposedChange change =
        changes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!editing.canSee(change, editor)) {
      throw new AccessDeniedException("not an editor of this service's organisation");
    }
    return change;
  }
}
