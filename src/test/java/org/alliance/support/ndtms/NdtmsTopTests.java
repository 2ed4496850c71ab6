package org.alliance.support.ndtms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The return's TOP columns, from the outcome measures: the latest TOP asked of the person at this
 * member in the month, its stage as a TRSTAGE code, each answer under its NDTMS name (the two
 * sharing questions and the theft questions combined, "Y" if any is yes), and nothing for someone
 * who did not consent, asked at another member, or asked outside the month.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdtmsTopTests {

  static final YearMonth MONTH = YearMonth.of(2025, 11);
  static final LocalDate NOV = LocalDate.of(2025, 11, 1);

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired NationalReturn returns;

  NdtmsWorld world;
  UUID reviewed;
  UUID review;
  UUID refused;
  UUID partly;
  UUID lastMonthOnly;

  @BeforeAll
  void craft() {
    world = new NdtmsWorld(jdbc, users, organisations, "T1");
    UUID member = world.member.id();
    UUID elsewhere =
        organisations.all().stream()
            .filter(o -> o.name().equals("Open Road Young People's Service"))
            .findFirst()
            .orElseThrow()
            .id();

    reviewed = inTreatment("Ida", "Zqreviewed", "given", LocalDate.of(2025, 8, 1));
    for (int week = 0; week < 20; week++) {
      world.attended(reviewed, LocalDate.of(2025, 8, 5).plusWeeks(week));
    }
    top(reviewed, member, "start", LocalDate.of(2025, 8, 4), "{\"ALCUSE\": 20}");
    review =
        top(
            reviewed,
            member,
            "review",
            NOV.plusDays(19),
            """
            {"ALCUSE": 12, "OPIUSE": 0, "CRAUSE": null, "SHARNEEDLE": "no", "SHARPARA": "yes",
             "VEHTHEFT": "no", "PROPTHEFT": "no", "FRAUD": "no", "ASSAULT": "no",
             "PSYHSTAT": 9, "QUALLIFE": 11.0, "ACUTHPBM": "yes"}
            """);
    // Asked later in the month, but at another member: that member returns it.
    top(reviewed, elsewhere, "review", NOV.plusDays(25), "{\"ALCUSE\": 1}");

    refused = inTreatment("Jo", "Zqnotop", "refused", NOV);
    top(refused, member, "start", NOV.plusDays(3), "{\"ALCUSE\": 5}");

    partly = inTreatment("Kit", "Zqpartly", "given", NOV);
    top(
        partly,
        member,
        "start",
        NOV.plusDays(4),
        "{\"SHARNEEDLE\": \"no\", \"VEHTHEFT\": \"yes\", \"PROPTHEFT\": null}");

    lastMonthOnly = inTreatment("Lou", "Zqoctober", "given", LocalDate.of(2025, 10, 1));
    top(lastMonthOnly, member, "start", LocalDate.of(2025, 10, 30), "{\"ALCUSE\": 3}");
  }

  private UUID inTreatment(String given, String family, String consent, LocalDate from) {
    UUID person = world.person(given, family, LocalDate.of(1980, 6, 6), "BK12AB");
    world.client(person, consent, "M", "A");
    UUID episode = world.episode(person, world.member.id(), from, null);
    world.treatment(episode, person, from.plusDays(2), null, null);
    world.substance(episode, person, 1, "XALC", 15, "XORL");
    world.modality(episode, person, "XPSY", from.plusDays(2), null, from.plusDays(3), null, null);
    return person;
  }

  private UUID top(UUID person, UUID member, String stage, LocalDate on, String answers) {
    return jdbc.sql(
            """
            insert into support.measure_recording
              (person_id, version_id, stage, asked_on, answers, scores, member_id, recorded_by)
            select :person, v.id, :stage, :on, cast(:answers as jsonb), '{}', :member, :by
              from support.measure_version v join support.measure m on m.id = v.measure_id
             where m.code = 'TOP'
             order by v.number desc limit 1
            returning id
            """)
        .param("person", person)
        .param("stage", stage)
        .param("on", on)
        .param("answers", answers)
        .param("member", member)
        .param("by", world.practitioner.id())
        .query(UUID.class)
        .single();
  }

  private Map<UUID, CSVRecord> extract(StringWriter report) throws Exception {
    return extract(MONTH, report);
  }

  private Map<UUID, CSVRecord> extract(YearMonth month, StringWriter report) throws Exception {
    return world.extract(returns, month, report);
  }

  @Test
  void theMonthsLatestTopAtThisMemberFieldByField() throws Exception {
    StringWriter report = new StringWriter();
    CSVRecord row = extract(report).get(reviewed);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("TOPID", review.toString());
    expected.put("TOPDATE", "2025-11-20");
    expected.put("TRSTAGE", "R");
    expected.put("ALCUSE", "12");
    expected.put("OPIUSE", "0");
    expected.put("CRAUSE", "NA");
    expected.put("COCAUSE", "NA");
    expected.put("SHARING", "Y");
    expected.put("OTHTHEFT", "N");
    expected.put("ASSAULT", "N");
    expected.put("PSYHSTAT", "9");
    expected.put("QUALLIFE", "11");
    expected.put("ACUTHPBM", "Y");
    expected.put("HRISK", "NA");
    expected.forEach((item, value) -> assertThat(row.get(item)).as(item).isEqualTo(value));
    assertThat(report.toString()).doesNotContain(reviewed.toString());
  }

  @Test
  void combinedItemsSayYesIfAnyIsYesAndNoOnlyIfEveryOneIsAnswered() throws Exception {
    CSVRecord row = extract(new StringWriter()).get(partly);
    assertThat(row.get("TRSTAGE")).isEqualTo("S");
    assertThat(row.get("OTHTHEFT")).as("one theft question yes, another unanswered").isEqualTo("Y");
    assertThat(row.get("SHARING"))
        .as("one sharing question no, the other unanswered")
        .isEqualTo("NA");
  }

  @Test
  void aModalityStartedAfterTheLastAttendedContactIsNotReportedEndingBeforeItBegan()
      throws Exception {
    // Lou has no attended contact since triage on 3 October and a modality that began on the 4th:
    // dormant by the end of January, the modality ends the day it began, not the day before.
    CSVRecord january = extract(YearMonth.of(2026, 1), new StringWriter()).get(lastMonthOnly);
    assertThat(january.get("DISD")).isEqualTo("2025-10-03");
    assertThat(january.get("MODST")).isEqualTo("2025-10-04");
    assertThat(january.get("MODEND")).isEqualTo("2025-10-04");
  }

  @Test
  void noTopWithoutConsentOrOutsideTheMonth() throws Exception {
    Map<UUID, CSVRecord> rows = extract(new StringWriter());
    for (UUID person : List.of(refused, lastMonthOnly)) {
      for (String item : List.of("TOPID", "TOPDATE", "TRSTAGE", "ALCUSE")) {
        assertThat(rows.get(person).get(item)).as(item).isEqualTo("NA");
      }
    }
  }
}
