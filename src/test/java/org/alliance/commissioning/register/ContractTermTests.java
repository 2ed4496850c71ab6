package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.commissioning.register.Contract.ExtensionOption;
import org.junit.jupiter.api.Test;

/** How options move a term's end: to the day before the anniversary, and never past a refusal. */
class ContractTermTests {

  private static ExtensionOption option(int position, int months, String state) {
    return new ExtensionOption(UUID.randomUUID(), position, months, null, state, null);
  }

  private static Contract endingOn(LocalDate end, List<ExtensionOption> options) {
    return new Contract(
        UUID.randomUUID(),
        "ZQ-TERM",
        "Zq term",
        "",
        "active",
        LocalDate.of(2019, 4, 1),
        end,
        6,
        null,
        0,
        List.of(),
        List.of(),
        options,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void anOptionEndsTheDayBeforeTheAnniversary() {
    assertThat(option(1, 6, "open").extend(LocalDate.of(2025, 9, 30)))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(option(1, 24, "open").extend(LocalDate.of(2024, 3, 31)))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(option(1, 12, "open").extend(LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(option(1, 12, "open").extend(LocalDate.of(2027, 2, 28)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void fivePlusTwoPlusTwoReachesNineYears() {
    Contract contract =
        endingOn(LocalDate.of(2024, 3, 31), List.of(option(1, 24, "open"), option(2, 24, "open")));
    assertThat(contract.furthestEnd()).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void aDeclinedOptionEndsTheTermSoLaterOptionsNoLongerCount() {
    Contract contract =
        endingOn(
            LocalDate.of(2026, 3, 31), List.of(option(1, 24, "taken"), option(2, 24, "declined")));
    assertThat(contract.furthestEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    Contract declinedFirst =
        endingOn(
            LocalDate.of(2024, 3, 31), List.of(option(1, 24, "declined"), option(2, 24, "open")));
    assertThat(declinedFirst.furthestEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
  }
}
