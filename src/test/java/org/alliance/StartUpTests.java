package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AllianceTest
class StartUpTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthReportsTheDatabase() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"}");
  }

  @Test
  void loadsTheDemoAllianceIntoAnEmptyDatabase() {
    assertThat(jdbc.sql("select count(*) from organisation.organisation where relationship = 'commissioner'")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from organisation.organisation where relationship = 'member'")
        .query(Integer.class).single()).isBetween(6, 8);
    assertThat(jdbc.sql("select username from identity.app_user order by username").query(String.class).list())
        .containsExactly("admin", "commissioner", "editor", "manager", "practitioner");
  }
}
