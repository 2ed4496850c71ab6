package org.alliance.directory.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportProblem;
import org.alliance.directory.ImportReport;
import org.alliance.directory.hsds.StandardCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Pulls a feed: every page, politely (a pause between requests, a conditional first request), each
 * page kept as it arrives so a pull that fails half-way resumes there next time; then every record
 * repaired or skipped, and what was taken imported in one transaction with the records' sources, so
 * the directory is never left half-updated. One pull at a time per feed on any number of nodes: a
 * pull holds the feed's lease while it runs.
 */
@Component
public class FeedPull {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A lease older than this was a node that stopped mid-pull; another may take it. */
  private static final Duration LEASE = Duration.ofMinutes(30);

  /** Pages fetched longer ago than this are not resumed from: the feed may have moved on. */
  private static final Duration RESUMABLE = Duration.ofHours(12);

  private static final int MOST_PAGES = 10_000;
  private static final int MOST_RECORDS = 500_000;
  private static final long MOST_BYTES_A_PAGE = 32L * 1024 * 1024;

  private final JdbcClient jdbc;
  private final Feeds feeds;
  private final DirectoryTransfer transfer;
  private final StandardCheck standard;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final RecordRepair repair = new RecordRepair(new HsdsShape());
  private final HttpClient http;
  private final Duration pause;
  private final int perPage;
  private final boolean allowPrivate;
  private final ApplicationEventPublisher events;

