package org.alliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's browser session over real HTTP, without JavaScript: a cookie jar, and forms posted
 * with the CSRF token read from the last page and this site as their Origin, as a browser would
 * send them.
 */
public final class WebSession {

  /** What a browser asks for, so error responses come as pages, as people see them. */
  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrfToken;
  private String clientAddress;

  public WebSession(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Sends every request as if from this client address, through the X-Forwarded-For header that the
   * application trusts from a local proxy.
   */
  public WebSession from(String address) {
    this.clientAddress = address;
    return this;
  }

  /** A new session, signed in with a password; fails the test if sign-in does not succeed. */
  public static WebSession signedIn(int port, String username, String password) {
    WebSession session = new WebSession(port);
    HttpResponse<String> response = session.signIn(username, password);
    org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Location").orElse(""))
        .as("sign-in as " + username)
        .doesNotContain("error")
        .doesNotContain("sign-in");
    return session;
  }

  /** Signs in with a password and returns the response to the form post. */
  public HttpResponse<String> signIn(String username, String password) {
    get("/sign-in");
    HttpResponse<String> response =
        post("/sign-in", Map.of("username", username, "password", password));
    csrfToken = null; // signing in issues a new token
    return response;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", BROWSER_ACCEPT)
                .GET()
                .build());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  /** A download, as the bytes sent (a PDF is not text). */
  public HttpResponse<byte[]> getBytes(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (clientAddress != null) {
      request.header("X-Forwarded-For", clientAddress);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fetches the home page for a CSRF token when there is none yet. */
  private void ensureToken() {
    if (csrfToken != null) {
      return;
    }
    HttpResponse<String> home = get("/");
    // A person's own account has "My plan" as its home: follow it there for a token.
    if (csrfToken == null && home.statusCode() == 302) {
      get(path(home.headers().firstValue("Location").orElse("/")));
    }
  }

  /** Posts a form with the CSRF token from the last page fetched. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    ensureToken();
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    if (csrfToken != null) {
      withToken.putIfAbsent("_csrf", csrfToken);
    }
    return postRaw(path, withToken);
  }

  /** Posts a form with the CSRF token and answers the bytes sent (a PDF is not text). */
  public HttpResponse<byte[]> postBytes(String path, Map<String, String> fields) {
    ensureToken();
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    if (csrfToken != null) {
      withToken.putIfAbsent("_csrf", csrfToken);
    }
    String body =
        withToken.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (clientAddress != null) {
      request.header("X-Forwarded-For", clientAddress);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Posts exactly these fields: no CSRF token unless given (the Origin header is still this
   * site's).
   */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  /**
   * Posts a form body already encoded as a browser would send it, so it may carry bytes no Java
   * string holds (an invalid UTF-8 sequence), with the CSRF token from the last page fetched.
   */
  public HttpResponse<String> postEncoded(String path, String encodedFields) {
    ensureToken();
    String body = (csrfToken == null ? "" : "_csrf=" + encode(csrfToken) + "&") + encodedFields;
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  /**
   * Submits the first form on a page matching the CSS {@code formSelector} as a browser would:
   * every field with its current value (checked boxes only, repeated names kept), with {@code
   * changes} typed over them. A change whose value is null removes that field (an unticked box).
   */
  public HttpResponse<String> submit(
      HttpResponse<String> page, String formSelector, Map<String, String> changes) {
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body(), base);
    org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) html.selectFirst(formSelector);
    if (form == null) {
      throw new IllegalArgumentException("no form " + formSelector + " on the page");
    }
    List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
    java.util.Set<String> replaced = new java.util.HashSet<>();
    for (org.jsoup.Connection.KeyVal field : form.formData()) {
      if (changes.containsKey(field.key())) {
        if (replaced.add(field.key()) && changes.get(field.key()) != null) {
          fields.add(Map.entry(field.key(), changes.get(field.key())));
        }
      } else {
        fields.add(Map.entry(field.key(), field.value()));
      }
    }
    changes.forEach(
        (name, value) -> {
          if (!replaced.contains(name) && value != null) {
            fields.add(Map.entry(name, value));
          }
        });
    String action = form.attr("action").isEmpty() ? "" : form.attr("action");
    String body =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  /**
   * Posts a form holding one file, as a browser sends an upload, with the CSRF token from the last
   * page fetched.
   */
  public HttpResponse<String> upload(String path, String field, String filename, byte[] content) {
    ensureToken();
    String boundary = "----alliance-test-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (csrfToken != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                  + csrfToken
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", BROWSER_ACCEPT)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrfToken = token.group(1);
    }
    return response;
  }

  /** Follows one redirect, as the browser would. */
  public HttpResponse<String> follow(HttpResponse<String> redirect) {
    return get(path(redirect.headers().firstValue("Location").orElseThrow()));
  }

  /** A Location header as path and query, whether the server sent it absolute or relative. */
  public static String path(String location) {
    URI uri = URI.create(location);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private HttpResponse<String> send(HttpRequest request) {
    if (clientAddress != null) {
      request =
          HttpRequest.newBuilder(request, (name, value) -> true)
              .header("X-Forwarded-For", clientAddress)
              .build();
    }
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
