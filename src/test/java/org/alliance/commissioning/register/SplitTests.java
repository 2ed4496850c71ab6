package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The split: exact shares that always add up, and the published rounding as its settings say. */
class SplitTests {

  private static final UUID NORTH = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID WEST = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID THIRD = UUID.fromString("00000000-0000-0000-0000-00000000000c");

  private static List<CouncilShare> northWest() {
    return List.of(
        new CouncilShare(NORTH, new BigDecimal("48.6")),
        new CouncilShare(WEST, new BigDecimal("51.4")));
  }

  @Test
  void exactSharesAddUpToThePennyForManyRandomAmountsAndPercentages() {
    Random random = new Random(20260402L);
    for (int i = 0; i < 20_000; i++) {
      int councils = 1 + random.nextInt(4);
      List<CouncilShare> shares = new ArrayList<>();
      // Percentages in ten-thousandths that total exactly 100.0000.
      int left = 1_000_000;
      for (int c = 0; c < councils; c++) {
        int part = c == councils - 1 ? left : 1 + random.nextInt(left - (councils - c - 1));
        left -= part;
        shares.add(new CouncilShare(UUID.randomUUID(), BigDecimal.valueOf(part).movePointLeft(4)));
      }
      UUID host = shares.get(random.nextInt(councils)).councilId();
      BigDecimal amount =
          BigDecimal.valueOf(random.nextLong(0, 99_999_999_999_99L)).movePointLeft(2);
      Map<UUID, BigDecimal> exact = Split.exact(amount, shares, host);
      assertThat(exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("%s split %s", amount, shares)
          .isEqualByComparingTo(amount);
      for (CouncilShare share : shares) {
        BigDecimal ideal =
            amount.multiply(share.percent()).divide(Split.HUNDRED, 10, RoundingMode.UNNECESSARY);
        BigDecimal got = exact.get(share.councilId());
        assertThat(got.scale()).isEqualTo(2);
        // Each non-host share is within half a penny of the ideal; the host absorbs the rest,
        // at most half a penny per other council.
        BigDecimal slack =
            share.councilId().equals(host)
                ? new BigDecimal("0.005").multiply(BigDecimal.valueOf(councils - 1))
                : new BigDecimal("0.005");
        assertThat(got.subtract(ideal).abs()).isLessThanOrEqualTo(slack);
      }
    }
  }

  @Test
  void theHostTakesThePennyLeftOver() {
    // 48.6% of £0.05 is 2.43p, rounded to 2p for North; West (host) takes 3p, not 2.57p rounded.
    Map<UUID, BigDecimal> exact = Split.exact(new BigDecimal("0.05"), northWest(), WEST);
    assertThat(exact.get(NORTH)).isEqualByComparingTo("0.02");
    assertThat(exact.get(WEST)).isEqualByComparingTo("0.03");
    // Three equal thirds of £100: the host gets £33.34.
    List<CouncilShare> thirds =
        List.of(
            new CouncilShare(NORTH, new BigDecimal("33.3333")),
            new CouncilShare(WEST, new BigDecimal("33.3333")),
            new CouncilShare(THIRD, new BigDecimal("33.3334")));
    Map<UUID, BigDecimal> shared = Split.exact(new BigDecimal("100.00"), thirds, NORTH);
    assertThat(shared.get(WEST)).isEqualByComparingTo("33.33");
    assertThat(shared.get(THIRD)).isEqualByComparingTo("33.33");
    assertThat(shared.get(NORTH)).isEqualByComparingTo("33.34");
  }

  @Test
  void sharesMustTotalExactlyOneHundredWithTheHostAmongThem() {
    assertThat(
            Split.problem(
                List.of(
                    new CouncilShare(NORTH, new BigDecimal("48.6")),
                    new CouncilShare(WEST, new BigDecimal("51.3"))),
                WEST))
        .contains("total exactly 100%")
        .contains("99.9");
    assertThat(Split.problem(northWest(), THIRD)).contains("host council");
    assertThat(Split.problem(List.of(), WEST)).contains("at least one council");
    assertThat(
            Split.problem(
                List.of(
                    new CouncilShare(NORTH, new BigDecimal("48.60001")),
                    new CouncilShare(WEST, new BigDecimal("51.39999"))),
                WEST))
        .contains("four decimal places");
    assertThat(
            Split.problem(
                List.of(
                    new CouncilShare(NORTH, new BigDecimal("-10")),
                    new CouncilShare(WEST, new BigDecimal("110"))),
                WEST))
        .contains("more than 0%");
    assertThat(Split.problem(northWest(), WEST)).isNull();
    assertThatThrownBy(() -> Split.exact(BigDecimal.TEN, northWest(), THIRD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BigDecimal[] row(RoundingRule rule, String amount) {
    Map<UUID, BigDecimal> figures =
        Split.published(new BigDecimal(amount), northWest(), WEST, rule);
    return new BigDecimal[] {figures.get(NORTH), figures.get(WEST)};
  }

  @Test
  void theRoundingSettingsChangeTheFiguresAsTheySay() {
    // The published rule: £000, half up, host takes the remainder.
    assertThat(row(RoundingRule.PUBLISHED, "5394200.00")).containsExactly(bd(2622), bd(2772));
    // The host rounded like everyone else: 51.4% of 5,394.2 is 2,772.6188, so 2,773 and the row
    // no longer adds up to 5,394.
    RoundingRule hostRounds =
        new RoundingRule(new BigDecimal("1000"), RoundingMode.HALF_UP, false, true);
    assertThat(row(hostRounds, "5394200.00")).containsExactly(bd(2622), bd(2773));
    // Rounding down: North 2,621; West still the remainder of 5,394.
    RoundingRule down = new RoundingRule(new BigDecimal("1000"), RoundingMode.DOWN, true, true);
    assertThat(row(down, "5394200.00")).containsExactly(bd(2621), bd(2773));
    // In pounds: 48.6% of £1,250 is £607.50, 608 half up and half to even alike; of £1,875 it
    // is £911.25, 911.
    RoundingRule pounds = new RoundingRule(BigDecimal.ONE, RoundingMode.HALF_UP, true, true);
    assertThat(row(pounds, "1250.00")).containsExactly(bd(608), bd(642));
    RoundingRule evenPounds = new RoundingRule(BigDecimal.ONE, RoundingMode.HALF_EVEN, true, true);
    assertThat(row(evenPounds, "1250.00")).containsExactly(bd(608), bd(642));
    assertThat(row(evenPounds, "1875.00")).containsExactly(bd(911), bd(964));
    // A true tie: 50% of £3.00 in pounds is 1.5, so 2 half up, 1 half down; of £5.00, 2.5 is 3
    // half up and 2 half to even.
    List<CouncilShare> halves =
        List.of(
            new CouncilShare(NORTH, new BigDecimal("50")),
            new CouncilShare(WEST, new BigDecimal("50")));
    assertThat(Split.published(new BigDecimal("3.00"), halves, WEST, pounds).get(NORTH))
        .isEqualByComparingTo("2");
    RoundingRule halfDown = new RoundingRule(BigDecimal.ONE, RoundingMode.HALF_DOWN, true, true);
    assertThat(Split.published(new BigDecimal("3.00"), halves, WEST, halfDown).get(NORTH))
        .isEqualByComparingTo("1");
    assertThat(Split.published(new BigDecimal("5.00"), halves, WEST, evenPounds).get(NORTH))
        .isEqualByComparingTo("2"); // 2.5 → 2 half even
    assertThat(Split.published(new BigDecimal("5.00"), halves, WEST, pounds).get(NORTH))
        .isEqualByComparingTo("3");
  }

  @Test
  void columnTotalsAddTheRoundedFiguresOrRoundTheExactTotalAsSet() {
    List<Split.Line> lines =
        TableOne.AMOUNTS.stream()
            .map(a -> new Split.Line("Zq", null, new BigDecimal(a), northWest(), WEST))
            .toList();
    Split.PublishedTable published =
        Split.table(lines, List.of(NORTH, WEST), RoundingRule.PUBLISHED);
    assertThat(published.columnTotal(NORTH)).isEqualByComparingTo("3395");
    RoundingRule exactTotals =
        new RoundingRule(new BigDecimal("1000"), RoundingMode.HALF_UP, true, false);
    Split.PublishedTable fromExact = Split.table(lines, List.of(NORTH, WEST), exactTotals);
    // 48.6% of £6,983,200 is £3,393,835.20: 3,394, not the published 3,395.
    assertThat(fromExact.columnTotal(NORTH)).isEqualByComparingTo("3394");
    assertThat(fromExact.grandTotal()).isEqualByComparingTo("6983");
  }

  @Test
  void theRuleIsStatedInWords() {
    assertThat(RoundingRule.PUBLISHED.inWords())
        .contains("Figures are in £000")
        .contains("rounded half up to the nearest £1,000")
        .contains("host council's, which is the row's rounded total less the other councils'")
        .contains("Column totals add the rounded figures");
    assertThat(new RoundingRule(BigDecimal.ONE, RoundingMode.HALF_EVEN, false, false).inWords())
        .contains("Figures are in £.")
        .contains("half to even")
        .contains("the host council's too")
        .contains("exact total rounded");
    assertThatThrownBy(() -> new RoundingRule(BigDecimal.ZERO, RoundingMode.HALF_UP, true, true))
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> new RoundingRule(BigDecimal.TEN, RoundingMode.UNNECESSARY, true, true))
        .hasMessageContaining("mode");
  }

  private static BigDecimal bd(int value) {
    return BigDecimal.valueOf(value);
  }
}
