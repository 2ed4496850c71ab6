package org.alliance.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No anonymous request can make a search do unbounded work: pages deeper than the set depth, and
 * page numbers that are not whole numbers from 1, are refused with a clear 400 on the API and on
 * the public search page.
 */
@AllianceTest
class BoundedSearchTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ServiceEntries entries;
  @Autowired SearchWords vocabulary;

  private final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0} is a 400 problem about {1}")
  @CsvSource({
    "/openreferral/services?page=101&per_page=100, page",
    "/openreferral/services?search=alcohol&page=1001&per_page=10, page",
    "/openreferral/services?page=2147483647&per_page=100, page",
    "/openreferral/services?page=5000000&per_page=100, page",
    "/openreferral/service_at_locations?page=101&per_page=100, page",
    "/openreferral/service_at_locations?page=2147483647&per_page=100, page",
    "/openreferral/services?page=-1, page",
    "/openreferral/services?page=99999999999999999999, page",
    "/openreferral/services?per_page=0, per_page",
    "/openreferral/services?per_page=-5, per_page",
    "/openreferral/services?per_page=ten, per_page",
    "/openreferral/services?per_page=101, per_page"
  })
  void theApiRefusesPagesOutOfBounds(String path, String parameter) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
    assertThat(problem.path("detail").asString()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} is a GOV.UK error: {1}")
  @CsvSource({
    "/find-support?q=alcohol&page=1001, 'Only the first 10,000 results'",
    "/find-support?q=alcohol&page=2147483647, 'Only the first 10,000 results'",
    "/find-support?q=alcohol&page=0, 'Page must be a whole number from 1'",
    "/find-support?q=alcohol&page=-3, 'Page must be a whole number from 1'",
    "/find-support?q=alcohol&page=two, 'Page must be a whole number from 1'",
    "/find-support?q=alcohol&page=99999999999999999999, 'Only the first 10,000 results'"
  })
  void theSearchPageRefusesPagesOutOfBounds(String path, String message) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(response.body()).contains("govuk-error-summary", message);
  }

  @Test
  void aSearchThatOutrunsItsTimeoutIsStoppedAndRefused() throws Exception {
    DirectoryIndex slow = new DirectoryIndex(entries, vocabulary, 1, Duration.ZERO, 10_000);
    DirectoryIndex patient =
        new DirectoryIndex(entries, vocabulary, 1, Duration.ofSeconds(30), 10_000);
    try {
      slow.rebuild();
      patient.rebuild();
      assertThat(patient.search(SearchQuery.text("alcohol")).total()).isPositive();
      assertThatThrownBy(() -> slow.search(SearchQuery.text("alcohol")))
          .isInstanceOf(SearchTimedOut.class);
    } finally {
      slow.close();
      patient.close();
    }
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
