package org.alliance.outcomes.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.DisclosureSettings;
import org.alliance.support.PeopleReached;
import org.junit.jupiter.api.Test;

/** People reached by member, through disclosure control, with no Spring. */
class PeopleReachedTableTests {

  private static final Disclosure DISCLOSURE = new Disclosure(DisclosureSettings.DEFAULT);
  private static final UUID NORTH = new UUID(0, 1);
  private static final UUID SOUTH = new UUID(0, 2);
  private static final UUID EAST = new UUID(0, 3);

  private static String name(UUID id) {
    return id.equals(NORTH) ? "North" : id.equals(SOUTH) ? "South" : "East";
  }

  private static PeopleReachedTable table(int north, int south, int east) {
    Map<UUID, Integer> counts = new LinkedHashMap<>();
    counts.put(NORTH, north);
    counts.put(SOUTH, south);
    counts.put(EAST, east);
    return PeopleReachedTable.of(
        new PeopleReached.Reached(counts), PeopleReachedTableTests::name, DISCLOSURE);
  }

  @Test
  void everyCountOfFiveOrMoreIsShownWithTheTotal() {
    PeopleReachedTable table = table(12, 7, 30);
    assertThat(table.members())
        .extracting(PeopleReachedTable.Row::member, PeopleReachedTable.Row::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("East", "30"),
            org.assertj.core.groups.Tuple.tuple("North", "12"),
            org.assertj.core.groups.Tuple.tuple("South", "7"));
    assertThat(table.totalText()).isEqualTo("49");
    assertThat(table.anySuppressed()).isFalse();
  }

  @Test
  void aSmallCountIsSuppressedAndSoIsAPartnerSoTheTotalGivesNeitherAway() {
    PeopleReachedTable table = table(12, 3, 30);
    Map<String, String> shown = new LinkedHashMap<>();
    table.members().forEach(r -> shown.put(r.member(), r.text()));
    assertThat(shown.get("South")).isEqualTo(CellText.SUPPRESSED);
    // One other member is suppressed beside it (the smallest, North), so total minus the members
    // shown cannot give South back.
    assertThat(shown.get("North")).isEqualTo(CellText.SUPPRESSED);
    assertThat(shown.get("East")).isEqualTo("30");
    assertThat(table.totalText()).isEqualTo("45");
    assertThat(table.anySuppressed()).isTrue();
    assertThat(table.toString()).doesNotContain("=3,").doesNotContain("=12,");
  }

  @Test
  void oneMemberIsItsOwnTotalAndASmallOneIsSuppressedBoth() {
    PeopleReachedTable table =
        PeopleReachedTable.of(
            new PeopleReached.Reached(Map.of(NORTH, 4)), PeopleReachedTableTests::name, DISCLOSURE);
    assertThat(table.members())
        .singleElement()
        .extracting(PeopleReachedTable.Row::text)
        .isEqualTo(CellText.SUPPRESSED);
    assertThat(table.totalText()).isEqualTo(CellText.SUPPRESSED);
  }

  @Test
  void noOneReachedIsAZeroThatIsShown() {
    PeopleReachedTable table =
        PeopleReachedTable.of(
            new PeopleReached.Reached(Map.of()), PeopleReachedTableTests::name, DISCLOSURE);
    assertThat(table.members()).isEmpty();
    assertThat(table.totalText()).isEqualTo("0");
  }
}
