package org.alliance.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.directory.hsds.ServiceRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form over every demo service, whatever it holds (several places, capacity, contacts,
 * languages, richer schedules, a hidden address): unchanged it changes nothing, and one edited
 * field is exactly one line of difference in a document the importer accepts.
 */
@AllianceTest
class FormRoundTripTests {

  @Autowired JdbcClient jdbc;
  @Autowired ServiceEditing editing;
  @Autowired ServiceDrafts drafts;
  @Autowired Categories categories;
  @Autowired ServiceRecords records;
  @Autowired TransactionTemplate transaction;

  @Test
  void everyDemoServiceGoesThroughTheFormIntact() {
    List<String> ids =
        jdbc.sql("select id from directory.service where name not like '%zq%' order by id")
            .query(String.class)
            .list();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(50);
    for (String id : ids) {
      ObjectNode current = editing.published(id).orElseThrow();
      ServiceForm form = drafts.formFor(current, DocumentDiff.fingerprint(current), null);
      ObjectNode untouched = drafts.apply(form, current, categories.ids(), null);
      assertThat(DocumentDiff.between(current, untouched, categories.names()))
          .as(id + " unchanged")
          .isEmpty();

      ServiceForm renamed =
          form.toBuilder()
              .name(form.name() + " (renamed)")
              .reason(null)
              .changeVersion(null)
              .build();
      ObjectNode proposed = drafts.apply(renamed, current, categories.ids(), null);
      assertThat(DocumentDiff.between(current, proposed, categories.names()))
          .as(id + " renamed")
          .extracting(DocumentDiff.Line::label)
          .containsExactly("Name");
      assertThat(records.check(proposed)).as(id + " acceptable to the importer").isEmpty();
      // Written for real, then rolled back, so the shared demo directory is left as it was.
      transaction.executeWithoutResult(
          status -> {
            records.write(proposed);
            ObjectNode written = editing.published(id).orElseThrow();
            assertThat(DocumentDiff.same(proposed, written, categories.names()))
                .as(id + " written as proposed")
                .isTrue();
            status.setRollbackOnly();
          });
    }
  }
}
