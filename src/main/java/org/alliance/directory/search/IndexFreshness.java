package org.alliance.directory.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Sequence numbers are taken when a change is written but become visible when its transaction
 * commits, so a lower number can appear after a higher one has been read. Each number skipped over
 * is therefore remembered as a gap and asked for again until it arrives, or until it is old enough
 * to be a rolled-back transaction's, whose number never arrives.
 */
@Component
@Order(100)
// Commands such as import-directory run without a web server and answer no searches.
@ConditionalOnWebApplication
class IndexFreshness implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IndexFreshness.class);

  /** Longer than any directory transaction runs; a gap older than this was rolled back. */
  private static final Duration GAP_PATIENCE = Duration.ofMinutes(10);

  private static final int MAX_GAPS = 10_000;

  /** How far below the position a rebuild looks for numbers still to arrive. */
  private static final long RECENT = 1_000;

  private final DirectoryIndex index;
  private final JdbcClient jdbc;
  private final AtomicLong lastSeen = new AtomicLong(-1);

  /** Numbers skipped over, with when they were first missed (nanoTime). */
  private final Map<Long, Long> gaps = new HashMap<>();

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
    long position =
        jdbc.sql("select coalesce(max(seq), 0) from directory.change").query(Long.class).single();
    // Numbers below the position that are not visible yet may belong to transactions still running.
    List<Long> recent =
        jdbc.sql("select seq from directory.change where seq > :from and seq <= :to")
            .param("from", position - RECENT)
            .param("to", position)
            .query(Long.class)
            .list();
    long started = System.nanoTime();
    int services = index.rebuild();
    gaps.clear();
    noteGaps(Math.max(0, position - RECENT), position, new HashSet<>(recent));
    lastSeen.set(position);
    log.info(
        "Directory index built: {} services in {} ms",
        services,
        (System.nanoTime() - started) / 1_000_000);
  }

  @Scheduled(
      fixedDelayString = "${alliance.search.refresh:5s}",
      initialDelayString = "${alliance.search.refresh:5s}")
  public synchronized void catchUp() {
    if (lastSeen.get() < 0) {
      return;
    }
    forgetOldGaps();
    record Change(long seq, String type, String id) {}
    var changes =
        jdbc.sql(
                """
            select seq, resource_type, resource_id from directory.change
             where seq > :after or seq = any(:gaps) order by seq limit 10000
            """)
            .param("after", lastSeen.get())
            .param("gaps", gaps.keySet().toArray(Long[]::new))
            .query((rs, row) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)))
            .list();
    if (changes.isEmpty()) {
      return;
    }
    Set<String> services = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    Set<Long> arrived = new HashSet<>();
    for (Change change : changes) {
      (change.type().equals("organization") ? organizations : services).add(change.id());
      arrived.add(change.seq());
      gaps.remove(change.seq());
    }
    index.refresh(services);
    index.refreshOrganizations(organizations);
    long newest = changes.get(changes.size() - 1).seq();
    if (newest > lastSeen.get()) {
      noteGaps(lastSeen.get(), newest, arrived);
      lastSeen.set(newest);
    }
    if (gaps.size() > MAX_GAPS) {
      // Only a huge rolled-back import leaves this many; a rebuild is cheaper than asking for them
      // all.
      log.info("Directory index: {} change numbers missing, rebuilding", gaps.size());
      rebuild();
    }
  }

  /** Remembers every number in (from, to) that has not arrived. */
  private void noteGaps(long from, long to, Set<Long> arrived) {
    long now = System.nanoTime();
    for (long seq = from + 1; seq < to; seq++) {
      if (!arrived.contains(seq)) {
        gaps.putIfAbsent(seq, now);
      }
    }
  }

  private void forgetOldGaps() {
    long cutoff = System.nanoTime() - GAP_PATIENCE.toNanos();
    gaps.values().removeIf(firstMissed -> firstMissed < cutoff);
  }

  /** How many gaps are waited for now (for tests and diagnostics). */
  synchronized int waitingFor() {
    return gaps.size();
  }
}
