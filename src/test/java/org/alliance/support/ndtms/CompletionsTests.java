package org.alliance.support.ndtms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national definitions as Alliance computes them: successful completion (class S, and for an
 * opiate client no substitute medication at exit), re-presentation within six calendar months (day
 * 182 after 1 December 2025 counts, day 183 does not), and a dormant person's episode reported as
 * ended at their last contact, a return after that being a new episode.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionsTests {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired Completions completions;
  @Autowired NationalReturn returns;

  NdtmsWorld world;
  UUID representedOnDay182;
  UUID representedOnDay183;
  UUID opiateOnSubstitute;
  UUID opiateOffSubstitute;
  UUID dormant;
  UUID dormantEpisode;

  static final LocalDate DEC1 = LocalDate.of(2025, 12, 1);

  @Test
  void theSixMonthWindowIsCalendarMonths() {
    assertThat(Completions.windowEnd(DEC1)).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(ChronoUnit.DAYS.between(DEC1, LocalDate.of(2026, 6, 1))).isEqualTo(182);
    assertThat(Completions.representation(DEC1, LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(Completions.representation(DEC1, LocalDate.of(2026, 6, 2))).isFalse();
    assertThat(Completions.representation(DEC1, DEC1)).isTrue();
    assertThat(Completions.representation(DEC1, DEC1.minusDays(1))).isFalse();
    // The end of a longer month: 31 August + 6 months is the last day of February.
    assertThat(Completions.windowEnd(LocalDate.of(2025, 8, 31)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void successfulMeansClassSAndNoSubstituteForOpiateClients() {
    assertThat(Completions.successful("S", false, false)).isTrue();
    assertThat(Completions.successful("S", false, true)).isTrue();
    assertThat(Completions.successful("S", true, false)).isTrue();
    assertThat(Completions.successful("S", true, true)).isFalse();
    assertThat(Completions.successful("N", false, false)).isFalse();
    assertThat(Completions.successful("U", false, false)).isFalse();
    assertThat(Completions.successful(null, false, false)).isFalse();
  }

  @BeforeAll
  void craft() {
    world = new NdtmsWorld(jdbc, users, organisations, "X2");
    UUID member = world.member.id();
    UUID elsewhere =
        organisations.all().stream()
            .filter(o -> o.name().equals("Brackenshire Recovery Partnership"))
            .findFirst()
            .orElseThrow()
            .id();

    representedOnDay182 = completedThenBack(member, elsewhere, LocalDate.of(2026, 6, 1), "XALC");
    representedOnDay183 = completedThenBack(member, elsewhere, LocalDate.of(2026, 6, 2), "XALC");

    opiateOnSubstitute = world.person("Ivo", "Zqonscript", LocalDate.of(1980, 1, 1), "BK12AB");
    UUID e = world.episode(opiateOnSubstitute, member, LocalDate.of(2025, 6, 1), null);
    world.treatment(e, opiateOnSubstitute, LocalDate.of(2025, 6, 2), DEC1, "80");
    world.substance(e, opiateOnSubstitute, 1, "XHER", 20, "XINJ");
    world.modality(
        e,
        opiateOnSubstitute,
        "XPHSUB",
        LocalDate.of(2025, 6, 2),
        null,
        LocalDate.of(2025, 6, 3),
        null,
        null);

    opiateOffSubstitute = world.person("Jo", "Zqoffscript", LocalDate.of(1980, 1, 1), "BK12AB");
    e = world.episode(opiateOffSubstitute, member, LocalDate.of(2025, 6, 1), null);
    world.treatment(e, opiateOffSubstitute, LocalDate.of(2025, 6, 2), DEC1, "80");
    world.substance(e, opiateOffSubstitute, 1, "XHER", 20, "XINJ");
    world.modality(
        e,
        opiateOffSubstitute,
        "XPHSUB",
        LocalDate.of(2025, 6, 2),
        null,
        LocalDate.of(2025, 6, 3),
        DEC1,
        "A");

    // Triaged 2 June 2025, seen until 1 July, then nothing until they come back on 15 October.
    dormant = world.person("Kit", "Zqquiet", LocalDate.of(1999, 9, 9), "BK12AB");
    world.client(dormant, "given", "M", "A");
    dormantEpisode = world.episode(dormant, member, LocalDate.of(2025, 6, 1), null);
    world.treatment(dormantEpisode, dormant, LocalDate.of(2025, 6, 2), null, null);
    world.substance(dormantEpisode, dormant, 1, "XALC", 15, "XORL");
    world.modality(
        dormantEpisode,
        dormant,
        "XPSY",
        LocalDate.of(2025, 6, 2),
        null,
        LocalDate.of(2025, 6, 4),
        null,
        null);
    world.attended(dormant, LocalDate.of(2025, 6, 10));
    world.attended(dormant, LocalDate.of(2025, 7, 1));
    world.attended(dormant, LocalDate.of(2025, 10, 15));
  }

  private UUID completedThenBack(UUID member, UUID elsewhere, LocalDate back, String drug) {
    UUID person = world.person("Lee", "Zqback" + back.getDayOfMonth(), null, null);
    UUID e = world.episode(person, member, LocalDate.of(2025, 6, 1), DEC1);
    world.treatment(e, person, LocalDate.of(2025, 6, 2), DEC1, "80");
    world.substance(e, person, 1, drug, 15, "XORL");
    UUID again = world.episode(person, elsewhere, back, null);
    world.treatment(again, person, back, null, null);
    return person;
  }

  private Completions.Completion of(UUID person) {
    return completions.discharged(world.member.id(), DEC1, DEC1).stream()
        .filter(
            c ->
                jdbc.sql("select person_id from support.episode where id = :id")
                    .param("id", c.episodeId())
                    .query(UUID.class)
                    .single()
                    .equals(person))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void rePresentationOnDay182CountsAndOnDay183DoesNot() {
    Completions.Completion day182 = of(representedOnDay182);
    assertThat(day182.successful()).isTrue();
    assertThat(day182.nextStart()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(day182.represented()).isTrue();
    assertThat(day182.successfulWithoutRepresentation()).isFalse();
    Completions.Completion day183 = of(representedOnDay183);
    assertThat(day183.represented()).isFalse();
    assertThat(day183.successfulWithoutRepresentation()).isTrue();
  }

  @Test
  void anOpiateClientStillOnSubstituteMedicationDidNotCompleteSuccessfully() {
    assertThat(of(opiateOnSubstitute).opiateClient()).isTrue();
    assertThat(of(opiateOnSubstitute).substituteAtExit()).isTrue();
    assertThat(of(opiateOnSubstitute).successful()).isFalse();
    assertThat(of(opiateOffSubstitute).substituteAtExit()).isFalse();
    assertThat(of(opiateOffSubstitute).successful()).isTrue();
    Completions.Tally tally = completions.tally(world.member.id(), DEC1, DEC1);
    assertThat(tally.discharges()).isEqualTo(4);
    assertThat(tally.successful()).isEqualTo(3);
    assertThat(tally.successfulThenRepresented()).isEqualTo(1);
  }

  private Map<UUID, CSVRecord> month(YearMonth month) throws Exception {
    return world.extract(returns, month, new StringWriter());
  }

  @Test
  void aDormantPersonIsReportedAsDroppedOutAtTheirLastContactAndAReturnIsANewEpisode()
      throws Exception {
    // August: the last contact was 1 July, 61 days before the month's end: still in treatment.
    CSVRecord august = month(YearMonth.of(2025, 8)).get(dormant);
    assertThat(august.get("DISD")).isEqualTo("NA");
    assertThat(august.get("MODEND")).isEqualTo("NA");
    // September: 90 days without contact passed on 29 September, so the return says they dropped
    // out on the day of that last contact, and their open modality ended then, unplanned.
    CSVRecord september = month(YearMonth.of(2025, 9)).get(dormant);
    assertThat(september.get("DISD")).isEqualTo("2025-07-01");
    assertThat(september.get("DISRSN")).isEqualTo("85");
    assertThat(september.get("MODEND")).isEqualTo("2025-07-01");
    assertThat(september.get("MODEXIT")).isEqualTo("B");
    // October: they came back on the 15th, but that does not reopen an ended episode; it is no
    // longer in the return, and their record still has the episode open (nobody is closed).
    assertThat(month(YearMonth.of(2025, 10))).doesNotContainKey(dormant);
    assertThat(
            jdbc.sql("select closed_on from support.episode where id = :id")
                .param("id", dormantEpisode)
                .query(LocalDate.class)
                .optional())
        .isEmpty();
    Completions.Completion ended =
        completions
            .discharged(world.member.id(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30))
            .stream()
            .filter(c -> c.episodeId().equals(dormantEpisode))
            .findFirst()
            .orElseThrow();
    assertThat(ended.inferred()).isTrue();
    assertThat(ended.reasonClass()).isEqualTo("U");
    assertThat(ended.successful()).isFalse();
  }
}
