package org.alliance.commissioning.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Procurement over real HTTP: the routes, weights that must total 100%, evaluators who score alone
 * and declare conflicts, moderation with its reason, the ranking against hand-computed totals, the
 * standstill's dates and bad input. What is asserted is what the pages show.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementTests {

  static final String PASSWORD = "Zq evaluator's long password";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  private WebSession lead;
  private UserAccount leadAccount;

  @BeforeAll
  void signIn() {
    lead = WebSession.signedIn(port, "commissioner", "alliance-demo");
    leadAccount = users.findByUsername("commissioner").orElseThrow();
  }

  /** A fresh commissioner at the lead's council, signed in. */
  private Commissioner commissioner() {
    String username = "zq-eval-" + UUID.randomUUID().toString().substring(0, 8);
    UserAccount account =
        users.create(
            new NewUser(
                username,
                "Zq Evaluator " + username.substring(8),
                null,
                leadAccount.organisationId(),
                Set.of(Role.COMMISSIONER),
                PASSWORD),
            true);
    return new Commissioner(account, WebSession.signedIn(port, username, PASSWORD));
  }

  record Commissioner(UserAccount account, WebSession session) {}

  private static String text(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).text();
  }

  private static String errors(HttpResponse<String> page) {
    var summary = Jsoup.parse(page.body()).selectFirst(".govuk-error-summary");
    return summary == null ? "" : summary.text();
  }

  private UUID create(String title, String route) {
    HttpResponse<String> made =
        lead.post(
            "/commissioning/procurements",
            Map.of(
                "title", title,
                "contract", "",
                "route", route,
                "startDay", "1",
                "startMonth", "9",
                "startYear", "2026"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private UUID stage(UUID procurement, int position) {
    return jdbc.sql(
            "select id from commissioning.procurement_stage where procurement_id = ? and position = ?")
        .param(procurement)
        .param(position)
        .query(UUID.class)
        .single();
  }

  private UUID question(UUID stage, String heading) {
    return jdbc.sql(
            "select id from commissioning.tender_question where stage_id = ? and heading = ?")
        .param(stage)
        .param(heading)
        .query(UUID.class)
        .single();
  }

  private UUID bidder(UUID procurement, String name) {
    return jdbc.sql("select id from commissioning.bidder where procurement_id = ? and name = ?")
        .param(procurement)
        .param(name)
        .query(UUID.class)
        .single();
  }

  private HttpResponse<String> addQuestion(
      UUID procurement, UUID stage, String heading, String kind, String scale, String weight) {
    return lead.post(
        "/commissioning/procurements/" + procurement + "/questions",
        Map.of(
            "stage", stage.toString(),
            "heading", heading,
            "kind", kind,
            "scale", scale,
            "weight", weight));
  }

  private UUID addBidder(UUID procurement, String name) {
    HttpResponse<String> added =
        lead.post(
            "/commissioning/procurements/" + procurement + "/bidders",
            Map.of("bidderName", name, "bidderOrganisation", ""));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    return bidder(procurement, name);
  }

  private void assign(UUID procurement, UserAccount evaluator) {
    HttpResponse<String> added =
        lead.post(
            "/commissioning/procurements/" + procurement + "/evaluators",
            Map.of("evaluator", evaluator.id().toString()));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
  }

  private HttpResponse<String> declare(
      WebSession as, UUID procurement, UUID stage, UUID bidder, String conflict) {
    return as.post(
        "/commissioning/procurements/" + procurement + "/bidders/" + bidder + "/conflicts",
        Map.of(
            "stage", stage.toString(),
            "conflict", conflict == null ? "none" : "conflict",
            "detail", conflict == null ? "" : conflict));
  }

  private HttpResponse<String> score(
      WebSession as, UUID procurement, UUID stage, UUID bidder, Map<UUID, String[]> answers) {
    Map<String, String> fields = new LinkedHashMap<>();
    answers.forEach(
        (q, a) -> {
          fields.put("score-" + q, a[0]);
          fields.put("rationale-" + q, a[1]);
        });
    return as.post(
        "/commissioning/procurements/"
            + procurement
            + "/stages/"
            + stage
            + "/bidders/"
            + bidder
            + "/scores",
        fields);
  }

  private HttpResponse<String> submit(WebSession as, UUID procurement, UUID stage) {
    return as.post(
        "/commissioning/procurements/" + procurement + "/stages/" + stage + "/submission",
        Map.of());
  }

  private HttpResponse<String> moderate(
      WebSession as, UUID procurement, UUID stage, UUID q, UUID bidder, String value, String why) {
    Map<String, String> fields = new HashMap<>();
    fields.put("question", q.toString());
    fields.put("bidder", bidder.toString());
    fields.put("version", "0");
    if (value.equals("pass") || value.equals("fail")) {
      fields.put("outcome", value);
    } else {
      fields.put("score", value);
    }
    fields.put("reason", why);
    return as.post(
        "/commissioning/procurements/" + procurement + "/stages/" + stage + "/moderation", fields);
  }

  @Test
  void theRoutesAreDataWithTheirRegimesAndTheKeyCriteriaAsHeadings() {
    String page = text(lead.get("/commissioning/procurements"));
    assertThat(page)
        .contains("Direct award process A")
        .contains("Direct award process C")
        .contains("Most suitable provider process")
        .contains("Competitive process")
        .contains("Open procedure")
        .contains("Competitive flexible procedure")
        .contains("Provider Selection Regime 2023 (health care services)")
        .contains("Procurement Act 2023 (other services)")
        .contains("Integration, collaboration and service sustainability (20.00%)")
        .contains("Improving access, reducing health inequalities and facilitating choice");
    UUID p = create("Zq competitive tender", "psr-competitive");
    String show = text(lead.get("/commissioning/procurements/" + p));
    assertThat(show)
        .contains("Stage 1: Supplier questionnaire")
        .contains("Stage 2: Initial tenders")
        .contains("Stage 3: Final tenders")
        .contains("1. Quality and innovation")
        .contains("5. Social value")
        .contains("Scored weights total 100.00%");
  }

  @Test
  void aStagesScoredWeightsMustTotalAHundredBeforeAnyoneScores() {
    UUID p = create("Zq weights", "psr-direct-a");
    UUID stage = stage(p, 1);
    assertThat(addQuestion(p, stage, "Zq quality", "scored", "5", "60").statusCode())
        .isEqualTo(302);
    HttpResponse<String> tooMuch = addQuestion(p, stage, "Zq price", "scored", "100", "50");
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(errors(tooMuch))
        .contains("would total 110.00%")
        .contains("this weight can be at most 40.00%");
    assertThat(text(lead.get("/commissioning/procurements/" + p)))
        .contains("Scored weights total 60.00%: they must total 100% before anyone scores");

    assign(p, leadAccount);
    UUID bidder = addBidder(p, "Zq Bidder One");
    assertThat(declare(lead, p, stage, bidder, null).statusCode()).isEqualTo(302);
    HttpResponse<String> early =
        score(
            lead,
            p,
            stage,
            bidder,
            Map.of(question(stage, "Zq quality"), new String[] {"3", "Zq fine"}));
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(errors(early)).contains("its scored weights must total 100%");

    assertThat(addQuestion(p, stage, "Zq price", "scored", "100", "39.99").statusCode())
        .isEqualTo(302);
    assertThat(addQuestion(p, stage, "Zq social value", "scored", "5", "0.01").statusCode())
        .isEqualTo(302);
    assertThat(addQuestion(p, stage, "Zq insurance", "pass-fail", "", "").statusCode())
        .isEqualTo(302);
    assertThat(text(lead.get("/commissioning/procurements/" + p)))
        .contains("Scored weights total 100.00%")
        .doesNotContain("they must total 100% before");
  }

  /** Two evaluators on one bidder, one scored question, both declared no conflict. */
  private record Panel2(UUID p, UUID stage, UUID q, UUID bidder, Commissioner other) {}

  private Panel2 panelOfTwo(String title) {
    UUID p = create(title, "psr-direct-a");
    UUID stage = stage(p, 1);
    addQuestion(p, stage, "Zq quality", "scored", "5", "100");
    UUID q = question(stage, "Zq quality");
    UUID bidder = addBidder(p, "Zq Bidder " + title);
    Commissioner other = commissioner();
    assign(p, leadAccount);
    assign(p, other.account());
    return new Panel2(p, stage, q, bidder, other);
  }

  @Test
  void anEvaluatorSeesOnlyTheirOwnScoresUntilEveryoneHasSubmitted() {
    Panel2 x = panelOfTwo("Zq alone");
    WebSession other = x.other().session();
    declare(lead, x.p(), x.stage(), x.bidder(), null);
    declare(other, x.p(), x.stage(), x.bidder(), null);
    assertThat(
            score(lead, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"4", "Zqmine"}))
                .statusCode())
        .isEqualTo(302);
    assertThat(
            score(
                    other,
                    x.p(),
                    x.stage(),
                    x.bidder(),
                    Map.of(x.q(), new String[] {"2", "Zqtheirs"}))
                .statusCode())
        .isEqualTo(302);
    String base = "/commissioning/procurements/" + x.p() + "/stages/" + x.stage();
    List<String> pages =
        List.of(
            base + "/bidders/" + x.bidder(),
            base,
            base + "/moderation",
            "/commissioning/procurements/" + x.p());
    for (String path : pages) {
      assertThat(text(lead.get(path))).as(path).doesNotContain("Zqtheirs");
    }
    assertThat(text(lead.get(base + "/bidders/" + x.bidder()))).contains("Zqmine");
    assertThat(submit(lead, x.p(), x.stage()).statusCode()).isEqualTo(302);
    // Submitting your own scores is not enough: everyone must have.
    for (String path : pages) {
      assertThat(text(lead.get(path))).as(path).doesNotContain("Zqtheirs");
    }
    assertThat(text(lead.get(base + "/moderation")))
        .contains("Moderation opens once every evaluator has submitted")
        .contains("Waiting for: " + x.other().account().displayName());
    assertThat(text(other.get(base + "/moderation"))).doesNotContain("Zqmine");
    // Submitted scores cannot change.
    HttpResponse<String> late =
        score(lead, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"5", "Zqlater"}));
    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(errors(late)).contains("You have submitted your scores for this stage");

    assertThat(submit(other, x.p(), x.stage()).statusCode()).isEqualTo(302);
    String moderation = text(lead.get(base + "/moderation"));
    assertThat(moderation).contains("Zqmine").contains("Zqtheirs");
  }

  @Test
  void aConflictedEvaluatorCannotScoreThatBidderEvenByPostingTheFormDirectly() {
    Panel2 x = panelOfTwo("Zq conflicted");
    WebSession other = x.other().session();
    HttpResponse<String> noDetail = declare(other, x.p(), x.stage(), x.bidder(), "");
    assertThat(noDetail.statusCode()).isEqualTo(400);
    assertThat(errors(noDetail)).contains("Describe the conflict of interest");
    assertThat(
            declare(other, x.p(), x.stage(), x.bidder(), "Zq my sister is its finance director")
                .statusCode())
        .isEqualTo(302);
    String page =
        text(
            other.get(
                "/commissioning/procurements/"
                    + x.p()
                    + "/stages/"
                    + x.stage()
                    + "/bidders/"
                    + x.bidder()));
    assertThat(page)
        .contains("You declared a conflict of interest with this bidder")
        .doesNotContain("Save your scores");
    HttpResponse<String> forced =
        score(other, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"5", "Zqforced"}));
    assertThat(forced.statusCode()).isEqualTo(400);
    assertThat(errors(forced)).contains("You declared a conflict of interest with this bidder");
    assertThat(
            jdbc.sql("select count(*) from commissioning.evaluation_score where user_id = ?")
                .param(x.other().account().id())
                .query(Integer.class)
                .single())
        .isZero();
    // A "no conflict" cannot be declared over a conflict afterwards.
    HttpResponse<String> undo = declare(other, x.p(), x.stage(), x.bidder(), null);
    assertThat(undo.statusCode()).isEqualTo(400);
    assertThat(errors(undo)).contains("already declared");

    // The conflicted evaluator still submits the stage (nothing else to score), nor moderates it.
    declare(lead, x.p(), x.stage(), x.bidder(), null);
    score(lead, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"3", "Zqlead"}));
    submit(lead, x.p(), x.stage());
    assertThat(submit(other, x.p(), x.stage()).statusCode()).isEqualTo(302);
    HttpResponse<String> moderated =
        moderate(other, x.p(), x.stage(), x.q(), x.bidder(), "5", "Zq I like them");
    assertThat(moderated.statusCode()).isEqualTo(400);
    assertThat(text(moderated)).contains("so you cannot moderate it");
    assertThat(text(lead.get("/commissioning/procurements/" + x.p())))
        .contains("conflict of interest declared with Zq Bidder Zq conflicted");
  }

  @Test
  void aConflictDeclaredAfterScoringWithdrawsThoseScores() {
    Panel2 x = panelOfTwo("Zq late conflict");
    WebSession other = x.other().session();
    declare(lead, x.p(), x.stage(), x.bidder(), null);
    declare(other, x.p(), x.stage(), x.bidder(), null);
    score(lead, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"4", "Zq kept"}));
    score(other, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"1", "Zq withdrawn"}));
    assertThat(
            declare(other, x.p(), x.stage(), x.bidder(), "Zq I have since joined its board")
                .statusCode())
        .isEqualTo(302);
    submit(lead, x.p(), x.stage());
    submit(other, x.p(), x.stage());
    String moderation =
        text(
            lead.get(
                "/commissioning/procurements/" + x.p() + "/stages/" + x.stage() + "/moderation"));
    assertThat(moderation).contains("Zq kept").doesNotContain("Zq withdrawn");
  }

  @Test
  void moderationNeedsAReasonAndIsShownBesideTheIndividualScores() {
    Panel2 x = panelOfTwo("Zq moderated");
    WebSession other = x.other().session();
    declare(lead, x.p(), x.stage(), x.bidder(), null);
    declare(other, x.p(), x.stage(), x.bidder(), null);
    score(lead, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"4", "Zq strong"}));
    // Before everyone has submitted, moderation is refused even when posted directly.
    HttpResponse<String> early =
        moderate(lead, x.p(), x.stage(), x.q(), x.bidder(), "3", "Zq early");
    assertThat(early.statusCode()).isEqualTo(400);
    score(other, x.p(), x.stage(), x.bidder(), Map.of(x.q(), new String[] {"2", "Zq weak"}));
    submit(lead, x.p(), x.stage());
    submit(other, x.p(), x.stage());

    HttpResponse<String> noReason = moderate(lead, x.p(), x.stage(), x.q(), x.bidder(), "3", "");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(errors(noReason)).contains("Give the reason for the consensus score");
    HttpResponse<String> tooHigh =
        moderate(lead, x.p(), x.stage(), x.q(), x.bidder(), "6", "Zq too high");
    assertThat(errors(tooHigh)).contains("Enter a whole number from 0 to 5");

    HttpResponse<String> done =
        moderate(lead, x.p(), x.stage(), x.q(), x.bidder(), "3", "Zq agreed between the two");
    assertThat(done.statusCode()).isEqualTo(302);
    String page = text(lead.follow(done));
    assertThat(page)
        .contains("Zq strong")
        .contains("Zq weak")
        .contains("Consensus 3 Zq agreed between the two");
    // Someone still holding the page as it was (version 0) is told it changed.
    HttpResponse<String> stale =
        moderate(other, x.p(), x.stage(), x.q(), x.bidder(), "4", "Zq overwrite");
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(text(stale)).contains("changed since you opened the page");
    assertThat(text(lead.get("/commissioning/procurements/" + x.p())))
        .contains("Moderated 1 of 1 scores")
        .contains("60.00"); // 3 of 5 at 100%
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit.audit_event
                     where action = 'procurement.moderated' and subject_id = ?
                       and reason = 'Zq agreed between the two'
                    """)
                .param(x.bidder().toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void rankingMatchesHandComputedWeightedTotalsWithATieAndAPassFailExclusion() {
    UUID p = create("Zq ranking", "psr-direct-a");
    UUID stage = stage(p, 1);
    addQuestion(p, stage, "Zq insurance", "pass-fail", "", "");
    addQuestion(p, stage, "Zq quality", "scored", "5", "33.33");
    addQuestion(p, stage, "Zq price", "scored", "100", "66.67");
    UUID insurance = question(stage, "Zq insurance");
    UUID quality = question(stage, "Zq quality");
    UUID price = question(stage, "Zq price");
    UUID alpha = addBidder(p, "Zq Alpha");
    UUID beta = addBidder(p, "Zq Beta");
    UUID gamma = addBidder(p, "Zq Gamma");
    UUID delta = addBidder(p, "Zq Delta");
    assign(p, leadAccount);
    Map<UUID, String[]> marks =
        Map.of(
            alpha, new String[] {"pass", "3", "71"},
            beta, new String[] {"pass", "3", "71"},
            gamma, new String[] {"fail", "5", "100"},
            delta, new String[] {"pass", "5", "50"});
    marks.forEach(
        (bidder, m) -> {
          declare(lead, p, stage, bidder, null);
          HttpResponse<String> saved =
              score(
                  lead,
                  p,
                  stage,
                  bidder,
                  Map.of(
                      insurance, new String[] {m[0], "Zq seen"},
                      quality, new String[] {m[1], "Zq seen"},
                      price, new String[] {m[2], "Zq seen"}));
          assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        });
    assertThat(submit(lead, p, stage).statusCode()).isEqualTo(302);
    marks.forEach(
        (bidder, m) -> {
          assertThat(
                  moderate(
                          lead,
                          p,
                          stage,
                          insurance,
                          bidder,
                          m[0],
                          m[0].equals("fail") ? "Zq cover is £1m, not £5m" : "Zq ok")
                      .statusCode())
              .isEqualTo(302);
          if (m[0].equals("pass")) {
            moderate(lead, p, stage, quality, bidder, m[1], "Zq agreed");
            moderate(lead, p, stage, price, bidder, m[2], "Zq agreed");
          }
        });
    // By hand: Alpha and Beta 3/5 x 33.33 + 71/100 x 66.67 = 19.998 + 47.3357 = 67.3337;
    // Delta 5/5 x 33.33 + 50/100 x 66.67 = 33.33 + 33.335 = 66.665; Gamma failed insurance.
    var rows =
        Jsoup.parse(lead.get("/commissioning/procurements/" + p).body())
            .select("#ranking-1 tbody tr");
    assertThat(rows.stream().map(r -> r.text()).toList())
        .containsExactly(
            "=1 Zq Alpha 67.3337 Tied",
            "=1 Zq Beta 67.3337 Tied",
            "3 Zq Delta 66.665",
            "Out Zq Gamma Failed Zq insurance (Assessment): Zq cover is £1m, not £5m");
    String page = text(lead.get("/commissioning/procurements/" + p));
    assertThat(page)
        .contains("Bidders out of the procurement")
        .contains("Zq Gamma Zq insurance (Assessment) Zq cover is £1m, not £5m");
    // An excluded bidder cannot be awarded the contract.
    assertThat(
            Jsoup.parse(lead.get("/commissioning/procurements/" + p).body())
                .select("#awardBidder option")
                .eachText())
        .doesNotContain("Zq Gamma");
  }

  @Test
  void theStandstillCountsWorkingDaysPastAWeekendAndABankHoliday() {
    // Procurement Act 2023: eight working days beginning with the day of the notice. Friday 28
    // August 2026, then the weekend and the summer bank holiday (Monday 31 August).
    UUID act = create("Zq training", "pa-direct-award");
    UUID trainer = addBidder(act, "Zq Trainer");
    HttpResponse<String> bad = award(act, trainer, "1", "6", "2023", "Zq only supplier");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(errors(bad))
        .contains("holds England's bank holidays for 2024 to 2027 only")
        .contains("2023");
    HttpResponse<String> noReason = award(act, trainer, "28", "8", "2026", "");
    assertThat(errors(noReason)).contains("Enter the reason for the decision");
    HttpResponse<String> decided = award(act, trainer, "28", "8", "2026", "Zq only supplier");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
    var page = Jsoup.parse(lead.get("/commissioning/procurements/" + act).body());
    assertThat(page.selectFirst("#standstill-begins").text()).isEqualTo("Friday 28 August 2026");
    assertThat(page.selectFirst("#standstill-ends").text())
        .isEqualTo("Midnight at the end of Wednesday 9 September 2026");
    assertThat(page.selectFirst("#standstill-holidays").text())
        .isEqualTo("Summer bank holiday, 2026-08-31");
    assertThat(page.select("#standstill-days li").eachText())
        .containsExactly(
            "Friday 28 August 2026",
            "Tuesday 1 September 2026",
            "Wednesday 2 September 2026",
            "Thursday 3 September 2026",
            "Friday 4 September 2026",
            "Monday 7 September 2026",
            "Tuesday 8 September 2026",
            "Wednesday 9 September 2026");
    assertThat(page.selectFirst("#status").text()).isEqualTo("Award decided");

    // Provider Selection Regime: begins the day after the notice; the eight working days are
    // counted after that day. Notice Thursday 27 August 2026: begins Friday 28, then the weekend
    // and the bank holiday, so Tuesday 1 to Thursday 10 September.
    UUID psr = create("Zq treatment", "psr-most-suitable");
    UUID provider = addBidder(psr, "Zq Provider");
    assertThat(award(psr, provider, "27", "8", "2026", "Zq most suitable").statusCode())
        .isEqualTo(302);
    var psrPage = Jsoup.parse(lead.get("/commissioning/procurements/" + psr).body());
    assertThat(psrPage.selectFirst("#standstill-begins").text()).isEqualTo("Friday 28 August 2026");
    assertThat(psrPage.selectFirst("#standstill-ends").text())
        .isEqualTo("Midnight at the end of Thursday 10 September 2026");
    assertThat(psrPage.selectFirst("#contract-from").text()).startsWith("Friday 11 September 2026");

    // Christmas 2026 under the Act: Tuesday 22 December; Christmas Day, the weekend, Boxing Day's
    // substitute (Monday 28) and New Year's Day pass over.
    assertThat(
            Standstill.of(
                    "pa2023",
                    java.time.LocalDate.of(2026, 12, 22),
                    Map.of(
                        java.time.LocalDate.of(2026, 12, 25), "Christmas Day",
                        java.time.LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)",
                        java.time.LocalDate.of(2027, 1, 1), "New Year's Day"))
                .endsOn())
        .isEqualTo(java.time.LocalDate.of(2027, 1, 5));
  }

  private HttpResponse<String> award(
      UUID procurement, UUID bidder, String day, String month, String year, String reason) {
    int version =
        jdbc.sql("select version from commissioning.procurement where id = ?")
            .param(procurement)
            .query(Integer.class)
            .single();
    return lead.post(
        "/commissioning/procurements/" + procurement + "/award",
        Map.of(
            "awardBidder", bidder.toString(),
            "decidedDay", day,
            "decidedMonth", month,
            "decidedYear", year,
            "awardReason", reason,
            "version", String.valueOf(version)));
  }

  @Test
  void badInputGetsAnErrorSummaryNeverAFailure() {
    UUID p = create("Zq <b>markup</b> title", "psr-direct-a");
    HttpResponse<String> shown = lead.get("/commissioning/procurements/" + p);
    assertThat(shown.body()).doesNotContain("<b>markup</b>").contains("&lt;b&gt;markup&lt;/b&gt;");
    UUID stage = stage(p, 1);
    for (String weight : List.of("0", "-5", "100.001", "1e3", "NaN", "999999999999999999999")) {
      HttpResponse<String> bad =
          addQuestion(p, stage, "Zq weight " + weight, "scored", "5", weight);
      assertThat(bad.statusCode()).as(weight).isEqualTo(400);
      assertThat(errors(bad)).as(weight).contains("Enter the weight as a percentage");
    }
    addQuestion(p, stage, "Zq quality", "scored", "100", "100");
    UUID q = question(stage, "Zq quality");
    UUID bidder = addBidder(p, "Zq Bidder bad input");
    assign(p, leadAccount);
    declare(lead, p, stage, bidder, null);
    for (String value : List.of("101", "-1", "99999999999999999999999", "3.5", "<b>9</b>")) {
      HttpResponse<String> bad =
          score(lead, p, stage, bidder, Map.of(q, new String[] {value, "Zq why"}));
      assertThat(bad.statusCode()).as(value).isEqualTo(400);
      assertThat(errors(bad)).as(value).contains("Enter a whole number from 0 to 100");
      assertThat(bad.body()).doesNotContain("<b>9</b>");
    }
    HttpResponse<String> noWhy = score(lead, p, stage, bidder, Map.of(q, new String[] {"50", ""}));
    assertThat(errors(noWhy)).contains("Give the reason for your score");
    HttpResponse<String> nul =
        lead.post(
            "/commissioning/procurements",
            Map.of(
                "title", "Zq\u0000nul",
                "route", "psr-direct-a",
                "startDay", "1",
                "startMonth", "9",
                "startYear", "2026"));
    assertThat(nul.statusCode()).isEqualTo(400);
    HttpResponse<String> empty = lead.post("/commissioning/procurements", Map.of());
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(errors(empty))
        .contains("Enter the procurement's title")
        .contains("Choose the route the service is bought under");
    HttpResponse<String> noRoute =
        lead.post(
            "/commissioning/procurements",
            Map.of(
                "title", "Zq no such route",
                "route", "psr-direct-z",
                "startDay", "1",
                "startMonth", "9",
                "startYear", "2026"));
    assertThat(errors(noRoute)).contains("Choose the route");
    assertThat(lead.get("/commissioning/procurements/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(lead.get("/commissioning/procurements/not-an-id").statusCode()).isEqualTo(404);
  }
}
