package org.alliance.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Search over services written straight into the HSDS tables, as any import would leave them. */
@AllianceTest
class DirectorySearchTests {

  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;
  @Autowired TransactionTemplate transaction;

  private final String org = UUID.randomUUID().toString();
  private final String alcohol = UUID.randomUUID().toString();
  private final String drugs = UUID.randomUUID().toString();
  private final String opiates = UUID.randomUUID().toString();
  private String youngPeople;
  private String adultAlcohol;
  private String opiateClinic;

  @BeforeEach
  void someServicesInBrackenford() {
    transaction.executeWithoutResult(
        status -> {
          sql(
              "insert into directory.organization (id, name, description) values (?, 'Search Test Trust', 'Test')",
              org);
          String taxonomy = UUID.randomUUID().toString();
          sql(
              "insert into directory.taxonomy (id, name, description) values (?, 'Needs', 'Test needs')",
              taxonomy);
          sql(
              "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, 'Alcohol', 'x', ?)",
              alcohol,
              taxonomy);
          sql(
              "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, 'Drugs', 'x', ?)",
              drugs,
              taxonomy);
          sql(
              "insert into directory.taxonomy_term (id, name, description, taxonomy_id, parent_id) values (?, 'Opiates', 'x', ?, ?)",
              opiates,
              taxonomy,
              drugs);
          youngPeople =
              service(
                  "Open Road young people's drug and alcohol service",
                  "Support for young people who use drugs or alcohol.",
                  10,
                  21,
                  alcohol,
                  52.460,
                  -1.200);
          adultAlcohol =
              service(
                  "Alcohol advice clinic",
                  "Brief advice about drinking for adults.",
                  18,
                  null,
                  alcohol,
                  52.600,
                  -1.400);
          opiateClinic =
              service(
                  "Opiate substitution clinic",
                  "Prescribing and key work for people who use heroin.",
                  18,
                  null,
                  opiates,
                  52.455,
                  -1.205);
          schedule(adultAlcohol, "MO,WE", "09:00", "17:00");
          sql("insert into directory.unit (id, name) values (?, 'places')", adultAlcohol);
          sql(
              "insert into directory.service_capacity (id, service_id, unit_id, available, maximum, updated) values (?, ?, ?, 2, 10, now())",
              UUID.randomUUID().toString(),
              adultAlcohol,
              adultAlcohol);
        });
    index.refresh(List.of(youngPeople, adultAlcohol, opiateClinic));
  }

  @Test
  void findsByWordsInNamesDescriptionsAndNeeds() {
    assertThat(ids(search("alcohol", null, null, null)))
        .containsExactlyInAnyOrder(adultAlcohol, youngPeople);
    assertThat(ids(search("heroin", null, null, null))).containsExactly(opiateClinic);
    assertThat(ids(search("drugs", null, null, null)))
        .as("need names are searched, with their ancestors")
        .containsExactlyInAnyOrder(opiateClinic, youngPeople);
    assertThat(
            ids(
                index.search(
                    SearchQuery.builder()
                        .text("drinking")
                        .organization(org)
                        .asTyped(true)
                        .build())))
        .as("stemmed: drinking finds drinking")
        .containsExactly(adultAlcohol);
    assertThat(ids(search("drinking", null, null, null)))
        .as("read as people type it: drinking means alcohol too")
        .containsExactly(adultAlcohol, youngPeople);
  }

  @Test
  void aNameMatchOutranksADescriptionMatch() {
    assertThat(ids(search("clinic prescribing", null, null, null))).first().isEqualTo(opiateClinic);
  }

  @Test
  void aBroadNeedFindsServicesTaggedWithANarrowerOne() {
    SearchResults results =
        index.search(SearchQuery.builder().allOfTerms(Set.of(drugs)).organization(org).build());
    assertThat(ids(results)).containsExactly(opiateClinic);
  }

  @Test
  void filtersByAgeAndOrdersByDistanceFromAPostcode() {
    SearchQuery.Near brackenford = new SearchQuery.Near(52.455, -1.200);
    SearchResults adults =
        index.search(
            SearchQuery.builder().age(30).near(brackenford, 50.0).organization(org).build());
    assertThat(ids(adults)).containsExactly(opiateClinic, adultAlcohol);
    assertThat(adults.hits().get(0).distanceMiles()).isLessThan(1.0);
    SearchResults teenager =
        index.search(
            SearchQuery.builder().age(15).near(brackenford, 5.0).organization(org).build());
    assertThat(ids(teenager)).containsExactly(youngPeople);
  }

