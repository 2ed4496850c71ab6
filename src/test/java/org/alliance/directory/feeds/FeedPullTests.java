package org.alliance.directory.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Feeds pulled from publishers on loopback: every quirk repaired and reported, records that cannot
 * be repaired skipped with the rest taken, a feed that fails half-way changing nothing and resumed
 * after, an unchanged feed changing nothing, ORUK v1 read, and a record gone from its feed kept.
 */
@AllianceTest
class FeedPullTests {

  @Autowired Feeds feeds;
  @Autowired FeedPull pull;
  @Autowired JdbcClient jdbc;

  @Test
  void everyQuirkIsRepairedAndReportedAndWhatCannotBeIsSkipped() {
    try (LoopbackPublisher publisher =
        new LoopbackPublisher().page(1, "oruk3-page-1.json").page(2, "oruk3-page-2.json")) {
      Feed feed = add(publisher, "oruk3");
      PullSummary done = pull.pull(feed.id());
      assertThat(done.outcome()).as(done.line()).isEqualTo("imported");
      assertThat(done.pages()).isEqualTo(2);
      assertThat(done.records()).isEqualTo(6);
      assertThat(done.imported()).isEqualTo(3);
      assertThat(done.skipped()).isEqualTo(3);
      assertThat(done.repaired()).isEqualTo(2);

      List<RepairLine> report = feeds.report(done.id(), 1000);
      assertThat(report)
          .contains(
              new RepairLine("svc-3", true, "no name"),
              new RepairLine(null, true, "not a JSON object"),
              new RepairLine(
                  "svc-4", true, "no organization with a name: a service must say who provides it"),
              new RepairLine(
                  "svc-2",
                  false,
                  "read camelCase field names as the standard's: minimumAge, maximumAge, lastModified"),
              new RepairLine("svc-2", false, "maximum_age -1 read as not set"),
              new RepairLine(
                  "svc-2",
                  false,
                  "last_modified 2026-03-01T10:00:00 had no time zone: read as UK time"),
              new RepairLine("svc-2", false, "description had HTML: read as plain text"),
              new RepairLine(
                  "svc-2",
                  false,
                  "url \u201chttp://example.com\u201d is a placeholder, not a web address: left out"),
              new RepairLine(
                  "svc-2", false, "left out fields the standard does not have: x_vendor_rating"),
              new RepairLine(
                  "svc-2",
                  false,
                  "phones[0].number \u201cCall 01632 960200 (weekdays)\u201d: the number 01632 960200 kept, the words as its description"),
              new RepairLine(
                  "svc-2",
                  false,
                  "phones[1].number \u201cask at reception\u201d has no phone number in it: left out"),
              new RepairLine("svc-2", false, "gave ids to 1 records inside it that had none"),
              new RepairLine(
                  "svc-2",
                  false,
                  "program_id \u201cprog-x\u201d names nothing in the feed's record: dropped"),
              new RepairLine(
                  "svc-5", false, "assured_date 2026-09-14T00:00:00Z had a time: the date kept"),
              new RepairLine(
                  "svc-5",
                  false,
                  "organization.website had no scheme: read as https://www.kelstonyouth.example.org.uk"));

      String youngCarers = serviceOf(feed, "svc-2");
      Map<String, Object> row =
          jdbc.sql(
                  "select name, description, url, minimum_age, maximum_age, status, last_modified::text as modified from directory.service where id = ?")
              .param(youngCarers)
              .query()
              .singleRow();
      assertThat(row.get("description")).isEqualTo("Support for young carers & their families.");
      assertThat(row.get("url")).isNull();
      assertThat(row.get("minimum_age")).isNotNull();
      assertThat(row.get("maximum_age")).isNull();
      assertThat(row.get("status")).isEqualTo("active");
      assertThat(
              jdbc.sql(
                      "select number || ' / ' || coalesce(description, '') from directory.phone where service_id = ?")
                  .param(youngCarers)
                  .query(String.class)
                  .list())
          .containsExactly("01632 960200 / Call (weekdays)");
      assertThat(
              jdbc.sql(
                      "select count(*) from directory.service where name = 'A service nobody provides'")
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void aPullTheDirectoryRefusesAsAWholeSaysWhichRecordsAndChangesNothing() {
    try (LoopbackPublisher publisher = new LoopbackPublisher().page(1, "refused-page.json")) {
      Feed feed = add(publisher, "oruk3");
      PullSummary refused = pull.pull(feed.id());
      assertThat(refused.outcome()).isEqualTo("failed");
      assertThat(refused.summary())
          .startsWith("the directory refused the repaired records as a whole; nothing changed.")
          .contains("It said:");
      assertThat(refused.summary()).as(refused.summary()).containsIgnoringCase("phone");
      assertThat(records(feed)).isZero();
    }
  }

  @Test
  void aFeedThatFailsHalfWayChangesNothingAndTheNextPullGoesOnFromThere() {
    try (LoopbackPublisher publisher =
        new LoopbackPublisher()
            .page(1, "oruk3-page-1.json")
            .page(2, "oruk3-page-2.json")
            .failing(2)) {
      Feed feed = add(publisher, "oruk3");
      PullSummary failed = pull.pull(feed.id());
      assertThat(failed.outcome()).isEqualTo("failed");
      assertThat(failed.summary())
          .startsWith(
              "page 2 of 2: the publisher answered HTTP 500 (the 1 pages before it are kept");
      assertThat(records(feed)).isZero();
      assertThat(
              jdbc.sql("select count(*) from directory.service where id = ?")
                  .param(new FeedIds(feed.id()).of("service", "svc-1"))
                  .query(Integer.class)
                  .single())
          .isZero();

      publisher.failing(null).forget();
      PullSummary resumed = pull.pull(feed.id());
      assertThat(resumed.outcome()).isEqualTo("imported");
      assertThat(publisher.requests()).containsExactly("page 2");
      assertThat(records(feed)).isEqualTo(3);
    }
  }

  @Test
  void pullingAnUnchangedFeedAgainChangesNothing() {
    try (LoopbackPublisher publisher =
        new LoopbackPublisher().page(1, "oruk3-page-1.json").page(2, "oruk3-page-2.json")) {
      Feed feed = add(publisher, "oruk3");
      assertThat(pull.pull(feed.id()).outcome()).isEqualTo("imported");
      long changes = changes();
      String modified = modified(feed, "svc-1");

      // No validators: every page again, and the import finds nothing different.
      PullSummary again = pull.pull(feed.id());
      assertThat(again.outcome()).isEqualTo("imported");
      assertThat(changes()).isEqualTo(changes);
      assertThat(modified(feed, "svc-1")).isEqualTo(modified);

      // With an ETag: the publisher says "not modified" and nothing is asked for after it.
      publisher.etag("\"v1\"");
      assertThat(pull.pull(feed.id()).outcome()).isEqualTo("imported");
      publisher.forget();
      PullSummary unchanged = pull.pull(feed.id());
      assertThat(unchanged.outcome()).isEqualTo("unchanged");
      assertThat(publisher.requests()).containsExactly("page 1 if-none-match \"v1\"");
      assertThat(changes()).isEqualTo(changes);
    }
  }

  @Test
  void aRecordGoneFromItsFeedIsMarkedNotDeleted() {
    try (LoopbackPublisher publisher =
        new LoopbackPublisher().page(1, "oruk3-page-1.json").page(2, "oruk3-page-2.json")) {
      Feed feed = add(publisher, "oruk3");
      pull.pull(feed.id());
      publisher.body(2, "{\"total_pages\": 2, \"contents\": []}");
      PullSummary second = pull.pull(feed.id());
      assertThat(second.gone()).isEqualTo(1);
      assertThat(
              jdbc.sql(
                      "select gone_since is not null from directory.feed_record where feed_id = ? and source_id = 'svc-5'")
                  .param(feed.id())
                  .query(Boolean.class)
                  .single())
          .isTrue();
      assertThat(
              jdbc.sql("select count(*) from directory.service where id = ?")
                  .param(serviceOf(feed, "svc-5"))
                  .query(Integer.class)
                  .single())
          .as("kept until an editor has reviewed it")
          .isEqualTo(1);
      String youthDropIn = serviceOf(feed, "svc-5");
      assertThat(feeds.gone(feed.id()))
          .extracting(Feeds.Gone::name)
          .containsExactly("Kelston Youth Drop-in");

      long changes = changes();
      assertThat(feeds.withdraw(feed.id(), youthDropIn, editor())).isTrue();
      assertThat(status(youthDropIn)).isEqualTo("inactive");
      assertThat(changes()).as("the index and subscribers hear of it").isEqualTo(changes + 1);
      assertThat(feeds.gone(feed.id())).isEmpty();
      assertThat(feeds.withdraw(feed.id(), youthDropIn, editor())).as("once").isFalse();
      assertThat(feeds.withdraw(feed.id(), serviceOf(feed, "svc-1"), editor()))
          .as("a record still in its feed is not withdrawn")
          .isFalse();

      // Back in the feed: back in the directory, as the feed says.
      publisher.page(2, "oruk3-page-2.json");
      pull.pull(feed.id());
      assertThat(status(youthDropIn)).isEqualTo("active");
    }
  }

  @Test
  void anOrukVersionOneFeedIsReadInTheNewerShape() {
    try (LoopbackPublisher publisher = new LoopbackPublisher().page(1, "oruk1-page.json")) {
      Feed feed = add(publisher, "oruk1");
      PullSummary done = pull.pull(feed.id());
      assertThat(done.outcome()).as(done.line()).isEqualTo("imported");
      assertThat(done.imported()).as(feeds.report(done.id(), 100).toString()).isEqualTo(1);
      String drinkline = serviceOf(feed, "v1-100");
      assertThat(
              jdbc.sql(
                      "select minimum_age || ' ' || eligibility_description || ' ' || fees_description from directory.service where id = ?")
                  .param(drinkline)
                  .query(String.class)
                  .single())
          .isEqualTo("18 Adults Free");
      assertThat(
              jdbc.sql(
                      """
                      select a.postal_code || ' ' || a.state_province from directory.address a
                        join directory.service_at_location sal on sal.location_id = a.location_id
                       where sal.service_id = ?
                      """)
                  .param(drinkline)
                  .query(String.class)
                  .list())
          .as("the county the standard requires, taken from the town and said so")
          .containsExactly("BK1 3CD Brackenford");
      assertThat(feeds.report(done.id(), 100))
          .contains(
              new RepairLine(
                  "v1-100",
                  false,
                  "service_at_locations[0].location.addresses[0].state_province missing: the town,"
                      + " Brackenford, used"));
      assertThat(
              jdbc.sql(
                      """
                      select t.name from directory.attribute a
                        join directory.taxonomy_term t on t.id = a.taxonomy_term_id
                       where a.link_id = ?
                      """)
                  .param(drinkline)
                  .query(String.class)
                  .list())
          .containsExactly("Alcohol");
    }
  }

  @Test
  void onePullAtATimePerFeed() {
    try (LoopbackPublisher publisher = new LoopbackPublisher().page(1, "oruk1-page.json")) {
      Feed feed = add(publisher, "oruk1");
      jdbc.sql("update directory.feed set pulling_since = now() where id = ?")
          .param(feed.id())
          .update();
      PullSummary refused = pull.pull(feed.id());
      assertThat(refused.summary()).isEqualTo("another pull of this feed is running");
      assertThat(publisher.requests()).isEmpty();
      // A lease left by a node that stopped is taken over once it is old.
      jdbc.sql(
              "update directory.feed set pulling_since = now() - interval '31 minutes' where id = ?")
          .param(feed.id())
          .update();
      assertThat(pull.pull(feed.id()).outcome()).isEqualTo("imported");
    }
  }

  @Test
  void aFeedIsRegisteredOnlyWithAnAddressAFormatAndASchedule() {
    Feeds.Added bad =
        feeds.addFromCommand(
            new Feeds.Draft("file:///etc/passwd", "oruk9", "x".repeat(201), "0"), "test");
    assertThat(bad.problems())
        .containsOnlyKeys("url", "format", "name", "everyHours")
        .containsEntry(
            "format", "Choose the feed's format: oruk3 (Open Referral UK 3.0) or oruk1 (v1)");
    String url = "https://feeds.example.org/" + UUID.randomUUID() + "/services";
    assertThat(feeds.addFromCommand(new Feeds.Draft(url, "oruk3", "", ""), "test").feed().name())
        .isEqualTo("feeds.example.org");
    assertThat(feeds.addFromCommand(new Feeds.Draft(url, "oruk3", "", ""), "test").problems())
        .containsEntry("url", "That feed is already registered");
  }

  private Feed add(LoopbackPublisher publisher, String format) {
    // Each test's publisher has its own port, so its own address.
    Feeds.Added added =
        feeds.addFromCommand(new Feeds.Draft(publisher.url(), format, "Test feed", "24"), "test");
    assertThat(added.problems()).isEmpty();
    return added.feed();
  }

  private String serviceOf(Feed feed, String sourceId) {
    return jdbc.sql(
            "select service_id from directory.feed_record where feed_id = ? and source_id = ?")
        .params(feed.id(), sourceId)
        .query(String.class)
        .single();
  }

  private String status(String serviceId) {
    return jdbc.sql("select status from directory.service where id = ?")
        .param(serviceId)
        .query(String.class)
        .single();
  }

  private static org.alliance.audit.AuditActor editor() {
    return new org.alliance.audit.AuditActor() {
      @Override
      public UUID userId() {
        return null;
      }

      @Override
      public String username() {
        return "editor";
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

  private int records(Feed feed) {
    return jdbc.sql("select count(*) from directory.feed_record where feed_id = ?")
        .param(feed.id())
        .query(Integer.class)
        .single();
  }

  private long changes() {
    return jdbc.sql("select count(*) from directory.change").query(Long.class).single();
  }

  private String modified(Feed feed, String sourceId) {
    return jdbc.sql("select coalesce(last_modified::text, '') from directory.service where id = ?")
        .param(serviceOf(feed, sourceId))
        .query(String.class)
        .single();
  }
}
