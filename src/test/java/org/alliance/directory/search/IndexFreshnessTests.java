package org.alliance.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Changes reach the index even when their transactions commit out of order. */
@AllianceTest
class IndexFreshnessTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired IndexFreshness freshness;
  @Autowired DirectoryIndex index;

  @Test
  void aChangeCommittedAfterALaterOneIsStillIndexed() throws Exception {
    String organization = UUID.randomUUID().toString();
    String slow = UUID.randomUUID().toString();
    String quick = UUID.randomUUID().toString();
    String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    jdbc.sql(
            "insert into directory.organization (id, name, description) values (?, 'Freshness Trust', 'x')")
        .param(organization)
        .update();
    freshness.catchUp();

    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      addService(
          first,
          slow,
          organization,
          "Slow " + marker); // takes the lower change number, commits last
      addService(second, quick, organization, "Quick " + marker);
      second.commit();
      freshness.catchUp();
      assertThat(found(marker)).containsExactly(quick);
      assertThat(freshness.waitingFor()).isPositive();

      first.commit();
    }
    freshness.catchUp();
    assertThat(found(marker)).containsExactlyInAnyOrder(quick, slow);
  }

  private static void addService(Connection connection, String id, String organization, String name)
      throws Exception {
    try (PreparedStatement service =
            connection.prepareStatement(
                "insert into directory.service (id, organization_id, name, status) values (?, ?, ?, 'active')");
        PreparedStatement change =
            connection.prepareStatement(
                "insert into directory.change (resource_type, resource_id) values ('service', ?)")) {
      change.setString(1, id);
      change.executeUpdate();
      service.setString(1, id);
      service.setString(2, organization);
      service.setString(3, name);
      service.executeUpdate();
    }
  }

  private java.util.List<String> found(String marker) {
    return index.search(SearchQuery.builder().text(marker).build()).hits().stream()
        .map(SearchResults.Hit::serviceId)
        .toList();
  }
}