  @Test
  void aHiddenAddressCannotBeLocatedBySearching() {
    // At 52.4749,-1.1798 the grid square's middle is 52.475,-1.175: about 320 m away.
    String refuge =
        transaction.execute(
            status -> {
              String id =
                  service("Women's refuge", "Safe housing.", 18, null, alcohol, 52.4749, -1.1798);
              sql(
                  "update directory.location set address_hidden = true where id in "
                      + "(select location_id from directory.service_at_location where service_id = ?)",
                  id);
              return id;
            });
    index.refresh(List.of(refuge));
    SearchQuery.Near atTheDoor = new SearchQuery.Near(52.4749, -1.1798);
    assertThat(ids(search("refuge", null, atTheDoor, 0.1)))
        .as("not found within 160 m of its real door")
        .isEmpty();
    SearchResults nearby = search("refuge", null, atTheDoor, 5.0);
    assertThat(ids(nearby)).containsExactly(refuge);
    assertThat(nearby.hits().get(0).distanceMiles())
        .as("the distance shown is to the grid square, not the door")
        .isGreaterThan(0.15);
    SearchQuery.Near squareMiddle = new SearchQuery.Near(52.475, -1.175);
    assertThat(search("refuge", null, squareMiddle, 5.0).hits().get(0).distanceMiles())
        .isLessThan(0.01);
  }

  @Test
  void filtersByOpeningTimesAndCapacity() {
    SearchQuery.OpenAt mondayMorning =
        new SearchQuery.OpenAt(DayOfWeek.MONDAY, LocalTime.of(10, 30));
    SearchQuery.OpenAt tuesdayMorning =
        new SearchQuery.OpenAt(DayOfWeek.TUESDAY, LocalTime.of(10, 30));
    assertThat(
            ids(
                index.search(
                    SearchQuery.builder().openAt(mondayMorning).organization(org).build())))
        .containsExactly(adultAlcohol);
    assertThat(
            index
                .search(SearchQuery.builder().openAt(tuesdayMorning).organization(org).build())
                .total())
        .isZero();
    assertThat(
            ids(index.search(SearchQuery.builder().withCapacity(true).organization(org).build())))
        .containsExactly(adultAlcohol);
  }

  @Test
  void countsEveryMatchAndPages() {
    SearchResults first = index.search(SearchQuery.builder().organization(org).page(1, 2).build());
    SearchResults second = index.search(SearchQuery.builder().organization(org).page(2, 2).build());
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hits()).hasSize(2);
    assertThat(second.hits()).hasSize(1);
    assertThat(first.totalPages()).isEqualTo(2);
  }

  private SearchResults search(String text, Integer age, SearchQuery.Near near, Double miles) {
    return index.search(
        SearchQuery.builder().text(text).age(age).near(near, miles).organization(org).build());
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::serviceId).toList();
  }

  private String service(
      String name,
      String description,
      Integer min,
      Integer max,
      String term,
      double lat,
      double lon) {
    String id = UUID.randomUUID().toString();
    String location = UUID.randomUUID().toString();
    sql(
        "insert into directory.service (id, organization_id, name, description, status, minimum_age, maximum_age) values (?, ?, ?, ?, 'active', ?, ?)",
        id,
        org,
        name,
        description,
        min,
        max);
    sql(
        "insert into directory.location (id, location_type, latitude, longitude) values (?, 'physical', ?, ?)",
        location,
        lat,
        lon);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        id,
        location);
    sql(
        "insert into directory.attribute (id, link_id, link_entity, taxonomy_term_id) values (?, ?, 'service', ?)",
        UUID.randomUUID().toString(),
        id,
        term);
    return id;
  }

  private void schedule(String service, String days, String opens, String closes) {
    sql(
        "insert into directory.schedule (id, service_id, freq, byday, opens_at, closes_at) values (?, ?, 'WEEKLY', ?, ?::time, ?::time)",
        UUID.randomUUID().toString(),
        service,
        days,
        opens,
        closes);
  }

  private void sql(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (Object param : params) {
      statement = statement.param(param);
    }
    statement.update();
  }
}
