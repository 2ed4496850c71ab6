package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.hsds.TreeReader.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading documents costs the same number of queries for one service as for many: no query per row.
 */
@AllianceTest
class ReaderQueryCountTests {

  private static final String SERVICE = "ac148810-d857-441c-9679-408f346de14b";

  @Autowired DirectoryTransfer transfer;
  @Autowired HsdsModel model;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired HiddenPlaces hiddenPlaces;
  @TempDir Path temp;

  @Test
  void aPageOfServicesCostsNoMoreQueriesThanOne() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      TestData data = new TestData("query-count-" + i);
      assertThat(
              transfer.importFrom(data.copy("service_full.json", temp.resolve("s" + i))).imported())
          .isTrue();
      ids.add(data.id(SERVICE));
    }
    CountingRowStore rows = new CountingRowStore(jdbc, template);
    TreeReader reader = new TreeReader(model, rows, hiddenPlaces);

    assertThat(reader.read("service", ids.subList(0, 1), Shape.FULL, false, Viewer.anonymous()))
        .hasSize(1);
    int forOne = rows.queries;
    rows.queries = 0;
    assertThat(reader.read("service", ids, Shape.FULL, false, Viewer.anonymous()))
        .hasSize(5)
        .extracting(service -> service.get("id").stringValue())
        .containsExactlyElementsOf(ids);

    assertThat(rows.queries).isEqualTo(forOne).isLessThan(60);
  }

  static class CountingRowStore extends RowStore {
    int queries;

    CountingRowStore(JdbcClient jdbc, JdbcTemplate template) {
      super(jdbc, template);
    }

    @Override
    List<Row> where(Table table, String column, Collection<String> keys) {
      queries++;
      return super.where(table, column, keys);
    }
  }
}
