package org.alliance.outcomes.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
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

  private final ObjectMapper json = new ObjectMapper();
  private final UUID member = UUID.randomUUID();
  private final UUID worker = UUID.randomUUID();

  @BeforeAll
  void fixture() {
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

  private JsonNode get(String path, int status, String type) {
    HttpResponse<String> response = new WebSession(port).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
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
  void listsTheDefinitionsInForce() {
    JsonNode body = get("/api/outcomes/indicators", 200, "application/json");
    JsonNode first = body.get("indicators").get(0);
    assertThat(first.get("code").asString()).isEqualTo("did-not-attend-rate");
    assertThat(first.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("better").asString()).isEqualTo("lower");
    assertThat(first.get("href").asString()).isEqualTo(DNA);
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
