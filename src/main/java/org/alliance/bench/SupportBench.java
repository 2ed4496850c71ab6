package org.alliance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The support benchmark, step by step: start the web application on a fresh embedded database of
 * its own (in demo mode, for the demo alliance's members; the benchmark's practitioners are marked
 * as demo accounts, so the second factor is waived as it is for the demo users, and only in demo
 * mode), generate people and their histories in SQL (and five-year plans for a few of each client's
 * people and for the people given their own accounts, and the national return's details of every
 * episode), sign practitioners in over HTTP, then drive four workloads from a load generator
 * outside the server's JVM (wrk, or a JVM of its own); then people signed in to their own accounts
 * open "My plan". Each workload is followed by the same work as bare SQL at the same concurrency
 * and from one client. Last, each member's data lead downloads last month's NDTMS extract with
 * curl. {@code --only} runs some of these on the same data.
 */
public final class SupportBench {

  static final String RECORD = "open a record";
  static final String SEARCH = "find by name and date of birth";
  static final String MATCH = "registration's match check";
  static final String PLAN = "open a plan and its journey chart";
  static final String MY_PLAN = "a person opens their own plan (/my-plan)";

  /** People given a five-year plan for each client, to open in the plan workload. */
  static final int PLANS_PER_CLIENT = 5;

  private final SupportBenchSettings settings;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;

  public SupportBench(
      SupportBenchSettings settings,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    this.settings = settings;
    this.application = application;
    this.progress = progress;
  }

