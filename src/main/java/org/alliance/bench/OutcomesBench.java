package org.alliance.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.IndicatorDefinition;
import org.alliance.outcomes.indicator.IndicatorDefinitions;
import org.alliance.outcomes.indicator.Indicators;
import org.alliance.outcomes.indicator.Period;
import org.alliance.support.Tallies;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outcomes benchmark: bench-support's data set on a fresh embedded database, then (1) the whole
 * framework recomputed for the last twelve full months, in the server's JVM since it is the
 * server's own work (the tallies' SQL, then every indicator's figures through disclosure control);
 * (2) ten missed appointments committed in SQL, through the same triggers a practitioner's screen
 * fires, and the public API polled over HTTP until its figure shows them; (3) the dashboards driven
 * by signed-in commissioners from {@link PlanClient} in a JVM of its own.
 */
public final class OutcomesBench {

  static final String DASHBOARD = "outcomes dashboard";
  static final String DRILL_DOWN = "one indicator's page";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Pattern TOTAL_NUMERATOR =
      Pattern.compile("\"group\":\"all\"[^}]*?\"numerator\":\\{\"value\":(\\d+|null)");

  private final OutcomesBenchSettings settings;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  public OutcomesBench(
      OutcomesBenchSettings settings,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    this.settings = settings;
    this.application = application;
    this.progress = progress;
  }

  public OutcomesResult run() throws Exception {
    String loadBefore = MachineLoad.now();
    Path data = DataFolder.prepare(settings.dataDir());
    try {
      progress.accept("Starting the web application on a new database in " + data);
      int port = BenchNode.freePort();
      long started = System.nanoTime();
      try (ConfigurableApplicationContext web =
          application
              .get()
              .web(WebApplicationType.SERVLET)
              .run(
                  BenchNode.arguments(
                      data, true, "--server.port=" + port, "--server.address=127.0.0.1"))) {
        double webStartSeconds = BenchNode.seconds(started);
        String base = "http://127.0.0.1:" + port;
        DataSource owner = web.getBean(SchemaOwner.class).dataSource();
        UserAccounts accounts = web.getBean(UserAccounts.class);
        Organisations organisations = web.getBean(Organisations.class);
        Tallies tallies = web.getBean(Tallies.class);
        List<Organisation> members =
            organisations.all().stream()
                .filter(o -> o.relationship() == Relationship.MEMBER)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        UUID council =
            organisations.all().stream()
                .filter(o -> o.relationship() == Relationship.COMMISSIONER)
                .map(Organisation::id)
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "The demo alliance has no commissioning council"));
        if (members.isEmpty()) {
          throw new IllegalStateException("The demo alliance has no members");
        }
        String password = "bench-" + UUID.randomUUID();

        started = System.nanoTime();
        List<SupportData.Worker> workers = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
          UserAccount worker =
              account(
                  accounts,
                  "bench-practitioner-%02d".formatted(w + 1),
                  Role.PRACTITIONER,
                  members.get(w % members.size()).id(),
                  password);
          workers.add(new SupportData.Worker(worker.id(), w % members.size()));
        }
        // The generator drops the contact table's indexes while it writes: the scheduled
        // refresher waits, and the first fill below is timed on its own.
        setPaused(owner, true);
        progress.accept(
            "Generating bench-support's data set: %,d people, about %,d contacts, %,d referrals"
                .formatted(settings.people(), settings.contacts(), settings.referrals()));
        new SupportData(owner, progress)
            .generate(
                new SupportData.Sizes(
                    settings.people(),
                    settings.contacts(),
                    settings.referrals(),
                    settings.people()),
                members.stream().map(Organisation::id).toList(),
                workers,
                settings.seed());
        progress.accept(
            "Five-year plans for %,d people, and every episode's NDTMS details"
                .formatted(settings.planPeople()));
        new PlanData(owner, progress).generate(longestRegistered(owner, settings.planPeople()));
        new NdtmsData(owner, progress)
            .generate(
                members.stream().map(Organisation::id).toList(), YearMonth.now(UK).minusMonths(1));
        double generateSeconds = BenchNode.seconds(started);
        long contacts = count(owner, "select count(*) from support.contact");

        progress.accept(
            "Filling the monthly tallies for every month of the data (the refresher's catch-up)");
        started = System.nanoTime();
        tallies.refreshNow();
        double firstFillSeconds = BenchNode.seconds(started);
        long tallyRows = count(owner, "select count(*) from support.tally");
        progress.accept("Filled in %.1f s: %,d rows".formatted(firstFillSeconds, tallyRows));

