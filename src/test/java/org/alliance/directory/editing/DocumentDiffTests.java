package org.alliance.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentDiffTests {

  private static final DocumentDiff.TermNames TERMS = id -> "Needs: " + id;

  private static JsonNode json(String text) {
    return JsonMapper.shared().readTree(text);
  }

  @Test
  void listsAreMatchedByIdSoOrderIsNoChange() {
    JsonNode before =
        json(
            """
        {"id":"s","name":"A","phones":[{"id":"p1","number":"1"},{"id":"p2","number":"2"}],"last_modified":"2026-01-01"}""");
    JsonNode after =
        json(
            """
        {"id":"s","name":"A","phones":[{"id":"p2","number":"2"},{"id":"p1","number":"1"}],"last_modified":"2026-02-01"}""");
    assertThat(DocumentDiff.same(before, after, TERMS)).isTrue();
    assertThat(DocumentDiff.fingerprint(before)).isEqualTo(DocumentDiff.fingerprint(after));
  }

  @Test
  void changesReadAsLabelledLines() {
    JsonNode before =
        json(
            """
        {"id":"s","name":"A","email":"a@example.org","attributes":[{"id":"x","taxonomy_term_id":"alcohol"}],
         "service_at_locations":[{"id":"sal","location":{"id":"l","addresses":[{"id":"ad","postal_code":"BK1 2AB"}]}}]}""");
    JsonNode after =
        json(
            """
        {"id":"s","name":"B","attributes":[{"id":"x","taxonomy_term_id":"alcohol"},{"id":"y","taxonomy_term_id":"drugs"}],
         "service_at_locations":[{"id":"sal","location":{"id":"l","addresses":[{"id":"ad","postal_code":"BK2 1AA"}]}}]}""");
    List<DocumentDiff.Line> lines = DocumentDiff.between(before, after, TERMS);
    assertThat(lines)
        .containsExactly(
            new DocumentDiff.Line("Name", "A", "B"),
            new DocumentDiff.Line("Categories", "Needs: alcohol", "Needs: alcohol; Needs: drugs"),
            new DocumentDiff.Line("Place › Address › Postcode", "BK1 2AB", "BK2 1AA"),
            new DocumentDiff.Line("Email", "a@example.org", null));
    assertThat(DocumentDiff.fingerprint(before)).isNotEqualTo(DocumentDiff.fingerprint(after));
  }
}
