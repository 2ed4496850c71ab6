package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.alliance.directory.hsds.TreeReader.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export, wipe, import the export: the same documents come back, from either form, with Alliance's
 * additions (a hidden address, a capacity, the looking-after organisation). The database is shared,
 * so "wipe" removes this test's rows only, which for them is an empty directory; everything else in
 * the export is imported back unchanged.
 */
@AllianceTest
class RoundTripTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
  private static final String TERM = "3f7b145d-84af-42d7-8fae-eaca714b02b2";
  private static final String TAXONOMY = "5c4d79d7-cc55-470e-9f1f-8cad074e4892";

  @Autowired DirectoryTransfer transfer;
  @Autowired TreeReader reader;
  @Autowired HsdsModel model;
  @Autowired HsdsSchemas schemas;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @LocalServerPort int port;
  @TempDir Path temp;

  private final String shelter = UUID.randomUUID().toString();
  private final String lonelyOrganization = UUID.randomUUID().toString();
  private final String onlineLocation = UUID.randomUUID().toString();
  private final String refuge = UUID.randomUUID().toString();
  private final String refugeVisit = UUID.randomUUID().toString();
  private final String lookingAfter = UUID.randomUUID().toString();

  @Test
  void theJsonFormBringsBackEveryDocumentWithAlliancesAdditions() throws IOException {
    TestData data = load("json-round-trip");
    List<List<ObjectNode>> before = documents(data, true);
    transfer.exportTo(temp.resolve("export"));
    wipe(before);
    assertThat(documents(data, true).get(0)).isEmpty();

    ImportReport report = transfer.importFrom(temp.resolve("export"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.count("service").created()).isEqualTo(2);
    List<List<ObjectNode>> after = documents(data, true);
    for (int i = 0; i < before.size(); i++) {
      TestData.assertSameDocuments(after.get(i), before.get(i));
    }
    assertThat(
            after.get(0).get(1).at("/service_at_locations/0/location/address_hidden").asBoolean())
        .isTrue();
    for (JsonNode service :
        JsonDocuments.MAPPER.readTree(temp.resolve("export/hsds.json").toFile())) {
      assertThat(schemas.validate("service", service)).as("%s", service.get("id")).isEmpty();
    }
    assertThat(after.get(0).get(1).at("/capacities/0/unit/name").stringValue()).isEqualTo("bed");
  }

  @Test
  void theCsvFormBringsBackEveryDocumentWithAlliancesAdditions() throws IOException {
    TestData data = load("csv-round-trip");
    List<List<ObjectNode>> before = documents(data, true);
    transfer.exportTo(temp.resolve("export"));
    wipe(before);
    assertThat(api("/openreferral/services/" + shelter).statusCode()).isEqualTo(404);

    ImportReport report = transfer.importFrom(temp.resolve("export/csv"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.count("service_capacity").created()).isEqualTo(1);
    List<List<ObjectNode>> after = documents(data, true);
    for (int i = 0; i < before.size(); i++) {
      TestData.assertSameDocuments(after.get(i), before.get(i));
    }
    assertThat(
            after.get(0).get(1).at("/service_at_locations/0/location/address_hidden").asBoolean())
        .isTrue();
    assertThat(after.get(0).get(1).at("/capacities/0/unit/name").stringValue()).isEqualTo("bed");
    assertThat(after.get(0).get(1).at("/organization/alliance_organisation_id").stringValue())
        .isEqualTo(lookingAfter);
    for (String path :
        List.of(
            "/openreferral/services/" + shelter,
            "/openreferral/service_at_locations/" + refugeVisit)) {
      HttpResponse<String> response = api(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body())
          .as(path)
          .contains(refuge)
          .doesNotContain("Hidden Lane", "BR1 1AA");
    }
  }

  @Test
  void theCsvFormKeepsTheStandardsColumnsAndDescribesEveryFileAndColumnItHolds()
      throws IOException {
    load("csv-package");
    transfer.exportTo(temp.resolve("export"));
    Path csv = temp.resolve("export/csv");

    assertThat(header(csv.resolve("services.csv")))
        .isEqualTo(header(TestData.example("csv/services.csv")));
    assertThat(header(csv.resolve("locations.csv")))
        .isEqualTo(header(TestData.example("csv/locations.csv")) + ",address_hidden");
    assertThat(header(csv.resolve("organizations.csv")))
        .isEqualTo(header(TestData.example("csv/organizations.csv")) + ",alliance_organisation_id");
    JsonNode datapackage = JsonDocuments.MAPPER.readTree(csv.resolve("datapackage.json").toFile());
    Set<String> described = new LinkedHashSet<>(List.of("datapackage.json"));
    Set<String> resources = new LinkedHashSet<>();
    Set<String> referenced = new LinkedHashSet<>();
    for (JsonNode resource : datapackage.get("resources")) {
      String file = resource.get("path").stringValue();
      described.add(file);
      resources.add(resource.get("name").stringValue());
      List<String> fields = new java.util.ArrayList<>();
      resource.at("/schema/fields").forEach(field -> fields.add(field.get("name").stringValue()));
      assertThat(header(csv.resolve(file))).as(file).isEqualTo(String.join(",", fields));
      for (JsonNode key : resource.at("/schema/foreignKeys")) {
        assertThat(fields).as(file).contains(key.get("fields").stringValue());
        referenced.add(key.at("/reference/resource").stringValue());
      }
    }
    assertThat(resources).containsAll(referenced).contains("unit", "service_capacity");
    try (var files = Files.list(csv)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(described);
    }
    assertThat(described).contains("service_capacity.csv", "units.csv");
    JsonNode location = datapackage.at("/resources/5");
    assertThat(location.get("name").stringValue()).isEqualTo("location");
    JsonNode fields = location.at("/schema/fields");
    assertThat(fields.get(fields.size() - 1).get("description").stringValue())
        .startsWith("Alliance extension");
  }

  private HttpResponse<String> api(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElseThrow().replace("\uFEFF", "");
    }
  }

  /**
   * The standard's examples, plus what only Alliance has: a capacity, a hidden address, and records
   * no service reaches.
   */
  private TestData load(String salt) throws IOException {
    TestData data = new TestData(salt);
    for (String example :
        List.of("service_full.json", "organization_full.json", "taxonomy_term.json")) {
      assertThat(transfer.importFrom(data.copy(example, temp.resolve("in"))).problems()).isEmpty();
    }
    Path extra = Files.createDirectories(temp.resolve("extra")).resolve("organizations.json");
    Files.writeString(
        extra,
        """
        [{"id": "%s", "name": "Shelter Trust", "description": "Night shelters", "alliance_organisation_id": "%s",
          "services": [{"id": "%s", "name": "Night shelter", "status": "active",
            "capacities": [{"id": "%s", "available": 3, "maximum": 12, "updated": "2025-01-31T09:30:00Z",
                            "unit": {"id": "%s", "name": "bed"}}],
            "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
              "name": "Refuge", "address_hidden": true,
              "addresses": [{"id": "%s", "address_1": "1 Hidden Lane", "city": "Brackenford", "state_province": "Brackenshire",
                             "postal_code": "BR1 1AA", "country": "GB", "address_type": "physical"}]}}]}]},
         {"id": "%s", "name": "Lonely Org", "description": "Has no services"}]
        """
            .formatted(
                UUID.randomUUID(),
                lookingAfter,
                shelter,
                UUID.randomUUID(),
                UUID.randomUUID(),
                refugeVisit,
                refuge,
                UUID.randomUUID(),
                lonelyOrganization));
    assertThat(transfer.importFrom(extra).problems()).isEmpty();
    Path location =
        Files.writeString(
            temp.resolve("extra/locations.json"),
            "{\"id\": \"%s\", \"location_type\": \"virtual\", \"name\": \"Online\"}"
                .formatted(onlineLocation));
    assertThat(transfer.importFrom(location).problems()).isEmpty();
    return data;
  }

  private List<List<ObjectNode>> documents(TestData data, boolean extensions) {
    return List.of(
        reader.read(
            "service",
            List.of(data.id(SERVICE), shelter),
            Shape.FULL,
            extensions,
            Viewer.operator()),
        reader.read(
            "organization",
            List.of(data.id(ORGANIZATION), lonelyOrganization),
            Shape.FULL,
            extensions,
            Viewer.operator()),
        reader.read("location", List.of(onlineLocation), Shape.FULL, extensions, Viewer.operator()),
        reader.read(
            "taxonomy_term", List.of(data.id(TERM)), Shape.FULL, extensions, Viewer.operator()),
        reader.read(
            "taxonomy", List.of(data.id(TAXONOMY)), Shape.FULL, extensions, Viewer.operator()));
  }

  /** Deletes every row whose id appears in these documents: this test's rows, and no one else's. */
  private void wipe(List<List<ObjectNode>> documents) {
    Set<String> ids = new LinkedHashSet<>();
    documents.forEach(list -> list.forEach(document -> collectIds(document, ids)));
    List<Table> tables = model.tables();
    transaction.executeWithoutResult(
        status -> {
          for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.sql("delete from " + tables.get(i).sql() + " where id = any(?)")
                .param(ids.toArray(String[]::new))
                .update();
          }
        });
  }

  private static void collectIds(JsonNode node, Set<String> ids) {
    if (node.isObject() && node.path("id").isString()) {
      ids.add(node.get("id").stringValue());
    }
    node.forEach(child -> collectIds(child, ids));
  }
}
