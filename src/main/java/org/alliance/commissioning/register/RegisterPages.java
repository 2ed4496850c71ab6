package org.alliance.commissioning.register;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.stereotype.Component;

/** What the register's pages show, built from the register and the councils. */
@Component
class RegisterPages {

  private final ContractRegister register;
  private final Councils councils;
  private final Organisations organisations;
  private final RoundingRule rule;

  RegisterPages(
      ContractRegister register,
      Councils councils,
      Organisations organisations,
      RoundingRule rule) {
    this.register = register;
    this.councils = councils;
    this.organisations = organisations;
    this.rule = rule;
  }

  /** One contract's line in the register for the chosen year. */
  /**
   * A contract on the register's page, with its value in the year and each council's exact share.
   * The page's text for them is worked out here, not in the template: a conditional there is
   * interpreted by reflection on every cell (the compiler cannot type it), which profiling showed
   * as most of a page of 100 contracts.
   */
  record Line(Contract contract, BigDecimal value, Map<UUID, BigDecimal> split) {
    public String valueText() {
      return value == null ? "None" : Pounds.format(value);
    }

    /** The council's exact share, or nothing when the contract has no split this year. */
    public String shareText(UUID council) {
      BigDecimal share = split.get(council);
      return share == null ? "" : Pounds.format(share);
    }
  }

