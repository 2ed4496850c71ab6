package org.alliance.commissioning.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Contract reviews over real HTTP: checklists, findings and the overall rating, actions. */
@AllianceTest
class ContractReviewTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired DemoReviews demo;
  @Autowired TransactionTemplate transaction;

  private WebSession as(String username) {
    return WebSession.signedIn(port, username, "alliance-demo");
  }

  private UUID contract(String reference, String service) {
    return jdbc.sql(
            """
            insert into commissioning.contract (reference, service, start_on, end_on)
            values (:reference, :service, date '2024-04-01', date '2027-03-31')
            on conflict (reference) do update set service = excluded.service
            returning id
            """)
        .param("reference", reference)
        .param("service", service)
        .query(UUID.class)
        .single();
  }

  private UUID demoChecklist() {
    return jdbc.sql("select id from commissioning.review_checklist where name = :name")
        .param("name", DemoReviews.CHECKLIST)
        .query(UUID.class)
        .single();
  }

  /** A commissioner of its own, so the counts on its home page are this test's alone. */
  private UserAccount freshCommissioner(String password) {
    UUID council = users.findByUsername("commissioner").orElseThrow().organisationId();
    String name = "zqc" + UUID.randomUUID().toString().substring(0, 8);
    return users.create(
        new NewUser(
            name,
            "Zq Commissioner " + name,
            name + "@example.org",
            council,
            Set.of(Role.COMMISSIONER),
            password),
        true);
  }

  private String startReview(WebSession session, UUID contract, UUID checklist) {
    HttpResponse<String> started =
        session.submit(
            session.get("/commissioning/reviews/new"),
            "main form[method=post]",
            Map.of("contract", contract.toString(), "checklist", checklist.toString()));
    assertThat(started.statusCode()).isEqualTo(302);
    return WebSession.path(started.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void theDemoReviewIsCompletedWithActionsOneOverdueForTheCommissioner() {
    UUID contract = contract("ZQ-YP-1", "Zq young people's substance misuse service");
    UUID review =
        transaction.execute(
            status -> demo.review(contract, demoChecklist(), LocalDate.now(ContractReviews.UK)));
    Document page = Jsoup.parse(as("commissioner").get("/commissioning/reviews/" + review).body());
    assertThat(page.select("#summary").text())
        .contains(DemoReviews.CHECKLIST)
        .contains(DemoReviews.SPECIFICATION)
        .contains("Completed");
    assertThat(page.select("#overall strong").text()).isEqualTo("Red");
    assertThat(page.select("#findings tbody tr").get(0).text())
        .contains("1. Improves outcomes for young people")
        .contains("Green");
    assertThat(page.select("#findings tbody tr").get(6).text())
        .contains("7. Transition to adult services is planned")
        .contains("Red");
    assertThat(page.select("#actions-table tbody tr")).hasSize(3);
    Element overdue = page.select("#actions-table tbody tr").get(0);
    String commissionerName = users.findByUsername("commissioner").orElseThrow().displayName();
    assertThat(overdue.text())
        .contains("Agree a transition protocol with the adult treatment service")
        .contains(commissionerName)
        .contains("Overdue");
    assertThat(page.select("#actions-table").text().split("Overdue", -1)).hasSize(2);
    assertThat(Jsoup.parse(as("commissioner").get("/").body()).text())
        .containsPattern("\\d+ review actions? (is|are) yours to do, \\d+ overdue");
    Document checklist =
        Jsoup.parse(as("commissioner").get("/commissioning/checklists/" + demoChecklist()).body());
    assertThat(checklist.text())
        .contains(
            "All commissioning decisions are based on a clear rationale for improving outcomes");
  }

  @Test
  void actionsShowOnTheirOwnersHomePageOverdueFirstAndNotOnOthers() {
    UserAccount owner = freshCommissioner("zq-owner-password-1");
    WebSession commissioner = as("commissioner");
    String review =
        startReview(commissioner, contract("ZQ-REV-2", "Zq adult service"), demoChecklist());
    LocalDate today = LocalDate.now(ContractReviews.UK);
    for (Object[] action :
        new Object[][] {
          {"Zq later action", today.plusDays(20)},
          {"Zq overdue action", today.minusDays(3)},
          {"Zq soon action", today.plusDays(2)}
        }) {
      LocalDate due = (LocalDate) action[1];
      HttpResponse<String> added =
          commissioner.submit(
              commissioner.get(review),
              "#add-action",
              Map.of(
                  "description", (String) action[0],
                  "owner", owner.id().toString(),
                  "dueDay", String.valueOf(due.getDayOfMonth()),
                  "dueMonth", String.valueOf(due.getMonthValue()),
                  "dueYear", String.valueOf(due.getYear())));
      assertThat(added.statusCode()).isEqualTo(302);
    }
    WebSession mine = WebSession.signedIn(port, owner.username(), "zq-owner-password-1");
    assertThat(Jsoup.parse(mine.get("/").body()).text())
        .contains("3 review actions are yours to do, 1 overdue.");
    HttpResponse<String> list = mine.get("/alliance/actions");
    Document actions = Jsoup.parse(list.body());
    assertThat(actions.select("#my-actions tbody tr").eachText())
        .satisfiesExactly(
            first -> assertThat(first).startsWith("Zq overdue action").contains("Overdue"),
            second -> assertThat(second).startsWith("Zq soon action"),
            third -> assertThat(third).startsWith("Zq later action"));
    // Nobody else sees them: not the demo commissioner, not the alliance manager.
    assertThat(commissioner.get("/alliance/actions").body()).doesNotContain("Zq overdue action");
    assertThat(as("manager").get("/alliance/actions").body()).doesNotContain("Zq overdue action");
    assertThat(as("leader").get("/").body()).doesNotContain("review action");

    // The manager may not close another's action; the owner may.
    String overdueId =
        jdbc.sql(
                "select id::text from commissioning.review_action where description = 'Zq overdue action'")
            .query(String.class)
            .single();
    WebSession manager = as("manager");
    manager.get("/alliance/actions");
    assertThat(manager.post("/alliance/actions/" + overdueId, Map.of("version", "0")).statusCode())
        .isEqualTo(404);
    HttpResponse<String> done =
        mine.submit(list, "#my-actions tbody tr:first-child form", Map.of());
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(mine.follow(done).body()).text())
        .contains("The action is marked as done");
    assertThat(Jsoup.parse(mine.get("/").body()).text())
        .contains("2 review actions are yours to do.");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_id = ? and action = 'review-action.done'")
                .param(overdueId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void findingsSetTheOverallRatingAndBadInputIsRefused() {
    WebSession commissioner = as("commissioner");
    String review = startReview(commissioner, contract("ZQ-REV-3", "Zq outreach"), demoChecklist());
    HttpResponse<String> page = commissioner.get(review);
    Map<String, String> typed = new LinkedHashMap<>();
    for (int n = 1; n <= 8; n++) {
      typed.put("rating-" + n, "green");
      typed.put("evidence-" + n, "Zq evidence " + n);
    }
    typed.put("rating-3", "amber");
    typed.put("comment-3", "<script>alert('zq')</script>");
    HttpResponse<String> saved = commissioner.submit(page, "#assessment", typed);
    assertThat(saved.statusCode()).isEqualTo(302);
    Document after = Jsoup.parse(commissioner.follow(saved).body());
    assertThat(after.select("#overall strong").text()).isEqualTo("Amber");
    assertThat(after.select("#findings").text())
        .contains("Zq evidence 1")
        .contains("<script>alert('zq')</script>");
    assertThat(commissioner.get(review).body()).doesNotContain("<script>alert");

    // A rating that is not one, evidence too long: an error summary, nothing saved.
    HttpResponse<String> bad =
        commissioner.submit(
            commissioner.get(review),
            "#assessment",
            Map.of("rating-2", "purple", "evidence-4", "z".repeat(4001)));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.body()).select(".govuk-error-summary").text())
        .contains("Choose red, amber, green or not assessed for criterion 2")
        .contains("The evidence for criterion 4 must be 4,000 characters or fewer");

    // Two reviewers at once: the second is told and shown the review as it is now.
    WebSession other = as("commissioner");
    HttpResponse<String> one = commissioner.get(review);
    HttpResponse<String> two = other.get(review);
    assertThat(commissioner.submit(one, "#assessment", Map.of("rating-1", "red")).statusCode())
        .isEqualTo(302);
    HttpResponse<String> late = other.submit(two, "#assessment", Map.of("rating-1", "green"));
    assertThat(late.statusCode()).isEqualTo(409);
    Document conflict = Jsoup.parse(late.body());
    assertThat(conflict.select(".govuk-error-summary").text())
        .contains("This review changed since you opened it");
    assertThat(conflict.select("#overall strong").text()).isEqualTo("Red");

    // An action with no owner and an impossible date.
    HttpResponse<String> action =
        commissioner.submit(
            commissioner.get(review),
            "#add-action",
            Map.of("description", "Zq action", "dueDay", "31", "dueMonth", "2", "dueYear", "2026"));
    assertThat(action.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(action.body()).select(".govuk-error-summary").text())
        .contains("Choose who owns the action")
        .contains("Enter the date it is due");
    // Someone outside commissioning cannot be made an owner.
    String practitioner = users.findByUsername("practitioner").orElseThrow().id().toString();
    HttpResponse<String> outsider =
        commissioner.submit(
            commissioner.get(review),
            "#add-action",
            Map.of("description", "Zq action", "owner", practitioner));
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(outsider.body()).contains("Choose a commissioner or the alliance manager");
  }

  @Test
  void checklistsTakeCriteriaInOrder() {
    WebSession commissioner = as("commissioner");
    String name = "Zq checklist " + UUID.randomUUID();
    HttpResponse<String> made =
        commissioner.submit(
            commissioner.get("/commissioning/checklists/new"),
            "main form[method=post]",
            Map.of("name", name, "specification", "Zq specification"));
    assertThat(made.statusCode()).isEqualTo(302);
    String path = WebSession.path(made.headers().firstValue("Location").orElseThrow());
    for (String criterion : new String[] {"Zq first", "Zq second"}) {
      assertThat(
              commissioner
                  .submit(
                      commissioner.get(path),
                      "main form[method=post]",
                      Map.of("criterion", criterion))
                  .statusCode())
          .isEqualTo(302);
    }
    assertThat(Jsoup.parse(commissioner.get(path).body()).select("ol li").eachText())
        .containsExactly("Zq first", "Zq second");
    HttpResponse<String> again =
        commissioner.submit(
            commissioner.get("/commissioning/checklists/new"),
            "main form[method=post]",
            Map.of("name", name, "specification", "Zq specification"));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("There is already a checklist with this name");
  }
}
