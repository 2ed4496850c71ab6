package org.alliance.directory.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with PostgreSQL: a full build at start (after the demo data
 * loads), then every few seconds the changes recorded in {@code directory.change} since the last
 * one seen. Any node may write; every node catches up, so several nodes serve one directory.
 */
@Component
@Order(100)
// Commands such as import-directory run without a web server and answer no searches.
@ConditionalOnWebApplication
class IndexFreshness implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IndexFreshness.class);

  private final DirectoryIndex index;
  private final JdbcClient jdbc;
  private final AtomicLong lastSeen = new AtomicLong(-1);

  IndexFreshness(DirectoryIndex index, JdbcClient jdbc) {
    this.index = index;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    rebuild();
  }

  /** Rebuilds from scratch; the change log position is read first, so nothing is missed. */
  public synchronized void rebuild() {
    long position = jdbc.sql("select coalesce(max(seq), 0) from directory.change").query(Long.class).single();
    long started = System.nanoTime();
    int services = index.rebuild();
    lastSeen.set(position);
    log.info("Directory index built: {} services in {} ms", services, (System.nanoTime() - started) / 1_000_000);
  }

  @Scheduled(fixedDelayString = "${alliance.search.refresh:5s}", initialDelayString = "${alliance.search.refresh:5s}")
  public synchronized void catchUp() {
    if (lastSeen.get() < 0) {
      return;
    }
    record Change(long seq, String type, String id) {}
    var changes = jdbc.sql("""
            select seq, resource_type, resource_id from directory.change where seq > :after order by seq limit 10000
            """)
        .param("after", lastSeen.get())
        .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
    if (changes.isEmpty()) {
      return;
    }
    Set<String> services = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    for (Change change : changes) {
      (change.type().equals("organization") ? organizations : services).add(change.id());
    }
    index.refresh(services);
    index.refreshOrganizations(organizations);
    lastSeen.set(changes.get(changes.size() - 1).seq());
  }
}
