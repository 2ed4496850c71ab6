package org.alliance.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.alliance.WebSession;

/**
 * Two people (or two tabs) sending the same form at the same moment: the same request from several
 * signed-in sessions, each with a page already open for its CSRF token, released together.
 */
public final class AtOnce {

  /** How many at once: more than the two a race needs, fewer than the pool's connections. */
  public static final int SESSIONS = 6;

  private AtOnce() {}

  public static List<HttpResponse<String>> post(
      Supplier<WebSession> session, String path, Map<String, String> form) throws Exception {
    List<WebSession> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      WebSession web = session.get();
      web.get("/people"); // a page first, for its CSRF token
      sessions.add(web);
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
    try {
      List<Future<HttpResponse<String>>> running = new ArrayList<>();
      for (WebSession web : sessions) {
        Callable<HttpResponse<String>> post =
            () -> {
              go.await();
              return web.post(path, form);
            };
        running.add(pool.submit(post));
      }
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> response : running) {
        responses.add(response.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
