package org.alliance.directory.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.directory.Coordinates;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The in-process search index over the directory. PostgreSQL stays the store of record; each node
 * builds this index from it at start and applies changes by id (see {@link IndexFreshness}).
 * Searches run on a small fixed pool: on two cores, a few workers answer many concurrent callers
 * faster than a thread per request would (measured: p95 17 ms against 80-90 ms).
 */
@Component
public class DirectoryIndex {

  private final ServiceEntries entries;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Services at locations, one document each, for the Open Referral listing of them. */
  private final IndexWriter atLocationWriter;

  private final SearcherManager atLocationSearchers;
  private final QueryBuilder queries;
  private final Understanding understanding;
  private final ExecutorService pool;
  private final Duration timeout;
  private final int maxDepth;

  /**
   * @param timeout how long a search may take, waiting for a worker included, before it is stopped
   *     and refused
   * @param maxDepth how many results deep any page may reach (page times page size)
   */
  DirectoryIndex(
      ServiceEntries entries,
      SearchWords vocabulary,
      @Value("${alliance.search.workers:2}") int workers,
      @Value("${alliance.search.timeout:5s}") Duration timeout,
      @Value("${alliance.search.max-depth:10000}") int maxDepth)
      throws IOException {
    this.entries = entries;
    this.timeout = timeout;
    this.maxDepth = maxDepth;
    EnglishAnalyzer english = new EnglishAnalyzer();
    // Every field stemmed but the one misspellings are put right from, which keeps words whole.
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            english, Map.of(ServiceDocuments.SPELLING, new StandardAnalyzer()));
    this.writer =
        new IndexWriter(
            new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
    this.searchers = new SearcherManager(writer, null);
    this.atLocationWriter =
        new IndexWriter(
            new ByteBuffersDirectory(), new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32));
    this.atLocationSearchers = new SearcherManager(atLocationWriter, null);
    this.queries = new QueryBuilder(english);
    this.understanding = new Understanding(english, vocabulary);
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread thread = new Thread(runnable, "directory-search");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Replaces the whole index with every service in the database. */
  public synchronized int rebuild() {
    try {
      List<ServiceEntry> all = entries.all();
      writer.deleteAll();
      atLocationWriter.deleteAll();
      for (ServiceEntry entry : all) {
        add(entry);
      }
      commit();
      return all.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Re-reads these services (or removes those no longer in the database). */
  public synchronized void refresh(Collection<String> serviceIds) {
    if (serviceIds.isEmpty()) {
      return;
    }
    try {
      for (String id : serviceIds) {
        writer.deleteDocuments(new Term(ServiceDocuments.ID, id));
        atLocationWriter.deleteDocuments(new Term(ServiceAtLocationDocuments.SERVICE_ID, id));
      }
      for (ServiceEntry entry : entries.byIds(serviceIds)) {
        add(entry);
      }
      commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(ServiceEntry entry) throws IOException {
    writer.addDocument(ServiceDocuments.of(entry));
    for (ServiceEntry.AtLocation at : entry.locatedAt()) {
      atLocationWriter.addDocument(ServiceAtLocationDocuments.of(entry, at));
    }
  }

  private void commit() throws IOException {
    writer.commit();
    atLocationWriter.commit();
    searchers.maybeRefreshBlocking();
    atLocationSearchers.maybeRefreshBlocking();
  }

  void refreshOrganizations(Collection<String> organizationIds) {
    if (!organizationIds.isEmpty()) {
      refresh(entries.serviceIdsOf(organizationIds));
    }
  }

  /**
   * One page of results. Every route searches through here, so the bounds hold for all of them: a
   * page deeper than the set depth is refused before any work ({@link ResultsTooDeep}), and a
   * search that has not finished within the timeout, queueing for a worker included, is stopped
   * ({@link SearchTimedOut}) rather than left to hold a worker or its caller.
   */
  public SearchResults search(SearchQuery search) {
    return bounded(search, deadline -> run(search, deadline));
  }

  /**
   * One page of services at locations, matched by their service's filters and by their own place
   * and hours (see {@link QueryBuilder#buildAtLocations}): nearest first from a postcode, a hidden
   * place never near and last; otherwise by service, then row. Ids only: the caller reads the
   * documents.
   */
  public ServiceAtLocationPage servicesAtLocations(SearchQuery search) {
    return bounded(search, deadline -> runAtLocations(search, deadline));
  }

  /** A page of services at locations: the exact number of matches, and this page's ids in order. */
  public record ServiceAtLocationPage(long total, List<String> ids) {}

  private interface Search<T> {
    T run(long deadline) throws IOException;
  }

  private <T> T bounded(SearchQuery search, Search<T> work) {
    if ((long) search.page() * search.perPage() > maxDepth) {
      throw new ResultsTooDeep(maxDepth, search.perPage());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Future<T> running = pool.submit(() -> work.run(deadline));
    try {
      return running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      throw new SearchTimedOut();
    } catch (InterruptedException e) {
      running.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Search interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SearchTimedOut timedOut) {
        throw timedOut;
      }
      throw new IllegalStateException("Search failed", e.getCause());
    }
  }

  private SearchResults run(SearchQuery search, long deadline) throws IOException {
    IndexSearcher shared = searchers.acquire();
    try {
      Understood understood =
          search.asTyped()
              ? Understood.asTyped(search.text())
              : understanding.read(search.text(), shared.getIndexReader());
      Query query = queries.build(search, understood);
      // A searcher of its own for the deadline: the shared one's timeout would be every search's.
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
      int wanted = search.page() * search.perPage();
      // Relevance first, then distance; with no words, nearest first, or by name for a stable
      // order.
      SortField byName = new SortField(ServiceDocuments.NAME_ORDER, SortField.Type.STRING);
      Sort sort =
          search.near() != null
              ? new Sort(
                  SortField.FIELD_SCORE,
                  LatLonDocValuesField.newDistanceSort(
                      ServiceDocuments.LOCATION,
                      search.near().latitude(),
                      search.near().longitude()),
                  byName)
              : queries.words(understood.searched()).isEmpty() && understood.means().isEmpty()
                  ? new Sort(byName)
                  : new Sort(SortField.FIELD_SCORE, byName);
      // Near a postcode: one pass that ranks and counts every match exactly, since each pass
      // builds the distance filter again (profiling showed that was the biggest cost of such a
      // search). Otherwise the ranking pass may skip whatever cannot reach the page (block-max
      // WAND over the words), and the exact count is a second pass that scores nothing: for words
      // matching thousands of services, scoring and comparing every one of them cost more than
      // both passes together. Scores are not shown, so none are kept.
      int exactUpTo = search.near() != null ? Integer.MAX_VALUE : wanted;
      TopDocs top =
          searcher.search(
              query, new TopFieldCollectorManager(sort, wanted, null, exactUpTo, false));
      long total =
          top.totalHits.relation == TotalHits.Relation.EQUAL_TO
              ? top.totalHits.value
              : searcher.count(query);
      if (searcher.timedOut()) {
        throw new SearchTimedOut();
      }
      List<SearchResults.Hit> hits = new ArrayList<>();
      var stored = searcher.storedFields();
      for (int i = (search.page() - 1) * search.perPage(); i < top.scoreDocs.length; i++) {
        hits.add(Hits.of(stored.document(top.scoreDocs[i].doc), search.near()));
      }
      return new SearchResults(total, search.page(), search.perPage(), hits, understood);
    } finally {
      searchers.release(shared);
    }
  }

  private ServiceAtLocationPage runAtLocations(SearchQuery search, long deadline)
      throws IOException {
    Query query = queries.buildAtLocations(search);
    IndexSearcher shared = atLocationSearchers.acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(() -> System.nanoTime() - deadline > 0);
      int wanted = search.page() * search.perPage();
      SortField byService =
          new SortField(ServiceAtLocationDocuments.SERVICE_ORDER, SortField.Type.STRING);
      SortField byRow = new SortField(ServiceAtLocationDocuments.ORDER, SortField.Type.STRING);
      Sort sort =
          search.near() != null
              ? new Sort(
                  LatLonDocValuesField.newDistanceSort(
                      ServiceDocuments.LOCATION,
                      search.near().latitude(),
                      search.near().longitude()),
                  byService,
                  byRow)
              : new Sort(byService, byRow);
      TopDocs top =
          searcher.search(
              query, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false));
      if (searcher.timedOut()) {
        throw new SearchTimedOut();
      }
      List<String> ids = new ArrayList<>();
      var stored = searcher.storedFields();
      for (int i = (search.page() - 1) * search.perPage(); i < top.scoreDocs.length; i++) {
        ids.add(stored.document(top.scoreDocs[i].doc).get(ServiceAtLocationDocuments.ID));
      }
      return new ServiceAtLocationPage(top.totalHits.value, ids);
    } finally {
      atLocationSearchers.release(shared);
    }
  }

  /** These services as results, in the order given; ids not in the index are left out. */
  public List<SearchResults.Hit> find(List<String> serviceIds) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<SearchResults.Hit> found = new ArrayList<>();
        for (String id : serviceIds) {
          TopDocs top =
              searcher.search(
                  new org.apache.lucene.search.TermQuery(new Term(ServiceDocuments.ID, id)), 1);
          if (top.scoreDocs.length == 1) {
            found.add(Hits.of(searcher.storedFields().document(top.scoreDocs[0].doc), null));
          }
        }
        return found;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() throws IOException {
    pool.shutdownNow();
    searchers.close();
    writer.close();
    atLocationSearchers.close();
    atLocationWriter.close();
  }

  /** Builds a result from a stored document. */
  static final class Hits {
    private Hits() {}

    static SearchResults.Hit of(Document doc, SearchQuery.Near near) {
      Double nearest = null;
      String area = null;
      for (String[] place : ServiceDocuments.places(doc)) {
        double miles =
            near == null
                ? 0
                : new Coordinates(near.latitude(), near.longitude())
                    .distanceMilesTo(
                        new Coordinates(
                            Double.parseDouble(place[0]), Double.parseDouble(place[1])));
        if (nearest == null || miles < nearest) {
          nearest = miles;
          area = place.length > 2 && !place[2].isBlank() ? place[2] : null;
        }
      }
      String checked = doc.get(ServiceDocuments.LAST_CHECKED);
      return new SearchResults.Hit(
          doc.get(ServiceDocuments.ID),
          doc.get(ServiceDocuments.NAME),
          doc.get(ServiceDocuments.ORGANIZATION),
          doc.get(ServiceDocuments.SUMMARY),
          checked == null ? null : java.time.LocalDate.parse(checked),
          near == null ? null : nearest,
          area,
          doc.get(ServiceDocuments.SUMMARY_JSON));
    }
  }
}
