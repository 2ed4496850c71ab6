package org.alliance.directory.feeds;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Leaves the demo directory as a test found it after pulling a fixture feed into it. */
public final class FeedFixtures {

  private FeedFixtures() {}

  /**
   * Retires a test feed's records: their pairs and links go, and they become inactive, so no later
   * test searches or pairs them.
   *
   * @return the records' service ids
   */
  public static List<String> retire(JdbcClient jdbc, UUID feedId) {
    List<String> ids =
        jdbc.sql("select service_id from directory.feed_record where feed_id = ?")
            .param(feedId)
            .query(String.class)
            .list();
    String[] array = ids.toArray(String[]::new);
    jdbc.sql(
            "delete from directory.duplicate_pair where first_id = any(:ids) or second_id = any(:ids)")
        .param("ids", array)
        .update();
    jdbc.sql(
            "delete from directory.service_link where service_id = any(:ids) or published_as = any(:ids)")
        .param("ids", array)
        .update();
    jdbc.sql("update directory.service set status = 'inactive' where id = any(:ids)")
        .param("ids", array)
        .update();
    return ids;
  }
}
