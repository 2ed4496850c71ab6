package org.alliance.directory.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's publisher on loopback: serves the pages it is given by number, with an ETag so that a
 * conditional request can be answered "not modified", and fails a page on request.
 */
public final class LoopbackPublisher implements AutoCloseable {

  private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

  private final HttpServer server;
  private final Map<Integer, String> pages = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile Integer failing;
  private volatile String etag;

  public LoopbackPublisher() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.start();
  }

  /** The feed's address: its services list. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/openreferral/services";
  }

  public LoopbackPublisher page(int number, String resource) {
    try (InputStream in = LoopbackPublisher.class.getResourceAsStream("/feeds/" + resource)) {
      pages.put(number, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public LoopbackPublisher body(int number, String json) {
    pages.put(number, json);
    return this;
  }

  /** Answer this page with HTTP 500 (null: none). */
  public LoopbackPublisher failing(Integer page) {
    this.failing = page;
    return this;
  }

  /** Send this ETag with every page, and answer 304 to a request that names it. */
  public LoopbackPublisher etag(String etag) {
    this.etag = etag;
    return this;
  }

  /** Each request as "page N" or "page N if-none-match X", in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  void forget() {
    requests.clear();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher matcher =
          PAGE.matcher(
              exchange.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + exchange.getRequestURI().getRawQuery());
      int page = matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
      String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
      requests.add("page " + page + (asked == null ? "" : " if-none-match " + asked));
      if (etag != null && etag.equals(asked)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      if (failing != null && failing == page) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      String body = pages.get(page);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if (etag != null) {
        exchange.getResponseHeaders().add("ETag", etag);
      }
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
