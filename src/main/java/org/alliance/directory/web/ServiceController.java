package org.alliance.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.HsdsDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.node.ObjectNode;

/** A service's public page: what it does, who it is for, how to get help, when and where. */
@Controller
class ServiceController {

  private final HsdsDocuments documents;
  private final JdbcClient jdbc;
  private final SignpostingList list;

  ServiceController(HsdsDocuments documents, JdbcClient jdbc, SignpostingList list) {
    this.documents = documents;
    this.jdbc = jdbc;
    this.list = list;
  }

  @GetMapping("/find-support/services/{serviceId}")
  String show(@PathVariable String serviceId, Model model, HttpServletRequest request) {
    List<ObjectNode> found = documents.readServices(List.of(serviceId));
    if (found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("service", ServicePage.of(found.get(0), hiddenLocations(serviceId)));
    model.addAttribute("listed", list.serviceIds(request).contains(serviceId));
    model.addAttribute(
        "sixMonthsAgo", java.time.LocalDate.now(FindSupportController.UK).minusMonths(6));
    return "directory/service";
  }

  private Set<String> hiddenLocations(String serviceId) {
    return new HashSet<>(
        jdbc.sql(
                """
            select l.id from directory.location l
              join directory.service_at_location sal on sal.location_id = l.id
             where sal.service_id = :id and l.address_hidden
            """)
            .param("id", serviceId)
            .query(String.class)
            .list());
  }
}
