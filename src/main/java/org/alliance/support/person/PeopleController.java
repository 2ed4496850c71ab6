package org.alliance.support.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /people}: the practitioner's own caseload, above a search of everyone they may find. */
@Controller
class PeopleController {

  private final Lists lists;
  private final Duration dormantAfter;

  PeopleController(
      Lists lists, @Value("${alliance.support.dormant-after:90d}") Duration dormantAfter) {
    this.lists = lists;
    this.dormantAfter = dormantAfter;
  }

  @GetMapping("/people")
  String people(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("search") SearchForm search,
      BindingResult errors,
      Model model) {
    Practitioner viewer = Practitioner.of(user);
    // A search shows its results alone: listing the caseload too would read (and audit) up to 200
    // more records for every search.
    boolean searching = search != null && !search.blank();
    model.addAttribute("caseload", searching ? List.of() : lists.caseload(viewer));
    model.addAttribute("dormantAfter", dormantAfter);
    model.addAttribute("dormantDays", dormantAfter.toDays());
    model.addAttribute("searched", false);
    if (search != null && !search.blank()) {
      search
          .check(errors, LocalDate.now(PersonAccess.UK))
          .ifPresent(
              criteria -> {
                List<Listing> results = lists.search(viewer, criteria);
                model.addAttribute("results", results);
                model.addAttribute("searched", true);
              });
    }
    return "support/people";
  }
}
