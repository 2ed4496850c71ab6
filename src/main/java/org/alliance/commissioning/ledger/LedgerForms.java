package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The ledger's forms as typed, and their checks. Money is read by {@link LedgerMoney}. */
final class LedgerForms {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private LedgerForms() {}

  /** A year's devolved budget. */
  record BudgetForm(String year, String note) {
    static BudgetForm blank(FinancialYear year) {
      return new BudgetForm(String.valueOf(year.startYear()), "");
    }

    FinancialYear check(Map<String, String> errors) {
      FinancialYear year = FinancialYear.parse(this.year).orElse(null);
      if (year == null) {
        errors.put("year", "Enter the year the financial year starts in, like 2025");
      }
      String words = strip(note);
      if (words != null && words.length() > Ledger.NOTE_MAX) {
        errors.put("note", "The note must be 2,000 characters or fewer");
      }
      return year;
    }
  }

  /** A budget line. Checkboxes send "true" when ticked and nothing when not. */
  record LineForm(String name, String budget, String ringFenced, String isf) {
    static LineForm blank() {
      return new LineForm("", "", null, null);
    }

    BigDecimal check(Map<String, String> errors) {
      String words = strip(name);
      if (words == null) {
        errors.put("name", "Enter the line's name, like Staffing");
      } else if (words.length() > Ledger.NAME_MAX) {
        errors.put("name", "The name must be 120 characters or fewer");
      }
      LedgerMoney.Parsed amount = LedgerMoney.parse(budget, "the line's budget", false);
      if (!amount.ok()) {
        errors.put("budget", amount.problem());
      }
      return amount.amount();
    }

    public boolean ringFencedChosen() {
      return "true".equals(ringFenced);
    }

    public boolean isfChosen() {
      return "true".equals(isf);
    }
  }

  /** A line's new budget, with the version of the line the form was opened on. */
  record LineBudgetForm(String budget, Integer version) {
    BigDecimal check(Map<String, String> errors) {
      LedgerMoney.Parsed amount = LedgerMoney.parse(budget, "the line's budget", false);
      if (!amount.ok()) {
        errors.put("budget", amount.problem());
      }
      return amount.amount();
    }
  }

  /** An allocation (the manager's) or spend against a line. */
  record EntryForm(
      String kind,
      String member,
      String amount,
      String onDay,
      String onMonth,
      String onYear,
      String description,
      String invoiceRef) {

    static EntryForm blank(LocalDate today, UUID member) {
      return new EntryForm(
          LedgerEntry.SPEND,
          member == null ? "" : member.toString(),
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          "",
          "");
    }

    /** The kind asked for; anything but an allocation is spend. */
    public String chosenKind() {
      return LedgerEntry.ALLOCATION.equals(kind == null ? "" : kind.strip())
          ? LedgerEntry.ALLOCATION
          : LedgerEntry.SPEND;
    }

    Ledger.NewEntry check(Map<String, String> errors) {
      UUID who = uuid(member);
      if (who == null) {
        errors.put("member", "Choose the member");
      }
      LedgerMoney.Parsed money = LedgerMoney.parse(amount, "the amount", false);
      if (!money.ok()) {
        errors.put("amount", money.problem());
      }
      LocalDate on = date(onDay, onMonth, onYear);
      if (on == null) {
        errors.put("onDay", "Enter a real date, like 27 3 2026");
      }
      String what = strip(description);
      if (what == null) {
        errors.put("description", "Enter what the money is for");
      } else if (what.length() > Ledger.DESCRIPTION_MAX) {
        errors.put("description", "The description must be 500 characters or fewer");
      }
      String invoice = strip(invoiceRef);
      if (invoice != null && invoice.length() > Ledger.INVOICE_MAX) {
        errors.put("invoiceRef", "The invoice reference must be 100 characters or fewer");
      }
      return errors.isEmpty() ? new Ledger.NewEntry(who, money.amount(), on, what, invoice) : null;
    }
  }

  /** A correction: a signed amount added to the entry, and why. */
  record CorrectionForm(String amount, String reason) {
    static CorrectionForm blank() {
      return new CorrectionForm("", "");
    }

    BigDecimal check(Map<String, String> errors) {
      LedgerMoney.Parsed money = LedgerMoney.parse(amount, "the correction", true);
      if (!money.ok()) {
        errors.put("amount", money.problem());
      }
      String why = strip(reason);
      if (why == null) {
        errors.put("reason", "Enter why the entry is corrected");
      } else if (why.length() > Ledger.DESCRIPTION_MAX) {
        errors.put("reason", "The reason must be 500 characters or fewer");
      }
      return money.amount();
    }
  }

  /** A month typed as 2026-03. */
  static YearMonth month(String text) {
    if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}")) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(text.strip());
      return month.getYear() < 2000 || month.getYear() > 2100 ? null : month;
    } catch (DateTimeException e) {
      return null;
    }
  }

  static UUID uuid(String text) {
    return text != null && CANONICAL.matcher(text.strip()).matches()
        ? UUID.fromString(text.strip())
        : null;
  }

  /** An id from a URL: anything but a canonical UUID is an item that does not exist. */
  static UUID pathId(String text) {
    UUID id = text == null || !CANONICAL.matcher(text).matches() ? null : UUID.fromString(text);
    if (id == null) {
      throw new NoSuchLedgerItem();
    }
    return id;
  }

  static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  static LocalDate date(String day, String month, String year) {
    try {
      int d = Integer.parseInt(day == null ? "" : day.strip());
      int m = Integer.parseInt(month == null ? "" : month.strip());
      int y = Integer.parseInt(year == null ? "" : year.strip());
      if (y < 2000 || y > 2100) {
        return null;
      }
      return LocalDate.of(y, m, d);
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
