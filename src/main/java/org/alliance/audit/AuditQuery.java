package org.alliance.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit search form as typed. Everything stays text until {@link #validate} has checked it, so
 * a mistyped date or ID comes back as a message on the form rather than a failed request.
 */
record AuditQuery(
    String user,
    String action,
    String subjectType,
    String subjectId,
    String person,
    String from,
    String to,
    String page) {

  // UUID.fromString accepts short forms such as 1-2-3-4-5; people paste the full canonical form.
  private static final Pattern UUID_FORMAT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  // Four-digit years only: LocalDate accepts years PostgreSQL cannot store.
  private static final Pattern DATE_FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern PAGE_FORMAT = Pattern.compile("[0-9]{1,6}");

  AuditQuery {
    user = blankToNull(user);
    action = blankToNull(action);
    subjectType = blankToNull(subjectType);
    subjectId = blankToNull(subjectId);
    person = blankToNull(person);
    from = blankToNull(from);
    to = blankToNull(to);
    page = blankToNull(page);
  }

  void validate(Errors errors) {
    if (person != null && !UUID_FORMAT.matcher(person).matches()) {
      errors.rejectValue(
          "person",
          "format",
          "Enter the person ID in the correct format, like 3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }
    LocalDate start = date(from);
    LocalDate end = date(to);
    if (from != null && start == null) {
      errors.rejectValue(
          "from",
          "format",
          "Date from must be a real date written as year-month-day, like 2026-11-23");
    }
    if (to != null && end == null) {
      errors.rejectValue(
          "to", "format", "Date to must be a real date written as year-month-day, like 2026-11-23");
    }
    if (start != null && end != null && start.isAfter(end)) {
      errors.rejectValue("to", "order", "Date to must be the same as or after date from");
    }
    if (page != null && pageNumber() < 1) {
      errors.reject("page", "Page number must be a whole number, 1 or more");
    }
  }

  /** The typed filter; only meaningful once {@link #validate} has found nothing wrong. */
  AuditFilter filter() {
    return new AuditFilter(
        user,
        action,
        subjectType,
        subjectId,
        person == null ? null : UUID.fromString(person),
        date(from),
        date(to),
        pageNumber());
  }

  /** Public for the template, like {@link #downloadLink}: SpEL only calls public methods. */
  public String pageLink(int number) {
    return link("/admin/audit", number);
  }

  public String downloadLink() {
    return link("/admin/audit.csv", 1);
  }

  private int pageNumber() {
    return page == null ? 1 : PAGE_FORMAT.matcher(page).matches() ? Integer.parseInt(page) : 0;
  }

  // Values are expanded as URI variables, so a '&' or '+' someone searched for stays in its value.
  private String link(String path, int number) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("user", user);
    values.put("action", action);
    values.put("subjectType", subjectType);
    values.put("subjectId", subjectId);
    values.put("person", person);
    values.put("from", from);
    values.put("to", to);
    values.put("page", number > 1 ? Integer.toString(number) : null);
    values.values().removeIf(value -> value == null);
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
    return uri.encode().buildAndExpand(values).toUriString();
  }

  private static LocalDate date(String text) {
    if (text == null || !DATE_FORMAT.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notARealDate) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