  record RegisterPage(
      int year,
      String yearLabel,
      List<Integer> years,
      String status,
      UUID council,
      List<Organisation> councils,
      List<Line> lines,
      Split.PublishedTable table,
      RoundingRule rule,
      Paging paging,
      BigDecimal totalValue) {

    public String label(int y) {
      return FinancialYear.label(y);
    }

    public List<Integer> yearChoices() {
      TreeSet<Integer> choices = new TreeSet<>(years);
      choices.add(FinancialYear.current());
      choices.add(year);
      return List.copyOf(choices.descendingSet());
    }

    public Map<UUID, String> councilNames() {
      return councils.stream()
          .collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name));
    }

    public String statusLabel(String s) {
      return Contract.statusLabel(s);
    }

    public List<String> statuses() {
      return Contract.STATUSES;
    }

    /** The query string of the filters chosen, for the CSV link. */
    public String query() {
      return "?year="
          + year
          + (status == null ? "" : "&status=" + status)
          + (council == null ? "" : "&council=" + council);
    }

    public String money(BigDecimal amount) {
      return Pounds.format(amount);
    }

    public String day(java.time.LocalDate date) {
      return Contract.day(date);
    }

    public String councilName(UUID id) {
      return councils.stream()
          .filter(c -> c.id().equals(id))
          .map(Organisation::name)
          .findFirst()
          .orElse("");
    }

    /** The link to another page of the register with the same filters. */
    public String pageLink(int number) {
      return "/commissioning/contracts" + query() + "&page=" + number;
    }
  }

  /** What a register page's filters pick out, kept while the register stays at one version. */
  private record TotalsKey(
      long version, int year, String status, UUID council, List<UUID> councils) {}

  /** Every matching contract's entry, the published table of them all and their value. */
  private record Totals(
      List<ContractRegister.Entry> matching, Split.PublishedTable table, BigDecimal value) {}

  // Working the published table out over every contract was a fifth of a register page's time
  // with 2,000 contracts (bench-commissioning); it changes only when the register does.
  private final Cache<TotalsKey, Totals> totalsAt =
      Caffeine.newBuilder().maximumSize(500).expireAfterAccess(Duration.ofHours(1)).build();
  private final Cache<Long, TreeSet<Integer>> yearsAt =
      Caffeine.newBuilder().maximumSize(4).build();

  private Totals totals(int year, String status, UUID council, List<UUID> columns) {
    List<ContractRegister.Entry> matching =
        register.entries(year).stream()
            .filter(e -> status == null || status.equals(e.status()))
            .filter(
                e ->
                    council == null
                        || e.shares().stream().anyMatch(s -> s.councilId().equals(council)))
            .toList();
    List<Split.Line> published = new ArrayList<>();
    for (ContractRegister.Entry entry : matching) {
      if (entry.value() != null && Split.problem(entry.shares(), entry.hostCouncilId()) == null) {
        published.add(
            new Split.Line(
                entry.service(),
                "/commissioning/contracts/" + entry.id(),
                entry.value(),
                entry.shares(),
                entry.hostCouncilId()));
      }
    }
    BigDecimal value =
        matching.stream()
            .map(ContractRegister.Entry::value)
            .filter(v -> v != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Totals(matching, Split.table(published, columns, rule), value);
  }

  /** Contracts on one page of the register. */
  static final int PAGE_SIZE = 100;

  /** Every matching contract, for the CSV. */
  RegisterPage register(Integer askedYear, String askedStatus, UUID askedCouncil) {
    return register(askedYear, askedStatus, askedCouncil, null);
  }

  /**
   * One page of the register ({@code askedPage} from 1; null for every contract). The published
   * table's totals are always those of every matching contract; its rows, like the list's, are the
   * page's. Only the page's contracts are read in full.
   */
  RegisterPage register(
      Integer askedYear, String askedStatus, UUID askedCouncil, Integer askedPage) {
    List<Organisation> all = councils.all();
    List<UUID> columns = all.stream().map(Organisation::id).toList();
    long version = register.version();
    TreeSet<Integer> years = yearsAt.get(version, v -> new TreeSet<>(register.years()));
    int year = askedYear != null ? askedYear : defaultYear(years);
    String status =
        askedStatus != null && Contract.STATUSES.contains(askedStatus) ? askedStatus : null;
    UUID council = askedCouncil != null && columns.contains(askedCouncil) ? askedCouncil : null;
    Totals totals =
        totalsAt.get(
            new TotalsKey(version, year, status, council, columns),
            key -> totals(year, status, council, columns));
    List<ContractRegister.Entry> matching = totals.matching();
    int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = askedPage == null ? 0 : Math.min(Math.max(askedPage, 1), pages);
    List<ContractRegister.Entry> shown =
        number == 0
            ? matching
            : matching.subList(
                (number - 1) * PAGE_SIZE, Math.min(number * PAGE_SIZE, matching.size()));
    Split.PublishedTable table = totals.table();
    java.util.Set<String> shownLinks =
        shown.stream()
            .map(e -> "/commissioning/contracts/" + e.id())
            .collect(java.util.stream.Collectors.toSet());
    table = table.onlyRows(row -> shownLinks.contains(row.href()));
    List<Line> lines = new ArrayList<>();
    for (Contract contract :
        register.some(shown.stream().map(ContractRegister.Entry::id).toList())) {
      BigDecimal value = contract.valueIn(year).orElse(null);
      Map<UUID, BigDecimal> split =
          value != null && contract.splittable() ? contract.split(value) : Map.of();
      lines.add(new Line(contract, value, split));
    }
    return new RegisterPage(
        year,
        FinancialYear.label(year),
        List.copyOf(years),
        status,
        council,
        all,
        lines,
        table,
        rule,
        new Paging(number == 0 ? 1 : number, number == 0 ? 1 : pages, matching.size(), PAGE_SIZE),
        totals.value());
  }

  /** Where a page of the register stands among all that match. */
  record Paging(int number, int pages, int matching, int size) {
    public boolean hasPrevious() {
      return number > 1;
    }

    public boolean hasNext() {
      return number < pages;
    }

    public int first() {
      return matching == 0 ? 0 : (number - 1) * size + 1;
    }

    public int last() {
      return Math.min(number * size, matching);
    }

    public boolean paged() {
      return pages > 1;
    }
  }

  /** This financial year when any contract has a value for it, else the latest that has one. */
  private static int defaultYear(TreeSet<Integer> years) {
    int now = FinancialYear.current();
    if (years.isEmpty() || years.contains(now)) {
      return now;
    }
    Integer before = years.floor(now);
    return before != null ? before : years.first();
  }

  /** A year of the contract's value with its exact split and the funding inside it. */
  record YearRow(
      int year,
      BigDecimal value,
      Map<UUID, BigDecimal> split,
      Map<UUID, BigDecimal> published,
      BigDecimal funded,
      boolean overFunded,
      List<Contract.FundingSource> funding) {

    public String label() {
      return FinancialYear.label(year);
    }
  }

  record ContractPage(
      Contract contract,
      Map<UUID, String> councilNames,
      List<Organisation> councils,
      List<Organisation> organisations,
      Map<String, String> serviceNames,
      List<YearRow> years,
      RoundingRule rule,
      int thisYear) {

    public String councilName(UUID id) {
      return id == null ? "" : councilNames.getOrDefault(id, "Unknown council");
    }

    public String money(BigDecimal amount) {
      return Pounds.format(amount);
    }

    public String day(java.time.LocalDate date) {
      return Contract.day(date);
    }

    public String percent(BigDecimal percent) {
      return Pounds.percentText(percent);
    }

    public String yearLabel(int year) {
      return FinancialYear.label(year);
    }

    public String kindLabel(String kind) {
      return Contract.FundingSource.kindLabel(kind);
    }

    public String levelLabel(String level) {
      return Contract.FundingSource.levelLabel(level);
    }

    public String organisationName(UUID id) {
      return organisations.stream()
          .filter(o -> o.id().equals(id))
          .map(Organisation::name)
          .findFirst()
          .orElse("");
    }
  }

  ContractPage contract(UUID id) {
    Contract contract = register.get(id);
    List<YearRow> years = new ArrayList<>();
    for (Contract.YearValue value : contract.values()) {
      int year = value.financialYear();
      boolean splits = contract.splittable();
      years.add(
          new YearRow(
              year,
              value.amount(),
              splits ? contract.split(value.amount()) : Map.of(),
              splits
                  ? Split.published(
                      value.amount(), contract.shares(), contract.hostCouncilId(), rule)
                  : Map.of(),
              contract.fundedIn(year),
              contract.overFunded(year),
              contract.fundingIn(year)));
    }
    // Funding recorded for a year without a value is shown too, flagged as over the (zero) value.
    for (Contract.FundingSource source : contract.funding()) {
      if (years.stream().noneMatch(y -> y.year() == source.financialYear())) {
        int year = source.financialYear();
        years.add(
            new YearRow(
                year,
                BigDecimal.ZERO.setScale(2),
                Map.of(),
                Map.of(),
                contract.fundedIn(year),
                contract.overFunded(year),
                contract.fundingIn(year)));
      }
    }
    years.sort((a, b) -> Integer.compare(a.year(), b.year()));
    return new ContractPage(
        contract,
        councils.names(),
        councils.all(),
        organisations.all(),
        register.serviceNames(contract.serviceIds()),
        years,
        rule,
        FinancialYear.current());
  }

  List<Organisation> councils() {
    return councils.all();
  }
}
