package org.alliance.outcomes.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.outcomes.OutcomesOpenApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The indicators API over real HTTP, anonymously: the definitions, one indicator's figures for a
 * member of this test's own in months of 2012 (so no other test's contacts count), suppression, and
 * problem details for what cannot be answered.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsApiTests {

  private static final String DNA = "/api/outcomes/indicators/did-not-attend-rate";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.alliance.support.Tallies tallies;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

  private final ObjectMapper json = new ObjectMapper();
  // A demo member that delivers a contract paying for a directory service, for the provenance; its
  // contacts are all in the demo's recent months, so 2012's are the fixture's alone.
  private UUID member;
  private final UUID worker = UUID.randomUUID();

  @BeforeAll
  void fixture() {
    member =
        jdbc.sql(
                """
                select p.organisation_id from commissioning.contract_provider p
                  join commissioning.contract_service s on s.contract_id = p.contract_id
                 where p.organisation_id is not null
                 order by p.organisation_id limit 1
                """)
            .query(UUID.class)
            .single();
    UUID person =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, registered_by_member,
                                            registered_by)
                values ('Zq', 'Indicators', :member, :worker) returning id
                """)
            .param("member", member)
            .param("worker", worker)
            .query(UUID.class)
            .single();
    // March 2012: 6 missed, 14 attended: 6 of 20 = 30.0%. April: 2 missed, 8 attended.
    contacts(person, "2012-03-05T10:00:00Z", "did-not-attend", 6);
    contacts(person, "2012-03-06T10:00:00Z", "attended", 14);
    contacts(person, "2012-04-05T10:00:00Z", "did-not-attend", 2);
    contacts(person, "2012-04-06T10:00:00Z", "attended", 8);
    tallies.refreshNow();
  }

  private void contacts(UUID person, String at, String outcome, int howMany) {
    for (int i = 0; i < howMany; i++) {
      jdbc.sql(
              """
              insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                           outcome, recorded_by)
              values (:person, :member, :worker, 'phone', :at, :outcome, :worker)
              """)
          .param("person", person)
          .param("member", member)
          .param("worker", worker)
          .param("at", Timestamp.from(Instant.parse(at)))
          .param("outcome", outcome)
          .update();
    }
  }

  /** The response, held to the schema the API's own OpenAPI description gives it. */
  private JsonNode get(String path, int status, String type) {
    HttpResponse<String> response = new WebSession(port).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
    JsonNode body = json.readTree(response.body());
    String schema =
        type.equals("application/problem+json")
            ? "Problem"
            : path.equals("/api/outcomes/indicators") ? "IndicatorList" : "IndicatorFigures";
    assertThat(problems(schema, body)).as(path).isEmpty();
    return body;
  }

  private static String description() {
    return OutcomesOpenApi.description();
  }

  private static List<String> problems(String schema, JsonNode body) {
    return OutcomesOpenApi.problems(schema, body);
  }

  @Test
  void theOpenApiDescriptionIsServedAndCoversEveryRouteAndParameter() throws Exception {
    JsonNode served = unchecked("/api/outcomes/openapi.json");
    assertThat(served).isEqualTo(json.readTree(description()));
    Set<String> described = new TreeSet<>();
    served.path("paths").propertyNames().forEach(described::add);
    Set<String> mapped = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(pattern -> pattern.startsWith("/api/outcomes"))
                    .forEach(mapped::add));
    assertThat(described).isEqualTo(mapped);
    Set<String> parameters = new TreeSet<>();
    served
        .path("paths")
        .path("/api/outcomes/indicators/{indicatorCode}")
        .path("get")
        .path("parameters")
        .forEach(parameter -> parameters.add(parameter.path("name").asString()));
    Set<String> declared = new TreeSet<>();
    for (var method : IndicatorsController.class.getDeclaredMethods()) {
      if (method.getName().equals("one")) {
        for (var parameter : method.getParameters()) {
          var query =
              parameter.getAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
          var path =
              parameter.getAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
          if (query != null) {
            declared.add(query.value().isEmpty() ? parameter.getName() : query.value());
          }
          if (path != null) {
            declared.add(path.value());
          }
        }
      }
    }
    assertThat(parameters).isEqualTo(declared);
  }

  @Test
  void theSchemaRefusesAnAnswerThatBreaksIt() {
    JsonNode body = get(DNA + "?from=2012-03&to=2012-03&by=member", 200, "application/json");
    var line = (tools.jackson.databind.node.ObjectNode) memberLine(body).get("numerator");
    line.put("status", "hidden");
    assertThat(problems("IndicatorFigures", body)).isNotEmpty();
    line.put("status", "suppressed");
    assertThat(problems("IndicatorFigures", body))
        .as("a suppressed cell has no value")
        .isNotEmpty();
  }

  /** A response no schema describes: the description itself. */
  private JsonNode unchecked(String path) {
    HttpResponse<String> response = new WebSession(port).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return json.readTree(response.body());
  }

  private JsonNode memberLine(JsonNode body) {
    for (JsonNode line : body.get("figures")) {
      if (line.get("group").asString().equals(member.toString())) {
        return line;
      }
    }
    throw new AssertionError("no line for the member in " + body);
  }

  @Test
  void followsEachFigureBackToItsContractsAndServices() {
    JsonNode body = get(DNA + "?from=2012-03&to=2012-03&by=member", 200, "application/json");
    JsonNode members = body.get("provenance").get("members");
    assertThat(members.size()).isEqualTo(1);
    JsonNode delivery = members.get(0);
    assertThat(delivery.get("memberId").asString()).isEqualTo(member.toString());
    assertThat(delivery.get("contracts").size()).isPositive();
    assertThat(delivery.get("contracts").get(0).get("href").asString())
        .startsWith("/commissioning/contracts/");
    assertThat(delivery.get("services").size()).isPositive();
    assertThat(delivery.get("services").get(0).get("href").asString())
        .startsWith("/find-support/services/");
    assertThat(body.get("provenance").get("contract").isNull()).isTrue();
  }

  @Test
  void listsTheDefinitionsInForce() {
    JsonNode body = get("/api/outcomes/indicators", 200, "application/json");
    List<String> codes = new java.util.ArrayList<>();
    body.get("indicators").forEach(indicator -> codes.add(indicator.get("code").asString()));
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "did-not-attend-rate",
            "people-engaged",
            "assess-and-do",
            "goals-progressed",
            "outcome-measures-improved",
            "completion-opiate",
            "completion-non-opiate",
            "completion-alcohol",
            "planned-transitions",
            "referral-conversion",
            "dormant-re-engaged");
    JsonNode dna = body.get("indicators").get(codes.indexOf("did-not-attend-rate"));
    // Version 2, with the demo contract's target, has been in force since April 2026.
    assertThat(dna.get("version").asInt()).isEqualTo(2);
    assertThat(dna.get("target").asInt()).isEqualTo(10);
    assertThat(dna.get("better").asString()).isEqualTo("lower");
    assertThat(dna.get("href").asString()).isEqualTo(DNA);
    JsonNode alcohol = body.get("indicators").get(codes.indexOf("completion-alcohol"));
    assertThat(alcohol.get("caveat").asString()).startsWith("Local estimate");
  }

  @Test
  void givesAMembersRateForAMonth() {
    JsonNode body = get(DNA + "?from=2012-03&to=2012-03&by=member", 200, "application/json");
    assertThat(body.get("disclosure").get("applied").asBoolean()).isTrue();
    assertThat(body.get("indicator").get("version").asInt()).isEqualTo(1);
    JsonNode line = memberLine(body);
    assertThat(line.get("period").asString()).isEqualTo("2012-03");
    assertThat(line.get("numerator").get("value").asInt()).isEqualTo(6);
    assertThat(line.get("denominator").get("value").asInt()).isEqualTo(20);
    assertThat(line.get("rate").get("percent").decimalValue()).isEqualByComparingTo("30.0");
    assertThat(line.get("rate").get("status").asString()).isEqualTo("shown");
  }

  @Test
  void suppressesSmallNumbers() {
    // April: 2 missed is from 1 to 4, so it is suppressed, and with it the rate.
    JsonNode line =
        memberLine(get(DNA + "?from=2012-04&to=2012-04&by=member", 200, "application/json"));
    assertThat(line.get("numerator").get("status").asString()).isEqualTo("suppressed");
    assertThat(line.get("numerator").get("value").isNull()).isTrue();
    assertThat(line.get("rate").get("status").asString()).isEqualTo("suppressed");
    assertThat(line.get("rate").get("percent").isNull()).isTrue();
  }

  @Test
  void answersWhatItCannotUseWithProblems() {
    assertThat(
            get(DNA + "?from=2012-13", 400, "application/problem+json").get("parameter").asString())
        .isEqualTo("from");
    assertThat(
            get(DNA + "?from=2012-05&to=2012-04", 400, "application/problem+json")
                .get("parameter")
                .asString())
        .isEqualTo("from");
    assertThat(
            get(DNA + "?from=2000-01&to=2012-04", 400, "application/problem+json")
                .get("parameter")
                .asString())
        .isEqualTo("from");
    assertThat(get(DNA + "?by=colour", 400, "application/problem+json").get("parameter").asString())
        .isEqualTo("by");
    assertThat(
            get(DNA + "?period=week", 400, "application/problem+json").get("parameter").asString())
        .isEqualTo("period");
    assertThat(
            get("/api/outcomes/indicators/no-such", 404, "application/problem+json")
                .get("status")
                .asInt())
        .isEqualTo(404);
  }
}
