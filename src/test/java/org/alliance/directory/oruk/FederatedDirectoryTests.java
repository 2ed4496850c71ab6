package org.alliance.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.AllianceTest;
import org.alliance.audit.AuditActor;
import org.alliance.directory.duplicates.DuplicatePair;
import org.alliance.directory.duplicates.DuplicateQueue;
import org.alliance.directory.federation.Publication;
import org.alliance.directory.feeds.Feed;
import org.alliance.directory.feeds.FeedFixtures;
import org.alliance.directory.feeds.FeedPull;
import org.alliance.directory.feeds.Feeds;
import org.alliance.directory.feeds.LoopbackPublisher;
import org.alliance.directory.feeds.PullSummary;
import org.alliance.directory.search.DirectoryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The federated directory: a feed's records that repeat Alliance's own entries are queued as likely
 * duplicates; linked, they publish as one service (the editors' fields winning, the feed's filling
 * the blanks, each named in the metadata), and unlinked they publish apart again; the API stays
 * valid against the ORUK schemas with feed records in it; the setting leaves feed records out.
 */
@AllianceTest
class FederatedDirectoryTests {

  private static final String OPEN_ROAD = "8dd68de3-c9bc-43f7-bc90-9129d80d955a";
  private static final String CAFE = "c0f8f4a9-2942-475f-b4e6-9adf681c5a08";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AuditActor EDITOR =
      new AuditActor() {
        @Override
        public java.util.UUID userId() {
          return null;
        }

        @Override
        public String username() {
          return "editor";
        }

        @Override
        public java.util.UUID organisationId() {
          return null;
        }

        @Override
        public String organisationName() {
          return null;
        }
      };

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Feeds feeds;
  @Autowired FeedPull pull;
  @Autowired DuplicateQueue queue;
  @Autowired DirectoryIndex index;

  private final HttpClient http = HttpClient.newHttpClient();
  private LoopbackPublisher publisher;
  private Feed feed;

  @BeforeEach
  void pullTheFamilyInformationServicesFeed() {
    publisher = new LoopbackPublisher().page(1, "duplicates-page.json");
    Feeds.Added added =
        feeds.addFromCommand(
            new Feeds.Draft(publisher.url(), "oruk3", "Family Information Service", "24"), "test");
    assertThat(added.problems()).isEmpty();
    feed = added.feed();
    PullSummary pulled = pull.pull(feed.id());
    assertThat(pulled.outcome()).as(pulled.line()).isEqualTo("imported");
    index.refresh(
        List.of(
            record("fis-openroad"), record("fis-cafe"), record("fis-allotment"), OPEN_ROAD, CAFE));
  }

  @AfterEach
  void leaveTheDemoAsItWas() {
    List<String> ours = FeedFixtures.retire(jdbc, feed.id());
    List<String> touched = new ArrayList<>(ours);
    touched.addAll(List.of(OPEN_ROAD, CAFE));
    index.refresh(touched);
    publisher.close();
  }

  @Test
  void aPullQueuesTheFeedsRepeatsOfAlliancesOwnEntries() {
    DuplicatePair openRoad = waitingPair(OPEN_ROAD, record("fis-openroad"));
    assertThat(openRoad.reasons())
        .contains("same phone number", "same website", "same organisation");
    assertThat(openRoad.reasons().get(0)).startsWith("names ");
    DuplicatePair cafe = waitingPair(CAFE, record("fis-cafe"));
    assertThat(cafe.reasons()).contains("same phone number");
    assertThat(queue.waiting(1, 1000))
        .noneMatch(
            pair ->
                pair.first().id().equals(record("fis-allotment"))
                    || pair.second().id().equals(record("fis-allotment")));
  }

