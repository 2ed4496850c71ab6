package org.alliance.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a practitioner in over HTTP, as a browser would (the sign-in page for a CSRF token, the
 * password form, then the registration page for the signed-in session's token), and gives back what
 * a load generator needs to act as them: the session cookie and a CSRF token for form posts.
 */
final class SupportSessions {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  /** A signed-in client: the Cookie header to send, and the token forms must carry. */
  record Session(String username, String cookie, String csrfToken) {}

  private SupportSessions() {}

  static Session signIn(String base, String username, String password)
      throws IOException, InterruptedException {
    return signIn(base, username, password, "/people/new");
  }

  /**
   * Signs in, then opens {@code landing} (a page the user's role may open) to check the session is
   * fully signed in; the CSRF token is the landing page's, or null if it has no form that needs
   * one.
   */
  static Session signIn(String base, String username, String password, String landing)
      throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    String token = token(get(http, base + "/sign-in"), "/sign-in");
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", password, "_csrf", token))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || location.contains("sign-in")) {
      throw new IllegalStateException(
          "Could not sign in as " + username + ": HTTP " + signedIn.statusCode() + " " + location);
    }
    HttpResponse<String> form = get(http, base + landing);
    if (form.statusCode() != 200) {
      throw new IllegalStateException(
          username
              + " cannot open "
              + landing
              + " (HTTP "
              + form.statusCode()
              + " "
              + form.headers().firstValue("Location").orElse("")
              + "): not in the role, or no second factor?");
    }
    String cookie =
        cookies.getCookieStore().getCookies().stream()
            .map(HttpCookie::toString)
            .collect(Collectors.joining("; "));
    boolean needsToken = landing.equals("/people/new");
    return new Session(
        username,
        cookie,
        needsToken || CSRF.matcher(form.body()).find() ? token(form, landing) : null);
  }

  static String form(Map<String, String> fields) {
    return new LinkedHashMap<>(fields)
        .entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(HttpClient http, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String token(HttpResponse<String> page, String path) {
    Matcher token = CSRF.matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException(
          "No CSRF token on " + path + " (HTTP " + page.statusCode() + ")");
    }
    return token.group(1);
  }
}
