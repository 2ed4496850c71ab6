package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An anonymous visitor who asks for a page that does not exist gets the GOV.UK "Page not found"
 * page, and no request of theirs writes a session unless the page needs one.
 */
@AllianceTest
class AnonymousRequestsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static final List<String> UNKNOWN =
      List.of(
          "/no-such-page",
          "/wp-login.php",
          "/admin.php",
          "/.env",
          "/account-settings",
          "/sign-in/elsewhere",
          "/directory-nothing/here",
          "/api/v1/users",
          "/cgi-bin/test.cgi",
          "/a/b/c/d/e/f");

  @Test
  void unknownUrlsGetTheNotFoundPageWithoutACookieOrASessionRow() {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    int sessionsBefore = sessions();
    for (int round = 0; round < 5; round++) {
      for (String path : UNKNOWN) {
        HttpResponse<String> response = get(http, path + (round == 0 ? "" : "?r=" + round));
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.body()).as(path).contains("Page not found").contains("govuk-footer");
        assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
      }
    }
    assertThat(sessions()).as("no session rows written").isEqualTo(sessionsBefore);
  }

  @Test
  void publicPagesWithoutFormsSetNoCookie() {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/", "/accessibility", "/privacy", "/cookies")) {
      HttpResponse<String> response = get(http, path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void knownProtectedRoutesStillSendAnonymousVisitorsToSignIn() {
    for (String path : List.of("/account", "/admin/users", "/account/password")) {
      HttpResponse<String> response = new WebSession(port).get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").map(WebSession::path))
          .as(path)
          .hasValueSatisfying(location -> assertThat(location).startsWith("/sign-in"));
    }
  }

  @Test
  void signingInAfterAProtectedPageReturnsThereAndOnlyThere() {
    WebSession browser = new WebSession(port);
    browser.get("/account/password");
    HttpResponse<String> signedIn = browser.signIn("practitioner", "alliance-demo");
    assertThat(signedIn.headers().firstValue("Location").map(WebSession::path))
        .hasValueSatisfying(location -> assertThat(location).startsWith("/account/password"));
  }

  @Test
  void oddReturnAddressesNeverFailOrLeaveTheSite() {
    for (String returnTo :
        List.of(
            "/find-support{x}",
            "/find-support/{id}",
            "//evil.example/find-support",
            "https://evil.example/",
            "/find-support\\evil.example",
            "/find-support/%7Bx%7D")) {
      WebSession browser = new WebSession(port);
      browser.get("/find-support");
      HttpResponse<String> response =
          browser.post("/find-support/list", Map.of("serviceId", "x", "returnTo", returnTo));
      assertThat(response.statusCode()).as(returnTo).isLessThan(500).isEqualTo(302);
      String location = response.headers().firstValue("Location").orElseThrow();
      URI target = URI.create(location);
      assertThat(target.getHost() == null || target.getHost().equals("localhost"))
          .as(returnTo + " -> " + location)
          .isTrue();
      assertThat(WebSession.path(location)).as(returnTo).startsWith("/find-support");
    }
  }

  private HttpResponse<String> get(HttpClient http, String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", "text/html")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int sessions() {
    return jdbc.sql("select count(*) from identity.http_session").query(Integer.class).single();
  }
}
