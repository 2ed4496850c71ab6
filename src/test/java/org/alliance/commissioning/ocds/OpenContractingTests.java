package org.alliance.commissioning.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.commissioning.OpenContracting.Audience;
import org.alliance.commissioning.ocds.Disclosure.Shown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The release package API against the official OCDS 1.1.5 release package schema (copied into the
 * repository, references resolved locally), in both views: what the public sees and what a
 * signed-in commissioner sees, and the demo register's figures as published.
 */
@AllianceTest
class OpenContractingTests {

  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  static final String PATH = "/api/commissioning/ocds/release-package";

  @LocalServerPort int port;
  @Autowired OcdsSchema schema;

  @Test
  void thePublicGetsAValidSummaryWithoutTheCouncilsOwnDetail() {
    HttpResponse<String> response = new WebSession(port).get(PATH);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode pack = JSON.readTree(response.body());
    assertThat(schema.problems(pack)).isEmpty();
    assertThat(pack.path("version").asString()).isEqualTo("1.1");
    assertThat(pack.path("license").asString())
        .isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    JsonNode adult = release(pack, "NN-ADULT-2018");
    assertThat(adult.path("ocid").asString()).isEqualTo("ocds-xxxxxx-alliance-NN-ADULT-2018");
    assertThat(types(adult)).containsOnly("year");
    assertThat(adult.toString())
        .doesNotContain("sharePercent", "fundingKind", "Police, Fire and Crime", "tenderers")
        .doesNotContain("\"documents\"");
    assertThat(roles(adult, "West Brackenshire Council"))
        .containsExactly("buyer", "payer", "procuringEntity");
    assertThat(adult.path("buyer").path("name").asString()).isEqualTo("West Brackenshire Council");
  }

  @Test
  void theLicenceIsAWebAddressOrLeftOut() {
    assertThat(new OcdsSettings("p-", "Zq", "https://x.invalid/p", "summary", "").license())
        .isNull();
    assertThat(
            new OcdsSettings("p-", "Zq", "https://x.invalid/p", "summary", " https://l.invalid/ ")
                .license())
        .isEqualTo("https://l.invalid/");
    for (String bad : List.of("OGL v3", "javascript:alert(1)", "file:///etc/passwd", "https://")) {
      assertThatThrownBy(() -> new OcdsSettings("p-", "Zq", "https://x.invalid/p", "summary", bad))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("alliance.commissioning.ocds.license must be");
    }
  }

  @Test
  void aCommissionerGetsTheCouncilsViewWithTheSplitAndFunding() {
    WebSession commissioner = WebSession.signedIn(port, "commissioner", "alliance-demo");
    HttpResponse<String> response = commissioner.get(PATH);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode pack = JSON.readTree(response.body());
    assertThat(schema.problems(pack)).isEmpty();
    JsonNode adult = release(pack, "NN-ADULT-2018");
    assertThat(types(adult)).contains("year", "councilShare", "fundingSource");
    // Split's exact shares: Brackenford 48.6% of £5,394,200 rounded to the penny, West (the host)
    // the rest.
    JsonNode breakdown = adult.path("planning").path("budget").path("budgetBreakdown");
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal year = null;
    for (JsonNode item : breakdown) {
      if (item.path("breakdownType").asString().equals("councilShare")
          && item.path("period").path("startDate").asString().startsWith("2023-04-01")) {
        shares.add(item.path("amount").path("amount").decimalValue());
      }
      if (item.path("id").asString().equals("FY2023")) {
        year = item.path("amount").path("amount").decimalValue();
      }
    }
    assertThat(year).isEqualByComparingTo("5394200.00");
    assertThat(shares)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2621581.20"), new BigDecimal("2772618.80"));
    assertThat(adult.toString())
        .contains("Police, Fire and Crime Commissioner", "partner-contribution");
    JsonNode west = party(adult, "West Brackenshire Council");
    assertThat(west.path("details").path("sharePercent").decimalValue())
        .isEqualByComparingTo("51.4");
    assertThat(west.path("details").path("host").asBoolean()).isTrue();
    // The taken option moved the end to 2026; the term and the option are both published.
    JsonNode contract = adult.path("contracts").get(0);
    assertThat(contract.path("period").path("endDate").asString()).startsWith("2026-03-31");
    assertThat(contract.path("extensionOptions").get(0).path("status").asString())
        .isEqualTo("taken");
    assertThat(adult.path("tender").path("hasRenewal").asBoolean()).isTrue();
  }

