package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** An import with any problem writes nothing, and names every problem with its file and place. */
@AllianceTest
class RefusedImportTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String SCHEDULE = "48102e86-bb50-41c4-8f1e-e269368c41d1";
  private static final String PHONE = "1554f2e2-a373-45db-a3fa-9fc48a61c15e";
  private static final String LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";

  @Autowired DirectoryTransfer transfer;
  @Autowired HsdsDocuments documents;
  @Autowired HsdsModel model;
  @Autowired JdbcClient jdbc;
  @TempDir Path temp;

  @Test
  void aBadDataPackageIsRefusedWholeWithEveryProblemByRow() throws IOException {
    TestData data = new TestData("bad-csv");
    Path good = data.copy(TestData.example("csv"), temp.resolve("good"), CsvImportTests.MENDED);
    assertThat(transfer.importFrom(good).imported()).isTrue();
    JsonNode before = documents.readServices(List.of(data.id(SERVICE)), Viewer.operator()).get(0);
    int rowsBefore = ownRows(data);

    Path bad = data.copy(TestData.example("csv"), temp.resolve("bad"), CsvImportTests.MENDED);
    edit(
        bad.resolve("services.csv"),
        ",Community Counselling,MyCity Counselling Services,",
        ",,A new alternate name,");
    String unknownOrganization = UUID.randomUUID().toString();
    String newService = UUID.randomUUID().toString();
    Files.writeString(
        bad.resolve("services.csv"),
        String.join(
                ",",
                newService,
                unknownOrganization,
                "",
                "Another service",
                "",
                "",
                "",
                "",
                "active")
            + ",".repeat(14)
            + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    edit(bad.resolve("schedules.csv"), "2005-01-01", "2005-13-45");
    edit(
        bad.resolve("locations.csv"),
        ",physical,http://example.com,",
        ",building,http://example.com,");
    edit(
        bad.resolve("phones.csv"),
        "\"\"\"+44 1234 234567\"\"\",100,",
        "\"\"\"+44 1234 234567\"\"\",abc,");

    ImportReport report = transfer.importFrom(bad);

    assertThat(report.imported()).isFalse();
    assertThat(report.counts()).isEmpty();
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactlyInAnyOrder(
            "services.csv row 2 (id %s), column name: service name is required"
                .formatted(data.id(SERVICE)),
            "services.csv row 3 (id %s), column organization_id: organization_id '%s' matches no organization in this import or in the directory"
                .formatted(newService, unknownOrganization),
            "schedules.csv row 2 (id %s), column valid_from: valid_from must be a date like 2025-01-31, not '2005-13-45'"
                .formatted(data.id(SCHEDULE)),
            "phones.csv row 2 (id %s), column extension: extension must be a whole number, not 'abc'"
                .formatted(data.id(PHONE)),
            "locations.csv row 2 (id %s), column location_type: location_type must be one of physical, postal, virtual, not 'building'"
                .formatted(data.id(LOCATION)));
    assertThat(ownRows(data)).isEqualTo(rowsBefore);
    TestData.assertSameDocument(
        documents.readServices(List.of(data.id(SERVICE)), Viewer.operator()).get(0), before);
    assertThat(documents.readServices(List.of(newService), Viewer.operator())).isEmpty();
  }

  @Test
  void badValuesInAlliancesColumnsAndTheCapacityFilesAreProblemsByRow() throws IOException {
    String organization = UUID.randomUUID().toString();
    String location = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    String unit = UUID.randomUUID().toString();
    String negative = UUID.randomUUID().toString();
    String undated = UUID.randomUUID().toString();
    Path folder = Files.createDirectories(temp.resolve("additions"));
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": []}");
    Files.writeString(
        folder.resolve("organizations.csv"),
        "id,name,description,alliance_organisation_id\n%s,Shelter Trust,Night shelters,not-a-uuid\n"
            .formatted(organization));
    Files.writeString(
        folder.resolve("locations.csv"),
        "id,organization_id,location_type,name,address_hidden\n%s,%s,physical,Refuge,yes\n"
            .formatted(location, organization));
    Files.writeString(
        folder.resolve("services.csv"),
        "id,organization_id,name,status\n%s,%s,Night shelter,active\n"
            .formatted(service, organization));
    Files.writeString(folder.resolve("units.csv"), "id,name\n%s,bed\n".formatted(unit));
    Files.writeString(
        folder.resolve("service_capacity.csv"),
        """
        id,service_id,unit_id,available,maximum,updated
        %s,%s,%s,-1,12,2025-01-31T09:30:00Z
        %s,%s,%s,3,12,soon
        """
            .formatted(negative, service, unit, undated, service, unit));

    ImportReport report = transfer.importFrom(folder);

    assertThat(report.imported()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .containsExactlyInAnyOrder(
            "organizations.csv row 2 (id %s), column alliance_organisation_id: alliance_organisation_id must be a UUID, not 'not-a-uuid'"
                .formatted(organization),
            "locations.csv row 2 (id %s), column address_hidden: address_hidden must be true or false"
                .formatted(location),
            "service_capacity.csv row 2 (id %s), column available: available must be at least 0, not -1"
                .formatted(negative),
            "service_capacity.csv row 3 (id %s), column updated: updated must be a date and time like 2025-01-31T09:30:00Z, not 'soon'"
                .formatted(undated));
    for (Table table : model.tables()) {
      assertThat(
              jdbc.sql("select count(*) from " + table.sql() + " where id = any(?)")
                  .param(new String[] {organization, location, service, unit, negative, undated})
                  .query(Integer.class)
                  .single())
          .as(table.name())
          .isZero();
    }
  }

  @Test
  void badJsonIsRefusedWholeWithEveryProblemByRecordAndPointer() throws IOException {
    String[] ids = {
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString()
    };
    String unknownOrganization = UUID.randomUUID().toString();
    Path file = temp.resolve("services.json");
    Files.writeString(
        file,
        """
        [
          {"id": "%s", "status": "active", "organization_id": "%s"},
          {"id": "%s", "name": "Drop-in", "status": "active", "organization_id": "%s",
           "schedules": [{"id": "%s", "valid_from": "yesterday"}]},
          {"id": "%s", "name": "Outreach", "status": "active", "organization_id": "%s"},
          {"id": "%s", "name": "Helpline", "status": "active"}
        ]
        """
            .formatted(
                ids[0],
                unknownOrganization,
                ids[1],
                unknownOrganization,
                UUID.randomUUID(),
                ids[2],
                unknownOrganization,
                ids[3]));

    ImportReport report = transfer.importFrom(file);

    assertThat(report.imported()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .contains(
            "services.json record 1 (id %s) /name: required property 'name' not found"
                .formatted(ids[0]),
            "services.json record 2 (id %s) /schedules/0/valid_from: valid_from must be a date like 2025-01-31, not 'yesterday'"
                .formatted(ids[1]),
            "services.json record 3 (id %s) /organization_id: organization_id '%s' matches no organization in this import or in the directory"
                .formatted(ids[2], unknownOrganization),
            "services.json record 4 (id %s): service organization_id is required"
                .formatted(ids[3]));
    assertThat(documents.readServiceSummaries(List.of(ids))).isEmpty();
  }

  @Test
  void theServicesInsideAnOrganizationAreCheckedAgainstTheServiceSchema() throws IOException {
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    Path file =
        Files.writeString(
            temp.resolve("organizations.json"),
            """
        {"id": "%s", "name": "Harbour Housing", "description": "Housing support",
         "services": [{"id": "%s", "name": "Tenancy support", "status": "open"}]}
        """
                .formatted(organization, service));

    ImportReport report = transfer.importFrom(file);

    assertThat(report.problems())
        .extracting(ImportProblem::toString)
        .singleElement()
        .asString()
        .startsWith(
            "organizations.json record 1 (id %s) /services/0/status: ".formatted(organization))
        .contains("active", "temporarily closed");
    assertThat(documents.readOrganizationSummaries(List.of(organization))).isEmpty();
  }

  @Test
  void somethingThatIsNotHsdsIsRefused() throws IOException {
    Path notJson = Files.writeString(temp.resolve("services.json"), "{\"id\": ");
    Path missing = temp.resolve("nothing-here");

    assertThat(transfer.importFrom(notJson).problems())
        .singleElement()
        .asString()
        .startsWith("services.json: is not valid JSON");
    assertThat(transfer.importFrom(missing).problems())
        .singleElement()
        .asString()
        .isEqualTo("nothing-here: does not exist");
  }

  /** How many rows, in any directory table, carry one of this test's ids. */
  private int ownRows(TestData data) throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    java.util.regex.Matcher uuids =
        java.util.regex.Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
            .matcher(
                Files.readString(TestData.example("service_full.json"))
                    + Files.readString(TestData.example("csv/metadata.csv"))
                    + Files.readString(TestData.example("csv/meta_table_descriptions.csv")));
    while (uuids.find()) {
      ids.add(data.id(uuids.group()));
    }
    int rows = 0;
    for (Table table : model.tables()) {
      rows +=
          jdbc.sql("select count(*) from " + table.sql() + " where id = any(?)")
              .param(ids.toArray(String[]::new))
              .query(Integer.class)
              .single();
    }
    return rows;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }
}
