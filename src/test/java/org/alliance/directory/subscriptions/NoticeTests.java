package org.alliance.directory.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.AllianceTest;
import org.alliance.audit.AuditActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Change notices to a subscriber on loopback: queued in the change's transaction (services, not
 * places), delivered signed so the subscriber can check them, retried after a failure, given up
 * after the last attempt, and the secret kept sealed.
 */
@AllianceTest
class NoticeTests {

  @Autowired Subscriptions subscriptions;
  @Autowired NoticeSender sender;
  @Autowired JdbcClient jdbc;

  private HttpServer receiver;
  private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private Subscriptions.Added added;

  @BeforeEach
  void aSubscriberOnLoopback() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                Map.of(
                    "body",
                    body,
                    "signature",
                    exchange.getRequestHeaders().getFirst("Alliance-Signature")));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
          }
        });
    receiver.start();
    added =
        subscriptions.add(
            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/changes",
            "Test <b>subscriber</b>",
            admin());
    assertThat(added.problems()).isEmpty();
    // Notices queued for other tests' subscribers are not this test's business.
    jdbc.sql(
            "update directory.subscription_delivery set given_up_at = now() where subscription_id <> ? and delivered_at is null")
        .param(added.subscription().id())
        .update();
  }

  @AfterEach
  void stop() {
    subscriptions.remove(added.subscription().id(), admin());
    receiver.stop(0);
  }

  @Test
  void aChangeIsNoticedSignedAndPlacesAreNot() {
    String service = "notice-" + UUID.randomUUID();
    jdbc.sql(
            "insert into directory.change (resource_type, resource_id) values ('service', ?), ('location', ?)")
        .params(service, "hidden-" + service)
        .update();
    assertThat(sender.sendDue(50)).isEqualTo(1);
    assertThat(received).hasSize(1);
    String body = received.get(0).get("body");
    assertThat(body).contains("\"type\":\"service\"", "\"id\":\"" + service + "\"");
    assertThat(body).doesNotContain("hidden-");
    String[] signature = received.get(0).get("signature").split(",");
    String time = signature[0].substring(2);
    assertThat(signature[1])
        .isEqualTo("v1=" + NoticeSender.hmac(added.secret(), time + "." + body));
    assertThat(signature[1])
        .as("a different secret does not make the same signature")
        .isNotEqualTo("v1=" + NoticeSender.hmac(added.secret() + "x", time + "." + body));
    Delivery delivery = subscriptions.deliveries(added.subscription().id(), 1).get(0);
    assertThat(delivery.state()).isEqualTo("Delivered");
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastStatus()).isEqualTo(204);
  }

  @Test
  void aFailedNoticeIsTriedAgainAndGivenUpAfterTheLastAttempt() {
    failuresLeft.set(1);
    jdbc.sql("insert into directory.change (resource_type, resource_id) values ('service', ?)")
        .param("retry-" + UUID.randomUUID())
        .update();
    sender.sendDue(50);
    Delivery first = subscriptions.deliveries(added.subscription().id(), 1).get(0);
    assertThat(first.state()).isEqualTo("Retrying");
    assertThat(first.lastStatus()).isEqualTo(500);
    assertThat(first.lastError()).isEqualTo("answered HTTP 500");
    sender.sendDue(50);
    Delivery second = subscriptions.deliveries(added.subscription().id(), 1).get(0);
    assertThat(second.state()).isEqualTo("Delivered");
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(received).hasSize(2);

    failuresLeft.set(1_000);
    jdbc.sql("insert into directory.change (resource_type, resource_id) values ('service', ?)")
        .param("never-" + UUID.randomUUID())
        .update();
    for (int i = 0; i < 20; i++) {
      sender.sendDue(50);
    }
    Delivery gaveUp = subscriptions.deliveries(added.subscription().id(), 1).get(0);
    assertThat(gaveUp.state()).isEqualTo("Given up");
    assertThat(gaveUp.attempts()).isEqualTo(8);
  }

  @Test
  void theSecretIsSealedAtRest() {
    String stored =
        jdbc.sql("select secret from directory.subscription where id = ?")
            .param(added.subscription().id())
            .query(String.class)
            .single();
    assertThat(added.secret()).startsWith("whsec_").hasSize(6 + 64);
    assertThat(stored).startsWith("v1:").doesNotContain(added.secret().substring(6));
    assertThat(subscriptions.add("file:///etc/passwd", "x".repeat(201), admin()).problems())
        .containsOnlyKeys("url", "description");
  }

  static AuditActor admin() {
    return new AuditActor() {
      @Override
      public UUID userId() {
        return null;
      }

      @Override
      public String username() {
        return "admin";
      }

      @Override
      public UUID organisationId() {
        return null;
      }

      @Override
      public String organisationName() {
        return null;
      }
    };
  }
}
