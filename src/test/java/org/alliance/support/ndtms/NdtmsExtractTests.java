package org.alliance.support.ndtms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The extract checked field by field against its specification (ndtms/items.csv and docs/ndtms.md)
 * for a handful of crafted people at a member of their own, in November 2025: formats (ISO dates,
 * NA for nothing, initials, the postcode sector), codes valid on the date of what they describe
 * (one that expired the month before is rejected), identifiers only with consent, and the report of
 * what would be rejected.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdtmsExtractTests {

  static final YearMonth MONTH = YearMonth.of(2025, 11);
  static final LocalDate NOV = LocalDate.of(2025, 11, 1);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired NationalReturn returns;

  NdtmsWorld world;
  UUID consented;
  UUID refused;
  UUID noIdentifiers;
  UUID expired;
  UUID outOfOrder;
  UUID noDetails;
  UUID discharged;
  UUID otherMembers;
  final Map<String, UUID> episodes = new LinkedHashMap<>();
  final Map<String, UUID> modalities = new LinkedHashMap<>();

  @BeforeAll
  void craft() {
    world = new NdtmsWorld(jdbc, users, organisations, "X1");
    UUID member = world.member.id();
    // A code that stopped being valid the month before.
    jdbc.sql(
            """
            insert into support.ndtms_code (list_code, code, label, valid_from, valid_to, status, source)
            values ('MODAL', 'ZQOLD', 'Zq retired modality', date '2000-01-01', date '2025-10-31', 'U', 'test')
            on conflict do nothing
            """)
        .update();

    consented = world.person("Ada", "Zqlovelace", LocalDate.of(1990, 5, 17), "BK12AB");
    world.client(consented, "given", "F", "A");
    UUID e = world.episode(consented, member, NOV, null);
    world.treatment(e, consented, NOV.plusDays(2), null, null);
    world.substance(e, consented, 1, "XALC", 15, "XORL");
    world.substance(e, consented, 2, "XCAN", null, null);
    modalities.put(
        "consented",
        world.modality(
            e, consented, "XPSY", NOV.plusDays(2), NOV.plusDays(4), NOV.plusDays(6), null, null));
    episodes.put("consented", e);

    refused = world.person("Bea", "Zqrefuses", LocalDate.of(1985, 2, 3), "BK34CD");
    world.client(refused, "refused", "F", "B");
    e = world.episode(refused, member, NOV, null);
    world.treatment(e, refused, NOV.plusDays(2), null, null);
    world.substance(e, refused, 1, "XHER", 19, "XINJ");
    world.modality(e, refused, "XPHSUB", NOV.plusDays(2), null, NOV.plusDays(3), null, null);
    episodes.put("refused", e);

    noIdentifiers = world.person("Cy", "Zqnodob", null, null);
    world.client(noIdentifiers, "given", null, "C");
    e = world.episode(noIdentifiers, member, NOV, null);
    world.treatment(e, noIdentifiers, NOV.plusDays(2), null, null);
    world.substance(e, noIdentifiers, 1, "XALC", 16, "XORL");
    world.modality(e, noIdentifiers, "XPSY", NOV.plusDays(2), null, null, null, null);
    episodes.put("noIdentifiers", e);

    expired = world.person("Di", "Zqexpired", LocalDate.of(1979, 1, 1), "BK56EF");
    world.client(expired, "given", "M", "A");
    e = world.episode(expired, member, NOV, null);
    world.treatment(e, expired, NOV.plusDays(2), null, null);
    world.substance(e, expired, 1, "XALC", 14, "XORL");
    world.modality(e, expired, "ZQOLD", NOV.plusDays(2), null, NOV.plusDays(3), null, null);
    episodes.put("expired", e);

    outOfOrder = world.person("Ed", "Zqbackwards", LocalDate.of(1970, 3, 3), "BK78GH");
    world.client(outOfOrder, "given", "M", "A");
    e = world.episode(outOfOrder, member, NOV, null);
    world.treatment(e, outOfOrder, NOV.plusDays(2), null, null);
    world.substance(e, outOfOrder, 1, "XALC", 14, "XORL");
    world.modality(e, outOfOrder, "XPSY", NOV.plusDays(6), null, NOV.plusDays(3), null, null);
    episodes.put("outOfOrder", e);

    noDetails = world.person("Flo", "Zqnodetails", LocalDate.of(1992, 4, 4), "BK12AB");
    world.client(noDetails, "given", "F", "A");
    episodes.put("noDetails", world.episode(noDetails, member, NOV, null));

    discharged = world.person("Gus", "Zqcompleted", LocalDate.of(1988, 8, 8), "BK12AB");
    world.client(discharged, "given", "M", "A");
    e = world.episode(discharged, member, LocalDate.of(2025, 9, 1), null);
    world.treatment(e, discharged, LocalDate.of(2025, 9, 3), NOV.plusDays(19), "80");
    world.substance(e, discharged, 1, "XCAN", 14, "XSMK");
    world.modality(
        e,
        discharged,
        "XPSY",
        LocalDate.of(2025, 9, 3),
        null,
        LocalDate.of(2025, 9, 5),
        NOV.plusDays(19),
        "A");
    for (int week = 0; week < 12; week++) {
      world.attended(discharged, LocalDate.of(2025, 9, 5).plusWeeks(week));
    }
    episodes.put("discharged", e);

    // Someone of another member, with details in the same month: never in this member's return.
    otherMembers = world.person("Hal", "Zqelsewhere", LocalDate.of(1980, 1, 1), "BK12AB");
    world.client(otherMembers, "given", "M", "A");
    UUID elsewhere =
        organisations.all().stream()
            .filter(o -> o.name().equals("Open Road Young People's Service"))
            .findFirst()
            .orElseThrow()
            .id();
    e = world.episode(otherMembers, elsewhere, NOV, null);
    world.treatment(e, otherMembers, NOV.plusDays(2), null, null);
  }

  private Map<UUID, CSVRecord> extract(StringWriter report) throws Exception {
    StringWriter csv = new StringWriter();
    returns.export(List.of(world.member.id()), MONTH, csv, report, "zq-test");
    Map<UUID, CSVRecord> rows = new LinkedHashMap<>();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv.toString()),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames())
          .startsWith("AGNCY", "CLIENTID", "CONSENT", "FINITIAL", "SINITIAL", "DOB", "SEX", "PC")
          .contains("EPISODID", "REFLD", "TRIAGED", "DISD", "DISRSN")
          .contains("MODID", "MODAL", "REFMODDT", "FAOMODDT", "MODST", "MODEND", "MODEXIT")
          .contains("MODSET", "TOPID", "TOPDATE", "TRSTAGE", "ALCUSE", "QUALLIFE");
      for (CSVRecord row : parser) {
        rows.put(UUID.fromString(row.get("CLIENTID")), row);
      }
    }
    return rows;
  }

  @Test
  void theConsentedPersonsRowFieldByField() throws Exception {
    CSVRecord row = extract(new StringWriter()).get(consented);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("AGNCY", "ZQX1");
    expected.put("CLIENTID", consented.toString());
    expected.put("CONSENT", "Y");
    expected.put("FINITIAL", "A");
    expected.put("SINITIAL", "Z");
    expected.put("DOB", "1990-05-17");
    expected.put("SEX", "F");
    expected.put("PC", "BK1 2");
    expected.put("ETHNIC", "A");
    expected.put("SEXUAL", "NA");
    expected.put("EPISODID", episodes.get("consented").toString());
    expected.put("REFLD", "2025-11-01");
    expected.put("RFLS", "XGP");
    expected.put("TRIAGED", "2025-11-03");
    expected.put("CPLANDT", "2025-11-10");
    expected.put("DRUG1", "XALC");
    expected.put("DRUG1AGE", "15");
    expected.put("ROUTE", "XORL");
    expected.put("DRUG2", "XCAN");
    expected.put("DRUG3", "NA");
    expected.put("INJSTAT", "N");
    expected.put("PRNTSTAT", "14");
    expected.put("DISD", "NA");
    expected.put("DISRSN", "NA");
    expected.put("MODID", modalities.get("consented").toString());
    expected.put("MODAL", "XPSY");
    expected.put("REFMODDT", "2025-11-03");
    expected.put("FAOMODDT", "2025-11-05");
    expected.put("MODST", "2025-11-07");
    expected.put("MODEND", "NA");
    expected.put("MODEXIT", "NA");
    expected.put("MODSET", "XCOM");
    expected.put("TOPID", "NA");
    expected.put("TOPDATE", "NA");
    expected.put("TRSTAGE", "NA");
    expected.put("ALCUSE", "NA");
    expected.put("QUALLIFE", "NA");
    expected.forEach((item, value) -> assertThat(row.get(item)).as(item).isEqualTo(value));
  }

  @Test
  void withoutConsentOnlyTheAgencyTheClientAndNoConsentAreSent() throws Exception {
    CSVRecord row = extract(new StringWriter()).get(refused);
    Map<String, String> cells = row.toMap();
    assertThat(cells.get("AGNCY")).isEqualTo("ZQX1");
    assertThat(cells.get("CLIENTID")).isEqualTo(refused.toString());
    assertThat(cells.get("CONSENT")).isEqualTo("N");
    cells.forEach(
        (item, value) -> {
          if (!List.of("AGNCY", "CLIENTID", "CONSENT").contains(item)) {
            assertThat(value).as(item).isEqualTo("NA");
          }
        });
    assertThat(row.toString()).doesNotContain("1985-02-03", "BK3", "XHER");
  }

  @Test
  void theReportNamesEveryRowThatWouldBeRejectedAndWhy() throws Exception {
    StringWriter report = new StringWriter();
    Map<UUID, CSVRecord> rows = extract(report);
    assertThat(rows.keySet())
        .as("one row per person-episode-modality of this member active in the month")
        .containsExactlyInAnyOrder(
            consented, refused, noIdentifiers, expired, outOfOrder, noDetails, discharged);
    String text = report.toString();
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(line(lines, noIdentifiers))
        .contains("DOB: missing, and they consented to NDTMS, so it must be sent")
        .contains("SEX: missing, and they consented to NDTMS, so it must be sent")
        .contains("PC: missing")
        .contains("/people/" + noIdentifiers + "/ndtms");
    assertThat(line(lines, expired))
        .contains("MODAL: ZQOLD is not valid on 2025-11-04 (valid from 2000-01-01 to 2025-10-31)")
        .contains("/ndtms/modalities/");
    assertThat(line(lines, outOfOrder)).contains("MODST: 2025-11-04 is before REFMODDT 2025-11-07");
    assertThat(line(lines, noDetails))
        .contains("no NDTMS treatment details are recorded for this episode")
        .contains("/people/" + noDetails + "/episodes/" + episodes.get("noDetails") + "/ndtms");
    assertThat(text).doesNotContain(consented.toString(), refused.toString());
    CSVRecord completed = rows.get(discharged);
    assertThat(completed.get("DISD")).isEqualTo("2025-11-20");
    assertThat(completed.get("DISRSN")).isEqualTo("80");
    assertThat(completed.get("MODEND")).isEqualTo("2025-11-20");
    assertThat(completed.get("MODEXIT")).isEqualTo("A");
  }

  private static String line(List<String> lines, UUID client) {
    return lines.stream().filter(l -> l.contains(client.toString())).findFirst().orElse("");
  }

  @Test
  void theDataLeadSeesTheirOwnMembersReturnOnlyAndNoNames() {
    WebSession lead = WebSession.signedIn(port, world.dataLead.username(), NdtmsWorld.PASSWORD);
    HttpResponse<String> page = lead.get("/ndtms?month=2025-11");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("The return for November 2025")
        .contains(noDetails.toString())
        .contains("no NDTMS treatment details are recorded for this episode")
        .doesNotContain(otherMembers.toString())
        .doesNotContain("Zqlovelace", "Zqnodetails", "Zqelsewhere");
    assertThat(page.body()).containsPattern("id=\"rows\">7<").containsPattern("id=\"rejected\">4<");
    HttpResponse<String> csv = lead.get("/ndtms/extract.csv?month=2025-11");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("AGNCY,CLIENTID,CONSENT,")
        .contains(consented.toString())
        .doesNotContain(otherMembers.toString());
    assertThat(lead.get("/ndtms?month=2026-13").statusCode()).isEqualTo(400);
    assertThat(lead.get("/ndtms?month=2026-13").body()).contains("There is a problem");
    assertThat(lead.get("/ndtms/extract.csv?month=x").statusCode()).isEqualTo(400);
    assertThat(lead.get("/people/" + consented).statusCode()).isEqualTo(403);
  }

  @Test
  void readingTheReturnIsAudited() {
    long before = audits();
    WebSession.signedIn(port, world.dataLead.username(), NdtmsWorld.PASSWORD)
        .get("/ndtms?month=2025-11");
    assertThat(audits()).isGreaterThan(before);
  }

  private long audits() {
    return jdbc.sql(
            "select count(*) from audit.audit_event where action = 'ndtms.return-read'"
                + " and subject_id = :member")
        .param("member", world.member.id().toString())
        .query(Long.class)
        .single();
  }
}
