package org.alliance.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alliance.directory.federation.FederatedDocuments;
import org.alliance.directory.federation.Publication;
import org.alliance.directory.hsds.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.node.ObjectNode;

/** A service's public page: what it does, who it is for, how to get help, when and where. */
@Controller
class ServiceController {

  private final FederatedDocuments documents;
  private final Publication publication;
  private final SignpostingList list;

  ServiceController(FederatedDocuments documents, Publication publication, SignpostingList list) {
    this.documents = documents;
    this.publication = publication;
    this.list = list;
  }

  @GetMapping("/find-support/services/{serviceId}")
  String show(@PathVariable String serviceId, Model model, HttpServletRequest request) {
    // The public page shows what the public sees, to the refuge's own staff too: a page printed
    // or passed on never carries a hidden address. They see it in full in the editor.
    List<ObjectNode> found = documents.readServices(List.of(serviceId), Viewer.anonymous());
    if (found.isEmpty()) {
      // A record linked into another is that service: a link or bookmark to it still arrives.
      return publication
          .publishedAs(serviceId)
          .map(
              published ->
                  "redirect:/find-support/services/"
                      + UriUtils.encodePathSegment(published, StandardCharsets.UTF_8))
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
    model.addAttribute("service", ServicePage.of(found.get(0)));
    model.addAttribute("listed", list.serviceIds(request).contains(serviceId));
    model.addAttribute(
        "sixMonthsAgo", java.time.LocalDate.now(FindSupportController.UK).minusMonths(6));
    return "directory/service";
  }
}
