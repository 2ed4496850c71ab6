package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place money is divided between councils. Exact shares are to the penny: each council
 * other than the host gets the amount times its percentage over 100, rounded half up to the penny,
 * and the host council takes the rest, so the shares always add up to the amount exactly. Published
 * tables round as {@link RoundingRule} says, from the exact (unrounded) products, never from
 * already-rounded pennies, so nothing is rounded twice.
 */
public final class Split {

  public static final BigDecimal HUNDRED = new BigDecimal("100");

  private Split() {}

  /**
   * Why these shares cannot divide money, or null when they can: at least one council, none twice,
   * each above 0 and at most 100 with up to four decimal places, totalling exactly 100, and the
   * host one of them.
   */
  public static String problem(List<CouncilShare> shares, UUID host) {
    if (shares == null || shares.isEmpty()) {
      return "Give at least one council a share";
    }
    BigDecimal total = BigDecimal.ZERO;
    List<UUID> seen = new ArrayList<>();
    for (CouncilShare share : shares) {
      if (share.councilId() == null || seen.contains(share.councilId())) {
        return "Give each council one share";
      }
      seen.add(share.councilId());
      BigDecimal percent = share.percent();
      if (percent == null
          || percent.signum() <= 0
          || percent.compareTo(HUNDRED) > 0
          || percent.stripTrailingZeros().scale() > 4) {
        return "Each share must be more than 0% and at most 100%, with up to four decimal places";
      }
      total = total.add(percent);
    }
    if (total.compareTo(HUNDRED) != 0) {
      return "The councils' shares must total exactly 100% (they total "
          + total.stripTrailingZeros().toPlainString()
          + "%)";
    }
    if (host == null || !seen.contains(host)) {
      return "Choose the host council from the councils with a share";
    }
    return null;
  }

  /** Each council's share to the penny, in the shares' order; they add up to the amount exactly. */
  public static Map<UUID, BigDecimal> exact(
      BigDecimal amount, List<CouncilShare> shares, UUID host) {
    requireValid(shares, host);
    BigDecimal pounds = amount.setScale(2, RoundingMode.UNNECESSARY);
    Map<UUID, BigDecimal> split = new LinkedHashMap<>();
    BigDecimal others = BigDecimal.ZERO;
    for (CouncilShare share : shares) {
      if (!share.councilId().equals(host)) {
        BigDecimal part = product(pounds, share).setScale(2, RoundingMode.HALF_UP);
        split.put(share.councilId(), part);
        others = others.add(part);
      } else {
        split.put(share.councilId(), null);
      }
    }
    split.put(host, pounds.subtract(others));
    return split;
  }

  /** Each council's published figure, in the rule's units, in the shares' order. */
  public static Map<UUID, BigDecimal> published(
      BigDecimal amount, List<CouncilShare> shares, UUID host, RoundingRule rule) {
    requireValid(shares, host);
    Map<UUID, BigDecimal> figures = new LinkedHashMap<>();
    BigDecimal others = BigDecimal.ZERO;
    for (CouncilShare share : shares) {
      BigDecimal figure = rule.round(product(amount, share));
      figures.put(share.councilId(), figure);
      if (!share.councilId().equals(host)) {
        others = others.add(figure);
      }
    }
    if (rule.hostTakesRemainder()) {
      figures.put(host, rule.round(amount).subtract(others));
    }
    return figures;
  }

  /** One row of a published table: what it is, a link for it, and the money divided. */
  public record Line(
      String label, String href, BigDecimal amount, List<CouncilShare> shares, UUID host) {}

  /** A row as published: each council's figure (0 for a council without a share) and the total. */
  public record PublishedRow(
      String label, String href, Map<UUID, BigDecimal> figures, BigDecimal total) {
    public BigDecimal figure(UUID council) {
      return figures.getOrDefault(council, BigDecimal.ZERO);
    }
  }

  /** A table shaped like seed 004's Tables 1 and 2: rows, councils' columns, totals. */
  public record PublishedTable(
      List<UUID> councils,
      List<PublishedRow> rows,
      Map<UUID, BigDecimal> columnTotals,
      BigDecimal grandTotal,
      RoundingRule rule) {
    public BigDecimal columnTotal(UUID council) {
      return columnTotals.getOrDefault(council, BigDecimal.ZERO);
    }

    /** The same table, totals and all, showing only some of its rows (a page of them). */
    public PublishedTable onlyRows(java.util.function.Predicate<PublishedRow> keep) {
      return new PublishedTable(
          councils, rows.stream().filter(keep).toList(), columnTotals, grandTotal, rule);
    }

    /** A figure as printed: "5,394". */
    public String text(BigDecimal figure) {
      return Pounds.figure(figure);
    }
  }

  /** Rounds every line as the rule says and totals the columns as it says too. */
  public static PublishedTable table(List<Line> lines, List<UUID> councils, RoundingRule rule) {
    List<PublishedRow> rows = new ArrayList<>();
    Map<UUID, BigDecimal> roundedSums = new LinkedHashMap<>();
    Map<UUID, BigDecimal> exactSums = new LinkedHashMap<>();
    for (UUID council : councils) {
      roundedSums.put(council, BigDecimal.ZERO);
      exactSums.put(council, BigDecimal.ZERO);
    }
    BigDecimal roundedGrand = BigDecimal.ZERO;
    BigDecimal exactGrand = BigDecimal.ZERO;
    for (Line line : lines) {
      Map<UUID, BigDecimal> figures = published(line.amount(), line.shares(), line.host(), rule);
      BigDecimal total = rule.round(line.amount());
      rows.add(new PublishedRow(line.label(), line.href(), figures, total));
      for (CouncilShare share : line.shares()) {
        roundedSums.merge(share.councilId(), figures.get(share.councilId()), BigDecimal::add);
        exactSums.merge(share.councilId(), product(line.amount(), share), BigDecimal::add);
      }
      roundedGrand = roundedGrand.add(total);
      exactGrand = exactGrand.add(line.amount());
    }
    Map<UUID, BigDecimal> columnTotals = new LinkedHashMap<>();
    if (rule.totalsAddRoundedFigures()) {
      columnTotals.putAll(roundedSums);
    } else {
      exactSums.forEach((council, sum) -> columnTotals.put(council, rule.round(sum)));
    }
    BigDecimal grand = rule.totalsAddRoundedFigures() ? roundedGrand : rule.round(exactGrand);
    return new PublishedTable(List.copyOf(councils), List.copyOf(rows), columnTotals, grand, rule);
  }

  private static BigDecimal product(BigDecimal amount, CouncilShare share) {
    // Exact: a numeric(14,2) times a numeric(7,4) over 100 has at most eight decimal places.
    return amount.multiply(share.percent()).divide(HUNDRED, 8, RoundingMode.UNNECESSARY);
  }

  private static void requireValid(List<CouncilShare> shares, UUID host) {
    String problem = problem(shares, host);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
