package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.directory.search.DirectoryIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Searching and reading service pages cost no session (a PostgreSQL row) per visitor; adding to a
 * signposting list starts one. The list's forms carry no CSRF token, so its routes accept posts
 * only from this site's own pages, by the browser's Origin header (or Referer without one).
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionlessSearchTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;

  private DirectoryFixture fixture;
  private String service;
  private String other;

  @BeforeAll
  void services() {
    fixture = new DirectoryFixture(jdbc);
    service =
        fixture.service(
            "Sessionless drop-in", "Advice about drinking.", 18, 52.4500, -1.2000, "BK1 1AA");
    other = fixture.service("Sessionless group", "Peer support.", 18, 52.4600, -1.2100, "BK1 1AA");
    fixture.postcode("BK1 1AB", 52.4510, -1.2010);
    index.refresh(List.of(service, other));
  }

  @Test
  void anonymousSearchesAndServicePagesSetNoCookie() {
    for (String path :
        List.of(
            "/find-support",
            "/find-support?q=" + fixture.marker + "&postcode=BK1+1AB&distance=10&age=30",
            "/find-support/services/" + service,
            "/find-support/list",
            "/find-support/list/shared?services=" + service)) {
      HttpResponse<String> response = cookieless(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    assertThat(cookieless("/find-support?q=" + fixture.marker).body())
        .contains("Add to my list")
        .doesNotContain("_csrf");
  }

  @Test
  void theSignpostingListWorksEndToEndWithoutJavaScript() {
    WebSession visitor = new WebSession(port);
    String results = "/find-support?q=" + fixture.marker;
    visitor.get(results);

    HttpResponse<String> added =
        visitor.postRaw("/find-support/list", Map.of("serviceId", service, "returnTo", results));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().allValues("Set-Cookie"))
        .anyMatch(cookie -> cookie.startsWith("SESSION="));
    assertThat(WebSession.path(added.headers().firstValue("Location").orElseThrow()))
        .isEqualTo(results);
    assertThat(visitor.follow(added).body()).contains("On your list", "Your list (1 service)");
    assertThat(visitor.get("/find-support/services/" + other).body()).contains("Add to my list");

    visitor.postRaw(
        "/find-support/list",
        Map.of("serviceId", other, "returnTo", "/find-support/services/" + other));
    String list = visitor.get("/find-support/list").body();
    assertThat(list)
        .contains("Sessionless drop-in " + fixture.marker, "Sessionless group " + fixture.marker)
        .contains("services=" + service + "," + other);

    visitor.postRaw("/find-support/list/remove", Map.of("serviceId", service));
    assertThat(visitor.get("/find-support/list").body())
        .doesNotContain("Sessionless drop-in " + fixture.marker)
        .contains("Sessionless group " + fixture.marker);
  }

  @Test
  void theListAcceptsPostsOnlyFromThisSitesPages() {
    String form =
        "serviceId="
            + service
            + "&returnTo="
            + URLEncoder.encode("/find-support", StandardCharsets.UTF_8);

    assertThat(
            post("/find-support/list", form, Map.of("Origin", "https://elsewhere.example"))
                .statusCode())
        .isEqualTo(403);
    assertThat(post("/find-support/list", form, Map.of("Origin", "null")).statusCode())
        .isEqualTo(403);
    assertThat(post("/find-support/list", form, Map.of()).statusCode())
        .as("neither Origin nor Referer")
        .isEqualTo(403);
    assertThat(
            post(
                    "/find-support/list",
                    form,
                    Map.of("Referer", "https://elsewhere.example/find-support"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> refused =
        post("/find-support/list", form, Map.of("Origin", "https://elsewhere.example"));
    assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

    assertThat(post("/find-support/list", form, Map.of("Origin", origin())).statusCode())
        .isEqualTo(302);
    assertThat(
            post("/find-support/list", form, Map.of("Referer", origin() + "/find-support?q=x"))
                .statusCode())
        .as("a browser that sends no Origin")
        .isEqualTo(302);
    assertThat(
            post(
                    "/find-support/list",
                    form,
                    Map.of("X-Forwarded-Proto", "https", "Origin", "https://localhost"))
                .statusCode())
        .as("behind a load balancer that terminates TLS")
        .isEqualTo(302);
    assertThat(
            post(
                    "/find-support/list",
                    form,
                    Map.of("X-Forwarded-Proto", "https", "Origin", origin()))
                .statusCode())
        .as("plain http page posting to the https site")
        .isEqualTo(403);
  }

  @Test
  void otherFormsStillNeedTheirToken() {
    WebSession visitor = new WebSession(port);
    visitor.get("/find-support/services/" + service + "/report-a-problem");
    assertThat(
            visitor
                .postRaw(
                    "/find-support/services/" + service + "/report-a-problem",
                    Map.of("whatIsWrong", "The phone number is wrong"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            visitor
                .post(
                    "/find-support/services/" + service + "/report-a-problem",
                    Map.of("whatIsWrong", "The phone number is wrong"))
                .body())
        .contains("Thank you for your report");
  }

  @Test
  void aSignedInPractitionerKeepsTheirListInTheirSession() {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    practitioner.postRaw(
        "/find-support/list", Map.of("serviceId", service, "returnTo", "/find-support"));
    String list = practitioner.get("/find-support/list").body();
    assertThat(list).contains("Sessionless drop-in " + fixture.marker);
    assertThat(list).as("still signed in").contains("Sign out");
  }

  private String origin() {
    return "http://localhost:" + port;
  }

  private HttpResponse<String> cookieless(String path) {
    return send(
        HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create(origin() + path))
            .header("Accept", "text/html")
            .GET()
            .build());
  }

  private HttpResponse<String> post(String path, String form, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    headers.forEach(request::header);
    return send(
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), request.build());
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
