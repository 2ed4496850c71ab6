package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.ledger.Ledger.NewEntry;
import org.alliance.commissioning.ledger.Ledger.Writer;
import org.alliance.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a devolved budget for this financial year and the last: lines for staffing,
 * Individual Service Funds, premises and training, and in this year the £96,000 twelve-month young
 * people's pilot (Lambeth's alliance pilot, seed 000) as a ring-fenced line; allocations to the
 * members; a month of spend by every member on every line for each month gone (the same figures on
 * every start); one correction (an invoice entered twice, reversed); this year's training
 * over-allocated, to show the flag; ISF spend typed from the returns for the months before the
 * ledger, and the last three months' returns brought in from support's demo funds. Runs after
 * support's demo budgets (120), once, only while the ledger has no budget, under an advisory lock;
 * a failure is logged and never stops the start.
 */
@Component
@Order(220)
class DemoLedger implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLedger.class);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final Writer WRITER = Writer.system("Demo data");

  /** A member's shares (per cent) of staffing, premises, training and ISFs, by name. */
  private record Share(
      String member, String staffing, String premises, String training, String isf) {}

  private static final List<Share> SHARES =
      List.of(
          new Share("Brackenshire Recovery Partnership", "34", "40", "30", "50"),
          new Share("Brackenshire Health NHS Foundation Trust", "26", "20", "20", "0"),
          new Share("Open Road Young People's Service", "12", "10", "12", "20"),
          new Share("Harbour Housing", "10", "15", "10", "30"),
          new Share("Brackenford Women's Centre", "8", "8", "10", "0"),
          new Share("Steps to Work Ltd", "6", "4", "10", "0"),
          new Share("St Clement's Community Kitchen", "4", "3", "8", "0"));

  private final DatabaseMode mode;
  private final Ledger ledger;
  private final IsfImport isf;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoLedger(
      DatabaseMode mode,
      Ledger ledger,
      IsfImport isf,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.ledger = ledger;
    this.isf = isf;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    try {
      Integer made = transaction.execute(status -> load(LocalDate.now(FinancialYear.UK)));
      if (made != null && made > 0) {
        log.info("Gave the demo alliance a devolved budget and {} ledger entries", made);
      }
    } catch (RuntimeException e) {
      log.warn("Could not load the demo ledger; the application starts without it", e);
    }
  }

  private Integer load(LocalDate today) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-ledger'))")
        .query(Object.class)
        .single();
    if (jdbc.sql("select exists (select 1 from commissioning.ledger_budget)")
        .query(Boolean.class)
        .single()) {
      return 0;
    }
    Map<UUID, String> members = ledger.members();
    List<UUID> ids = new ArrayList<>();
    List<Share> shares = new ArrayList<>();
    for (Share share : SHARES) {
      members.entrySet().stream()
          .filter(m -> m.getValue().equals(share.member()))
          .findFirst()
          .ifPresent(
              m -> {
                ids.add(m.getKey());
                shares.add(share);
              });
    }
    if (ids.isEmpty()) {
      return 0;
    }
    FinancialYear current = FinancialYear.containing(today);
    YearMonth thisMonth = YearMonth.from(today);
    int entries = 0;
    entries += year(current.previous(), 12, ids, shares, false, thisMonth);
    int gone =
        (int) current.first().withDayOfMonth(1).until(today.withDayOfMonth(1)).toTotalMonths();
    entries += year(current, gone, ids, shares, true, thisMonth);
    return entries;
  }

  /**
   * One year's budget, allocations and {@code months} months of spend.
   *
   * @param thisYear whether it is the current year: the pilot, the over-allocated training and the
   *     ISF returns imported from support rather than typed
   */
  private int year(
      FinancialYear year,
      int months,
      List<UUID> ids,
      List<Share> shares,
      boolean thisYear,
      YearMonth thisMonth) {
    UUID budget =
        ledger.createBudget(
            WRITER,
            year,
            "The public health grant's drug and alcohol element, devolved to the alliance under"
                + " the alliance agreement.");
    BigDecimal staffing = new BigDecimal(thisYear ? "1240000.00" : "1195000.00");
    BigDecimal premises = new BigDecimal(thisYear ? "180000.00" : "176500.00");
    BigDecimal training = new BigDecimal("45000.00");
    BigDecimal funds = new BigDecimal(thisYear ? "60000.00" : "52000.00");
    BudgetLine staffingLine =
        ledger.line(ledger.addLine(WRITER, budget, "Staffing", staffing, false, false));
    BudgetLine isfLine =
        ledger.line(ledger.addLine(WRITER, budget, "Individual Service Funds", funds, false, true));
    BudgetLine premisesLine =
        ledger.line(ledger.addLine(WRITER, budget, "Premises", premises, false, false));
    BudgetLine trainingLine =
        ledger.line(ledger.addLine(WRITER, budget, "Training", training, false, false));
    BudgetLine pilotLine =
        thisYear
            ? ledger.line(
                ledger.addLine(
                    WRITER,
                    budget,
                    "Young people's alliance pilot",
                    new BigDecimal("96000.00"),
                    true,
                    false))
            : null;
    int entries = 0;
    LocalDate first = year.first();
    List<BigDecimal[]> allocated = new ArrayList<>();
    for (int m = 0; m < ids.size(); m++) {
      Share share = shares.get(m);
      BigDecimal[] a = {
        share(staffing, share.staffing()),
        share(premises, share.premises()),
        // This year's training is over-allocated by £1,500, which the pages flag.
        share(training, share.training())
            .add(thisYear && m == 0 ? new BigDecimal("1500.00") : BigDecimal.ZERO),
        share(funds, share.isf())
      };
      allocated.add(a);
      BudgetLine[] lines = {staffingLine, premisesLine, trainingLine, isfLine};
      for (int l = 0; l < lines.length; l++) {
        if (a[l].signum() > 0) {
          ledger.append(
              WRITER,
              lines[l],
              LedgerEntry.ALLOCATION,
              new NewEntry(
                  ids.get(m),
                  a[l],
                  first,
                  lines[l].name() + ": " + share.member() + "'s share for " + year.label(),
                  null));
          entries++;
        }
      }
    }
    UUID youngPeople = null;
    for (int m = 0; m < ids.size(); m++) {
      if (shares.get(m).member().startsWith("Open Road")) {
        youngPeople = ids.get(m);
      }
    }
    if (pilotLine != null && youngPeople != null) {
      ledger.append(
          WRITER,
          pilotLine,
          LedgerEntry.ALLOCATION,
          new NewEntry(
              youngPeople,
              new BigDecimal("96000.00"),
              first,
              "The twelve-month pilot of asset-based work with young people and families",
              null));
      entries++;
    }
    UUID duplicated = null;
    for (int month = 0; month < months; month++) {
      YearMonth ym = YearMonth.from(first).plusMonths(month);
      LocalDate on = ym.atDay(Math.min(28, ym.lengthOfMonth()));
      for (int m = 0; m < ids.size(); m++) {
        BigDecimal[] a = allocated.get(m);
        String initials = initials(shares.get(m).member());
        entries +=
            spend(
                staffingLine,
                ids.get(m),
                a[0],
                m,
                0,
                month,
                on,
                "Salaries and on-costs, " + MONTH.format(ym),
                "PAY-" + initials + "-" + ym);
        entries +=
            spend(
                premisesLine,
                ids.get(m),
                a[1],
                m,
                1,
                month,
                on,
                "Rent, rates and utilities, " + MONTH.format(ym),
                "INV-" + initials + "-" + ym);
        if (month % 3 == 2) {
          entries +=
              spend(
                  trainingLine,
                  ids.get(m),
                  a[2].multiply(new BigDecimal(3)),
                  m,
                  2,
                  month,
                  on,
                  "Training courses, quarter to " + MONTH.format(ym),
                  "TRN-" + initials + "-" + ym);
        }
        if (a[3].signum() > 0 && (!thisYear || ym.isBefore(thisMonth.minusMonths(2)))) {
          entries +=
              spend(
                  isfLine,
                  ids.get(m),
                  a[3],
                  m,
                  3,
                  month,
                  on,
                  "Individual Service Funds paid, "
                      + MONTH.format(ym)
                      + " (return before the ledger)",
                  null);
        }
      }
      if (pilotLine != null && youngPeople != null) {
        entries +=
            spend(
                pilotLine,
                youngPeople,
                new BigDecimal("96000.00"),
                0,
                4,
                month,
                on,
                "Pilot team and appreciative-inquiry supervision, " + MONTH.format(ym),
                "YP-PILOT-" + ym);
      }
      // Last year, Harbour Housing's September rent was entered twice; the copy is reversed.
      if (!thisYear && month == 5 && ids.size() > 3) {
        duplicated =
            ledger.append(
                WRITER,
                premisesLine,
                LedgerEntry.SPEND,
                new NewEntry(
                    ids.get(3),
                    monthly(allocated.get(3)[1], 3, 1, month),
                    on,
                    "Rent, rates and utilities, " + MONTH.format(ym),
                    "INV-" + initials(shares.get(3).member()) + "-" + ym));
        entries++;
      }
    }
    if (duplicated != null) {
      LedgerEntry copy =
          ledger.entry(new LedgerViewer(null, "demo", null, true, true, null), duplicated);
      ledger.correct(
          WRITER,
          copy,
          copy.amount().negate(),
          copy.on().plusDays(12),
          "Invoice " + copy.invoiceRef() + " was entered twice: this reverses the copy",
          null);
      entries++;
    }
    if (thisYear) {
      // This year's ISF spend comes from support's returns, named no one, month by month.
      for (int back = 2; back >= 0; back--) {
        YearMonth month = thisMonth.minusMonths(back);
        if (year.contains(month)) {
          IsfImport.Result result = isf.importMonth(WRITER, month);
          entries += result.added() + result.corrected();
        }
      }
    }
    return entries;
  }

  private int spend(
      BudgetLine line,
      UUID member,
      BigDecimal allocation,
      int m,
      int l,
      int month,
      LocalDate on,
      String description,
      String invoice) {
    BigDecimal amount = monthly(allocation, m, l, month);
    if (amount.signum() <= 0) {
      return 0;
    }
    ledger.append(
        WRITER, line, LedgerEntry.SPEND, new NewEntry(member, amount, on, description, invoice));
    return 1;
  }

  /**
   * A twelfth of the allocation, between 88% and 112% of it by a fixed pattern, to the penny: the
   * same every start, and uneven like real months.
   */
  private static BigDecimal monthly(BigDecimal allocation, int m, int l, int month) {
    int percent = 88 + Math.floorMod(m * 31 + l * 17 + month * 7, 25);
    return allocation
        .multiply(new BigDecimal(percent))
        .divide(new BigDecimal(1200), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal share(BigDecimal total, String percent) {
    return total
        .multiply(new BigDecimal(percent))
        .divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }
}
