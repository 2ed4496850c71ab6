package org.alliance.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.directory.Postcodes;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.ResultsTooDeep;
import org.alliance.directory.search.SearchQuery;
import org.alliance.directory.search.SearchResults;
import org.alliance.directory.search.SearchTimedOut;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Anyone looking for support, or for somewhere to signpost someone, searches the directory. */
@Controller
class FindSupportController {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final int PER_PAGE = 10;

  private final DirectoryIndex index;
  private final Facets facets;
  private final Postcodes postcodes;
  private final SignpostingList list;

  FindSupportController(
      DirectoryIndex index, Facets facets, Postcodes postcodes, SignpostingList list) {
    this.index = index;
    this.facets = facets;
    this.postcodes = postcodes;
    this.list = list;
  }

  @GetMapping("/find-support")
  String search(
      @ModelAttribute("form") FindSupportForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, List<Facets.Choice>> choices = facets.choices();
    model.addAttribute("choices", choices);
    model.addAttribute("distances", FindSupportForm.DISTANCES);
    model.addAttribute("listed", list.serviceIds(request));
    model.addAttribute("sixMonthsAgo", LocalDate.now(UK).minusMonths(6));
    if (!form.searched()) {
      return "directory/find-support";
    }
    form.validate(errors, choices);
    Optional<SearchQuery.Near> near = Optional.empty();
    if (!errors.hasErrors() && FindSupportForm.notBlank(form.postcode())) {
      near =
          postcodes
              .centroid(form.postcode())
              .map(c -> new SearchQuery.Near(c.latitude(), c.longitude()));
      if (near.isEmpty()) {
        errors.rejectValue(
            "postcode", "unknown", "We do not know that postcode. Check it, or search without one");
      }
    }
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "directory/find-support";
    }
    Set<String> needs = new HashSet<>();
    if (FindSupportForm.notBlank(form.need())) {
      needs.add(form.need());
    }
    if (FindSupportForm.notBlank(form.organisationType())) {
      needs.add(form.organisationType());
    }
    ZonedDateTime now = ZonedDateTime.now(UK);
    SearchResults results;
    try {
      results =
          index.search(
              SearchQuery.builder()
                  .text(form.q())
                  .allOfTerms(needs)
                  .anyOfTerms(form.routes())
                  .age(form.ageValue())
                  .near(near.orElse(null), near.isPresent() ? form.miles() : null)
                  .openAt(
                      Boolean.TRUE.equals(form.openNow())
                          ? new SearchQuery.OpenAt(now.getDayOfWeek(), now.toLocalTime())
                          : null)
                  .withCapacity(Boolean.TRUE.equals(form.hasCapacity()))
                  .page(form.pageValue(), PER_PAGE)
                  .build());
    } catch (ResultsTooDeep deep) {
      errors.rejectValue("page", "depth", deep.getMessage());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "directory/find-support";
    } catch (SearchTimedOut slow) {
      errors.reject("timeout", slow.getMessage());
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return "directory/find-support";
    }
    model.addAttribute("results", results);
    model.addAttribute("thisPage", form.pageLink(results.page()));
    model.addAttribute(
        "previousPage", results.page() > 1 ? form.pageLink(results.page() - 1) : null);
    model.addAttribute(
        "nextPage",
        results.page() < results.totalPages() ? form.pageLink(results.page() + 1) : null);
    return "directory/find-support";
  }
}