        List<OutcomesResult.Recomputation> recomputations = new ArrayList<>();
        for (int r = 0; r < settings.recomputations(); r++) {
          recomputations.add(recompute(web, tallies));
        }

        setPaused(owner, false);
        progress.accept("Committing ten missed appointments and waiting for the API to show them");
        Change change = change(owner, base, members.get(0).id(), workers.get(0).userId());

        Map<String, List<SupportSessions.Session>> sessions = new LinkedHashMap<>();
        List<SupportSessions.Session> commissioners = new ArrayList<>();
        progress.accept("Signing %d commissioners in over HTTP".formatted(settings.clients()));
        for (int c = 0; c < settings.clients(); c++) {
          String username = "bench-commissioner-%02d".formatted(c + 1);
          account(accounts, username, Role.COMMISSIONER, council, password);
          // The home page, which every role has: the dashboard may not be in this build.
          commissioners.add(SupportSessions.signIn(base, username, password, "/"));
        }
        sessions.put("commissioner", commissioners);
        List<String> codes =
            web.getBean(IndicatorDefinitions.class).inForce(LocalDate.now(UK)).stream()
                .map(IndicatorDefinition::code)
                .toList();
        List<CommissioningResult.Workload> workloads = new ArrayList<>();
        workloads.add(
            load(
                "dashboard",
                DASHBOARD,
                "GET /outcomes as a commissioner: every indicator for the last twelve full months, each"
                    + " with its chart and table; each page must end",
                List.of("/outcomes"),
                commissioners,
                base,
                data));
        workloads.add(
            load(
                "indicator",
                DRILL_DOWN,
                "GET /outcomes/indicators/{code}?by=member for each of the %d indicators in turn"
                    .formatted(codes.size()),
                codes.stream().map(c -> "/outcomes/indicators/" + c + "?by=member").toList(),
                commissioners,
                base,
                data));
        String loadAfter = MachineLoad.now();
        return new OutcomesResult(
            settings,
            webStartSeconds,
            generateSeconds,
            contacts,
            tallyRows,
            firstFillSeconds,
            recomputations,
            change.seconds(),
            change.note(),
            workloads,
            Runtime.getRuntime().maxMemory() >> 20,
            loadBefore,
            loadAfter,
            settings.keep() ? data.toString() : data + " (deleted)");
      }
    } finally {
      if (!settings.keep()) {
        DataFolder.delete(data, settings.dataDir() != null);
      }
    }
  }

  /** The tallies for the last twelve full months in SQL, then every indicator's figures afresh. */
  private OutcomesResult.Recomputation recompute(
      ConfigurableApplicationContext web, Tallies tallies) {
    YearMonth to = YearMonth.now(UK).minusMonths(1);
    YearMonth from = to.minusMonths(11);
    long started = System.nanoTime();
    tallies.recompute(from, to);
    double tallySeconds = BenchNode.seconds(started);
    Indicators indicators = web.getBean(Indicators.class);
    List<IndicatorDefinition> definitions =
        web.getBean(IndicatorDefinitions.class).inForce(LocalDate.now(UK));
    started = System.nanoTime();
    for (IndicatorDefinition definition : definitions) {
      // The version moved with the recomputation, so none of these comes from the cache.
      indicators.figures(definition.code(), from, to, Period.MONTH, Breakdown.NONE);
      indicators.figures(definition.code(), from, to, Period.MONTH, Breakdown.MEMBER);
    }
    double figuresSeconds = BenchNode.seconds(started);
    progress.accept(
        "Recomputed %s to %s: tallies %.2f s, %d indicators' figures %.2f s"
            .formatted(from, to, tallySeconds, definitions.size(), figuresSeconds));
    return new OutcomesResult.Recomputation(tallySeconds, figuresSeconds, definitions.size());
  }

  private record Change(double seconds, String note) {}

  /**
   * Ten missed appointments this morning at the first member, committed at once; the public API's
   * did-not-attend figure for this month (everyone) polled every quarter second until it moves.
   */
  private Change change(DataSource owner, String base, UUID member, UUID worker)
      throws SQLException, IOException, InterruptedException {
    YearMonth month = YearMonth.now(UK);
    String path =
        "/api/outcomes/indicators/did-not-attend-rate?from=%s&to=%s&period=month"
            .formatted(month, month);
    String before = totalNumerator(base + path);
    long started;
    try (Connection c = owner.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                """
                insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                             outcome, recorded_by)
                select p.id, ?, ?, 'phone', date_trunc('day', now()) + interval '1 minute' * g,
                       'did-not-attend', ?
                  from support.person p, generate_series(1, 10) g
                 where p.registered_by_member = ?
                 limit 10
                """)) {
      insert.setObject(1, member);
      insert.setObject(2, worker);
      insert.setObject(3, worker);
      insert.setObject(4, member);
      insert.executeUpdate();
      started = System.nanoTime();
    }
    while (BenchNode.seconds(started) < 180) {
      String now = totalNumerator(base + path);
      if (!now.equals(before)) {
        return new Change(
            BenchNode.seconds(started),
            "this month's missed appointments went from %s to %s".formatted(before, now));
      }
      Thread.sleep(250);
    }
    return new Change(-1, "the figure stayed at " + before + " for three minutes");
  }

  private String totalNumerator(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered HTTP " + response.statusCode());
    }
    Matcher m = TOTAL_NUMERATOR.matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException(url + " gave no total: " + response.body());
    }
    return m.group(1);
  }

  /** Checks the first page once from this JVM, then drives the paths from a JVM of its own. */
  private CommissioningResult.Workload load(
      String key,
      String name,
      String request,
      List<String> paths,
      List<SupportSessions.Session> sessions,
      String base,
      Path data)
      throws IOException, InterruptedException {
    double target = OutcomesResult.DASHBOARD_TARGET_P95_MS;
    Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
    for (int c = 0; c < sessions.size(); c++) {
      List<LoadPlan.Request> mine = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        mine.add(LoadPlan.Request.get(paths.get((c + i) % paths.size())));
      }
      requests.put(c, mine);
    }
    LoadPlan plan =
        new LoadPlan(
            key,
            "</html>",
            false,
            base,
            sessions.stream().map(SupportSessions.Session::cookie).toList(),
            requests);
    HttpResponse<String> first =
        http.send(
            HttpRequest.newBuilder(URI.create(base + paths.get(0)))
                .timeout(TIMEOUT)
                .header("Cookie", sessions.get(0).cookie())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() == 404) {
      String why = "GET " + paths.get(0) + " answers 404: this build has no such page";
      progress.accept("%s: not run (%s)".formatted(name, why));
      return new CommissioningResult.Workload(
          key, name, request, sessions.size(), target, null, why, null);
    }
    if (first.statusCode() != 200 || !first.body().contains("</html>")) {
      String why = "GET %s answered HTTP %d".formatted(paths.get(0), first.statusCode());
      progress.accept("%s: NOT run (%s)".formatted(name, why));
      return new CommissioningResult.Workload(
          key, name, request, sessions.size(), target, null, null, why);
    }
    Path file = plan.write(data.resolve("plan-" + key + ".tsv"));
    progress.accept(
        "%s: %d clients through a separate JVM, %d s warm-up, then %d s measured"
            .formatted(name, sessions.size(), settings.warmupSeconds(), settings.seconds()));
    PlanClient.Figures figures =
        PlanClient.java(
            base,
            file,
            settings.warmupSeconds(),
            settings.seconds(),
            data.resolve("load-" + key + ".log"));
    return new CommissioningResult.Workload(
        key, name, request, sessions.size(), target, figures, null, null);
  }

  private static UserAccount account(
      UserAccounts accounts, String username, Role role, UUID organisation, String password) {
    UserAccount account =
        accounts.create(
            new NewUser(
                username, "Bench " + role.label(), null, organisation, Set.of(role), password),
            true);
    accounts.markAsDemoAccount(account.id());
    return account;
  }

  private static List<UUID> longestRegistered(DataSource owner, int howMany) throws SQLException {
    List<UUID> people = new ArrayList<>();
    try (Connection c = owner.getConnection();
        PreparedStatement q =
            c.prepareStatement("select id from support.person order by registered_at limit ?")) {
      q.setInt(1, howMany);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          people.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return people;
  }

  private static void setPaused(DataSource owner, boolean paused) throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement update =
            c.prepareStatement("update support.tally_version set paused = ?")) {
      update.setBoolean(1, paused);
      update.executeUpdate();
    }
  }

  private static long count(DataSource owner, String sql) throws SQLException {
    try (Connection c = owner.getConnection();
        PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
