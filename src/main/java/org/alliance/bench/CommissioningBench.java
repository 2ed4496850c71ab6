package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.alliance.needs.IndicatorImports;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commissioning benchmark: start the web application on a fresh embedded database of its own
 * (demo mode, so the demo alliance's councils, members and users are there, and the benchmark's
 * accounts may skip the second factor as the demo users do), add member organisations, generate the
 * register and ten years of open-book ledger in SQL ({@link CommissioningData}), sign commissioners
 * and alliance managers in over HTTP, then drive each page from {@link PlanClient} in a JVM of its
 * own, one closed loop per signed-in session; last, download the OCDS release package with curl.
 *
 * <p>The workloads are data: {@link #workloads} builds the list, and a page this build does not
 * have (it answers 404) is reported as not run rather than failed, so a workload for a page being
 * built on another branch can sit in the list before the page does.
 */
public final class CommissioningBench {

  static final String REGISTER = "contract register";
  static final String REPORT = "composite financial report";
  static final String SCENARIOS = "scenario comparison";
  static final String NEEDS_COUNTY = "needs page, county";
  static final String NEEDS_WARDS = "needs page, wards";
  static final double TARGET_P95_MS = 200;
  static final double OCDS_TARGET_SECONDS = 10;
  static final String OCDS_PATH = "/api/commissioning/ocds/release-package";
  static final String COMPARE_PATH = "/commissioning/options/compare";
  static final int OCDS_DOWNLOADS = 3;

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern SCENARIO_CHOICE =
      Pattern.compile("name=\"scenario\"[^>]*value=\"([0-9a-f-]{36})\"");
  private static final Pattern REFERENCE =
      Pattern.compile(Pattern.quote(CommissioningData.REFERENCE) + "(\\d{5})");

  /** Who a workload's sessions sign in as. */
  enum Who {
    COMMISSIONER(Role.COMMISSIONER, "/commissioning/contracts"),
    MANAGER(Role.ALLIANCE_MANAGER, "/alliance/ledger/report");

    final Role role;
    final String landing;

    Who(Role role, String landing) {
      this.role = role;
      this.landing = landing;
    }
  }

  /**
   * One HTTP workload: each client's paths (replayed in order, round and round, with its session),
   * the text every answer must hold (and each client's own, as per-client text), and the request as
   * the report describes it. {@code skipped} says why it cannot run at this build.
   */
  record Workload(
      String key,
      String name,
      String request,
      Who who,
      Map<Integer, List<LoadPlan.Request>> requests,
      String expect,
      Map<Integer, List<String>> clientExpects,
      String skipped) {

    static Workload skipped(String key, String name, String why) {
      return new Workload(key, name, null, null, Map.of(), null, Map.of(), why);
    }
  }

  /** What the workloads are built from. */
  record Context(
      String base,
      int thisYear,
      List<Integer> years,
      String lastReference,
      String lastMember,
      Map<Who, List<SupportSessions.Session>> sessions) {}

  private final CommissioningBenchSettings settings;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  public CommissioningBench(
      CommissioningBenchSettings settings,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    this.settings = settings;
    this.application = application;
    this.progress = progress;
  }

  /** The financial year today is in, by the year it starts: 2025 for 2025/26. */
  static int thisFinancialYear(LocalDate today) {
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  public CommissioningResult run() throws Exception {
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
        List<UUID> councils =
            organisations.all().stream()
                .filter(o -> o.relationship() == Relationship.COMMISSIONER)
                .map(Organisation::id)
                .toList();
        if (councils.isEmpty()) {
          throw new IllegalStateException("The demo alliance has no commissioning council");
        }

        progress.accept(
            "Adding %d member organisations through the organisations register"
                .formatted(settings.members()));
        started = System.nanoTime();
        List<CommissioningData.Member> members = new ArrayList<>();
        for (int m = 1; m <= settings.members(); m++) {
          Organisation member =
              organisations.create(
                  new OrganisationDetails(
                      "Bench Member %02d Recovery Service".formatted(m),
                      OrganisationType.CHARITY,
                      Relationship.MEMBER,
                      null,
                      null,
                      null),
                  true);
          members.add(new CommissioningData.Member(member.id(), member.name()));
        }
        double membersSeconds = BenchNode.seconds(started);

        int thisYear = thisFinancialYear(LocalDate.now(ZoneId.of("Europe/London")));
        progress.accept(
            "Generating %,d contracts and %d years of ledger for %d members in SQL"
                .formatted(settings.contracts(), settings.years(), settings.members()));
        CommissioningData.Generated generated =
            new CommissioningData(owner, progress)
                .generate(
                    new CommissioningData.Sizes(settings.contracts(), settings.years(), thisYear),
                    councils,
                    members);

        if (settings.runs("needs")) {
          progress.accept(
              "Adding %d wards to the demo county, with indicators and population, through the"
                      .formatted(NeedsWards.WARDS)
                  + " needs importer");
          NeedsWards.add(web.getBean(IndicatorImports.class), 42).forEach(progress);
        }

        String password = "bench-" + UUID.randomUUID();
        Map<Who, List<SupportSessions.Session>> sessions = new LinkedHashMap<>();
        started = System.nanoTime();
        boolean commissionersWork =
            settings.runs("register")
                || settings.runs("scenarios")
                || settings.runs("ocds")
                || settings.runs("needs");
        if (commissionersWork) {
          sessions.put(
              Who.COMMISSIONER,
              signIn(base, accounts, Who.COMMISSIONER, councils.get(0), password));
        }
        if (settings.runs("report")) {
          sessions.put(
              Who.MANAGER, signIn(base, accounts, Who.MANAGER, members.get(0).id(), password));
        }
        double signInSeconds = sessions.isEmpty() ? Double.NaN : BenchNode.seconds(started);

        List<Integer> years = new ArrayList<>();
        for (int y = thisYear - settings.years() + 1; y <= thisYear; y++) {
          years.add(y);
        }
        Context context =
            new Context(
                base,
                thisYear,
                years,
                CommissioningData.reference(settings.contracts()),
                members.get(members.size() - 1).name(),
                sessions);
        List<CommissioningResult.Workload> results = new ArrayList<>();
        for (Workload workload : workloads(context)) {
          results.add(run(workload, context, data));
        }
        CommissioningResult.Ocds ocds =
            settings.runs("ocds") ? ocds(context, data, settings.contracts()) : null;
        String loadAfter = MachineLoad.now();
        Map<String, String> plans = explain(owner, thisYear);
        return new CommissioningResult(
            settings,
            webStartSeconds,
            membersSeconds,
            generated,
            sessions.getOrDefault(Who.COMMISSIONER, List.of()).size(),
            sessions.getOrDefault(Who.MANAGER, List.of()).size(),
            signInSeconds,
            results,
            ocds,
            Runtime.getRuntime().maxMemory() >> 20,
            plans,
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
   * The HTTP workloads, in the order they run: the one place to add a page to the benchmark. A
   * workload whose page this build lacks comes back {@link Workload#skipped}.
   */
  List<Workload> workloads(Context context) throws IOException, InterruptedException {
    List<Workload> workloads = new ArrayList<>();
    if (settings.runs("register")) {
      workloads.add(register(context));
    }
    if (settings.runs("report")) {
      workloads.add(report(context));
    }
    if (settings.runs("scenarios")) {
      workloads.add(scenarios(context));
    }
    if (settings.runs("needs")) {
      workloads.addAll(needs());
    }
    return workloads;
  }

  /**
   * The register, every contract on one page (it has no paging): half the requests for this year
   * (no filter), half with {@code ?year=} over the years of the data, in a different order for each
   * client. Every page must list the last contract generated, and end.
   */
  private Workload register(Context context) {
    // The register shows 100 contracts a page with the totals of all: each year's pages in turn,
    // from the first to the last, so every page of the register is asked for.
    int pages = (settings.contracts() + 99) / 100;
    List<String> paths = new ArrayList<>();
    for (int y : context.years()) {
      for (int page = 1; page <= pages; page++) {
        paths.add("/commissioning/contracts?year=" + y + "&page=" + page);
      }
    }
    return new Workload(
        "register",
        REGISTER,
        ("GET /commissioning/contracts?year=&page= for each of %d years and each of its %d pages"
                + " of 100 (%,d contracts, the totals of all on every page); each page must hold the"
                + " register's table and end")
            .formatted(context.years().size(), pages, settings.contracts()),
        Who.COMMISSIONER,
        spread(paths, settings.clients()),
        "id=\"register-caption\"",
        everyClient("</html>"),
        null);
  }

  /** The composite report for each year of the ledger, every member's block on it. */
  private Workload report(Context context) {
    List<String> paths =
        context.years().stream().map(y -> "/alliance/ledger/report?year=" + y).toList();
    return new Workload(
        "report",
        REPORT,
        ("GET /alliance/ledger/report?year= each of %d years, as an alliance manager (the whole"
                + " alliance: %d members' blocks and chart); each page must show %s and end")
            .formatted(context.years().size(), settings.members(), context.lastMember()),
        Who.MANAGER,
        spread(paths, settings.clients()),
        SupportBench.html(context.lastMember()),
        everyClient("</html>"),
        null);
  }

  /**
   * Two scenarios side by side. The options appraisal's compare page takes {@code
   * ?scenario=ID&scenario=ID}; its scenarios are read off that page's own choices (each a {@code
   * name="scenario"} input), consecutive pairs compared, each client its own pair, whose page must
   * name both.
   */
  private Workload scenarios(Context context) throws IOException, InterruptedException {
    SupportSessions.Session session = context.sessions().get(Who.COMMISSIONER).get(0);
    HttpResponse<String> page = get(context.base() + COMPARE_PATH, session);
    if (page.statusCode() == 404) {
      return Workload.skipped(
          "scenarios",
          SCENARIOS,
          "GET " + COMPARE_PATH + " answers 404: this build has no options appraisal");
    }
    Set<String> ids = new LinkedHashSet<>();
    Matcher choice = SCENARIO_CHOICE.matcher(page.body());
    while (choice.find()) {
      ids.add(choice.group(1));
    }
    List<String> scenarios = List.copyOf(ids);
    if (scenarios.size() < 2) {
      return Workload.skipped(
          "scenarios",
          SCENARIOS,
          "GET %s (HTTP %d) offers %d scenarios to compare; two are needed"
              .formatted(COMPARE_PATH, page.statusCode(), scenarios.size()));
    }
    Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
    Map<Integer, List<String>> expects = new LinkedHashMap<>();
    for (int c = 0; c < settings.clients(); c++) {
      String a = scenarios.get(c % scenarios.size());
      String b = scenarios.get((c + 1) % scenarios.size());
      requests.put(
          c, List.of(LoadPlan.Request.get(COMPARE_PATH + "?scenario=" + a + "&scenario=" + b)));
      expects.put(c, List.of(a, b, "</html>"));
    }
    return new Workload(
        "scenarios",
        SCENARIOS,
        "GET %s?scenario=A&scenario=B, %d scenarios in consecutive pairs, each client its own pair;"
                .formatted(COMPARE_PATH, scenarios.size())
            + " each page must name both and end",
        Who.COMMISSIONER,
        requests,
        null,
        expects,
        null);
  }

  /**
   * The needs page for the county holding the {@value NeedsWards#WARDS} generated wards (need,
   * provision and results, every ward in its area list), and for each ward in turn.
   */
  private List<Workload> needs() {
    String county = "/needs?area=" + NeedsWards.COUNTY;
    List<String> wards = new ArrayList<>();
    for (int n = 1; n <= NeedsWards.WARDS; n++) {
      wards.add("/needs?area=" + NeedsWards.code(n));
    }
    return List.of(
        new Workload(
            "needs-county",
            NEEDS_COUNTY,
            ("GET %s, the county with %d generated wards and the demo's; each page must hold the"
                    + " indicators and results tables and end")
                .formatted(county, NeedsWards.WARDS),
            Who.COMMISSIONER,
            spread(List.of(county), settings.clients()),
            "id=\"results\"",
            everyClient("</html>"),
            null),
        new Workload(
            "needs-wards",
            NEEDS_WARDS,
            ("GET /needs?area= each of the %d generated wards in turn; each page must hold its"
                    + " indicators table and end")
                .formatted(NeedsWards.WARDS),
            Who.COMMISSIONER,
            spread(wards, settings.clients()),
            "id=\"indicators\"",
            everyClient("</html>"),
            null));
  }

  /** Each client the same paths, starting at a different one. */
  private static Map<Integer, List<LoadPlan.Request>> spread(List<String> paths, int clients) {
    Map<Integer, List<LoadPlan.Request>> requests = new LinkedHashMap<>();
    for (int c = 0; c < clients; c++) {
      List<LoadPlan.Request> mine = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        mine.add(LoadPlan.Request.get(paths.get((c + i) % paths.size())));
      }
      requests.put(c, mine);
    }
    return requests;
  }

  private Map<Integer, List<String>> everyClient(String text) {
    Map<Integer, List<String>> expects = new LinkedHashMap<>();
    for (int c = 0; c < settings.clients(); c++) {
      expects.put(c, List.of(text));
    }
    return expects;
  }

  /**
   * Checks the workload's first page answers as expected (from this JVM, once), then drives it from
   * a JVM of its own. A 404 means this build has no such page: not run, not failed.
   */
  private CommissioningResult.Workload run(Workload w, Context context, Path data)
      throws IOException, InterruptedException {
    if (w.skipped() != null) {
      progress.accept("%s: not run (%s)".formatted(w.name(), w.skipped()));
      return new CommissioningResult.Workload(
          w.key(), w.name(), null, settings.clients(), TARGET_P95_MS, null, w.skipped(), null);
    }
    List<SupportSessions.Session> sessions = context.sessions().get(w.who());
    LoadPlan plan =
        new LoadPlan(
            w.key(),
            w.expect(),
            false,
            context.base(),
            sessions.stream().map(SupportSessions.Session::cookie).toList(),
            w.requests(),
            w.clientExpects(),
            null);
    String path = w.requests().get(0).get(0).path();
    HttpResponse<String> first = get(context.base() + path, sessions.get(0));
    if (first.statusCode() == 404) {
      String why = "GET " + path + " answers 404: this build has no such page";
      progress.accept("%s: not run (%s)".formatted(w.name(), why));
      return new CommissioningResult.Workload(
          w.key(), w.name(), w.request(), sessions.size(), TARGET_P95_MS, null, why, null);
    }
    if (first.statusCode() != 200 || !plan.holdsWhatIsExpected(0, first.body())) {
      String why =
          "GET %s answered HTTP %d%s"
              .formatted(
                  path,
                  first.statusCode(),
                  first.statusCode() == 200 ? " without the expected text" : "");
      progress.accept("%s: NOT run (%s)".formatted(w.name(), why));
      return new CommissioningResult.Workload(
          w.key(), w.name(), w.request(), sessions.size(), TARGET_P95_MS, null, null, why);
    }
    Path file = plan.write(data.resolve("plan-" + w.key() + ".tsv"));
    Path log = data.resolve("load-" + w.key() + ".log");
    progress.accept(
        "%s: %d clients through a separate JVM, %d s warm-up, then %d s measured"
            .formatted(w.name(), sessions.size(), settings.warmupSeconds(), settings.seconds()));
    PlanClient.Figures figures =
        PlanClient.java(context.base(), file, settings.warmupSeconds(), settings.seconds(), log);
    return new CommissioningResult.Workload(
        w.key(), w.name(), w.request(), sessions.size(), TARGET_P95_MS, figures, null, null);
  }

  /**
   * The OCDS release package, downloaded whole by curl {@value #OCDS_DOWNLOADS} times one after
   * another as a commissioner; the last download is read for the package's releases and the
   * generated contracts it names.
   */
  private CommissioningResult.Ocds ocds(Context context, Path data, int contracts)
      throws IOException, InterruptedException {
    SupportSessions.Session session = context.sessions().get(Who.COMMISSIONER).get(0);
    Path file = data.resolve("ocds-release-package.json");
    progress.accept("OCDS export: downloading " + OCDS_PATH + " with curl");
    List<Curl.Download> downloads = new ArrayList<>();
    Curl.Download d = Curl.get(context.base() + OCDS_PATH, session.cookie(), file);
    if (d.status() == 404) {
      return new CommissioningResult.Ocds(
          OCDS_PATH,
          List.of(),
          0,
          false,
          OCDS_TARGET_SECONDS,
          "GET " + OCDS_PATH + " answers 404: this build has no OCDS export");
    }
    downloads.add(d);
    for (int i = 1; i < OCDS_DOWNLOADS && d.error() == null; i++) {
      d = Curl.get(context.base() + OCDS_PATH, session.cookie(), file);
      downloads.add(d);
    }
    Scan scan = d.error() == null ? scan(file, contracts) : new Scan(false, 0);
    return new CommissioningResult.Ocds(
        OCDS_PATH, downloads, scan.named(), scan.releases(), OCDS_TARGET_SECONDS, null);
  }

  private record Scan(boolean releases, int named) {}

  /**
   * Reads a downloaded package in pieces (it may be far larger than the heap would like): whether
   * it has a {@code "releases"} member, and which generated contracts' references it holds.
   */
  static Scan scan(Path file, int contracts) throws IOException {
    BitSet named = new BitSet(contracts + 1);
    boolean releases = false;
    byte[] buffer = new byte[1 << 20];
    String carry = "";
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        String text = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        releases |= text.contains("\"releases\"");
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
          named.set(Integer.parseInt(m.group(1)));
        }
        carry = text.substring(Math.max(0, text.length() - 32));
      }
    }
    return new Scan(releases, named.get(1, contracts + 1).cardinality());
  }

  /**
   * One account a client, each marked as a demo account: in demo mode (only) the second factor is
   * then not asked of them, as for the demo users.
   */
  private List<SupportSessions.Session> signIn(
      String base, UserAccounts accounts, Who who, UUID organisation, String password)
      throws IOException, InterruptedException {
    progress.accept(
        "Signing %d %s accounts in over HTTP".formatted(settings.clients(), who.role.code()));
    List<SupportSessions.Session> sessions = new ArrayList<>();
    for (int c = 0; c < settings.clients(); c++) {
      String username = "bench-%s-%02d".formatted(who.role.code(), c + 1);
      UserAccount account =
          accounts.create(
              new NewUser(
                  username,
                  "Bench " + who.role.label() + " " + (c + 1),
                  null,
                  organisation,
                  Set.of(who.role),
                  password),
              true);
      accounts.markAsDemoAccount(account.id());
      sessions.add(SupportSessions.signIn(base, username, password, who.landing));
    }
    return sessions;
  }

  private HttpResponse<String> get(String url, SupportSessions.Session session)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Cookie", session.cookie())
            .header("Accept", "text/html")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The SQL behind the pages, as the register and the report run it, for this year's data (the
   * register's two queries that read every contract; the page's own 100 are read by id).
   */
  private static Map<String, String> explain(DataSource owner, int year) throws SQLException {
    Map<String, String> plans = new LinkedHashMap<>();
    plans.put(
        "composite report: the year's sums by line and member",
        explain(
            owner,
            """
            select e.line_id, e.member_id,
                   coalesce(sum(e.amount) filter (where e.kind = 'allocation'), 0) as allocated,
                   coalesce(sum(e.amount) filter (where e.kind = 'spend'), 0) as spent
              from commissioning.ledger_entry e
              join commissioning.ledger_line l on l.id = e.line_id
             where l.budget_id = (select id from commissioning.ledger_budget
                                   where financial_year = %d)
             group by e.line_id, e.member_id
            """
                .formatted(year)));
    plans.put(
        "register: every contract's entry for the year (the totals of all)",
        explain(
            owner,
            """
            select c.id, c.service, c.status, c.host_council_id, v.amount
              from commissioning.contract c
              left join commissioning.contract_value v
                on v.contract_id = c.id and v.financial_year = %d
             order by lower(c.service), c.reference
            """
                .formatted(year)));
    plans.put(
        "register: every contract's councils' shares",
        explain(
            owner,
            "select contract_id, council_id, percent from commissioning.contract_council"
                + " order by contract_id, percent, council_id"));
    return plans;
  }

  private static String explain(DataSource owner, String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection c = owner.getConnection();
        PreparedStatement q = c.prepareStatement("explain (analyze, buffers) " + sql);
        ResultSet rows = q.executeQuery()) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
