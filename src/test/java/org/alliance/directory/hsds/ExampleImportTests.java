package org.alliance.directory.hsds;

import static org.alliance.directory.hsds.TestData.assertSameDocument;
import static org.alliance.directory.hsds.TestData.assertSameDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The standard's own JSON examples import, and read back as they went in (modulo {@link
 * TestData#normalised}).
 */
@AllianceTest
class ExampleImportTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

  @Autowired DirectoryTransfer transfer;
  @Autowired HsdsDocuments documents;
  @TempDir Path temp;

  @Test
  void aFullServiceReadsBackAsItWentIn() {
    TestData data = new TestData("service-full");
    ImportReport report = transfer.importFrom(data.copy("service_full.json", temp));

    assertThat(report.problems()).isEmpty();
    assertThat(report.count("service").created()).isEqualTo(1);
    assertThat(report.count("phone").created())
        .as("one phone row, linked to five parents")
        .isEqualTo(1);
    assertSameDocument(
        documents.readServices(List.of(data.id(SERVICE)), Viewer.operator()).get(0),
        data.expected("service_full.json"));
  }

  @Test
  void aServiceListPageReadsBackAsSummaries() {
    TestData data = new TestData("service-list");
    ImportReport report = transfer.importFrom(data.copy("service_list.json", temp));

    assertThat(report.problems()).isEmpty();
    assertSameDocuments(
        documents.readServiceSummaries(List.of(data.id(SERVICE))),
        List.of(data.expected("service_list.json").get("contents").get(0)));
  }

  @Test
  void aFullOrganizationWithItsServicesReadsBack() {
    TestData data = new TestData("organization-full");
    ImportReport report = transfer.importFrom(data.copy("organization_full.json", temp));

    assertThat(report.problems()).isEmpty();
    assertSameDocument(
        documents.readOrganizations(List.of(data.id(ORGANIZATION)), Viewer.operator()).get(0),
        data.expected("organization_full.json"));
    assertSameDocuments(
        documents.readOrganizationSummaries(List.of(data.id(ORGANIZATION))),
        List.of(data.expected("organization_list.json").get("contents").get(0)));
  }

  @Test
  void aFullServiceAtLocationReadsBack() {
    TestData data = new TestData("service-at-location");
    ImportReport report = transfer.importFrom(data.copy("service_at_location_full.json", temp));

    assertThat(report.problems()).isEmpty();
    JsonNode expected = data.expected("service_at_location_full.json");
    assertSameDocument(
        documents
            .readServiceAtLocations(List.of(expected.get("id").stringValue()), Viewer.operator())
            .get(0),
        expected);
  }

  @Test
  void taxonomiesAndTermsReadBack() {
    TestData data = new TestData("taxonomy");
    for (String example :
        List.of(
            "taxonomy.json",
            "taxonomy_list.json",
            "taxonomy_term.json",
            "taxonomy_term_list.json")) {
      assertThat(transfer.importFrom(data.copy(example, temp)).problems()).as(example).isEmpty();
    }
    JsonNode taxonomy = data.expected("taxonomy.json");
    JsonNode term = data.expected("taxonomy_term.json");
    assertSameDocument(
        documents.readTaxonomies(List.of(taxonomy.get("id").stringValue())).get(0), taxonomy);
    assertSameDocument(
        documents.readTaxonomyTerms(List.of(term.get("id").stringValue())).get(0), term);
  }
}
