package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A contract in the register with everything hanging off it. Money is exact pounds and pence; the
 * councils' shares of a year's value come from {@link Split}, nowhere else.
 */
public record Contract(
    UUID id,
    String reference,
    String service,
    String description,
    String status,
    LocalDate startOn,
    LocalDate endOn,
    int noticeMonths,
    UUID hostCouncilId,
    int version,
    List<Provider> providers,
    List<CouncilShare> shares,
    List<ExtensionOption> options,
    List<YearValue> values,
    List<FundingSource> funding,
    List<Document> documents,
    List<String> serviceIds) {

  public static final List<String> STATUSES =
      List.of("planned", "procuring", "active", "ending", "ended");

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public static String statusLabel(String status) {
    return switch (status) {
      case "planned" -> "Planned";
      case "procuring" -> "Being procured";
      case "active" -> "Active";
      case "ending" -> "Ending";
      case "ended" -> "Ended";
      default -> status;
    };
  }

  public record Provider(UUID id, String name, UUID organisationId, String role) {
    public String roleLabel() {
      return switch (role) {
        case "prime" -> "Prime provider";
        case "member" -> "Alliance member";
        default -> "Subcontractor";
      };
    }
  }

  public record ExtensionOption(
      UUID id, int position, int months, LocalDate decideBy, String state, LocalDate decidedOn) {
    public boolean open() {
      return "open".equals(state);
    }

    public String stateLabel() {
      return switch (state) {
        case "taken" -> "Taken";
        case "declined" -> "Declined";
        default -> "Open";
      };
    }

    /**
     * The new last day when this option extends a term ending on {@code end}. A term runs to the
     * day before its anniversary, so a term ending 30 September extended by six months ends 31
     * March, not 30 March as adding months to the last day would give.
     */
    public LocalDate extend(LocalDate end) {
      return end.plusDays(1).plusMonths(months).minusDays(1);
    }

    public String length() {
      return months % 12 == 0
          ? months / 12 + (months == 12 ? " year" : " years")
          : months + (months == 1 ? " month" : " months");
    }
  }

  public record YearValue(int financialYear, BigDecimal amount) {
    public String yearLabel() {
      return FinancialYear.label(financialYear);
    }
  }

  public record FundingSource(
      UUID id,
      int financialYear,
      String kind,
      String name,
      BigDecimal amount,
      UUID councilId,
      String level) {

    public static final List<String> KINDS =
        List.of("core-public-health-grant", "named-grant", "partner-contribution");
    public static final List<String> LEVELS =
        List.of("single-agency", "aligned-budgets", "pooled-budget");

    public static String kindLabel(String kind) {
      return switch (kind) {
        case "core-public-health-grant" -> "Core public health grant";
        case "named-grant" -> "Named grant";
        default -> "Partner contribution";
      };
    }

    public static String levelLabel(String level) {
      return switch (level) {
        case "single-agency" -> "Single agency";
        case "aligned-budgets" -> "Aligned budgets";
        default -> "Pooled budget";
      };
    }
  }

  public record Document(UUID id, String title, String url) {}

  public String statusLabel() {
    return statusLabel(status);
  }

  /**
   * The end date plus every open option up to the first declined one: taken options have already
   * moved the end, and once an option is declined the term ends, so the options after it can no
   * longer be taken.
   */
  public LocalDate furthestEnd() {
    LocalDate end = endOn;
    for (ExtensionOption option : options) {
      if ("declined".equals(option.state())) {
        break;
      }
      if (option.open()) {
        end = option.extend(end);
      }
    }
    return end;
  }

  /** The last day notice can be given: the end date less the notice period. */
  public LocalDate noticeBy() {
    return noticeMonths == 0 ? null : endOn.minusMonths(noticeMonths);
  }

  public Optional<BigDecimal> valueIn(int financialYear) {
    return values.stream()
        .filter(v -> v.financialYear() == financialYear)
        .map(YearValue::amount)
        .findFirst();
  }

  /** Each council's exact share of a year's value, in the shares' order. */
  public Map<UUID, BigDecimal> split(BigDecimal amount) {
    return Split.exact(amount, shares, hostCouncilId);
  }

  public boolean splittable() {
    return Split.problem(shares, hostCouncilId) == null;
  }

  public List<FundingSource> fundingIn(int financialYear) {
    return funding.stream().filter(f -> f.financialYear() == financialYear).toList();
  }

  public BigDecimal fundedIn(int financialYear) {
    return fundingIn(financialYear).stream()
        .map(FundingSource::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Funding recorded for a year that is more than the year's value: money counted twice. */
  public boolean overFunded(int financialYear) {
    BigDecimal value = valueIn(financialYear).orElse(BigDecimal.ZERO);
    return fundedIn(financialYear).compareTo(value) > 0;
  }

  /** "Change Grow Live and 2 others", for one line of the register. */
  public String providerNames() {
    if (providers.isEmpty()) {
      return "Not recorded";
    }
    String first = providers.get(0).name();
    int others = providers.size() - 1;
    return others == 0 ? first : first + " and " + others + (others == 1 ? " other" : " others");
  }

  public String term() {
    return day(startOn) + " to " + day(endOn);
  }

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public List<Integer> years() {
    return values.stream().map(YearValue::financialYear).toList();
  }
}
