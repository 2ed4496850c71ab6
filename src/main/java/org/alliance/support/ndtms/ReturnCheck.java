package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.alliance.support.ndtms.Problem.Fix;

/**
 * The rules a row must meet to be accepted, checked on the row as it is written (so items blanked
 * for someone who did not consent are not asked for): mandatory items, codes valid on the date of
 * what they describe, dates in order, identifiers for everyone who consented.
 */
final class ReturnCheck {

  /** A coded field: its list, and the date of what it describes. */
  private record Coded(String list, Function<ReturnRow, LocalDate> on) {}

  private final List<Item> items;
  private final Map<String, String> itemOfField = new LinkedHashMap<>();
  private final CodeBook book;
  private final LocalDate monthEnd;
  private final Set<String> kept;
  private final Map<String, Coded> coded = new LinkedHashMap<>();

  ReturnCheck(List<Item> items, CodeBook book, YearMonth month, Set<String> kept) {
    this.items = items;
    this.book = book;
    this.monthEnd = month.atEndOfMonth();
    this.kept = kept;
    for (Item item : items) {
      itemOfField.putIfAbsent(item.field(), item.name());
    }
    Function<ReturnRow, LocalDate> returnDay = row -> monthEnd;
    Function<ReturnRow, LocalDate> referral = row -> first(row, "referred_on");
    Function<ReturnRow, LocalDate> start = row -> first(row, "triaged_on", "referred_on");
    coded.put("sex", new Coded("SEX", returnDay));
    coded.put("ethnicity", new Coded("ETHNIC", returnDay));
    coded.put("sexuality", new Coded("SEXUAL", returnDay));
    coded.put("referral_source", new Coded("RFLS", referral));
    coded.put("substance1", new Coded("DRUG", start));
    coded.put("substance1_route", new Coded("ROUTE", start));
    coded.put("substance2", new Coded("DRUG", start));
    coded.put("substance3", new Coded("DRUG", start));
    coded.put("injecting_status", new Coded("INJSTAT", start));
    coded.put("parental_status", new Coded("PRNTSTAT", start));
    coded.put("discharge_reason", new Coded("DISRSN", row -> first(row, "discharged_on")));
    Function<ReturnRow, LocalDate> modality =
        row -> first(row, "modality_started_on", "modality_referred_on");
    coded.put("modality", new Coded("MODAL", modality));
    coded.put("modality_setting", new Coded("MODSET", modality));
    coded.put("modality_exit", new Coded("MODEXIT", row -> first(row, "modality_ended_on")));
    coded.put("top_stage", new Coded("TRSTAGE", row -> first(row, "top_date")));
  }

  /** The row's cells in the items' order: null where the item is blank. */
  List<Object> cells(ReturnRow row) {
    List<Object> cells = new ArrayList<>(items.size());
    for (Item item : items) {
      cells.add(row.consented() || kept.contains(item.name()) ? row.cell(item) : null);
    }
    return cells;
  }

  List<Problem> problems(ReturnRow row) {
    List<Problem> problems = new ArrayList<>();
    if (!row.consentRecorded()) {
      problems.add(
          new Problem(
              itemOfField.get("consent"),
              "their answer about consent to NDTMS is not recorded",
              Fix.CLIENT));
    }
    if (!row.hasDetails()) {
      problems.add(
          new Problem(
              null, "no NDTMS treatment details are recorded for this episode", Fix.EPISODE));
      return problems;
    }
    for (Item item : items) {
      boolean needed =
          switch (item.required()) {
            case ALWAYS -> row.consented() || kept.contains(item.name());
            case CONSENT -> row.consented();
            case MODALITY -> row.hasModality();
            case MODALITY_END -> row.date("modality_ended_on") != null;
            case DISCHARGE -> row.date("discharged_on") != null;
            case NO -> false;
          };
      if (needed && row.cell(item) == null) {
        problems.add(
            new Problem(
                item.name(),
                item.required() == Item.Required.CONSENT
                    ? "missing, and they consented to NDTMS, so it must be sent"
                    : "missing",
                fixOf(item.field())));
      }
    }
    coded.forEach(
        (field, code) -> {
          Object value = written(row, field);
          if (value != null) {
            LocalDate on = code.on().apply(row);
            book.problem(code.list(), value.toString(), on == null ? monthEnd : on)
                .ifPresent(
                    why -> problems.add(new Problem(itemOfField.get(field), why, fixOf(field))));
          }
        });
    if (written(row, "discharge_reason") != null && written(row, "discharged_on") == null) {
      problems.add(
          new Problem(
              itemOfField.get("discharge_reason"), "given without a discharge date", Fix.EPISODE));
    }
    order(problems, row, "date_of_birth", "referred_on", Fix.CLIENT);
    order(problems, row, "referred_on", "triaged_on", Fix.EPISODE);
    order(problems, row, "triaged_on", "care_plan_on", Fix.EPISODE);
    order(problems, row, "referred_on", "discharged_on", Fix.EPISODE);
    order(problems, row, "triaged_on", "discharged_on", Fix.EPISODE);
    order(problems, row, "referred_on", "modality_referred_on", Fix.MODALITY);
    order(problems, row, "modality_referred_on", "modality_first_offered_on", Fix.MODALITY);
    order(problems, row, "modality_referred_on", "modality_started_on", Fix.MODALITY);
    order(problems, row, "modality_started_on", "modality_ended_on", Fix.MODALITY);
    order(problems, row, "modality_ended_on", "discharged_on", Fix.MODALITY);
    for (String field :
        List.of(
            "referred_on",
            "triaged_on",
            "care_plan_on",
            "discharged_on",
            "modality_referred_on",
            "modality_started_on",
            "modality_ended_on")) {
      LocalDate day = written(row, field) instanceof LocalDate d ? d : null;
      if (day != null && day.isAfter(monthEnd)) {
        problems.add(
            new Problem(
                itemOfField.get(field),
                day + " is after the end of the month being returned",
                fixOf(field)));
      }
    }
    if (row.episodeClosedOn() != null && row.date("discharged_on") == null) {
      problems.add(
          new Problem(
              itemOfField.get("discharged_on"),
              "the episode closed on "
                  + row.episodeClosedOn()
                  + ", but no discharge date and reason are recorded",
              Fix.EPISODE));
    }
    return problems;
  }

  /** The value as it is written: null when its item is blank or not in the return at all. */
  private Object written(ReturnRow row, String field) {
    String item = itemOfField.get(field);
    if (item == null || !(row.consented() || kept.contains(item))) {
      return null;
    }
    return row.value(field);
  }

  private void order(List<Problem> problems, ReturnRow row, String earlier, String later, Fix fix) {
    Object a = written(row, earlier);
    Object b = written(row, later);
    if (a instanceof LocalDate first && b instanceof LocalDate second && second.isBefore(first)) {
      problems.add(
          new Problem(
              itemOfField.get(later),
              second + " is before " + itemOfField.get(earlier) + " " + first,
              fix));
    }
  }

  private static Fix fixOf(String field) {
    return switch (field) {
      case "consent",
          "first_initial",
          "family_initial",
          "date_of_birth",
          "sex",
          "partial_postcode",
          "ethnicity",
          "sexuality" ->
          Fix.CLIENT;
      default ->
          field.startsWith("top")
              ? Fix.MEASURES
              : field.startsWith("modality") ? Fix.MODALITY : Fix.EPISODE;
    };
  }

  private static LocalDate first(ReturnRow row, String... fields) {
    for (String field : fields) {
      LocalDate day = row.date(field);
      if (day != null) {
        return day;
      }
    }
    return null;
  }
}