  @Test
  void linkedRecordsPublishAsOneWithTheEditorsFieldsFirstAndTheirProvenance() throws Exception {
    String feedCafe = record("fis-cafe");
    DuplicatePair pair = waitingPair(CAFE, feedCafe);
    String beforeTheLink = java.time.Instant.now().minusMillis(1).toString();
    String cafeChanges = "/openreferral/services?search=recovery+cafe&per_page=100&modified_after=";
    assertThat(listedIds(cafeChanges + beforeTheLink)).doesNotContain(CAFE);
    assertThat(queue.decide(pair.id(), DuplicateQueue.Decision.SAME, EDITOR)).isTrue();
    index.refresh(List.of(CAFE, feedCafe));
    // The link changed what the café's record publishes: a change stream reader sees it.
    assertThat(listedIds(cafeChanges + beforeTheLink)).contains(CAFE);

    assertThat(status("/openreferral/services/" + feedCafe)).isEqualTo(404);
    JsonNode cafe = get("/openreferral/services/" + CAFE);
    assertThat(cafe.path("description").asString()).startsWith("A warm, alcohol- and drug-free");
    assertThat(cafe.path("url").asString())
        .isEqualTo("https://brackenfordrecoverycafe.org.uk/evenings");
    assertThat(cafe.path("wait_time").asString()).isEqualTo("No wait: just come in.");
    List<String> provenance = new ArrayList<>();
    cafe.path("metadata")
        .forEach(
            entry ->
                provenance.add(
                    entry.path("last_action_type").asString()
                        + " "
                        + entry.path("field_name").asString()
                        + " by "
                        + entry.path("updated_by").asString()));
    assertThat(provenance)
        .contains(
            "merged url by Family Information Service",
            "merged wait_time by Family Information Service",
            "linked id by Family Information Service")
        .doesNotContain("merged description by Family Information Service");
    assertThat(OrukSchemas.problems("service.json", cafe)).isEmpty();
    assertThat(listedIds("/openreferral/services?search=recovery+cafe&per_page=50"))
        .contains(CAFE)
        .doesNotContain(feedCafe);

    HttpResponse<String> moved = send("/find-support/services/" + feedCafe);
    assertThat(moved.statusCode()).isEqualTo(302);
    assertThat(moved.headers().firstValue("Location").orElseThrow())
        .endsWith("/find-support/services/" + CAFE);
    assertThat(send("/find-support/services/" + CAFE).body())
        .contains("Also listed by Family Information Service, checked");

    assertThat(queue.undo(pair.id(), EDITOR)).isTrue();
    index.refresh(List.of(CAFE, feedCafe));
    assertThat(status("/openreferral/services/" + feedCafe)).isEqualTo(200);
    assertThat(get("/openreferral/services/" + CAFE).has("url")).isFalse();
    assertThat(queue.find(pair.id()).orElseThrow().waiting()).isTrue();
    assertThat(audited(pair))
        .containsExactly("directory.duplicates.same", "directory.duplicates.undone");
  }

  @Test
  void aPairMarkedDifferentIsNotAskedAgain() {
    DuplicatePair pair = waitingPair(OPEN_ROAD, record("fis-openroad"));
    assertThat(queue.decide(pair.id(), DuplicateQueue.Decision.DIFFERENT, EDITOR)).isTrue();
    queue.refresh();
    assertThat(queue.find(pair.id()).orElseThrow().decision()).isEqualTo("different");
    assertThat(status("/openreferral/services/" + record("fis-openroad"))).isEqualTo(200);
  }

