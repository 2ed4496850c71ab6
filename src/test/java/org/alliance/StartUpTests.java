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
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"}");
  }

  @Test
  void loadsTheDemoAllianceIntoAnEmptyDatabase() {
    // Other tests share this database and add their own rows, so count only the demo's.
    assertThat(
            jdbc.sql(
                    """
            select count(*) filter (where relationship = 'commissioner') as councils,
                   count(*) filter (where relationship = 'member') as members
              from organisation.organisation
             where name like 'Brackenford%' or name like 'West Brackenshire%' or name like 'Brackenshire%'
                or name in ('Open Road Young People''s Service', 'Harbour Housing', 'St Clement''s Community Kitchen',
                            'Steps to Work Ltd')
            """)
                .query((rs, row) -> new int[] {rs.getInt("councils"), rs.getInt("members")})
                .single())
        // Seven members from the demo alliance, and an eighth (Brackenshire Mental Health Network)
        // from the alliance agreement's demo, shaped like Plymouth's alliance of eight.
        .containsExactly(2, 8);
    assertThat(
            jdbc.sql(
                    "select username from identity.app_user where username not like 'test-%' order by username")
                .query(String.class)
                .list())
        .contains("admin", "commissioner", "editor", "manager", "practitioner");
  }
}
