package org.alliance.directory.hsds;

import static org.alliance.directory.hsds.TestData.assertSameDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard's tabular example: refused as it stands, imported once its dangling references are
 * mended.
 */
@AllianceTest
class CsvImportTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
  private static final String SERVICE_AT_LOCATION = "e94c9f38-1e8f-4564-91d4-d53501ab1765";
  private static final String TAXONOMY = "5c4d79d7-cc55-470e-9f1f-8cad074e4892";

  /**
   * The example's rows point at four rows it does not have (it was not kept in step with
   * service_full.json); pointing them at the example's own rows makes it the same service. The
   * attribute and metadata rows are pointed at the service for the same reason.
   */
  static final Map<String, String> MENDED =
      Map.of(
          "ae67a707-5893-4225-b0b1-320ab9cb596b",
          ORGANIZATION,
          "93eaf18d-1cd2-4ec7-bffb-3c9172ee5070",
          SERVICE_AT_LOCATION,
          "985e4a42-bd9f-4edc-911d-0243a4640aca",
          ORGANIZATION,
          "07ff6aee-a219-438c-b694-d2fcb6c5373b",
          TAXONOMY,
          "f28dd44b-0c4d-479f-8e90-4c52219a8b3c,"
              + "3f7b145d-84af-42d7-8fae-eaca714b02b2,link_type,link_entity",
          SERVICE + ",3f7b145d-84af-42d7-8fae-eaca714b02b2,link_type,service",
          "38960354-e7d2-4cfa-a368-820f729d6ccf,location",
          SERVICE + ",service");

  @Autowired DirectoryTransfer transfer;
  @Autowired HsdsDocuments documents;
  @TempDir Path temp;

  @Test
  void theStandardsOwnExampleIsRefusedForItsDanglingReferences() {
    TestData data = new TestData("csv-as-published");
    ImportReport report = transfer.importFrom(data.copy("csv", temp));

    assertThat(report.imported()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactlyInAnyOrder(
            "contacts.csv row 2 (id %s), column organization_id: organization_id '%s' matches no organization in this import or in the directory"
                .formatted(
                    data.id("1e7efce3-639b-4880-940c-b95cd30cdb50"),
                    data.id("ae67a707-5893-4225-b0b1-320ab9cb596b")),
            "contacts.csv row 2 (id %s), column service_at_location_id: service_at_location_id '%s' matches no service_at_location in this import or in the directory"
                .formatted(
                    data.id("1e7efce3-639b-4880-940c-b95cd30cdb50"),
                    data.id("93eaf18d-1cd2-4ec7-bffb-3c9172ee5070")),
            "locations.csv row 2 (id %s), column organization_id: organization_id '%s' matches no organization in this import or in the directory"
                .formatted(
                    data.id("3a19ff88-4620-4d17-9830-ac1d859eb5d5"),
                    data.id("985e4a42-bd9f-4edc-911d-0243a4640aca")),
            "taxonomy_terms.csv row 2 (id %s), column taxonomy_id: taxonomy_id '%s' matches no taxonomy in this import or in the directory"
                .formatted(
                    data.id("3f7b145d-84af-42d7-8fae-eaca714b02b2"),
                    data.id("07ff6aee-a219-438c-b694-d2fcb6c5373b")));
    assertThat(documents.readServices(List.of(data.id(SERVICE)), Viewer.operator())).isEmpty();
  }

  @Test
  void mendedItIsTheSameServiceAsTheJsonExample() {
    TestData data = new TestData("csv-mended");
    ImportReport report = transfer.importFrom(data.copy(TestData.example("csv"), temp, MENDED));

    assertThat(report.problems()).isEmpty();
    assertThat(report.count("service").created()).isEqualTo(1);
    ObjectNode expected = (ObjectNode) data.expected("service_full.json");
    // The only difference: the JSON example leaves out the organization's tax_id.
    ((ObjectNode) expected.get("organization")).put("tax_id", "tax_id");
    assertSameDocument(
        documents.readServices(List.of(data.id(SERVICE)), Viewer.operator()).get(0), expected);
  }
}
