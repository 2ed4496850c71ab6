package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.web.FormFields;

/** The add and edit form of a contract: its own details and the councils' shares. */
final class ContractForm {

  static final List<String> PROVIDER_ROLES = List.of("prime", "member", "subcontractor");

  private ContractForm() {}

  /** The form filled from a contract, to edit it. */
  static Map<String, String> of(Contract contract) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("reference", contract.reference());
    typed.put("service", contract.service());
    typed.put("description", contract.description() == null ? "" : contract.description());
    typed.put("status", contract.status());
    FormFields.put(typed, "start", contract.startOn());
    FormFields.put(typed, "end", contract.endOn());
    typed.put("noticeMonths", String.valueOf(contract.noticeMonths()));
    for (CouncilShare share : contract.shares()) {
      typed.put("share-" + share.councilId(), share.percent().stripTrailingZeros().toPlainString());
    }
    typed.put("host", contract.hostCouncilId() == null ? "" : contract.hostCouncilId().toString());
    typed.put("version", String.valueOf(contract.version()));
    return typed;
  }

  static Map<String, String> blank(LocalDate today) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("status", "active");
    typed.put("noticeMonths", "6");
    typed.put("providerRole", "prime");
    FormFields.put(typed, "start", FinancialYear.firstDay(FinancialYear.of(today)));
    return typed;
  }

  /** The details, or null with {@code errors} saying what is wrong. */
  static ContractRegister.Details check(
      Map<String, String> typed, List<Organisation> councils, Map<String, String> errors) {
    String reference = FormFields.text(typed, "reference", "a reference", 40, true, errors);
    String service = FormFields.text(typed, "service", "the service", 300, true, errors);
    String description =
        FormFields.text(typed, "description", "the description", 4000, false, errors);
    String status = FormFields.strip(typed.get("status"));
    if (status == null || !Contract.STATUSES.contains(status)) {
      errors.put("status", "Choose the contract's status");
    }
    LocalDate start = FormFields.date(typed, "start");
    if (start == null) {
      errors.put("startDay", "Enter the first day of the contract, like 1 4 2018");
    }
    LocalDate end = FormFields.date(typed, "end");
    if (end == null) {
      errors.put("endDay", "Enter the last day of the current term, like 31 3 2024");
    } else if (start != null && end.isBefore(start)) {
      errors.put("endDay", "The last day must be the same as or after the first day");
    }
    Integer notice = Forms.whole(typed.get("noticeMonths"), 0, 60);
    if (notice == null) {
      errors.put("noticeMonths", "Enter the notice period in whole months, from 0 to 60");
    }
    List<CouncilShare> shares = new ArrayList<>();
    for (Organisation council : councils) {
      String field = "share-" + council.id();
      Pounds.Parsed percent = Pounds.percent(typed.get(field), council.name() + "'s share");
      if (!percent.ok()) {
        errors.putIfAbsent("shares", percent.problem());
      } else if (percent.amount() != null) {
        shares.add(new CouncilShare(council.id(), percent.amount()));
      }
    }
    UUID host = FormFields.uuid(typed.get("host"));
    if (!errors.containsKey("shares")) {
      String problem = Split.problem(shares, host);
      if (problem != null) {
        errors.put(problem.contains("host council") ? "host" : "shares", problem);
      }
    }
    return errors.isEmpty()
        ? new ContractRegister.Details(
            reference, service, description, status, start, end, notice, shares, host)
        : null;
  }

  /** The first provider on the add form: optional, with its role. */
  static String provider(Map<String, String> typed, Map<String, String> errors) {
    String name = FormFields.text(typed, "provider", "the provider's name", 200, false, errors);
    if (name != null && !PROVIDER_ROLES.contains(FormFields.strip(typed.get("providerRole")))) {
      errors.put("providerRole", "Choose the provider's role");
    }
    return name;
  }

  /** The optional first year's value on the add form. */
  static BigDecimal firstValue(Map<String, String> typed, Map<String, String> errors) {
    if (FormFields.strip(typed.get("value")) == null) {
      return null;
    }
    Pounds.Parsed value = Pounds.parse(typed.get("value"), "the annual value");
    if (!value.ok()) {
      errors.put("value", value.problem());
      return null;
    }
    if (Forms.financialYear(typed.get("valueYear")) == null) {
      errors.put("valueYear", "Enter the financial year the value is for, like 2023 for 2023/24");
    }
    return value.amount();
  }
}
