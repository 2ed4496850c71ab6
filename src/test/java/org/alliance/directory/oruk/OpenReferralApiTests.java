package org.alliance.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alliance.AllianceTest;
import org.alliance.directory.Postcodes;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the Open Referral UK API, over real HTTP against the demo directory, checked
 * against the standard's own JSON schemas, the UK profile's version of them, and the OpenAPI
 * documents' page shape and parameters.
 */
@AllianceTest
class OpenReferralApiTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;
  @Autowired Postcodes postcodes;

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0} pages hold valid {1}")
  @CsvSource({
    "/openreferral/services?per_page=100, compiled/service_list.json",
    "/openreferral/services?full=true&per_page=100, service.json",
    "/openreferral/services?search=alcohol&postcode=BK1+2AB&proximity=8000&minimum_age=18&per_page=20, compiled/service_list.json",
    "/openreferral/service_at_locations?per_page=100, service_at_location.json",
    "/openreferral/service_at_locations?postcode=BK1+2AB&proximity=8000&minimum_age=18&day=MO&per_page=50, service_at_location.json",
    "/openreferral/organizations?per_page=100, organization.json",
    "/openreferral/organizations?full=true&per_page=100, organization.json",
    "/openreferral/taxonomies?per_page=100, taxonomy.json",
    "/openreferral/taxonomy_terms?per_page=100, taxonomy_term.json"
  })
  void listsArePagesOfValidDocuments(String path, String schema) {
    JsonNode page = ok(path);
    assertPage(page);
    assertThat(page.path("contents").size()).as(path).isPositive();
    for (JsonNode item : page.path("contents")) {
      assertThat(OrukSchemas.problems(schema, item))
          .as(path + " item " + item.path("id").asString())
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "every one of /openreferral/{0} is a valid {1}")
  @CsvSource({
    "services, service.json, service",
    "service_at_locations, service_at_location.json, service_at_location",
    "organizations, organization.json, organization",
    "taxonomies, taxonomy.json, taxonomy",
    "taxonomy_terms, taxonomy_term.json, taxonomy_term"
  })
  void everyRecordIsValid(String endpoint, String schema, String table) {
    List<String> ids =
        jdbc.sql("select id from directory." + table + " order by id limit 25")
            .query(String.class)
            .list();
    assertThat(ids).isNotEmpty();
    for (String id : ids) {
      JsonNode document = ok("/openreferral/" + endpoint + "/" + id);
      assertThat(document.path("id").asString()).isEqualTo(id);
      assertThat(OrukSchemas.problems(schema, document)).as(endpoint + "/" + id).isEmpty();
    }
  }

  @Test
  void theSchemaCheckWouldCatchABrokenDocument() {
    String id =
        jdbc.sql("select id from directory.service order by id limit 1")
            .query(String.class)
            .single();
    tools.jackson.databind.node.ObjectNode broken =
        (tools.jackson.databind.node.ObjectNode) ok("/openreferral/services/" + id);
    broken.put("status", "open all hours");
    broken.remove("name");
    List<String> problems = OrukSchemas.problems("service.json", broken);
    assertThat(problems)
        .anyMatch(p -> p.startsWith("HSDS") && p.contains("status"))
        .anyMatch(p -> p.startsWith("ORUK") && p.contains("name"));
  }

  @Test
  void theRootSaysWhichVersionAndWhereTheOpenApiIs() {
    JsonNode about = ok("/openreferral/");
    assertThat(about.path("version").asString()).isEqualTo("HSDS-UK-3.0");
    JsonNode openapi = ok(URI.create(about.path("openapi_url").asString()).getPath());
    assertThat(openapi.path("info").path("title").asString()).isEqualTo("Open Referral UK Profile");
  }

  @Test
  void everyEndpointAndParameterIsOneTheOpenApiDocumentsDeclare() {
    JsonNode hsds = OrukSchemas.read("standards/hsds-3.0/schema/openapi.json");
    JsonNode profile = OrukSchemas.read("standards/oruk-uk-profile-3.0/profile/openapi.json");
    Set<String> declared = new TreeSet<>();
    hsds.path("paths").propertyNames().forEach(declared::add);
    for (String path :
        List.of(
            "/",
            "/services",
            "/services/{id}",
            "/service_at_locations",
            "/service_at_locations/{id}",
            "/organizations",
            "/organizations/{id}",
            "/taxonomies",
            "/taxonomies/{id}",
            "/taxonomy_terms",
            "/taxonomy_terms/{id}")) {
      assertThat(declared).contains(path);
    }
    Set<String> parameters = new TreeSet<>();
    hsds.path("components")
        .path("parameters")
        .forEach(p -> parameters.add(p.path("name").asString()));
    profile
        .path("components")
        .path("parameters")
        .forEach(p -> parameters.add(p.path("name").asString()));
    JsonNode refused = problem("/openreferral/services?not_a_parameter=1", 400);
    String accepted = refused.path("detail").asString().replaceAll(".*accepts: ", "");
    for (String name : accepted.split(", ")) {
      assertThat(parameters).as("declared parameters").contains(name.strip());
    }
  }

  @Test
  void searchesWithTheProfilesFilters() {
    JsonNode near = ok("/openreferral/services?search=alcohol&postcode=BK1%202AB&proximity=3000");
    JsonNode wider = ok("/openreferral/services?search=alcohol&postcode=BK1%202AB&proximity=30000");
    assertThat(near.path("total_items").asLong())
        .isPositive()
        .isLessThanOrEqualTo(wider.path("total_items").asLong());
    for (JsonNode service :
        ok("/openreferral/services?minimum_age=18&per_page=100").path("contents")) {
      assertThat(service.path("minimum_age").asInt()).isGreaterThanOrEqualTo(18);
    }
    for (JsonNode service :
        ok("/openreferral/services?maximum_age=21&per_page=100").path("contents")) {
      assertThat(service.path("maximum_age").isNumber()).isTrue();
      assertThat(service.path("maximum_age").asInt()).isLessThanOrEqualTo(21);
    }
    String taxonomy =
        jdbc.sql("select id from directory.taxonomy where name = 'Alliance needs'")
            .query(String.class)
            .single();
    assertThat(ok("/openreferral/services?taxonomy_id=" + taxonomy).path("total_items").asLong())
        .isPositive();
    assertThat(
            ok("/openreferral/services?day=SU&start_time=07:00&end_time=08:00")
                .path("total_items")
                .asLong())
        .isZero();
    assertThat(ok("/openreferral/services?day=MO").path("total_items").asLong()).isPositive();
    assertThat(ok("/openreferral/services?modified_after=2999-01-01").path("total_items").asLong())
        .isZero();
    JsonNode second = ok("/openreferral/services?per_page=10&page=2");
    assertThat(second.path("page_number").asInt()).isEqualTo(2);
    assertThat(second.path("first_page").asBoolean()).isFalse();
  }

  @Test
  void servicesAtLocationsAreFilteredByTheirServiceAndByTheirOwnPlaceAndHours() {
    ServiceAtLocationFixture f = new ServiceAtLocationFixture(jdbc);
    index.refresh(f.services);
    String words = "/openreferral/service_at_locations?search=" + f.marker;

    assertThat(ids(words))
        .containsExactlyInAnyOrder(f.alphaNear, f.alphaFar, f.betaNear, f.betaHidden);
    assertThat(ids(words + "&postcode=" + f.postcode + "&proximity=5000"))
        .as("this row's own location, nearest first; a hidden address never matches")
        .containsExactly(f.alphaNear, f.betaNear);
    assertThat(ids(words + "&postcode=" + f.postcode))
        .as("a postcode alone orders by distance, hidden addresses last")
        .containsExactly(f.alphaNear, f.betaNear, f.alphaFar, f.betaHidden);
    assertThat(ids(words + "&minimum_age=18")).containsExactlyInAnyOrder(f.alphaNear, f.alphaFar);
    assertThat(ids(words + "&maximum_age=30")).containsExactlyInAnyOrder(f.alphaNear, f.alphaFar);
    assertThat(ids(words + "&maximum_age=10")).isEmpty();
    assertThat(ids(words + "&taxonomy_term_id=" + f.parentTerm))
        .as("or a narrower term")
        .containsExactlyInAnyOrder(f.alphaNear, f.alphaFar);
    assertThat(ids(words + "&taxonomy_id=" + f.taxonomy))
        .containsExactlyInAnyOrder(f.alphaNear, f.alphaFar);
    assertThat(ids(words + "&organization_id=" + f.organization)).hasSize(4);
    assertThat(ids(words + "&day=MO"))
        .as("the service's hours, where the row has none of its own")
        .containsExactly(f.alphaNear);
    assertThat(ids(words + "&day=SA")).as("the row's own hours").containsExactly(f.alphaFar);
    assertThat(ids(words + "&day=MO&start_time=08:00&end_time=17:00")).containsExactly(f.alphaNear);
    assertThat(ids(words + "&day=MO&start_time=09:30")).isEmpty();
    assertThat(ids(words + "&start_time=10:00&end_time=12:00"))
        .as("any day")
        .containsExactly(f.alphaFar);
    assertThat(ids(words + "&modified_after=2000-01-01")).hasSize(4);
    assertThat(ids(words + "&modified_after=2999-01-01")).isEmpty();
    JsonNode page =
        ok(words + "&postcode=" + f.postcode + "&proximity=5000&minimum_age=18&day=MO&per_page=1");
    assertPage(page);
    assertThat(page.path("total_items").asLong()).isEqualTo(1);
    assertThat(OrukSchemas.problems("service_at_location.json", page.path("contents").get(0)))
        .isEmpty();
  }

  /**
   * On the demo directory only: other tests write services straight into the tables, which the
   * index sees later.
   */
  @Test
  void servicesAtLocationsAgreeWithServicesOnTheServicesOwnFilters() {
    Set<String> demo = new TreeSet<>();
    OrukSchemas.read("demo/directory/services.json")
        .forEach(service -> demo.add(service.path("id").asString()));
    String taxonomy =
        jdbc.sql("select id from directory.taxonomy where name = 'Alliance needs'")
            .query(String.class)
            .single();
    for (String filter :
        List.of("minimum_age=18", "maximum_age=21", "taxonomy_id=" + taxonomy, "search=alcohol")) {
      Set<String> services = new TreeSet<>();
      JsonNode found = ok("/openreferral/services?per_page=100&" + filter);
      assertThat(found.path("last_page").asBoolean()).isTrue();
      found.path("contents").forEach(service -> services.add(service.path("id").asString()));
      Set<String> located =
          new TreeSet<>(
              jdbc.sql("select distinct service_id from directory.service_at_location")
                  .query(String.class)
                  .list());
      located.retainAll(services);
      located.retainAll(demo);
      Set<String> viaLocations = new TreeSet<>();
      JsonNode page;
      int number = 0;
      do {
        page =
            ok("/openreferral/service_at_locations?per_page=100&page=" + ++number + "&" + filter);
        page.path("contents")
            .forEach(row -> viaLocations.add(row.path("service").path("id").asString()));
      } while (!page.path("last_page").asBoolean());
      viaLocations.retainAll(demo);
      if (!filter.startsWith("search")) {
        assertThat(viaLocations).as(filter).isEqualTo(located);
      } else {
        assertThat(located)
            .as("the index also matches descriptions; the listing matches names")
            .containsAll(viaLocations);
      }
    }
  }

  /**
   * The listing moved from SQL to the index: on the demo directory, every filter and their mix
   * finds the same rows in the same order as the SQL that served it before ({@link
   * ServiceAtLocationSql}).
   */
  @Test
  void servicesAtLocationsFromTheIndexAnswerAsTheSqlListingDid() {
    Set<String> demoServices = new TreeSet<>();
    OrukSchemas.read("demo/directory/services.json")
        .forEach(service -> demoServices.add(service.path("id").asString()));
    Set<String> demo =
        new TreeSet<>(
            jdbc.sql("select id from directory.service_at_location where service_id = any(:ids)")
                .param("ids", demoServices.toArray(String[]::new))
                .query(String.class)
                .list());
    assertThat(demo).hasSizeGreaterThan(20);
    String taxonomy =
        jdbc.sql("select id from directory.taxonomy where name = 'Alliance needs'")
            .query(String.class)
            .single();
    String term =
        jdbc.sql(
                "select taxonomy_term_id from directory.attribute where link_entity = 'service'"
                    + " group by taxonomy_term_id order by count(*) desc, taxonomy_term_id limit 1")
            .query(String.class)
            .single();
    String organization =
        jdbc.sql("select organization_id from directory.service where id = :id")
            .param("id", demoServices.iterator().next())
            .query(String.class)
            .single();
    var centroid = postcodes.centroid("BK1 2AB").orElseThrow();
    SearchQuery.Near near = new SearchQuery.Near(centroid.latitude(), centroid.longitude());
    Map<String, SearchQuery.Builder> cases = new java.util.LinkedHashMap<>();
    cases.put("", SearchQuery.builder());
    cases.put("search=alcohol", SearchQuery.builder().text("alcohol"));
    cases.put("search=Recovery", SearchQuery.builder().text("Recovery"));
    cases.put("postcode=BK1+2AB", SearchQuery.builder().near(near, null));
    cases.put("postcode=BK1+2AB&proximity=8000", SearchQuery.builder().near(near, 8000 / 1609.344));
    cases.put(
        "minimum_age=18", SearchQuery.builder().ageLimits(new SearchQuery.AgeLimits(18, null)));
    cases.put(
        "maximum_age=21", SearchQuery.builder().ageLimits(new SearchQuery.AgeLimits(null, 21)));
    cases.put("taxonomy_id=" + taxonomy, SearchQuery.builder().taxonomy(taxonomy));
    cases.put("taxonomy_term_id=" + term, SearchQuery.builder().allOfTerms(Set.of(term)));
    cases.put("organization_id=" + organization, SearchQuery.builder().organization(organization));
    cases.put(
        "day=MO",
        SearchQuery.builder().hours(new SearchQuery.Hours(java.time.DayOfWeek.MONDAY, null, null)));
    cases.put(
        "day=SA&start_time=09:00&end_time=17:00",
        SearchQuery.builder()
            .hours(
                new SearchQuery.Hours(
                    java.time.DayOfWeek.SATURDAY,
                    java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(17, 0))));
    cases.put(
        "start_time=10:00",
        SearchQuery.builder()
            .hours(new SearchQuery.Hours(null, java.time.LocalTime.of(10, 0), null)));
    cases.put(
        "modified_after=2000-01-01",
        SearchQuery.builder().modifiedAfter(java.time.Instant.parse("2000-01-01T00:00:00Z")));
    cases.put(
        "search=support&postcode=BK1+2AB&proximity=16000&minimum_age=16&day=TU",
        SearchQuery.builder()
            .text("support")
            .near(near, 16000 / 1609.344)
            .ageLimits(new SearchQuery.AgeLimits(16, null))
            .hours(new SearchQuery.Hours(java.time.DayOfWeek.TUESDAY, null, null)));
    ServiceAtLocationSql sql = new ServiceAtLocationSql(jdbc);
    int nonEmpty = 0;
    for (Map.Entry<String, SearchQuery.Builder> each : cases.entrySet()) {
      List<String> fromIndex = new ArrayList<>();
      List<String> fromSql = new ArrayList<>();
      JsonNode page;
      int number = 0;
      do {
        page =
            ok(
                "/openreferral/service_at_locations?per_page=100&page="
                    + ++number
                    + "&"
                    + each.getKey());
        page.path("contents").forEach(row -> fromIndex.add(row.path("id").asString()));
      } while (!page.path("last_page").asBoolean());
      Listings.Slice slice;
      number = 0;
      do {
        slice = sql.find(each.getValue().page(++number, 100).build());
        fromSql.addAll(slice.ids());
      } while ((long) number * 100 < slice.total());
      assertThat(fromIndex).as(each.getKey()).hasSize(page.path("total_items").asInt());
      fromIndex.retainAll(demo);
      fromSql.retainAll(demo);
      assertThat(fromIndex).as(each.getKey()).isEqualTo(fromSql);
      nonEmpty += fromIndex.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("filters that find something").isGreaterThan(cases.size() - 3);
  }

  private List<String> ids(String path) {
    List<String> ids = new ArrayList<>();
    ok(path + "&per_page=100").path("contents").forEach(row -> ids.add(row.path("id").asString()));
    return ids;
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource({
    "/openreferral/services?colour=blue",
    "/openreferral/services?page=0",
    "/openreferral/services?page=two",
    "/openreferral/services?per_page=1000",
    "/openreferral/services?minimum_age=eighteen",
    "/openreferral/services?minimum_age=18.5",
    "/openreferral/services?full=maybe",
    "/openreferral/services?modified_after=yesterday",
    "/openreferral/services?postcode=ZZ99+9ZZ",
    "/openreferral/services?proximity=1000",
    "/openreferral/services?day=Funday",
    "/openreferral/services?start_time=9am",
    "/openreferral/services?format=xml",
    "/openreferral/services?page=1&page=2",
    "/openreferral/taxonomies?search=x",
    "/openreferral/service_at_locations?proximity=1000",
    "/openreferral/service_at_locations?postcode=ZZ99+9ZZ",
    "/openreferral/service_at_locations?day=Funday",
    "/openreferral/service_at_locations?end_time=5pm",
    "/openreferral/service_at_locations?maximum_age=old",
    "/openreferral/service_at_locations?modified_after=soon",
    "/openreferral/service_at_locations?minimal=true",
    "/openreferral/services/any?full=true"
  })
  void badParametersGetAProblemNotAServerError(String path) {
    JsonNode problem = problem(path, 400);
    assertThat(problem.path("title").asString()).isEqualTo("Bad query parameter");
    assertThat(problem.path("detail").asString()).isNotBlank();
  }

  @Test
  void unknownIdsAreNotFoundProblems() {
    for (String endpoint :
        List.of(
            "services", "service_at_locations", "organizations", "taxonomies", "taxonomy_terms")) {
      assertThat(problem("/openreferral/" + endpoint + "/no-such-id", 404).path("status").asInt())
          .isEqualTo(404);
    }
  }

  @Test
  void aRefugesAddressNeverLeavesTheApi() {
    String refuge = "6bc155b6-2d2c-4103-b75a-48802a84e8dc";
    String street =
        jdbc.sql("select address_1 from directory.address where location_id = ?")
            .param(refuge)
            .query(String.class)
            .single();
    List<String> bodies = new ArrayList<>();
    for (int page = 1; page <= 2; page++) {
      bodies.add(get("/openreferral/services?full=true&per_page=100&page=" + page).body());
      bodies.add(get("/openreferral/organizations?full=true&per_page=100&page=" + page).body());
      bodies.add(get("/openreferral/service_at_locations?per_page=100&page=" + page).body());
    }
    assertThat(String.join("", bodies)).contains(refuge).doesNotContain(street);
  }

  private JsonNode ok(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  private JsonNode problem(String path, int status) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    return JSON.readTree(response.body());
  }

  private static void assertPage(JsonNode page) {
    JsonNode pageSchema =
        OrukSchemas.read("standards/hsds-3.0/schema/openapi.json")
            .path("components")
            .path("schemas")
            .path("Page");
    for (Map.Entry<String, JsonNode> property : pageSchema.path("properties").properties()) {
      JsonNode value = page.path(property.getKey());
      assertThat(value.isMissingNode()).as("page has " + property.getKey()).isFalse();
      assertThat(property.getValue().path("type").asString())
          .isIn(value.isBoolean() ? "boolean" : "integer");
    }
    assertThat(page.path("size").asInt()).isEqualTo(page.path("contents").size());
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", "application/json")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