  FeedPull(
      JdbcClient jdbc,
      Feeds feeds,
      DirectoryTransfer transfer,
      StandardCheck standard,
      AuditLog audit,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      @Value("${alliance.feeds.pause:500ms}") Duration pause,
      @Value("${alliance.feeds.per-page:100}") int perPage,
      @Value("${alliance.feeds.allow-private-addresses:false}") boolean allowPrivate) {
    this.jdbc = jdbc;
    this.feeds = feeds;
    this.transfer = transfer;
    this.standard = standard;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.pause = pause;
    this.allowPrivate = allowPrivate;
    this.events = events;
    this.perPage = Math.max(1, Math.min(perPage, 1000));
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            // A redirect could lead anywhere, a private address included: reported, not followed.
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Pulls every feed now, one after another. */
  public List<PullSummary> pullAll() {
    List<PullSummary> pulls = new ArrayList<>();
    for (Feed feed : feeds.all()) {
      pulls.add(pull(feed.id()));
    }
    return pulls;
  }

  /** Pulls the feeds whose schedule says they are due. */
  public List<PullSummary> pullDue() {
    List<PullSummary> pulls = new ArrayList<>();
    for (UUID id : feeds.due()) {
      pulls.add(pull(id));
    }
    return pulls;
  }

  /**
   * Pulls the feed now. When another pull of it is running (here or on another node), says so and
   * does nothing.
   */
  public PullSummary pull(UUID feedId) {
    Feed feed = feeds.find(feedId).orElseThrow(() -> new IllegalArgumentException("No such feed"));
    boolean leased =
        jdbc.sql(
                    """
                update directory.feed set pulling_since = now()
                 where id = ? and (pulling_since is null
                                   or pulling_since < now() - make_interval(secs => ?))
                """)
                .params(feedId, (double) LEASE.toSeconds())
                .update()
            == 1;
    if (!leased) {
      return new PullSummary(
          null,
          feedId,
          null,
          null,
          "running",
          0,
          0,
          0,
          0,
          0,
          0,
          "another pull of this feed is running");
    }
    UUID pullId =
        jdbc.sql("insert into directory.feed_pull (feed_id) values (?) returning id")
            .param(feedId)
            .query(UUID.class)
            .single();
    try {
      PullSummary summary = run(feed, pullId);
      if (summary.outcome().equals("imported")) {
        events.publishEvent(new FeedImported(feedId, pullId));
      }
      return summary;
    } catch (RuntimeException e) {
      finish(pullId, "failed", 0, 0, 0, 0, 0, 0, "unexpected: " + e.getClass().getSimpleName());
      throw e;
    } finally {
      jdbc.sql("update directory.feed set pulling_since = null where id = ?")
          .param(feedId)
          .update();
    }
  }

  private PullSummary run(Feed feed, UUID pullId) {
    jdbc.sql(
            "delete from directory.feed_page where feed_id = ? and fetched_at < now() - make_interval(secs => ?)")
        .params(feed.id(), (double) RESUMABLE.toSeconds())
        .update();
    Map<Integer, JsonNode> pages = new TreeMap<>();
    jdbc.sql("select page, body from directory.feed_page where feed_id = ?")
        .param(feed.id())
        .query(
            (rs, n) -> {
              pages.put(rs.getInt(1), JSON.readTree(rs.getString(2)));
              return null;
            })
        .list();
    boolean resumed = !pages.isEmpty();
    // The first page says how many there are; it is asked for conditionally when starting afresh.
    FeedPage first;
    if (pages.containsKey(1)) {
      first = FeedPage.read(pages.get(1), feed.format());
    } else {
      Fetched fetched;
      try {
        fetched = fetch(feed, 1, !resumed);
      } catch (FetchFailed e) {
        return finish(pullId, "failed", 0, 0, 0, 0, 0, 0, "page 1: " + e.getMessage());
      }
      if (fetched.notModified()) {
        return finish(pullId, "unchanged", 0, 0, 0, 0, 0, 0, null);
      }
      first = fetched.page();
      keep(feed.id(), 1, fetched.body());
      jdbc.sql("update directory.feed set etag = ?, last_modified = ? where id = ?")
          .params(fetched.etag(), fetched.lastModified(), feed.id())
          .update();
      pages.put(1, fetched.json());
    }
    int total = Math.min(first.totalPages(), MOST_PAGES);
    List<JsonNode> records = new ArrayList<>(first.records());
    for (int page = 2; page <= total; page++) {
      FeedPage read;
      if (pages.containsKey(page)) {
        read = FeedPage.read(pages.get(page), feed.format());
      } else {
        pause();
        Fetched fetched;
        try {
          fetched = fetch(feed, page, false);
        } catch (FetchFailed e) {
          return finish(
              pullId,
              "failed",
              page - 1,
              records.size(),
              0,
              0,
              0,
              0,
              "page %d of %d: %s (the %d pages before it are kept, and the next pull goes on from there)"
                  .formatted(page, total, e.getMessage(), page - 1));
        }
        read = fetched.page();
        keep(feed.id(), page, fetched.body());
      }
      records.addAll(read.records());
      if (records.size() > MOST_RECORDS) {
        return finish(
            pullId,
            "failed",
            page,
            records.size(),
            0,
            0,
            0,
            0,
            "more than %,d records: too many for one feed".formatted(MOST_RECORDS));
      }
    }
    return take(feed, pullId, total, records);
  }

  /** Every record repaired or skipped, then what was taken imported, all in one transaction. */
  private PullSummary take(Feed feed, UUID pullId, int pageCount, List<JsonNode> records) {
    FeedIds ids = new FeedIds(feed.id());
    List<RepairLine> lines = new ArrayList<>();
    ArrayNode services = JsonNodeFactory.instance.arrayNode();
    Map<String, String> sources = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    int repaired = 0;
    int skipped = 0;
    for (JsonNode record : records) {
      RecordRepair.Outcome outcome = repair.repair(record, feed.format(), ids);
      String source = outcome.sourceId();
      if (outcome instanceof RecordRepair.Skipped skip) {
        skipped++;
        lines.add(new RepairLine(source, true, skip.reason()));
        outcome.repairs().forEach(r -> lines.add(new RepairLine(source, false, r)));
        continue;
      }
      RecordRepair.Accepted accepted = (RecordRepair.Accepted) outcome;
      if (!seen.add(source)) {
        skipped++;
        lines.add(new RepairLine(source, true, "the feed gives this id twice: the first kept"));
        continue;
      }
      List<String> problems = standard.serviceProblems(accepted.service());
      if (!problems.isEmpty()) {
        skipped++;
        lines.add(
            new RepairLine(
                source,
                true,
                "breaks the standard in a way there is no repair for: "
                    + String.join("; ", problems.subList(0, Math.min(3, problems.size())))));
        continue;
      }
      if (!accepted.repairs().isEmpty()) {
        repaired++;
        accepted.repairs().forEach(r -> lines.add(new RepairLine(source, false, r)));
      }
      services.add(accepted.service());
      sources.put(source, accepted.service().get("id").asString());
    }
    int repairedCount = repaired;
    int skippedCount = skipped;
    Path file;
    try {
      file = Files.createTempFile("alliance-feed-", ".json");
      Files.writeString(file, JSON.writeValueAsString(services), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicReference<ImportReport> refusal = new AtomicReference<>();
    try {
      PullSummary done =
          transaction.execute(
              status -> {
                ImportReport report =
                    services.isEmpty()
                        ? new ImportReport(List.of(), List.of())
                        : transfer.importFrom(file);
                if (!report.imported()) {
                  status.setRollbackOnly();
                  refusal.set(report);
                  return null;
                }
                for (Map.Entry<String, String> source : sources.entrySet()) {
                  jdbc.sql(
                          """
                          insert into directory.feed_record (feed_id, source_id, service_id, last_pulled)
                          values (?, ?, ?, now())
                          on conflict (feed_id, source_id)
                          do update set service_id = excluded.service_id, last_pulled = now(),
                                        gone_since = null, withdrawn_at = null,
                                        withdrawn_by = null
                          """)
                      .params(feed.id(), source.getKey(), source.getValue())
                      .update();
                }
                int gone =
                    jdbc.sql(
                            """
                            update directory.feed_record set gone_since = now()
                             where feed_id = ? and gone_since is null and last_pulled < (
                               select started_at from directory.feed_pull where id = ?)
                            """)
                        .params(feed.id(), pullId)
                        .update();
                int goneTotal =
                    jdbc.sql(
                            "select count(*) from directory.feed_record where feed_id = ? and gone_since is not null")
                        .param(feed.id())
                        .query(Integer.class)
                        .single();
                int line = 0;
                for (RepairLine repairLine : lines) {
                  jdbc.sql(
                          "insert into directory.feed_repair (pull_id, line, source_id, skipped, what) values (?, ?, ?, ?, ?)")
                      .params(
                          pullId,
                          ++line,
                          repairLine.sourceId(),
                          repairLine.skipped(),
                          clip(repairLine.what()))
                      .update();
                }
                jdbc.sql("delete from directory.feed_page where feed_id = ?")
                    .param(feed.id())
                    .update();
                audit.recordSystem(
                    AuditEntry.of("directory.feed.pulled", "feed", feed.id())
                        .withDetail(
                            "%d records: %d taken, %d skipped, %d newly gone"
                                .formatted(records.size(), sources.size(), skippedCount, gone)));
                return finish(
                    pullId,
                    "imported",
                    pageCount,
                    records.size(),
                    sources.size(),
                    skippedCount,
                    repairedCount,
                    goneTotal,
                    null);
              });
      if (done != null) {
        return done;
      }
      jdbc.sql("delete from directory.feed_page where feed_id = ?").param(feed.id()).update();
      return finish(
          pullId,
          "failed",
          pageCount,
          records.size(),
          0,
          skippedCount,
          repairedCount,
          0,
          "the directory refused the repaired records as a whole; nothing changed. "
              + firstProblems(refusal.get()));
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file; the system removes it in time
      }
    }
  }

  /** What the importer said first, so the report names the records to look at. */
  private static String firstProblems(ImportReport refused) {
    if (refused == null || refused.problems().isEmpty()) {
      return "The importer gave no reason.";
    }
    List<String> first = refused.problems().stream().limit(5).map(ImportProblem::toString).toList();
    return "It said: "
        + String.join("; ", first)
        + (refused.problems().size() > 5
            ? " (and %d more)".formatted(refused.problems().size() - 5)
            : "");
  }

  private static String clip(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1999) + "\u2026";
  }

  private PullSummary finish(
      UUID pullId,
      String outcome,
      int pages,
      int records,
      int imported,
      int skipped,
      int repaired,
      int gone,
      String summary) {
    return jdbc.sql(
            """
            update directory.feed_pull
               set finished_at = now(), outcome = ?, pages = ?, records = ?, imported = ?,
                   skipped = ?, repaired = ?, gone = ?, summary = ?
             where id = ?
            returning *
            """)
        .params(
            outcome,
            pages,
            records,
            imported,
            skipped,
            repaired,
            gone,
            summary == null ? null : clip(summary),
            pullId)
        .query(Feeds::pull)
        .single();
  }

  private void keep(UUID feedId, int page, String body) {
    jdbc.sql(
            """
            insert into directory.feed_page (feed_id, page, body) values (?, ?, ?)
            on conflict (feed_id, page) do update set body = excluded.body, fetched_at = now()
            """)
        .params(feedId, page, body.replace("\u0000", ""))
        .update();
  }

  private void pause() {
    if (!pause.isZero()) {
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private record Fetched(
      boolean notModified,
      String body,
      JsonNode json,
      FeedPage page,
      String etag,
      String lastModified) {}

  /** A page could not be had: the publisher's answer or the network's, in a few words. */
  private static final class FetchFailed extends Exception {
    FetchFailed(String message) {
      super(message);
    }
  }

  private Fetched fetch(Feed feed, int page, boolean conditional) throws FetchFailed {
    URI uri = URI.create(pageUrl(feed.url(), page));
    Optional<String> refused = PublicAddress.refusal(uri, allowPrivate);
    if (refused.isPresent()) {
      throw new FetchFailed("the address " + refused.get());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("User-Agent", "Alliance directory (Open Referral feed reader)")
            .GET();
    if (conditional && page == 1) {
      Optional<String[]> validators =
          jdbc.sql("select etag, last_modified from directory.feed where id = ?")
              .param(feed.id())
              .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
              .optional();
      validators.ifPresent(
          v -> {
            if (v[0] != null) {
              request.header("If-None-Match", v[0]);
            }
            if (v[1] != null) {
              request.header("If-Modified-Since", v[1]);
            }
          });
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new FetchFailed("could not reach it (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailed("interrupted");
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() == 304) {
        return new Fetched(true, null, null, null, null, null);
      }
      if (response.statusCode() / 100 == 3) {
        throw new FetchFailed(
            "the publisher redirects to "
                + response.headers().firstValue("Location").orElse("another address")
                + "; register that address instead");
      }
      if (response.statusCode() != 200) {
        throw new FetchFailed("the publisher answered HTTP " + response.statusCode());
      }
      byte[] bytes = in.readNBytes((int) MOST_BYTES_A_PAGE + 1);
      if (bytes.length > MOST_BYTES_A_PAGE) {
        throw new FetchFailed("a page larger than 32 MB");
      }
      String body = new String(bytes, StandardCharsets.UTF_8);
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (JacksonException e) {
        throw new FetchFailed("not JSON");
      }
      FeedPage read = FeedPage.read(json, feed.format());
      if (read == null) {
        throw new FetchFailed(
            feed.format() == FeedFormat.ORUK3
                ? "not a page of Open Referral UK 3.0 (no contents list)"
                : "not a page of Open Referral UK v1 (no content list)");
      }
      return new Fetched(
          false,
          body,
          json,
          read,
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
    } catch (IOException e) {
      throw new FetchFailed("the answer broke off (" + e.getClass().getSimpleName() + ")");
    }
  }

  private String pageUrl(String url, int page) {
    String separator = url.contains("?") ? "&" : "?";
    return url + separator + "page=" + page + "&per_page=" + perPage;
  }
}
