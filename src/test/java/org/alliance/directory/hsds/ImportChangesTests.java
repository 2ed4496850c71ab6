package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing again changes only what differs, and logs each service or organization whose document
 * changed.
 */
@AllianceTest
class ImportChangesTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String ORGANIZATION = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
  private static final String PHONE = "1554f2e2-a373-45db-a3fa-9fc48a61c15e";
  private static final String COST_OPTION = "1fdf4d39-3d80-484d-9f92-a8ffa08621e7";

  @Autowired DirectoryTransfer transfer;
  @Autowired HsdsDocuments documents;
  @Autowired JdbcClient jdbc;
  @TempDir Path temp;

  @Test
  void importingTheSameServiceTwiceChangesNothing() {
    TestData data = new TestData("twice");
    Path file = data.copy("service_full.json", temp);
    assertThat(transfer.importFrom(file).changedAnything()).isTrue();
    OffsetDateTime modified = lastModified(data.id(SERVICE));
    int changes = changeRows(data);

    ImportReport again = transfer.importFrom(file);

    assertThat(again.imported()).isTrue();
    assertThat(again.changedAnything()).isFalse();
    assertThat(again.count("service").unchanged()).isEqualTo(1);
    assertThat(again.count("phone").unchanged()).isEqualTo(1);
    assertThat(changeRows(data)).isEqualTo(changes);
    assertThat(lastModified(data.id(SERVICE))).isEqualTo(modified);
  }

  @Test
  void aNewNameUpdatesTheServiceByIdAndLogsOneChange() throws IOException {
    TestData data = new TestData("renamed");
    transfer.importFrom(data.copy("service_full.json", temp));
    OffsetDateTime modified = lastModified(data.id(SERVICE));
    int changes = changeRows(data);

    ImportReport report =
        transfer.importFrom(
            edited(data, service -> service.put("name", "Community Counselling Plus")));

    assertThat(report.count("service"))
        .extracting("created", "updated", "unchanged")
        .containsExactly(0, 1, 0);
    assertThat(report.count("organization").updated()).isZero();
    assertThat(changeRows(data)).isEqualTo(changes + 1);
    assertThat(lastModified(data.id(SERVICE))).isAfter(modified);
    assertThat(service(data).get("name").stringValue()).isEqualTo("Community Counselling Plus");
  }

  @Test
  void aListLeftEmptyUnlinksItsChildrenButKeepsThoseListedElsewhere() throws IOException {
    TestData data = new TestData("emptied");
    transfer.importFrom(data.copy("service_full.json", temp));

    ImportReport report =
        transfer.importFrom(
            edited(
                data,
                service -> {
                  service.putArray("phones");
                  service.putArray("cost_options");
                }));

    assertThat(report.count("phone").updated())
        .as("the shared phone only loses its service")
        .isEqualTo(1);
    assertThat(report.count("cost_option").deleted())
        .as("a cost option belongs to its service alone")
        .isEqualTo(1);
    JsonNode service = service(data);
    assertThat(service.has("phones")).isFalse();
    assertThat(service.has("cost_options")).isFalse();
    assertThat(service.at("/contacts/0/phones/0/id").stringValue()).isEqualTo(data.id(PHONE));
    assertThat(
            jdbc.sql("select count(*) from directory.cost_option where id = ?")
                .param(data.id(COST_OPTION))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aSummaryLeavesTheListsItDoesNotMentionAlone() {
    TestData data = new TestData("summary-after-full");
    transfer.importFrom(data.copy("service_full.json", temp));
    JsonNode before = service(data);

    ImportReport report = transfer.importFrom(data.copy("service_list.json", temp));

    assertThat(report.changedAnything()).as(report.lines().toString()).isFalse();
    TestData.assertSameDocument(service(data), before);
  }

  @Test
  void aChangedOrganizationPhoneLogsTheOrganizationAndItsService() throws IOException {
    TestData data = new TestData("organization-phone");
    transfer.importFrom(data.copy("service_full.json", temp));
    int changes = changeRows(data);

    Path file =
        data.copy(
            TestData.example("service_full.json"),
            temp.resolve("changed"),
            Map.of("+44 1234 234567", "+44 1234 999999"));
    ImportReport report = transfer.importFrom(file);

    assertThat(report.count("phone").updated()).isEqualTo(1);
    assertThat(changeRows(data)).isEqualTo(changes + 2);
    assertThat(
            jdbc.sql(
                    "select resource_type from directory.change where resource_id in (?, ?) order by seq desc limit 2")
                .params(data.id(SERVICE), data.id(ORGANIZATION))
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("service", "organization");
  }

  private Path edited(TestData data, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode service =
        (ObjectNode)
            JsonDocuments.MAPPER.readTree(
                data.rewrite(Files.readString(TestData.example("service_full.json"))));
    edit.accept(service);
    Path file = Files.createDirectories(temp.resolve("edited")).resolve("service.json");
    JsonDocuments.MAPPER.writeValue(file.toFile(), service);
    return file;
  }

  private JsonNode service(TestData data) {
    return documents.readServices(List.of(data.id(SERVICE)), Viewer.operator()).get(0);
  }

  private OffsetDateTime lastModified(String serviceId) {
    return jdbc.sql("select last_modified from directory.service where id = ?")
        .param(serviceId)
        .query(OffsetDateTime.class)
        .single();
  }

  private int changeRows(TestData data) {
    return jdbc.sql("select count(*) from directory.change where resource_id in (?, ?)")
        .params(data.id(SERVICE), data.id(ORGANIZATION))
        .query(Integer.class)
        .single();
  }
}
