package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.WebSession;
import org.alliance.support.SupportFixture;

/**
 * Person accounts made the way people make them, over real HTTP: the person's team makes a code on
 * the record's accounts page, and whoever holds it activates it at {@code /activate}.
 */
public final class MyPlanWorld {

  private static final Pattern CODE =
      Pattern.compile("class=\"alliance-code\">([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})<");

  private final int port;

  public MyPlanWorld(int port) {
    this.port = port;
  }

  /** A code for the person themself, made by a practitioner in their team. */
  public String selfCode(WebSession team, UUID person, String name) {
    return code(team, person, List.of("relation", "self", "displayName", name));
  }

  /** A code for a proxy, with the parts the person agreed to share. */
  public String proxyCode(
      WebSession team, UUID person, String name, String relationship, String... parts) {
    List<String> fields =
        new ArrayList<>(
            List.of(
                "relation",
                "proxy",
                "displayName",
                name,
                "relationship",
                relationship,
                "personAgreed",
                "true"));
    for (String part : parts) {
      fields.add("parts");
      fields.add(part);
    }
    return code(team, person, fields);
  }

  private String code(WebSession team, UUID person, List<String> fields) {
    team.get("/people/" + person + "/accounts");
    StringBuilder encoded = new StringBuilder();
    for (int i = 0; i < fields.size(); i += 2) {
      encoded
          .append(encoded.length() == 0 ? "" : "&")
          .append(
              java.net.URLEncoder.encode(fields.get(i), java.nio.charset.StandardCharsets.UTF_8))
          .append('=')
          .append(
              java.net.URLEncoder.encode(
                  fields.get(i + 1), java.nio.charset.StandardCharsets.UTF_8));
    }
    HttpResponse<String> made =
        team.postEncoded("/people/" + person + "/accounts", encoded.toString());
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    Matcher matcher = CODE.matcher(made.body());
    assertThat(matcher.find()).as(made.body()).isTrue();
    return matcher.group(1);
  }

  /** Activates a code with a fresh user name; returns the account signed in. */
  public WebSession activate(String code) {
    String username = "zq-own-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> done = tryActivate(code, username);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(WebSession.path(done.headers().firstValue("Location").orElseThrow()))
        .isEqualTo("/sign-in?activated");
    return WebSession.signedIn(port, username, SupportFixture.PASSWORD);
  }

  public HttpResponse<String> tryActivate(String code, String username) {
    WebSession anonymous = new WebSession(port);
    anonymous.get("/activate");
    return anonymous.post(
        "/activate",
        Map.of(
            "code",
            code,
            "username",
            username,
            "password",
            SupportFixture.PASSWORD,
            "confirmPassword",
            SupportFixture.PASSWORD));
  }
}
