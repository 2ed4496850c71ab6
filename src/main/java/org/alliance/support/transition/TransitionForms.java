package org.alliance.support.transition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** The two forms of the transition page, as typed, and the checks they share. */
final class TransitionForms {

  static final int WISHES_MAX = 2000;

  private TransitionForms() {}

  /** The plan: milestone, receiving service (a directory id), their words, planned day. */
  record PlanForm(
      String milestone,
      String service,
      String wishes,
      String plannedDay,
      String plannedMonth,
      String plannedYear,
      String version) {

    static PlanForm of(TransitionPlan plan, int milestone, String chosenService) {
      if (plan == null) {
        return new PlanForm(String.valueOf(milestone), chosenService, "", "", "", "", "");
      }
      LocalDate on = plan.plannedOn();
      return new PlanForm(
          String.valueOf(milestone),
          chosenService != null ? chosenService : plan.serviceId(),
          plan.wishes() == null ? "" : plan.wishes(),
          on == null ? "" : String.valueOf(on.getDayOfMonth()),
          on == null ? "" : String.valueOf(on.getMonthValue()),
          on == null ? "" : String.valueOf(on.getYear()),
          String.valueOf(plan.version()));
    }

    TransitionPlans.Change check(Map<String, String> errors, LocalDate today) {
      Integer at = TransitionForms.milestone(milestone);
      if (at == null) {
        errors.put("milestone", "Choose the milestone: 18 or 21");
      }
      String words = wishes == null ? "" : wishes.strip();
      if (words.length() > WISHES_MAX) {
        errors.put("wishes", "What they want must be " + WISHES_MAX + " characters or fewer");
      }
      LocalDate planned = null;
      if (!blank(plannedDay) || !blank(plannedMonth) || !blank(plannedYear)) {
        planned = date(plannedDay, plannedMonth, plannedYear);
        if (planned == null || planned.getYear() < 2000 || planned.isAfter(today.plusYears(10))) {
          errors.put(
              "plannedDay", "Enter a real planned date in the next ten years, like 27 3 2027");
          planned = null;
        }
      }
      Integer since = TransitionForms.version(version);
      if (!blank(version) && since == null) {
        errors.put("wishes", "This changed since you opened it: check it and try again");
      }
      String serviceId = blank(service) ? null : service.strip();
      if (serviceId != null && serviceId.length() > 200) {
        errors.put("service", "Choose the receiving service from the directory search");
      }
      return errors.isEmpty()
          ? new TransitionPlans.Change(
              at, serviceId, words.isEmpty() ? null : words, planned, since)
          : null;
    }
  }

  /** The move as it happened: when, and whether as planned. */
  record HappenedForm(
      String milestone,
      String how,
      String happenedDay,
      String happenedMonth,
      String happenedYear,
      String version) {

    static HappenedForm empty(int milestone, TransitionPlan plan) {
      return new HappenedForm(
          String.valueOf(milestone),
          "",
          "",
          "",
          "",
          plan == null ? "" : String.valueOf(plan.version()));
    }
  }

  static Integer milestone(String value) {
    return "18".equals(value)
        ? Integer.valueOf(18)
        : "21".equals(value) ? Integer.valueOf(21) : null;
  }

  static Integer version(String value) {
    if (blank(value) || !value.strip().matches("[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(value.strip());
  }

  static LocalDate date(String day, String month, String year) {
    if (blank(day) || blank(month) || blank(year)) {
      return null;
    }
    if (!day.strip().matches("[0-9]{1,2}")
        || !month.strip().matches("[0-9]{1,2}")
        || !year.strip().matches("[0-9]{4}")) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(year.strip()),
          Integer.parseInt(month.strip()),
          Integer.parseInt(day.strip()));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