  public SupportResult run() throws Exception {
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
        List<Organisation> members =
            web.getBean(Organisations.class).all().stream()
                .filter(o -> o.relationship() == Relationship.MEMBER)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
        if (members.isEmpty()) {
          throw new IllegalStateException("The demo alliance has no members");
        }
        String password = "bench-" + UUID.randomUUID();
        List<SupportSqlBaseline.Viewer> viewers = practitioners(accounts, members, password);
        List<SupportData.Worker> workers = new ArrayList<>();
        for (int c = 0; c < viewers.size(); c++) {
          workers.add(new SupportData.Worker(viewers.get(c).userId(), c % members.size()));
        }

        progress.accept(
            "Generating %,d people, about %,d contacts, %,d referrals and %,d case notes in SQL"
                .formatted(
                    settings.people(),
                    settings.contacts(),
                    settings.referrals(),
                    settings.caseNotes()));
        SupportData.Generated generated =
            new SupportData(owner, progress)
                .generate(
                    new SupportData.Sizes(
                        settings.people(),
                        settings.contacts(),
                        settings.referrals(),
                        settings.caseNotes()),
                    members.stream().map(Organisation::id).toList(),
                    workers,
                    settings.seed());

        // The same data whichever workloads run, so that a run of one is like for like with a
        // run of all: the practitioners' plans, the people's own plans and the NDTMS details.
        started = System.nanoTime();
        List<List<UUID>> planPeople = planPeople(owner, viewers);
        List<UUID> practitionersPlans =
            planPeople.stream().flatMap(List::stream).distinct().toList();
        List<UUID> accountPeople =
            OwnAccounts.people(owner, practitionersPlans, settings.personAccounts());
        if (accountPeople.size() < settings.myPlanClients()) {
          throw new IllegalStateException(
              "Only %d people to give an own account, for %d my-plan clients"
                  .formatted(accountPeople.size(), settings.myPlanClients()));
        }
        List<UUID> withPlans = new ArrayList<>(practitionersPlans);
        accountPeople.stream().filter(p -> !withPlans.contains(p)).forEach(withPlans::add);
        progress.accept(
            ("Giving %d of each client's people five years of plan, %d people (some the same) an"
                    + " own account's five-year plan, and every episode its NDTMS details")
                .formatted(PLANS_PER_CLIENT, accountPeople.size()));
        Map<String, Long> detailRows = new LinkedHashMap<>();
        new PlanData(owner, progress)
            .generate(withPlans)
            .forEach((table, n) -> detailRows.merge(table, n, Long::sum));
        YearMonth month = YearMonth.now(java.time.ZoneId.of("Europe/London")).minusMonths(1);
        new NdtmsData(owner, progress)
            .generate(members.stream().map(Organisation::id).toList(), month)
            .forEach((table, n) -> detailRows.merge(table, n, Long::sum));
        double detailSeconds = BenchNode.seconds(started);

        boolean practitionersWork =
            settings.runs("record")
                || settings.runs("search")
                || settings.runs("match")
                || settings.runs("plan");
        List<SupportSessions.Session> sessions = new ArrayList<>();
        double signInSeconds = Double.NaN;
        if (practitionersWork) {
          progress.accept("Signing %d practitioners in over HTTP".formatted(viewers.size()));
          started = System.nanoTime();
          for (SupportSqlBaseline.Viewer viewer : viewers) {
            sessions.add(SupportSessions.signIn(base, viewer.username(), password));
          }
          signInSeconds = BenchNode.seconds(started);
        }

        OwnAccounts.Made own = null;
        List<SupportSessions.Session> ownSessions = new ArrayList<>();
        String ownAccounts = null;
        String myPlanShows = null;
        if (settings.runs("my-plan")) {
          progress.accept(
              "Making %d people's own accounts, and a proxy for one in %d, as activation does"
                  .formatted(accountPeople.size(), OwnAccounts.PROXY_EVERY));
          own = OwnAccounts.make(accounts, owner, accountPeople, password);
          progress.accept(
              "Signing %d people in to their own accounts over HTTP"
                  .formatted(settings.myPlanClients()));
          started = System.nanoTime();
          for (int c = 0; c < settings.myPlanClients(); c++) {
            ownSessions.add(
                SupportSessions.signIn(
                    base, own.people().get(c).username(), password, MY_PLAN_PATH));
          }
          double ownSignIn = BenchNode.seconds(started);
          ownAccounts =
              ("%d people's own accounts (relation self, every part) and %d proxies (plan and"
                      + " appointments) made in %.1f s, each password hashed as the application"
                      + " hashes every password; %d people signed in over HTTP in %.1f s")
                  .formatted(
                      own.people().size(),
                      own.proxies().size(),
                      own.seconds(),
                      ownSessions.size(),
                      ownSignIn);
          myPlanShows =
              myPlanShows(base, ownSessions.get(0), own.people().get(0), own, password, owner);
        }

        Inputs inputs = inputs(owner, viewers);
        String recordShows =
            settings.runs("record")
                ? recordShows(base, sessions.get(0), inputs.records().get(0).get(0))
                : null;
        String planShows =
            settings.runs("plan")
                ? planShows(base, sessions.get(0), planPeople.get(0).get(0), owner)
                : null;
        List<String> cookies = sessions.stream().map(SupportSessions.Session::cookie).toList();
        List<Run> runs = new ArrayList<>();
        if (settings.runs("record")) {
          Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
          List<List<SupportSqlBaseline.Work>> work = new ArrayList<>();
          for (int c = 0; c < viewers.size(); c++) {
            SupportSqlBaseline.Viewer v = viewers.get(c);
            requests.put(
                c,
                inputs.records().get(c).stream()
                    .map(id -> LoadPlan.Request.get("/people/" + id))
                    .toList());
            work.add(
                inputs.records().get(c).stream()
                    .map(
                        id ->
                            (SupportSqlBaseline.Work)
                                conn -> SupportSqlBaseline.record(conn, v, id))
                    .toList());
          }
          runs.add(
              new Run(
                  "record",
                  RECORD,
                  "GET /people/{id} (a person of the client's member)",
                  50.0,
                  new LoadPlan("record", "About them", false, base, cookies, requests),
                  work,
                  interleave(work, settings.sqlIterations())));
        }
        if (settings.runs("search")) {
          Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
          List<List<SupportSqlBaseline.Work>> work = new ArrayList<>();
          for (int c = 0; c < viewers.size(); c++) {
            SupportSqlBaseline.Viewer v = viewers.get(c);
            requests.put(
                c, inputs.searches().get(c).stream().map(SupportBench::searchRequest).toList());
            work.add(
                inputs.searches().get(c).stream()
                    .map(
                        s ->
                            (SupportSqlBaseline.Work) conn -> SupportSqlBaseline.search(conn, v, s))
                    .toList());
          }
          runs.add(
              new Run(
                  "search",
                  SEARCH,
                  "GET /people?name=..&dobDay=..&dobMonth=..&dobYear=.. (existing people, some"
                      + " misspelt); a search's page shows its results alone, without the caseload",
                  50.0,
                  new LoadPlan("search", "id=\"results\"", false, base, cookies, requests),
                  work,
                  interleave(work, settings.sqlIterations())));
        }
        if (settings.runs("match")) {
          Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
          List<List<SupportSqlBaseline.Work>> work = new ArrayList<>();
          for (int c = 0; c < viewers.size(); c++) {
            SupportSqlBaseline.Viewer v = viewers.get(c);
            String token = sessions.get(c).csrfToken();
            requests.put(
                c, inputs.typed().get(c).stream().map(t -> matchRequest(t, token)).toList());
            work.add(
                inputs.typed().get(c).stream()
                    .map(
                        t ->
                            (SupportSqlBaseline.Work)
                                conn -> SupportSqlBaseline.matches(conn, v, t))
                    .toList());
          }
          runs.add(
              new Run(
                  "match",
                  MATCH,
                  "POST /people/new without matchesSeen (existing people's details, some misspelt)",
                  100.0,
                  new LoadPlan("match", "Is this the same person?", true, base, cookies, requests),
                  work,
                  interleave(work, settings.sqlIterations())));
        }
        if (settings.runs("plan")) {
          Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
          List<List<SupportSqlBaseline.Work>> work = new ArrayList<>();
          for (int c = 0; c < viewers.size(); c++) {
            SupportSqlBaseline.Viewer v = viewers.get(c);
            requests.put(
                c,
                planPeople.get(c).stream()
                    .map(id -> LoadPlan.Request.get("/people/" + id + "/plan"))
                    .toList());
            work.add(
                planPeople.get(c).stream()
                    .map(
                        id ->
                            (SupportSqlBaseline.Work) conn -> SupportSqlBaseline.plan(conn, v, id))
                    .toList());
          }
          runs.add(
              new Run(
                  "plan",
                  PLAN,
                  ("GET /people/{id}/plan (%d people of the client's member, each with five years:"
                          + " 200 contacts, 20 goals rated at 20 reviews, 12 TOP; the journey chart"
                          + " drawn)")
                      .formatted(PLANS_PER_CLIENT),
                  100.0,
                  new LoadPlan("plan", PLAN_PAGE_END, false, base, cookies, requests),
                  work,
                  interleave(work, settings.sqlIterations())));
        }
        if (own != null) {
          runs.add(myPlanRun(base, own, ownSessions));
        }

        boolean wrk =
            settings.generator().equals("wrk")
                || (settings.generator().equals("auto")
                    && PlanClient.wrkInstalled()
                    && Files.isReadable(settings.wrkScript()));
        if (settings.generator().equals("wrk") && !Files.isReadable(settings.wrkScript())) {
          throw new IllegalArgumentException("No wrk script at " + settings.wrkScript());
        }
        List<MemoryPoolMXBean> heap =
            ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<PlanClient.Figures> api = new ArrayList<>();
        for (Run run : runs) {
          Path file = run.plan().write(data.resolve("plan-" + run.plan().name() + ".tsv"));
          Path log = data.resolve("load-" + run.plan().name() + ".log");
          progress.accept(
              "%s: %d clients through %s, %d s warm-up, then %d s measured"
                  .formatted(
                      run.name(),
                      run.clients(),
                      wrk ? "wrk" : "a separate JVM",
                      settings.warmupSeconds(),
                      settings.seconds()));
          api.add(
              wrk
                  ? PlanClient.wrk(
                      base,
                      file,
                      settings.wrkScript(),
                      run.clients(),
                      settings.warmupSeconds(),
                      settings.seconds(),
                      log)
                  : PlanClient.java(base, file, settings.warmupSeconds(), settings.seconds(), log));
        }
        String loadAfter = MachineLoad.now();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
        long usedAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.gc();
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;

        SupportSqlBaseline sql = new SupportSqlBaseline(owner);
        List<SupportResult.Workload> workloads = new ArrayList<>();
        for (int w = 0; w < runs.size(); w++) {
          Run run = runs.get(w);
          progress.accept(
              "%s as bare SQL: %d connections for %d s, then %d from one"
                  .formatted(
                      run.name(), run.clients(), settings.seconds(), run.oneConnection().size()));
          Latencies.Summary many = sql.concurrently(run.work(), settings.seconds());
          Latencies.Summary one = sql.oneClient(run.oneConnection());
          workloads.add(
              new SupportResult.Workload(
                  run.key(),
                  run.name(),
                  run.clients(),
                  run.request(),
                  run.target(),
                  api.get(w),
                  many,
                  one));
        }
        Latencies.Summary caseload = null;
        if (settings.runs("record") || settings.runs("search") || settings.runs("match")) {
          progress.accept("The caseload (every /people page lists it) as bare SQL");
          caseload =
              sql.oneClient(
                  viewers.stream()
                      .map(
                          v ->
                              (SupportSqlBaseline.Work)
                                  conn -> SupportSqlBaseline.caseload(conn, v))
                      .toList());
        }
        SupportResult.Ndtms ndtms = null;
        if (settings.runs("ndtms")) {
          progress.accept(
              "NDTMS extract for %s: one data lead a member signs in, then curl downloads each"
                  .formatted(month));
          List<NdtmsExtracts.Lead> leads = new ArrayList<>();
          for (Organisation member : members) {
            String lead = dataLead(accounts, member, password);
            leads.add(
                new NdtmsExtracts.Lead(
                    member.name(), SupportSessions.signIn(base, lead, password, "/ndtms")));
          }
          ndtms = NdtmsExtracts.run(base, leads, month, data, progress);
        }
        Map<String, String> explained = explain(sql, inputs, viewers.get(0), own);
        return new SupportResult(
            settings,
            members.size(),
            webStartSeconds,
            generated.seconds(),
            generated.indexSeconds(),
            generated.analyzeSeconds(),
            generated.rows(),
            detailRows,
            detailSeconds,
            signInSeconds,
            workloads,
            caseload,
            usedAfter,
            afterGc,
            peak,
            Runtime.getRuntime().maxMemory() >> 20,
            recordShows,
            planShows,
            ownAccounts,
            myPlanShows,
            ndtms,
            explained,
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

  /**
   * One workload to run: its load plan for the HTTP clients, each client's bare SQL, and the bare
   * SQL's one-connection run.
   */
  private record Run(
      String key,
      String name,
      String request,
      double target,
      LoadPlan plan,
      List<List<SupportSqlBaseline.Work>> work,
      List<SupportSqlBaseline.Work> oneConnection) {

    int clients() {
      return plan.clients();
    }
  }

  /** The person's own page, where a person's or a proxy's account lands. */
  static final String MY_PLAN_PATH = "/my-plan";

  /** What the page says when the account reaches no plan: never an answer in this workload. */
  static final String NO_PLAN = "You cannot see a plan now";

  /**
   * The my-plan workload: each client a different person signed in to their own account, opening
   * "My plan" round and round; a page counts only when drawn to its end with the person's own first
   * goal (its words, and its id in the page's link to it). The bare SQL's one connection reads
   * every account's plan in turn, not only the signed-in people's.
   */
  private Run myPlanRun(String base, OwnAccounts.Made own, List<SupportSessions.Session> sessions) {
    Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
    Map<Integer, List<String>> expects = new LinkedHashMap<>();
    List<List<SupportSqlBaseline.Work>> work = new ArrayList<>();
    for (int c = 0; c < sessions.size(); c++) {
      OwnAccounts.Own person = own.people().get(c);
      requests.put(c, List.of(LoadPlan.Request.get(MY_PLAN_PATH)));
      expects.put(c, ownPlanShows(person));
      work.add(List.of(conn -> SupportSqlBaseline.myPlan(conn, person.viewer())));
    }
    List<SupportSqlBaseline.Work> oneConnection = new ArrayList<>();
    for (int i = 0; i < settings.sqlIterations(); i++) {
      OwnAccounts.Own person = own.people().get(i % own.people().size());
      oneConnection.add(conn -> SupportSqlBaseline.myPlan(conn, person.viewer()));
    }
    return new Run(
        "my-plan",
        MY_PLAN,
        ("GET /my-plan, each client a different person signed in to their own account (of %d"
                + " people with one, and %d proxies), each with a five-year plan: 20 goals rated at"
                + " 20 reviews, 8 people around them; the journey chart drawn; a page counts when it"
                + " ends, holds the person's first goal's words and id, and not \"%s\"")
            .formatted(own.people().size(), own.proxies().size(), NO_PLAN),
        100.0,
        new LoadPlan(
            "my-plan",
            "</html>",
            false,
            base,
            sessions.stream().map(SupportSessions.Session::cookie).toList(),
            requests,
            expects,
            NO_PLAN),
        work,
        oneConnection);
  }

  /** What a person's own page must hold: their first goal's words, as the page escapes them. */
  private static List<String> ownPlanShows(OwnAccounts.Own person) {
    return List.of(html(person.firstGoalWords()), person.firstGoalId().toString());
  }

  /** Text as Thymeleaf's th:text writes it into a page. */
  static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;")
        .replace('\t', ' ')
        .replace('\n', ' ');
  }

  /**
   * One practitioner per client, spread over the members in turn, each marked as a demo account: in
   * demo mode (only) the second factor is then not asked of them, as for the demo users.
   */
  private List<SupportSqlBaseline.Viewer> practitioners(
      UserAccounts accounts, List<Organisation> members, String password) {
    List<SupportSqlBaseline.Viewer> viewers = new ArrayList<>();
    for (int c = 0; c < settings.clients(); c++) {
      Organisation member = members.get(c % members.size());
      String username = "bench-practitioner-%02d".formatted(c + 1);
      UserAccount account =
          accounts.create(
              new NewUser(
                  username,
                  "Bench Practitioner " + (c + 1),
                  null,
                  member.id(),
                  java.util.Set.of(Role.PRACTITIONER),
                  password),
              true);
      accounts.markAsDemoAccount(account.id());
      viewers.add(new SupportSqlBaseline.Viewer(account.id(), username, member.id()));
    }
    return viewers;
  }

  /** A data lead for the member, marked as a demo account like the practitioners. */
  private static String dataLead(UserAccounts accounts, Organisation member, String password) {
    String username = "bench-data-lead-" + member.id().toString().substring(0, 8);
    UserAccount account =
        accounts.create(
            new NewUser(
                username,
                "Bench data lead, " + member.name(),
                null,
                member.id(),
                java.util.Set.of(Role.DATA_LEAD),
                password),
            true);
    accounts.markAsDemoAccount(account.id());
    return username;
  }

  /**
   * Each client's people to give a five-year plan: {@link #PLANS_PER_CLIENT} of those registered by
   * the client's member, the longest registered first (so most have five years behind them), no two
   * clients the same people.
   */
  private static List<List<UUID>> planPeople(
      DataSource owner, List<SupportSqlBaseline.Viewer> viewers) throws SQLException {
    Map<UUID, List<Integer>> clientsAt = new LinkedHashMap<>();
    for (int c = 0; c < viewers.size(); c++) {
      clientsAt.computeIfAbsent(viewers.get(c).memberId(), m -> new ArrayList<>()).add(c);
    }
    List<List<UUID>> people = new ArrayList<>();
    viewers.forEach(v -> people.add(new ArrayList<>()));
    try (Connection c = owner.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                """
                select p.id from support.person p
                 where p.registered_by_member = ? and p.merged_into is null
                   and not exists (select 1 from support.plan x where x.person_id = p.id)
                 order by p.registered_at, p.id limit ?
                """)) {
      for (Map.Entry<UUID, List<Integer>> member : clientsAt.entrySet()) {
        List<Integer> clients = member.getValue();
        q.setObject(1, member.getKey());
        q.setInt(2, PLANS_PER_CLIENT * clients.size());
        List<UUID> found = new ArrayList<>();
        try (ResultSet rows = q.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getObject(1, UUID.class));
          }
        }
        if (found.isEmpty()) {
          throw new IllegalStateException("No people at the member of a client to give a plan");
        }
        for (int i = 0; i < Math.max(found.size(), clients.size()); i++) {
          people.get(clients.get(i % clients.size())).add(found.get(i % found.size()));
        }
      }
    }
    return people;
  }

  /** Each client's own people to open, names to find and details to register. */
  record Inputs(
      List<List<UUID>> records,
      List<List<SupportSqlBaseline.Search>> searches,
      List<List<SupportSqlBaseline.Typed>> typed) {}

  private Inputs inputs(DataSource owner, List<SupportSqlBaseline.Viewer> viewers)
      throws SQLException {
    int n = settings.perClient();
    SplittableRandom random = new SplittableRandom(settings.seed());
    List<List<UUID>> records = new ArrayList<>();
    List<List<SupportSqlBaseline.Search>> searches = new ArrayList<>();
    List<List<SupportSqlBaseline.Typed>> typed = new ArrayList<>();
    try (Connection c = owner.getConnection()) {
      try (PreparedStatement q =
          c.prepareStatement(
              "select id from support.person where registered_by_member = ? order by random() limit ?")) {
        for (SupportSqlBaseline.Viewer viewer : viewers) {
          q.setObject(1, viewer.memberId());
          q.setInt(2, n);
          List<UUID> ids = new ArrayList<>();
          try (ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getObject(1, UUID.class));
            }
          }
          if (ids.isEmpty()) {
            throw new IllegalStateException("No people at the member of " + viewer.username());
          }
          records.add(ids);
        }
      }
      List<Object[]> people = new ArrayList<>();
      try (PreparedStatement q =
          c.prepareStatement(
              """
              select given_name, family_name, date_of_birth, postcode from support.person
               where date_of_birth is not null order by random() limit ?
              """)) {
        q.setInt(1, 2 * n * viewers.size());
        try (ResultSet rows = q.executeQuery()) {
          while (rows.next()) {
            people.add(
                new Object[] {
                  rows.getString(1),
                  rows.getString(2),
                  rows.getObject(3, LocalDate.class),
                  rows.getString(4)
                });
          }
        }
      }
      int next = 0;
      for (int v = 0; v < viewers.size(); v++) {
        List<SupportSqlBaseline.Search> mine = new ArrayList<>();
        List<SupportSqlBaseline.Typed> toRegister = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Object[] p = people.get(next++ % people.size());
          String given = (String) p[0];
          String family = (String) p[1];
          double r = random.nextDouble();
          String name =
              r < 0.15
                  ? given + " " + misspelt(family, random)
                  : r < 0.25 ? given.charAt(0) + " " + family : given + " " + family;
          mine.add(new SupportSqlBaseline.Search(name, (LocalDate) p[2]));
          Object[] q = people.get(next++ % people.size());
          LocalDate dob = (LocalDate) q[2];
          String typedFamily = (String) q[1];
          double s = random.nextDouble();
          if (s < 0.15 && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
          } else if (s < 0.35) {
            typedFamily = misspelt(typedFamily, random);
          }
          toRegister.add(
              new SupportSqlBaseline.Typed((String) q[0], typedFamily, dob, (String) q[3]));
        }
        searches.add(mine);
        typed.add(toRegister);
      }
    }
    return new Inputs(records, searches, typed);
  }

  /** Two neighbouring letters swapped, or one left out: the commonest slips. */
  static String misspelt(String name, SplittableRandom random) {
    if (name.length() < 4) {
      return name;
    }
    int at = 1 + random.nextInt(name.length() - 2);
    if (random.nextBoolean()) {
      return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }
    return name.substring(0, at) + name.substring(at + 1);
  }

  private static LoadPlan.Request searchRequest(SupportSqlBaseline.Search s) {
    LocalDate d = s.dateOfBirth();
    return LoadPlan.Request.get(
        "/people?name="
            + SupportSessions.encode(s.name())
            + "&dobDay="
            + d.getDayOfMonth()
            + "&dobMonth="
            + d.getMonthValue()
            + "&dobYear="
            + d.getYear());
  }

  private static LoadPlan.Request matchRequest(SupportSqlBaseline.Typed t, String token) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("matchesSeen", "");
    form.put("givenName", t.given());
    form.put("familyName", t.family());
    form.put("dobDay", String.valueOf(t.dateOfBirth().getDayOfMonth()));
    form.put("dobMonth", String.valueOf(t.dateOfBirth().getMonthValue()));
    form.put("dobYear", String.valueOf(t.dateOfBirth().getYear()));
    form.put("postcode", t.postcode() == null ? "" : t.postcode());
    form.put("consent", "given");
    return LoadPlan.Request.post("/people/new", SupportSessions.form(form));
  }

  /** The first {@code count} pieces of work, taken from each client in turn. */
  private static List<SupportSqlBaseline.Work> interleave(
      List<List<SupportSqlBaseline.Work>> perClient, int count) {
    List<SupportSqlBaseline.Work> all = new ArrayList<>();
    for (int i = 0; all.size() < count; i++) {
      boolean any = false;
      for (List<SupportSqlBaseline.Work> mine : perClient) {
        if (i < mine.size() && all.size() < count) {
          all.add(mine.get(i));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return all;
  }

  /**
   * Whether the record page, as the application serves it now, shows the person's latest events and
   * open referrals (other work on issue 13 adds them): judged by text only generated contacts and
   * referrals hold.
   */
  private static String recordShows(String base, SupportSessions.Session session, UUID person)
      throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/people/" + person))
                    .header("Cookie", session.cookie())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200) {
      throw new IllegalStateException(
          session.username()
              + " could not open a record of their member: HTTP "
              + page.statusCode());
    }
    boolean events =
        List.of(
                "Talked through the week",
                "Reviewed the recovery plan",
                "Checked in by phone",
                "Went with them",
                "Group session",
                "Planned the next step",
                "Talked about sleep",
                "Followed up the missed")
            .stream()
            .anyMatch(page.body()::contains);
    boolean referrals = page.body().contains("Referred for support with");
    return "contacts "
        + (events ? "shown" : "not shown")
        + ", referrals "
        + (referrals ? "shown" : "not shown");
  }

  /** The text at the end of the plan page, there only when the whole page was drawn. */
  static final String PLAN_PAGE_END = "Change how often";

  /**
   * Whether the plan page draws the journey chart for a generated plan, with what one plan holds.
   */
  private static String planShows(
      String base, SupportSessions.Session session, UUID person, DataSource owner)
      throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/people/" + person + "/plan"))
                    .header("Cookie", session.cookie())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200 || !page.body().contains(PLAN_PAGE_END)) {
      throw new IllegalStateException(
          session.username()
              + " could not open the plan of a person of their member: HTTP "
              + page.statusCode());
    }
    boolean chart = page.body().contains("class=\"alliance-chart\"");
    Map<String, Long> counts;
    try (Connection c = owner.getConnection()) {
      counts = PlanData.counts(c, person);
    }
    return "journey chart "
        + (chart ? "shown" : "NOT shown")
        + "; one plan holds "
        + counts.entrySet().stream()
            .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
            .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * What "My plan" shows the first signed-in person (their first goal, the journey chart, what
   * their plan holds), and whether a proxy's account opens the same person's plan without the
   * person's own links.
   */
  private static String myPlanShows(
      String base,
      SupportSessions.Session session,
      OwnAccounts.Own person,
      OwnAccounts.Made own,
      String password,
      DataSource owner)
      throws Exception {
    HttpResponse<String> page = get(base + MY_PLAN_PATH, session);
    if (page.statusCode() != 200
        || !ownPlanShows(person).stream().allMatch(page.body()::contains)
        || page.body().contains(NO_PLAN)) {
      throw new IllegalStateException(
          session.username()
              + " could not open their own plan with its first goal: HTTP "
              + page.statusCode());
    }
    boolean chart = page.body().contains("class=\"alliance-chart\"");
    String proxy = "no proxy made";
    if (!own.proxies().isEmpty()) {
      OwnAccounts.Proxy carer = own.proxies().get(0);
      HttpResponse<String> shared =
          get(
              base + MY_PLAN_PATH,
              SupportSessions.signIn(base, carer.username(), password, MY_PLAN_PATH));
      boolean goal = shared.body().contains(html(carer.firstGoalWords()));
      boolean links = shared.body().contains("/my-plan/goals/");
      if (shared.statusCode() != 200 || !goal || links) {
        throw new IllegalStateException(
            "A proxy could not open the plan shared with them, or was offered the person's own"
                + " changes: HTTP "
                + shared.statusCode());
      }
      proxy = "a proxy's page opens the person's plan, without the person's own links";
    }
    Map<String, Long> counts;
    try (Connection c = owner.getConnection()) {
      counts = PlanData.counts(c, person.personId());
    }
    return "first goal shown, journey chart "
        + (chart ? "shown" : "NOT shown")
        + "; "
        + proxy
        + "; one person's plan holds "
        + counts.entrySet().stream()
            .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
            .collect(java.util.stream.Collectors.joining(", "));
  }

  private static HttpResponse<String> get(String url, SupportSessions.Session session)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.cookie())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Query plans for the report's appendix, of the workloads that ran. */
  private Map<String, String> explain(
      SupportSqlBaseline sql, Inputs inputs, SupportSqlBaseline.Viewer viewer, OwnAccounts.Made own)
      throws SQLException {
    Map<String, String> plans = new LinkedHashMap<>();
    if (settings.runs("search")) {
      SupportSqlBaseline.Search search = inputs.searches().get(0).get(0);
      plans.put(
          "search for \"" + search.name() + "\" born " + search.dateOfBirth(),
          sql.explain(SupportSqlBaseline.SEARCH, SupportSqlBaseline.searchParams(search)));
    }
    if (settings.runs("match")) {
      SupportSqlBaseline.Typed typed = inputs.typed().get(0).get(0);
      plans.put(
          "likely matches for \""
              + typed.given()
              + " "
              + typed.family()
              + "\" born "
              + typed.dateOfBirth(),
          sql.explain(SupportSqlBaseline.MATCHES, SupportSqlBaseline.matchParams(typed)));
    }
    if (settings.runs("record") || settings.runs("search") || settings.runs("match")) {
      plans.put(
          "caseload of " + viewer.username(),
          sql.explain(
              SupportSqlBaseline.CASELOAD.replace("= ?", "= :me"), Map.of("me", viewer.userId())));
    }
    if (settings.runs("record")) {
      UUID person = inputs.records().get(0).get(0);
      plans.put(
          "latest 50 events of a record",
          sql.explain(
              SupportSqlBaseline.LATEST_EVENTS.replace("person_id = ?", "person_id = :person"),
              Map.of("person", person)));
    }
    if (own != null) {
      OwnAccounts.Own person = own.people().get(0);
      plans.put(
          "my plan: the account's own view",
          sql.explain(
              SupportSqlBaseline.OWN_VIEW
                  .replace("a.user_id = ?", "a.user_id = :user")
                  .replace("a.ends_on > ?", "a.ends_on > current_date"),
              Map.of("user", person.userId())));
      plans.put(
          "my plan: the goals",
          sql.explain(
              SupportSqlBaseline.OWN_GOALS
                  .replace("person_id = ?", "person_id = :person")
                  .replace(
                      "cast(? as text[])",
                      "cast('{" + String.join(",", SupportSqlBaseline.LABELS) + "}' as text[])"),
              Map.of("person", person.personId())));
      plans.put(
          "my plan: every goal's scores",
          sql.explain(
              SupportSqlBaseline.OWN_RATINGS.replace("person_id = ?", "person_id = :person"),
              Map.of("person", person.personId())));
    }
    return plans;
  }
}
