package org.alliance.support.budget;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The budget pages' forms, as typed, and the checks they share. Money is read by {@link Money}. */
final class BudgetForms {

  static final int WANTS_MAX = 2000;
  static final int SOURCE_MAX = 200;
  static final int WHAT_MAX = 500;
  static final int WHO_MAX = 200;
  static final int NOTE_MAX = 2000;

  private BudgetForms() {}

  record BudgetForm(
      String kind,
      String holdingMember,
      String startDay,
      String startMonth,
      String startYear,
      String endDay,
      String endMonth,
      String endYear,
      String allocation,
      String fundingSource,
      String wants,
      String inWordsOf) {

    static BudgetForm blank(LocalDate today) {
      LocalDate end = today.plusYears(1).minusDays(1);
      return new BudgetForm(
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          String.valueOf(end.getDayOfMonth()),
          String.valueOf(end.getMonthValue()),
          String.valueOf(end.getYear()),
          "",
          "",
          "",
          "person");
    }

    Budgets.NewBudget check(Map<String, String> errors, LocalDate today) {
      String chosen = kind == null ? "" : kind.strip();
      if (!Budget.PERSONAL.equals(chosen) && !Budget.ISF.equals(chosen)) {
        errors.put("kind", "Choose the kind of budget");
      }
      UUID holder = null;
      if (Budget.ISF.equals(chosen)) {
        holder = uuid(holdingMember);
        if (holder == null) {
          errors.put("holdingMember", "Choose the member that holds the fund");
        }
      }
      LocalDate starts = date(startDay, startMonth, startYear);
      if (starts == null || starts.getYear() < 2000 || starts.isAfter(today.plusYears(5))) {
        errors.put("startDay", "Enter the first day of the period, like 1 4 2026");
        starts = null;
      }
      LocalDate ends = date(endDay, endMonth, endYear);
      if (ends == null || ends.getYear() < 2000 || ends.isAfter(today.plusYears(10))) {
        errors.put("endDay", "Enter the last day of the period, like 31 3 2027");
        ends = null;
      } else if (starts != null && ends.isBefore(starts)) {
        errors.put("endDay", "The last day must be the same as or after the first day");
      }
      Money.Parsed amount = Money.parse(allocation, "the allocation", false);
      if (!amount.ok()) {
        errors.put("allocation", amount.problem());
      }
      String source = strip(fundingSource);
      if (source == null) {
        errors.put("fundingSource", "Enter the funding source, like Public health grant");
      } else if (source.length() > SOURCE_MAX) {
        errors.put("fundingSource", "The funding source must be 200 characters or fewer");
      }
      String words = strip(wants);
      if (words != null && words.length() > WANTS_MAX) {
        errors.put("wants", "What they want it for must be 2,000 characters or fewer");
      }
      String whose = inWordsOf == null ? "" : inWordsOf.strip();
      if (!"person".equals(whose) && !"worker".equals(whose)) {
        errors.put("inWordsOf", "Say whose words these are");
      }
      return errors.isEmpty()
          ? new Budgets.NewBudget(
              chosen, holder, starts, ends, amount.amount(), source, words, whose)
          : null;
    }
  }

  record CommitmentForm(
      String commitWhat,
      String commitTo,
      String commitAmount,
      String commitDay,
      String commitMonth,
      String commitYear,
      String version) {

    static CommitmentForm blank(LocalDate today, int version) {
      return new CommitmentForm(
          "",
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          String.valueOf(version));
    }

    Budgets.NewSpend check(Map<String, String> errors, LocalDate today) {
      String what = strip(commitWhat);
      if (what == null) {
        errors.put("commitWhat", "Say what the commitment is for");
      } else if (what.length() > WHAT_MAX) {
        errors.put("commitWhat", "What it is for must be 500 characters or fewer");
      }
      String who = strip(commitTo);
      if (who != null && who.length() > WHO_MAX) {
        errors.put("commitTo", "Who it is to must be 200 characters or fewer");
      }
      Money.Parsed amount = Money.parse(commitAmount, "the amount committed", false);
      if (!amount.ok()) {
        errors.put("commitAmount", amount.problem());
      }
      LocalDate on = date(commitDay, commitMonth, commitYear);
      if (on == null || on.getYear() < 2000 || on.isAfter(today.plusYears(2))) {
        errors.put("commitDay", "Enter the date of the commitment, like 27 3 2026");
      }
      Integer since = BudgetForms.version(version);
      if (since == null) {
        errors.put("commitWhat", "This budget changed since you opened it: check it and try again");
      }
      return errors.isEmpty()
          ? new Budgets.NewSpend(Spend.COMMITMENT, what, who, amount.amount(), on, null, since)
          : null;
    }
  }

  record PaymentForm(
      String payWhat,
      String payTo,
      String payAmount,
      String payDay,
      String payMonth,
      String payYear,
      String commitment,
      String version) {

    static PaymentForm blank(LocalDate today, int version) {
      return new PaymentForm(
          "",
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          "",
          String.valueOf(version));
    }

    Budgets.NewSpend check(Map<String, String> errors, LocalDate today) {
      String what = strip(payWhat);
      if (what == null) {
        errors.put("payWhat", "Say what the payment was for");
      } else if (what.length() > WHAT_MAX) {
        errors.put("payWhat", "What it was for must be 500 characters or fewer");
      }
      String who = strip(payTo);
      if (who != null && who.length() > WHO_MAX) {
        errors.put("payTo", "Who it was paid to must be 200 characters or fewer");
      }
      Money.Parsed amount = Money.parse(payAmount, "the payment", false);
      if (!amount.ok()) {
        errors.put("payAmount", amount.problem());
      }
      LocalDate on = date(payDay, payMonth, payYear);
      if (on == null || on.getYear() < 2000 || on.isAfter(today)) {
        errors.put("payDay", "Enter the date it was paid, today or before, like 27 3 2026");
      }
      UUID against = null;
      if (strip(commitment) != null) {
        against = uuid(commitment);
        if (against == null) {
          errors.put("commitment", "Choose one of this budget's commitments, or none");
        }
      }
      Integer since = BudgetForms.version(version);
      if (since == null) {
        errors.put("payWhat", "This budget changed since you opened it: check it and try again");
      }
      return errors.isEmpty()
          ? new Budgets.NewSpend(Spend.PAYMENT, what, who, amount.amount(), on, against, since)
          : null;
    }
  }

  record DecisionForm(String spend, String decision, String version) {}

  record ReconcileForm(String returned, String note, String version) {

    static ReconcileForm blank(int version) {
      return new ReconcileForm("0.00", "", String.valueOf(version));
    }

    BigDecimal checkReturned(Map<String, String> errors) {
      Money.Parsed amount = Money.parse(returned, "the amount returned", true);
      if (!amount.ok()) {
        errors.put("returned", amount.problem());
      }
      String words = strip(note);
      if (words != null && words.length() > NOTE_MAX) {
        errors.put("note", "The note must be 2,000 characters or fewer");
      }
      if (BudgetForms.version(version) == null) {
        errors.put("returned", "This budget changed since you opened it: check it and try again");
      }
      return amount.amount();
    }
  }

  static String strip(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  static UUID uuid(String value) {
    String text = strip(value);
    if (text == null
        || !text.matches(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(text);
  }

  static Integer version(String value) {
    String text = strip(value);
    if (text == null || !text.matches("[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static LocalDate date(String day, String month, String year) {
    String d = strip(day);
    String m = strip(month);
    String y = strip(year);
    if (d == null || m == null || y == null) {
      return null;
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
