package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.alliance.directory.hsds.ChangeSet.Origin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How a document becomes rows, without a database. */
class JsonFlattenerTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";
  private static final String PHONE = "1554f2e2-a373-45db-a3fa-9fc48a61c15e";

  private final HsdsModel model = new HsdsModel();
  private final JsonFlattener flattener = new JsonFlattener(model);

  @Test
  void aNestedObjectIsLinkedToEveryParentItAppearsUnder() throws IOException {
    ChangeSet changes = flatten("service_full.json");

    assertThat(changes.problems()).isEmpty();
    Map<String, Object> phone = changes.rows().get("phone").get(PHONE).values;
    assertThat(phone)
        .containsEntry("service_id", SERVICE)
        .containsEntry("organization_id", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
        .containsEntry("contact_id", "1e7efce3-639b-4880-940c-b95cd30cdb50")
        .containsEntry("location_id", "3a19ff88-4620-4d17-9830-ac1d859eb5d5")
        .containsEntry("service_at_location_id", "e94c9f38-1e8f-4564-91d4-d53501ab1765");
    assertThat(changes.rows().get("attribute").values().iterator().next().values)
        .containsEntry("link_id", SERVICE)
        .containsEntry("link_entity", "service");
    assertThat(changes.rows().get("service").get(SERVICE).values)
        .doesNotContainKey("last_modified");
  }

  @Test
  void onlyTheListsGivenAreReplaced() throws IOException {
    ChangeSet full = flatten("service_full.json");
    ChangeSet summary = flatten("service_list.json");

    assertThat(full.scopes().keySet())
        .extracting(s -> s.parent().name() + "." + s.relation().property())
        .contains(
            "service.phones",
            "service.attributes",
            "phone.languages",
            "location.addresses",
            "organization.organization_identifiers")
        .doesNotContain("organization.locations", "organization.programs");
    assertThat(summary.scopes()).isEmpty();
    assertThat(summary.rows().get("program").values().iterator().next().values)
        .as("a service's program belongs to the service's organization")
        .containsEntry("organization_id", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
  }

  @Test
  void theSameObjectWithDifferentValuesIsAProblem() throws IOException {
    String text =
        Files.readString(TestData.example("service_full.json"))
            .replaceFirst("\"extension\": 100", "\"extension\": 101");
    ChangeSet changes = new ChangeSet();
    flattener.add(
        changes,
        "service",
        JsonDocuments.MAPPER.readTree(text),
        new Origin("service.json", "record 1 "));

    // Reported at each of the other nine places the phone appears, the first of them:
    assertThat(changes.problems())
        .hasSize(9)
        .first()
        .asString()
        .isEqualTo(
            "service.json record 1 /service_at_locations/0"
                + "/contacts/0/phones/0/extension: phone "
                + PHONE
                + " appears more than once with different extension: '100' here, '101' at record 1 /phones/0/extension");
  }

  private ChangeSet flatten(String example) throws IOException {
    JsonNode json = JsonDocuments.MAPPER.readTree(TestData.example(example).toFile());
    JsonNode document = json.has("contents") ? json.get("contents").get(0) : json;
    ChangeSet changes = new ChangeSet();
    flattener.add(changes, "service", document, new Origin(example, "record 1 "));
    return changes;
  }
}
