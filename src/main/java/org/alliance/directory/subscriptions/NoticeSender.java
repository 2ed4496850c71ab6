package org.alliance.directory.subscriptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.alliance.directory.feeds.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the notices that are due. Each is a JSON POST signed with the subscription's secret: {@code
 * Alliance-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, so a subscriber can check
 * it came from here and is not an old one replayed. A notice not answered with a 2xx is tried again
 * after 30 s, then twice as long each time up to an hour, and given up after the last attempt;
 * every attempt's outcome stays in the log. Due notices are claimed with {@code skip locked}, so
 * several nodes send them without sending one twice.
 */
@Component
class NoticeSender {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final Subscriptions subscriptions;
  private final TransactionTemplate transaction;
  private final HttpClient http;
  private final Duration firstRetry;
  private final int attempts;
  private final boolean allowPrivate;

  NoticeSender(
      JdbcClient jdbc,
      Subscriptions subscriptions,
      PlatformTransactionManager transactions,
      @Value("${alliance.webhooks.first-retry:30s}") Duration firstRetry,
      @Value("${alliance.webhooks.attempts:8}") int attempts,
      @Value("${alliance.feeds.allow-private-addresses:false}") boolean allowPrivate) {
    this.jdbc = jdbc;
    this.subscriptions = subscriptions;
    this.transaction = new TransactionTemplate(transactions);
    this.firstRetry = firstRetry;
    this.attempts = Math.max(1, attempts);
    this.allowPrivate = allowPrivate;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  private record Due(
      long id,
      UUID subscriptionId,
      String url,
      String sealedSecret,
      long changeSeq,
      String resourceType,
      String resourceId,
      Instant changedAt,
      int attempts) {}

  /** Sends up to {@code batch} due notices; returns how many were attempted. */
  int sendDue(int batch) {
    Integer sent =
        transaction.execute(
            status -> {
              List<Due> due =
                  jdbc.sql(
                          """
                          select d.id, d.subscription_id, s.url, s.secret, d.change_seq,
                                 d.resource_type, d.resource_id, d.changed_at, d.attempts
                            from directory.subscription_delivery d
                            join directory.subscription s on s.id = d.subscription_id
                           where d.delivered_at is null and d.given_up_at is null
                             and d.next_attempt_at <= now()
                           order by d.id
                           limit ?
                           for update of d skip locked
                          """)
                      .param(Math.max(1, batch))
                      .query(
                          (rs, n) ->
                              new Due(
                                  rs.getLong(1),
                                  rs.getObject(2, UUID.class),
                                  rs.getString(3),
                                  rs.getString(4),
                                  rs.getLong(5),
                                  rs.getString(6),
                                  rs.getString(7),
                                  rs.getTimestamp(8).toInstant(),
                                  rs.getInt(9)))
                      .list();
              due.forEach(this::send);
              return due.size();
            });
    return sent == null ? 0 : sent;
  }

  private void send(Due due) {
    String body =
        JSON.createObjectNode()
            .put("delivery", due.id())
            .put("change", due.changeSeq())
            .put("type", due.resourceType())
            .put("id", due.resourceId())
            .put("changed_at", due.changedAt().toString())
            .toString();
    Integer status = null;
    String error = null;
    URI uri = URI.create(due.url());
    Optional<String> refused = PublicAddress.refusal(uri, allowPrivate);
    if (refused.isPresent()) {
      error = "the address " + refused.get();
    } else {
      long now = Instant.now().getEpochSecond();
      String signature =
          "t="
              + now
              + ",v1="
              + hmac(
                  subscriptions.secret(due.subscriptionId(), due.sealedSecret()), now + "." + body);
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Alliance directory (change notices)")
                    .header("Alliance-Delivery", Long.toString(due.id()))
                    .header("Alliance-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        status = response.statusCode();
        if (status / 100 != 2) {
          error = "answered HTTP " + status;
        }
      } catch (IOException e) {
        error = "could not reach it (" + e.getClass().getSimpleName() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
      }
    }
    int tried = due.attempts() + 1;
    if (error == null) {
      jdbc.sql(
              """
              update directory.subscription_delivery
                 set attempts = ?, delivered_at = now(), last_status = ?, last_error = null
               where id = ?
              """)
          .params(tried, status, due.id())
          .update();
      return;
    }
    long waitSeconds =
        Math.min(
            LONGEST_WAIT.toSeconds(), firstRetry.toSeconds() * (1L << Math.min(tried - 1, 20)));
    jdbc.sql(
            """
            update directory.subscription_delivery
               set attempts = ?, last_status = ?, last_error = ?,
                   next_attempt_at = now() + make_interval(secs => ?),
                   given_up_at = case when ? then now() end
             where id = ?
            """)
        .params(tried, status, error, (double) waitSeconds, tried >= attempts, due.id())
        .update();
  }

  /** HMAC-SHA256 of the text under the secret, in lower-case hex. */
  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