  @Test
  void aProcuredContractCarriesItsRouteAsTheTender() {
    JsonNode pack =
        JSON.readTree(WebSession.signedIn(port, "commissioner", "alliance-demo").get(PATH).body());
    JsonNode procured = null;
    for (JsonNode release : pack.path("releases")) {
      if (release.path("tender").path("procurementRoute").asString().equals("psr-competitive")) {
        procured = release;
      }
    }
    assertThat(procured).isNotNull();
    JsonNode tender = procured.path("tender");
    assertThat(tender.path("procurementMethod").asString()).isEqualTo("open");
    assertThat(tender.path("procurementMethodDetails").asString()).isEqualTo("Competitive process");
    assertThat(tender.path("numberOfTenderers").asInt()).isEqualTo(3);
    assertThat(tender.path("tenderers")).hasSize(3);
  }

  @Test
  void theSchemaCheckReachesIntoTheReleaseSchemaWithoutTheNetwork() {
    JsonNode pack = JSON.readTree(new WebSession(port).get(PATH).body());
    tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode) pack;
    ((tools.jackson.databind.node.ObjectNode) broken.path("releases").get(0))
        .putArray("tag")
        .add("not-a-release-tag");
    ((tools.jackson.databind.node.ObjectNode) broken.path("releases").get(0))
        .put("date", "yesterday");
    assertThat(schema.problems(broken))
        .anyMatch(p -> p.startsWith("/releases/0/tag/0"))
        .anyMatch(p -> p.startsWith("/releases/0/date"));
  }

  @Test
  void theOneRuleOnWhatThePublicSees() {
    OcdsSettings summary = new OcdsSettings("ocds-x-", "P", "https://x.invalid/p", "summary", "");
    OcdsSettings full = new OcdsSettings("ocds-x-", "P", "https://x.invalid/p", "full", "");
    assertThat(new Disclosure(summary).shown(Audience.PUBLIC)).isEqualTo(Shown.SUMMARY);
    assertThat(new Disclosure(summary).shown(Audience.COUNCILS)).isEqualTo(Shown.ALL);
    assertThat(new Disclosure(full).shown(Audience.PUBLIC)).isEqualTo(Shown.ALL);
    assertThat(new Disclosure(summary).audienceOf(null)).isEqualTo(Audience.PUBLIC);
    assertThatThrownBy(() -> new OcdsSettings("ocds-x-", "P", "https://x.invalid/p", "all", ""))
        .hasMessageContaining("summary or full");
  }

  static JsonNode release(JsonNode pack, String reference) {
    for (JsonNode release : pack.path("releases")) {
      if (release.path("ocid").asString().endsWith("-" + reference)) {
        return release;
      }
    }
    throw new AssertionError("no release for " + reference);
  }

  static List<String> types(JsonNode release) {
    List<String> types = new ArrayList<>();
    release
        .path("planning")
        .path("budget")
        .path("budgetBreakdown")
        .forEach(item -> types.add(item.path("breakdownType").asString()));
    return types;
  }

  static JsonNode party(JsonNode release, String name) {
    for (JsonNode party : release.path("parties")) {
      if (party.path("name").asString().equals(name)) {
        return party;
      }
    }
    throw new AssertionError("no party " + name);
  }

  static List<String> roles(JsonNode release, String name) {
    List<String> roles = new ArrayList<>();
    party(release, name).path("roles").forEach(r -> roles.add(r.asString()));
    return roles;
  }
}
