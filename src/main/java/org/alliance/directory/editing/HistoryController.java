package org.alliance.directory.editing;

import java.util.List;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/** A service's published versions, and what each one changed. */
@Controller
class HistoryController {

  private final ServiceEditing editing;
  private final ServiceVersions versions;
  private final Categories categories;

  HistoryController(ServiceEditing editing, ServiceVersions versions, Categories categories) {
    this.editing = editing;
    this.versions = versions;
    this.categories = categories;
  }

  @GetMapping("/directory/services/{serviceId}/history")
  String history(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String serviceId, Model model) {
    EditorScope scope = EditorScope.of(user);
    ObjectNode current = editing.lookedAfter(scope, serviceId);
    List<ServiceVersion> all = versions.of(serviceId);
    model.addAttribute("service", current);
    model.addAttribute("versions", all);
    // An import or review since the last version is not a version yet; say so rather than hide it.
    model.addAttribute(
        "changedSince",
        !all.isEmpty()
            && !DocumentDiff.same(
                editing.shown(all.get(0).document(), scope), current, categories.names()));
    return "directory/service-history";
  }

  @GetMapping("/directory/services/{serviceId}/history/{number}")
  String version(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String serviceId,
      @PathVariable String number,
      Model model) {
    EditorScope scope = EditorScope.of(user);
    ObjectNode current = editing.lookedAfter(scope, serviceId);
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException notANumber) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    ServiceVersion version =
        versions
            .find(serviceId, n)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ObjectNode previous =
        n == 1 ? null : versions.find(serviceId, n - 1).map(ServiceVersion::document).orElse(null);
    model.addAttribute("service", current);
    model.addAttribute("version", version);
    model.addAttribute(
        "lines",
        DocumentDiff.between(
            editing.shown(previous, scope),
            editing.shown(version.document(), scope),
            categories.names()));
    return "directory/service-version";
  }
}
