package org.alliance.directory.federation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for which records Alliance publishes, in search, on pages and in the Open Referral
 * API: a record linked as the same service as another publishes only through that one, and other
 * publishers' feed records publish only when {@code alliance.directory.publish-feed-records} is on
 * (the default). Everything that lists or reads services for the public goes through it: the search
 * index holds its answer for each service, and {@link FederatedDocuments} asks it for each id.
 */
@Component
public class Publication {

  private final JdbcClient jdbc;
  private final boolean feedRecords;

  /** Public so that a test can ask what the other setting would publish. */
  public Publication(
      JdbcClient jdbc,
      @Value("${alliance.directory.publish-feed-records:true}") boolean feedRecords) {
    this.jdbc = jdbc;
    this.feedRecords = feedRecords;
  }

  public boolean includesFeedRecords() {
    return feedRecords;
  }

  /**
   * SQL: whether service {@code alias} is published. The setting is written in as a literal, never
   * anything from a request.
   */
  public String servicePublished(String alias) {
    String notLinked =
        "not exists (select 1 from directory.service_link pk where pk.service_id = %s.id)"
            .formatted(alias);
    if (feedRecords) {
      return "(" + notLinked + ")";
    }
    return "("
        + notLinked
        + " and not exists (select 1 from directory.feed_record pf where pf.service_id = %s.id))"
            .formatted(alias);
  }

  /**
   * SQL: whether organization {@code alias} is published. An organisation that only other
   * publishers' feeds gave (every service it has came from a feed) is theirs, and is left out with
   * their records.
   */
  public String organizationPublished(String alias) {
    if (feedRecords) {
      return "true";
    }
    return """
        not (exists (select 1 from directory.service ps join directory.feed_record pf on pf.service_id = ps.id
                      where ps.organization_id = %1$s.id)
             and not exists (select 1 from directory.service ps where ps.organization_id = %1$s.id
                      and not exists (select 1 from directory.feed_record pf where pf.service_id = ps.id)))"""
        .formatted(alias);
  }

  /** The service a record linked into another publishes as, when it is linked. */
  public java.util.Optional<String> publishedAs(String id) {
    return jdbc.sql("select published_as from directory.service_link where service_id = :id")
        .param("id", id)
        .query(String.class)
        .optional();
  }

  /** The published ones among these services, in the order given. */
  public List<String> services(List<String> ids) {
    return keep(ids, "select s.id from directory.service s where s.id = any(:ids) and %s", "s");
  }

  /** The ones among these services at locations whose service is published, in order. */
  public List<String> servicesAtLocations(List<String> ids) {
    return keep(
        ids,
        "select sal.id from directory.service_at_location sal join directory.service s on s.id = sal.service_id"
            + " where sal.id = any(:ids) and %s",
        "s");
  }

  /** The published ones among these organisations, in order. */
  public List<String> organizations(List<String> ids) {
    if (ids.isEmpty()) {
      return ids;
    }
    Set<String> kept =
        new HashSet<>(
            jdbc.sql(
                    "select o.id from directory.organization o where o.id = any(:ids) and "
                        + organizationPublished("o"))
                .param("ids", ids.toArray(String[]::new))
                .query(String.class)
                .list());
    return ids.stream().filter(kept::contains).toList();
  }

  private List<String> keep(List<String> ids, String sql, String alias) {
    if (ids.isEmpty()) {
      return ids;
    }
    Collection<String> kept =
        new HashSet<>(
            jdbc.sql(sql.formatted(servicePublished(alias)))
                .param("ids", ids.toArray(String[]::new))
                .query(String.class)
                .list());
    return ids.stream().filter(kept::contains).toList();
  }
}