  @Test
  void twoEditorsDecidingOnePairAtOnceMakeOneDecision() throws Exception {
    DuplicatePair pair = waitingPair(CAFE, record("fis-cafe"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Boolean>> decisions =
          List.of(
              () -> {
                start.await();
                return queue.decide(pair.id(), DuplicateQueue.Decision.SAME, EDITOR);
              },
              () -> {
                start.await();
                return queue.decide(pair.id(), DuplicateQueue.Decision.DIFFERENT, EDITOR);
              });
      List<Future<Boolean>> results = new ArrayList<>();
      decisions.forEach(decision -> results.add(two.submit(decision)));
      start.countDown();
      int made = 0;
      for (Future<Boolean> result : results) {
        made += result.get() ? 1 : 0;
      }
      assertThat(made).isEqualTo(1);
    } finally {
      two.shutdown();
    }
    assertThat(audited(pair)).hasSize(1);
  }

  @Test
  void aPulledRecordIsInTheChangeStreamWhateverDateItsPublisherGaveIt() throws Exception {
    // The allotment's publisher says it last changed in 2020; being taken in is its change here.
    String pulledAt = java.time.Instant.now().minusSeconds(120).toString();
    assertThat(
            listedIds(
                "/openreferral/services?search=allotment&per_page=100&modified_after=" + pulledAt))
        .contains(record("fis-allotment"));
  }

  @Test
  void theApiIsValidOpenReferralWithFeedRecordsInIt() throws Exception {
    for (String source : List.of("fis-openroad", "fis-cafe", "fis-allotment")) {
      JsonNode service = get("/openreferral/services/" + record(source));
      assertThat(OrukSchemas.problems("service.json", service)).as(source).isEmpty();
      String organizationId =
          jdbc.sql("select organization_id from directory.service where id = ?")
              .param(record(source))
              .query(String.class)
              .single();
      JsonNode organization = get("/openreferral/organizations/" + organizationId);
      assertThat(OrukSchemas.problems("organization.json", organization)).as(source).isEmpty();
    }
    JsonNode page = get("/openreferral/services?full=true&search=allotment&per_page=50");
    assertThat(page.path("contents").size()).isPositive();
    page.path("contents")
        .forEach(
            service ->
                assertThat(OrukSchemas.problems("service.json", service))
                    .as(service.path("id").asString())
                    .isEmpty());
    assertThat(listedIds("/openreferral/services?search=allotment&per_page=50"))
        .contains(record("fis-allotment"));
  }

  @Test
  void theSettingLeavesFeedRecordsAndTheirOrganisationsOut() {
    Publication withoutFeeds = new Publication(jdbc, false);
    String allotment = record("fis-allotment");
    assertThat(withoutFeeds.services(List.of(allotment, OPEN_ROAD))).containsExactly(OPEN_ROAD);
    String organisation =
        jdbc.sql("select organization_id from directory.service where id = ?")
            .param(allotment)
            .query(String.class)
            .single();
    String ownOrganisation =
        jdbc.sql("select organization_id from directory.service where id = ?")
            .param(OPEN_ROAD)
            .query(String.class)
            .single();
    assertThat(withoutFeeds.organizations(List.of(organisation, ownOrganisation)))
        .containsExactly(ownOrganisation);
    assertThat(new Publication(jdbc, true).services(List.of(allotment, OPEN_ROAD)))
        .containsExactly(allotment, OPEN_ROAD);
  }

  private DuplicatePair waitingPair(String a, String b) {
    return queue.waiting(1, 1000).stream()
        .filter(pair -> List.of(pair.first().id(), pair.second().id()).containsAll(List.of(a, b)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair waiting for " + a + " and " + b));
  }

  private List<String> audited(DuplicatePair pair) {
    return jdbc.sql(
            "select action from audit.audit_event where subject_id = ? and action like 'directory.duplicates.%' order by id")
        .param(pair.id().toString())
        .query(String.class)
        .list();
  }

  private String record(String sourceId) {
    return jdbc.sql(
            "select service_id from directory.feed_record where feed_id = ? and source_id = ?")
        .params(feed.id(), sourceId)
        .query(String.class)
        .single();
  }

  private List<String> listedIds(String path) throws Exception {
    List<String> ids = new ArrayList<>();
    get(path).path("contents").forEach(item -> ids.add(item.path("id").asString()));
    return ids;
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = send(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private int status(String path) {
    return send(path).statusCode();
  }

  private HttpResponse<String> send(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
