package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers every answer carries, CORS only where the Open Referral API needs it, and no actuator
 * endpoint served that the access matrix does not list.
 */
@AllianceTest
class SecurityHeadersTests {

  @LocalServerPort int port;
  @Autowired PathMappedEndpoints actuator;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
    for (String path : plainGetRoutes()) {
      HttpResponse<String> plain = get(path, false);
      assertThat(plain.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains(
                          "default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));
      assertThat(plain.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(plain.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(plain.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(plain.headers().firstValue("Strict-Transport-Security"))
          .as(path + " over plain http")
          .isEmpty();
      HttpResponse<String> proxied = get(path, true);
      assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
          .as(path + " behind a proxy that says https")
          .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }
  }

  @Test
  void corsIsOpenOnTheOpenReferralApiOnly() throws Exception {
    List<String> paths = plainGetRoutes();
    assertThat(paths).anyMatch(p -> p.startsWith("/openreferral"));
    for (String path : paths) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Origin", "https://elsewhere.example")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (path.startsWith("/openreferral")) {
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
            .as(path)
            .hasValue("*");
      } else {
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
      }
    }
  }

  @Test
  void everyExposedActuatorEndpointIsInTheMatrixAndNoOtherIsServed() throws Exception {
    Set<String> exposed = new TreeSet<>();
    actuator.getAllRootPaths().forEach(root -> exposed.add("/actuator/" + root));
    Set<String> inMatrix = new TreeSet<>();
    for (String[] row : matrix()) {
      if (row[1].startsWith("/actuator")) {
        inMatrix.add(row[1]);
      }
    }
    assertThat(inMatrix).as("actuator endpoints in the access matrix").containsAll(exposed);
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    for (String endpoint :
        List.of(
            "env",
            "heapdump",
            "threaddump",
            "configprops",
            "beans",
            "mappings",
            "loggers",
            "metrics",
            "info",
            "shutdown",
            "sessions",
            "flyway",
            "scheduledtasks",
            "prometheus")) {
      if (exposed.contains("/actuator/" + endpoint)) {
        continue;
      }
      HttpResponse<String> response = admin.get("/actuator/" + endpoint);
      assertThat(response.statusCode()).as("/actuator/" + endpoint + " as admin").isEqualTo(404);
      HttpResponse<String> anonymous = get("/actuator/" + endpoint, false);
      assertThat(anonymous.statusCode())
          .as("/actuator/" + endpoint + " as anonymous")
          .isNotEqualTo(200);
    }
  }

  private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (viaHttpsProxy) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The access matrix's GET routes that need no object id. */
  private List<String> plainGetRoutes() throws IOException {
    List<String> paths = new ArrayList<>();
    for (String[] row : matrix()) {
      if (row[0].equals("GET") && !row[1].contains("{")) {
        paths.add(row[1]);
      }
    }
    return paths;
  }

  private List<String[]> matrix() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/access-matrix.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("method,")) {
          rows.add(line.trim().split(","));
        }
      }
    }
    return rows;
  }
}
