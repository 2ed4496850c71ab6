package org.alliance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One workload's requests, per signed-in client, as a tab-separated file that both load generators
 * read: {@code bench/support-load.lua} under wrk, and {@link PlanClient} when wrk is not installed.
 * Each client replays its own requests in order, round and round, with its own session cookie.
 *
 * @param expect text a 200 page must hold to count as answered
 * @param redirectOk whether a 302 is an answer too (counted apart)
 * @param clientExpects more text each client's 200 pages must hold (its own person's, say), by
 *     client; none for most workloads
 * @param refuse text a 200 page must not hold (a page that says it shows nothing); null for none
 */
record LoadPlan(
    String name,
    String expect,
    boolean redirectOk,
    String origin,
    List<String> cookies,
    Map<Integer, List<Request>> requests,
    Map<Integer, List<String>> clientExpects,
    String refuse) {

  LoadPlan(
      String name,
      String expect,
      boolean redirectOk,
      String origin,
      List<String> cookies,
      Map<Integer, List<Request>> requests) {
    this(name, expect, redirectOk, origin, cookies, requests, Map.of(), null);
  }

  /** A request: GET with no body, or POST with a form body already encoded. */
  record Request(String method, String path, String body) {

    static Request get(String path) {
      return new Request("GET", path, "");
    }

    static Request post(String path, String body) {
      return new Request("POST", path, body);
    }
  }

  int clients() {
    return cookies.size();
  }

  /** Whether a 200 page for this client is the page the plan expects. */
  boolean holdsWhatIsExpected(int client, String body) {
    if (expect != null && !body.contains(expect)) {
      return false;
    }
    if (refuse != null && body.contains(refuse)) {
      return false;
    }
    return clientExpects.getOrDefault(client, List.of()).stream().allMatch(body::contains);
  }

  Path write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (expect != null) {
        out.write("expect\t" + expect + "\n");
      }
      out.write("redirect-ok\t" + (redirectOk ? "1" : "0") + "\n");
      out.write("origin\t" + origin + "\n");
      if (refuse != null) {
        out.write("refuse\t" + refuse + "\n");
      }
      for (Map.Entry<Integer, List<String>> client : clientExpects.entrySet()) {
        for (String text : client.getValue()) {
          out.write("expect-client\t" + client.getKey() + "\t" + text + "\n");
        }
      }
      for (int c = 0; c < cookies.size(); c++) {
        out.write("session\t" + c + "\t" + cookies.get(c) + "\n");
      }
      for (Map.Entry<Integer, List<Request>> client : requests.entrySet()) {
        for (Request r : client.getValue()) {
          out.write(
              String.join(
                      "\t", "request", client.getKey().toString(), r.method(), r.path(), r.body())
                  + "\n");
        }
      }
    }
    return file;
  }

  static LoadPlan read(Path file) throws IOException {
    String expect = null;
    boolean redirectOk = false;
    String origin = null;
    String refuse = null;
    Map<Integer, List<String>> clientExpects = new HashMap<>();
    List<String> cookies = new ArrayList<>();
    Map<Integer, List<Request>> requests = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "expect" -> expect = f[1];
        case "redirect-ok" -> redirectOk = f[1].equals("1");
        case "origin" -> origin = f[1];
        case "refuse" -> refuse = f[1];
        case "expect-client" ->
            clientExpects.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(f[2]);
        case "session" -> cookies.add(Integer.parseInt(f[1]), f[2]);
        case "request" ->
            requests
                .computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>())
                .add(new Request(f[2], f[3], f.length > 4 ? f[4] : ""));
        default -> {}
      }
    }
    return new LoadPlan(
        file.getFileName().toString(),
        expect,
        redirectOk,
        origin,
        cookies,
        requests,
        clientExpects,
        refuse);
  }
}
