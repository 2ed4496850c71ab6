package org.alliance.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the demo: a county-wide service counts in every town of the county, a district's in its towns
 * only, a helpline with no place by phone or online everywhere it covers; every town on the area
 * list is a column, served or not; and two records waiting in the duplicate queue count once.
 */
@AllianceTest
class CoverageReachTests {

  private static final AgeBand ADULTS = AgeBand.byLabel("25 to 64");
  private static final String DETOX = "a9864db0-2e16-4ac1-98ad-d899e7cda278";
  private static final String LARKFIELD = "1dfef40d-ceb9-4c98-8821-8b56c37fcbef";

  @Autowired Coverage coverage;
  @Autowired org.alliance.directory.Provision provision;
  @Autowired JdbcClient jdbc;

  @Test
  void aCountyWideServiceCountsInEveryTownOfTheCountyAndSaysSo() {
    Coverage.NeedByArea table = coverage.needByArea(ADULTS);
    assertThat(table.areas()).contains("Brackenford", "Westmere", "Kelston Market", "Hollinbridge");
    assertThat(cell(table, "Alcohol", "Brackenford").reaching())
        .anySatisfy(
            r -> {
              assertThat(r.service()).isEqualTo("Community Alcohol Detox");
              assertThat(r.describe()).isEqualTo("at a place here");
            });
    for (String town : List.of("Westmere", "Kelston Market", "Hollinbridge")) {
      Coverage.NeedByArea.Cell alcohol = cell(table, "Alcohol", town);
      assertThat(alcohol.services()).as(town).contains("Community Alcohol Detox");
      assertThat(alcohol.reaching())
          .as(town)
          .anySatisfy(r -> assertThat(r.describe()).isEqualTo("covers the area (Brackenshire)"));
    }
    assertThat(cell(table, "Alcohol", "Hollinbridge").madeUp()).contains("by area");
  }

  @Test
  void aHelplineWithNoPlaceReachesItsAreaByPhone() {
    Coverage.NeedByArea.Cell crisis =
        cell(coverage.needByArea(ADULTS), "Mental health", "Westmere");
    assertThat(crisis.reaching())
        .anySatisfy(
            r -> {
              assertThat(r.service()).isEqualTo("Brackenshire Mental Health Crisis Line");
              assertThat(r.way()).isEqualTo(Reach.Way.REMOTE);
            });
    assertThat(crisis.madeUp()).contains("by phone or online");
  }

  @Test
  void aDistrictsServiceReachesItsTownsAndNoOthers() {
    String westmereHub = "Adult Drug and Alcohol Treatment: Westmere Hub";
    Coverage.NeedByArea table = coverage.needByArea(ADULTS);
    assertThat(cell(table, "Alcohol", "Kelston Market").services()).contains(westmereHub);
    assertThat(cell(table, "Alcohol", "Hollinbridge").services()).contains(westmereHub);
    assertThat(cell(table, "Alcohol", "Westmere").reaching())
        .anySatisfy(
            r -> {
              assertThat(r.service()).isEqualTo(westmereHub);
              assertThat(r.way()).isEqualTo(Reach.Way.HERE);
            });
    assertThat(cell(table, "Alcohol", "Brackenford").services()).doesNotContain(westmereHub);
  }

  @Test
  void twoRecordsWaitingInTheDuplicateQueueCountOnce() {
    Coverage.NeedByArea.Cell before = cell(coverage.needByArea(ADULTS), "Alcohol", "Westmere");
    assertThat(before.services())
        .contains("Community Alcohol Detox", "Larkfield Inpatient Detox Unit");
    jdbc.sql(
            "insert into directory.duplicate_pair (first_id, second_id, score, reasons) values (?, ?, 0.9, '{test}')")
        .params(LARKFIELD, DETOX)
        .update();
    try {
      Coverage.NeedByArea.Cell after = cell(coverage.needByArea(ADULTS), "Alcohol", "Westmere");
      assertThat(after.count()).isEqualTo(before.count() - 1);
      assertThat(after.repeats()).isEqualTo(1);
      assertThat(after.madeUp()).contains("1 may repeat another");
    } finally {
      jdbc.sql("delete from directory.duplicate_pair where first_id = ? and second_id = ?")
          .params(LARKFIELD, DETOX)
          .update();
    }
  }

  @Test
  void provisionInATownCountsEachServiceOnceByItsStrongestWay() {
    org.alliance.directory.Provision.NeedProvision alcohol =
        provision.reaching(List.of("Hollinbridge", "Kelston Market")).stream()
            .filter(p -> p.need().equals("Alcohol"))
            .findFirst()
            .orElseThrow();
    assertThat(alcohol.services()).contains("Community Alcohol Detox").doesNotHaveDuplicates();
    assertThat(alcohol.total()).isEqualTo(alcohol.services().size());
    assertThat(alcohol.byArea()).isPositive();
    assertThat(provision.reaching(List.of()).stream().mapToInt(p -> p.total()).sum()).isZero();
  }

  private static Coverage.NeedByArea.Cell cell(
      Coverage.NeedByArea table, String need, String town) {
    return table.rows().stream()
        .filter(row -> row.need().equals(need))
        .findFirst()
        .orElseThrow()
        .cells()
        .stream()
        .filter(cell -> cell.area().equals(town))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + town));
  }
}
