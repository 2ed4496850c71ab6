package org.alliance.directory.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.directory.Postcodes;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/** The public search form, as typed. Everything is optional. */
record FindSupportForm(
    String q,
    String need,
    String age,
    String postcode,
    String distance,
    List<String> route,
    String organisationType,
    Boolean openNow,
    Boolean hasCapacity,
    String page) {

  static final List<String> DISTANCES = List.of("1", "3", "5", "10", "25");
  static final String DEFAULT_DISTANCE = "10";

  boolean searched() {
    return notBlank(q)
        || notBlank(need)
        || notBlank(age)
        || notBlank(postcode)
        || (route != null && !route.isEmpty())
        || notBlank(organisationType)
        || Boolean.TRUE.equals(openNow)
        || Boolean.TRUE.equals(hasCapacity);
  }

  Integer ageValue() {
    return notBlank(age) ? Integer.valueOf(age.trim()) : null;
  }

  /**
   * The page asked for: 1 when none, and past the last int for a huge number, which the index then
   * refuses as deeper than it serves. Only valid after {@link #validate}.
   */
  int pageValue() {
    if (!notBlank(page)) {
      return 1;
    }
    String digits = page.trim();
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  double miles() {
    return Double.parseDouble(notBlank(distance) ? distance : DEFAULT_DISTANCE);
  }

  Set<String> routes() {
    return route == null ? Set.of() : Set.copyOf(route);
  }

  void validate(Errors errors, Map<String, List<Facets.Choice>> facets) {
    if (q != null && q.length() > 200) {
      errors.rejectValue("q", "length", "Search words must be 200 characters or fewer");
    }
    if (notBlank(age)) {
      if (!age.trim().matches("\\d{1,3}")) {
        errors.rejectValue("age", "format", "Age must be a whole number, like 17");
      } else if (Integer.parseInt(age.trim()) > 120) {
        errors.rejectValue("age", "range", "Age must be 120 or less");
      }
    }
    if (notBlank(postcode)
        && Postcodes.normalise(postcode).isEmpty()
        && !Postcodes.OUTWARD.matcher(postcode.replaceAll("\\s+", "").toUpperCase()).matches()) {
      errors.rejectValue(
          "postcode",
          "format",
          "Enter a UK postcode, like BK1 2AB, or the first part of one, like BK1");
    }
    if (notBlank(page) && (!page.trim().matches("\\d{1,30}") || page.trim().matches("0+"))) {
      errors.rejectValue("page", "format", "Page must be a whole number from 1");
    }
    if (notBlank(distance) && !DISTANCES.contains(distance)) {
      errors.rejectValue("distance", "unknown", "Select a distance");
    }
    if (notBlank(need) && facets.get(Facets.NEEDS).stream().noneMatch(c -> c.id().equals(need))) {
      errors.rejectValue("need", "unknown", "Select a kind of support from the list");
    }
  }

  /** This search's address with another page number, for pagination links. */
  String pageLink(int number) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/find-support");
    add(link, "q", q);
    add(link, "need", need);
    add(link, "age", age);
    add(link, "postcode", postcode);
    add(link, "distance", notBlank(postcode) ? distance : null);
    routes().stream().sorted().forEach(r -> link.queryParam("route", r));
    add(link, "organisationType", organisationType);
    if (Boolean.TRUE.equals(openNow)) {
      link.queryParam("openNow", "true");
    }
    if (Boolean.TRUE.equals(hasCapacity)) {
      link.queryParam("hasCapacity", "true");
    }
    link.queryParam("page", number);
    return link.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (notBlank(value)) {
      link.queryParam(name, value.trim());
    }
  }

  static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
