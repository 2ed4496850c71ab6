package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the running application over real HTTP: a cookie jar, the session it holds, and
 * the CSRF token from the last page with a form, as a browser would send it. Redirects are not
 * followed, so tests can see where they go.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  private WebSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Signs in with a password, as the sign-in page does. */
  public static WebSession signIn(int port, String username, String password) throws IOException {
    WebSession session = new WebSession(port);
    session.get("/sign-in");
    HttpResponse<String> signedIn = session.post("/sign-in", Map.of("username", username, "password", password));
    assertThat(signedIn.statusCode()).as("sign-in redirects").isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).as("sign-in succeeds").doesNotContain("error");
    session.csrf = null; // signing in issues a new token
    return session;
  }

  public HttpResponse<String> get(String path) throws IOException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  /** Posts a form with the CSRF token, fetching a page for one first if none has been seen yet. */
  public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException {
    if (csrf == null) {
      get("/");
    }
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", csrf);
    String body = form.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
