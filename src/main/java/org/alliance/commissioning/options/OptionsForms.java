package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.commissioning.register.Pounds;
import org.alliance.web.FormFields;

/**
 * The appraisal's forms as typed: each field's first value, checked. Read from the request's
 * parameters rather than bound to records because an action's cost fields are named by financial
 * year ({@code cost-2024}), one per year of the scenario.
 */
final class OptionsForms {

  static final int NAME_MAX = 200;
  static final int DESCRIPTION_MAX = 4000;
  static final int POINT_MAX = 2000;
  static final int POINTS_MAX = 50;
  static final int NOTE_MAX = 2000;

  /** Actions that give the contract a new end, so one must be said. */
  static final Set<ActionType> NEED_AN_END =
      EnumSet.complementOf(EnumSet.of(ActionType.VARY, ActionType.CONTINUE, ActionType.EXPIRE));

  private OptionsForms() {}

  /** A financial year typed as "2024" or "2024/25", 2000 to 2100, or null. */
  static Integer financialYear(String value) {
    String text = FormFields.strip(value);
    if (text == null) {
      return null;
    }
    if (text.matches("[0-9]{4}/[0-9]{2}")) {
      int start = Integer.parseInt(text.substring(0, 4));
      if (!text.equals(FinancialYear.label(start))) {
        return null;
      }
      text = text.substring(0, 4);
    }
    if (!text.matches("[0-9]{4}")) {
      return null;
    }
    int year = Integer.parseInt(text);
    return year < 2000 || year > 2100 ? null : year;
  }

  /** A list typed one point to a line; blank lines are skipped. */
  static List<String> points(
      Map<String, String> typed, String field, String label, Map<String, String> errors) {
    String value = typed.get(field);
    List<String> points = new ArrayList<>();
    if (value == null) {
      return points;
    }
    for (String line : value.split("\\R")) {
      String point = line.strip();
      if (point.isEmpty()) {
        continue;
      }
      if (point.length() > POINT_MAX) {
        errors.put(
            field,
            "Each of the "
                + label
                + " must be "
                + String.format("%,d", POINT_MAX)
                + " characters or fewer");
        return List.of();
      }
      if (FormFields.hasMarkup(point)) {
        errors.put(field, FormFields.capital(label) + " cannot contain < or >");
        return List.of();
      }
      points.add(point);
    }
    if (points.size() > POINTS_MAX) {
      errors.put(field, "Give at most " + POINTS_MAX + " " + label);
      return List.of();
    }
    return points;
  }

  static boolean dateTyped(Map<String, String> typed, String prefix) {
    return FormFields.strip(typed.get(prefix + "Day")) != null
        || FormFields.strip(typed.get(prefix + "Month")) != null
        || FormFields.strip(typed.get(prefix + "Year")) != null;
  }

  // ---- the scenario's form ----

  static Map<String, String> of(Scenario s) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("name", s.name());
    typed.put("description", s.description() == null ? "" : s.description());
    typed.put("firstYear", FinancialYear.label(s.firstYear()));
    typed.put("lastYear", FinancialYear.label(s.lastYear()));
    typed.put("advantages", String.join("\n", s.advantages()));
    typed.put("disadvantages", String.join("\n", s.disadvantages()));
    typed.put("risks", String.join("\n", s.risks()));
    typed.put("version", String.valueOf(s.version()));
    return typed;
  }

  static Map<String, String> blank(int thisYear) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("firstYear", FinancialYear.label(thisYear));
    typed.put("lastYear", FinancialYear.label(thisYear + 4));
    return typed;
  }

  static Scenarios.Details scenario(Map<String, String> typed, Map<String, String> errors) {
    String name = FormFields.text(typed, "name", "the scenario's name", NAME_MAX, true, errors);
    String description =
        FormFields.text(typed, "description", "the description", DESCRIPTION_MAX, false, errors);
    Integer first = financialYear(typed.get("firstYear"));
    if (first == null) {
      errors.put("firstYear", "Enter the first financial year, like 2024/25");
    }
    Integer last = financialYear(typed.get("lastYear"));
    if (last == null) {
      errors.put("lastYear", "Enter the last financial year, like 2028/29");
    }
    if (first != null && last != null) {
      if (last < first) {
        errors.put("lastYear", "The last financial year must not be before the first");
      } else if (last - first >= Scenario.MOST_YEARS) {
        errors.put(
            "lastYear", "A scenario covers at most " + Scenario.MOST_YEARS + " financial years");
      }
    }
    List<String> advantages = points(typed, "advantages", "advantages", errors);
    List<String> disadvantages = points(typed, "disadvantages", "disadvantages", errors);
    List<String> risks = points(typed, "risks", "risks", errors);
    if (!errors.isEmpty()) {
      return null;
    }
    return new Scenarios.Details(name, description, first, last, advantages, disadvantages, risks);
  }

  // ---- an action's form ----

  static Map<String, String> of(ScenarioAction a) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("contract", a.contractId().toString());
    typed.put("action", a.action());
    FormFields.put(typed, "decideBy", a.decideBy());
    FormFields.put(typed, "newEnd", a.newEndOn());
    typed.put("note", a.note() == null ? "" : a.note());
    a.costs().forEach((year, amount) -> typed.put("cost-" + year, Pounds.plain(amount)));
    return typed;
  }

  static Scenarios.ActionDetails action(
      Map<String, String> typed, Scenario scenario, Map<String, String> errors) {
    UUID contract = FormFields.uuid(typed.get("contract"));
    if (contract == null) {
      errors.put("contract", "Choose a contract from the register");
    }
    ActionType type = ActionType.of(FormFields.strip(typed.get("action"))).orElse(null);
    if (type == null) {
      errors.put("action", "Choose what the scenario does with the contract");
    }
    LocalDate decideBy = FormFields.date(typed, "decideBy");
    if (decideBy == null) {
      errors.put("decideByDay", "Enter the date it must be decided or started by, like 30 9 2025");
    }
    LocalDate newEnd = FormFields.date(typed, "newEnd");
    if (newEnd == null && dateTyped(typed, "newEnd")) {
      errors.put("newEndDay", "Enter the new end date as a real date, like 31 3 2028");
    } else if (newEnd == null && type != null && NEED_AN_END.contains(type)) {
      errors.put("newEndDay", "Enter the end date this action gives the contract");
    }
    String note = FormFields.text(typed, "note", "the note", NOTE_MAX, false, errors);
    SortedMap<Integer, BigDecimal> costs = new TreeMap<>();
    for (int year : scenario.years()) {
      String field = "cost-" + year;
      if (FormFields.strip(typed.get(field)) == null) {
        continue;
      }
      Pounds.Parsed cost =
          Pounds.parse(typed.get(field), "the cost in " + FinancialYear.label(year));
      if (cost.ok()) {
        costs.put(year, cost.amount());
      } else {
        errors.put(field, cost.problem());
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new Scenarios.ActionDetails(contract, type.code(), decideBy, newEnd, note, costs);
  }
}
