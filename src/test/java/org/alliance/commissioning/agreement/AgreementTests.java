package org.alliance.commissioning.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alliance agreement over real HTTP: what the demo alliance's page shows, principles changed
 * with their history kept and concurrent changes detected, members' roles, the governance's people,
 * and who may change any of it.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Organisations organisations;

  private WebSession manager;
  private WebSession leader;
  private WebSession commissioner;

  @BeforeAll
  void signIn() {
    manager = WebSession.signedIn(port, "manager", "alliance-demo");
    leader = WebSession.signedIn(port, "leader", "alliance-demo");
    commissioner = WebSession.signedIn(port, "commissioner", "alliance-demo");
  }

  private UUID addPrinciple(String wording) {
    manager.get("/alliance/agreement");
    HttpResponse<String> added =
        manager.post("/alliance/agreement/principles", Map.of("wording", wording, "position", ""));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    return jdbc.sql("select id from commissioning.alliance_principle where wording = :w")
        .param("w", wording)
        .query(UUID.class)
        .single();
  }

  private int version(UUID principle) {
    return jdbc.sql("select version from commissioning.alliance_principle where id = :id")
        .param("id", principle)
        .query(Integer.class)
        .single();
  }

  @Test
  void theDemoAgreementShowsItsMembersPrinciplesAndGovernance() {
    String page = commissioner.get("/alliance/agreement").body();
    assertThat(page)
        .contains("Brackenshire Mental Health Network")
        .contains("Lead provider, host of the alliance manager")
        .contains("all win or all lose together")
        .contains("Open book")
        .contains("unanimously")
        .contains("No fault, no blame")
        .contains("Commissioner as owner")
        .contains("Alliance leadership team")
        .contains("Alliance management team")
        .contains("Ruth Adeyemi")
        .contains("Bethan Morgan")
        .doesNotContain("Add the principle")
        .doesNotContain("Add a person");
    long members =
        organisations.all().stream().filter(o -> o.relationship() == Relationship.MEMBER).count();
    assertThat(page).contains(members + " member organisations");
    assertThat(manager.get("/alliance/agreement").body())
        .contains("Add the principle")
        .contains("Add a person");
  }

  @Test
  void aRewordedPrincipleKeepsItsOldWordingInItsHistory() {
    UUID id = addPrinciple("Zq we share our data openly");
    manager.get("/alliance/agreement/principles/" + id);
    HttpResponse<String> changed =
        manager.post(
            "/alliance/agreement/principles/" + id,
            Map.of(
                "wording", "Zq we share our figures openly, every month",
                "position", "",
                "version", String.valueOf(version(id))));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    String history = leader.get("/alliance/agreement/principles/" + id).body();
    assertThat(history)
        .contains("Zq we share our figures openly, every month")
        .contains("Zq we share our data openly")
        .contains("Reworded")
        .contains("Written")
        .contains("Tom Ashworth")
        .doesNotContain("Save the new version");
    assertThat(commissioner.get("/alliance/agreement").body())
        .contains("Zq we share our figures openly, every month")
        .doesNotContain("Zq we share our data openly<");
  }

  @Test
  void twoPeopleChangingOnePrincipleAtOnceAreNotSilentlyOverwritten() {
    UUID id = addPrinciple("Zq first wording of a contested principle");
    int opened = version(id);
    WebSession other = WebSession.signedIn(port, "manager", "alliance-demo");
    other.get("/alliance/agreement/principles/" + id);
    manager.get("/alliance/agreement/principles/" + id);
    HttpResponse<String> first =
        other.post(
            "/alliance/agreement/principles/" + id,
            Map.of(
                "wording", "Zq the first writer's wording",
                "position", "",
                "version", String.valueOf(opened)));
    assertThat(first.statusCode()).isEqualTo(302);
    HttpResponse<String> second =
        manager.post(
            "/alliance/agreement/principles/" + id,
            Map.of(
                "wording", "Zq the second writer's wording",
                "position", "",
                "version", String.valueOf(opened)));
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body())
        .contains("There is a problem")
        .contains("This principle changed since you opened it")
        .contains("Zq the second writer&#39;s wording");
    assertThat(
            jdbc.sql("select wording from commissioning.alliance_principle where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("Zq the first writer's wording");
  }

  @Test
  void aPrincipleCanBeMovedAndWithdrawnWithItsHistoryKept() {
    UUID id = addPrinciple("Zq a principle to move and withdraw");
    manager.get("/alliance/agreement/principles/" + id);
    HttpResponse<String> moved =
        manager.post(
            "/alliance/agreement/principles/" + id,
            Map.of(
                "wording", "Zq a principle to move and withdraw",
                "position", "1",
                "version", String.valueOf(version(id))));
    assertThat(moved.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("select position from commissioning.alliance_principle where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    manager.get("/alliance/agreement/principles/" + id);
    HttpResponse<String> withdrawn =
        manager.post(
            "/alliance/agreement/principles/" + id + "/withdraw",
            Map.of("version", String.valueOf(version(id))));
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    String page = leader.get("/alliance/agreement/principles/" + id).body();
    assertThat(page).contains("Withdrawn").contains("Moved to number 1");
    assertThat(
            jdbc.sql(
                    "select count(*) from commissioning.alliance_principle"
                        + " where not withdrawn and position = 1")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyTheAllianceManagerChangesTheAgreement() {
    UUID principle =
        jdbc.sql("select id from commissioning.alliance_principle order by position limit 1")
            .query(UUID.class)
            .single();
    UUID member =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.MEMBER)
            .findFirst()
            .orElseThrow()
            .id();
    UUID person =
        jdbc.sql("select id from commissioning.governance_person order by created_at limit 1")
            .query(UUID.class)
            .single();
    for (WebSession reader : new WebSession[] {leader, commissioner}) {
      reader.get("/alliance/agreement");
      assertThat(
              reader
                  .post("/alliance/agreement/principles", Map.of("wording", "Zq not theirs"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              reader
                  .post(
                      "/alliance/agreement/principles/" + principle,
                      Map.of("wording", "Zq not theirs", "version", "1"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(reader.get("/alliance/agreement/members/" + member).statusCode()).isEqualTo(403);
      assertThat(reader.get("/alliance/agreement/people/new").statusCode()).isEqualTo(403);
      assertThat(reader.get("/alliance/agreement/people/" + person).statusCode()).isEqualTo(403);
      assertThat(reader.get("/alliance/agreement/principles/" + principle).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void theManagerSetsAMembersRoleAndAddsAPersonToTheManagementTeam() {
    UUID member =
        organisations.all().stream()
            .filter(o -> o.name().equals("Steps to Work Ltd"))
            .findFirst()
            .orElseThrow()
            .id();
    String form = manager.get("/alliance/agreement/members/" + member).body();
    assertThat(form).contains("Lead for young people").contains("Member: training");
    int version =
        jdbc.sql("select version from commissioning.alliance_member where organisation_id = :id")
            .param("id", member)
            .query(Integer.class)
            .single();
    HttpResponse<String> saved =
        manager.post(
            "/alliance/agreement/members/" + member,
            Map.of(
                "role", "Zq lead for training and employment",
                "joinedDay", "1",
                "joinedMonth", "4",
                "joinedYear", "2019",
                "version", String.valueOf(version)));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(leader.get("/alliance/agreement").body())
        .contains("Zq lead for training and employment")
        .contains("1 April 2019");

    manager.get("/alliance/agreement/people/new");
    Map<String, String> person = new HashMap<>();
    person.put("level", "management");
    person.put("name", "Zq Morgan Ellis");
    person.put("organisation", member.toString());
    person.put("roleTitle", "Zq employment lead");
    person.put("account", "");
    HttpResponse<String> added = manager.post("/alliance/agreement/people", person);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    assertThat(commissioner.get("/alliance/agreement").body()).contains("Zq Morgan Ellis");

    UUID leaderAccount =
        jdbc.sql("select id from identity.app_user where username = 'leader'")
            .query(UUID.class)
            .single();
    person.put("level", "leadership");
    person.put("account", leaderAccount.toString());
    HttpResponse<String> twice = manager.post("/alliance/agreement/people", person);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("already votes in another place");
    UUID managerAccount =
        jdbc.sql("select id from identity.app_user where username = 'manager'")
            .query(UUID.class)
            .single();
    person.put("account", managerAccount.toString());
    HttpResponse<String> wrongRole = manager.post("/alliance/agreement/people", person);
    assertThat(wrongRole.statusCode()).isEqualTo(400);
    assertThat(wrongRole.body()).contains("must have the role alliance leadership team member");
  }

  @Test
  void badInputOnTheAgreementGivesAnErrorSummary() {
    manager.get("/alliance/agreement");
    HttpResponse<String> markup =
        manager.post(
            "/alliance/agreement/principles",
            Map.of("wording", "<b onmouseover=alert(1)>Zq</b>", "position", "-4"));
    assertThat(markup.statusCode()).isEqualTo(400);
    assertThat(markup.body())
        .contains("There is a problem")
        .contains("must be plain words")
        .contains("Enter its number in the list")
        .doesNotContain("<b onmouseover");
    HttpResponse<String> huge =
        manager.post("/alliance/agreement/principles", Map.of("wording", "z".repeat(2_001)));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("2,000 characters or fewer");
    HttpResponse<String> nul =
        manager.post("/alliance/agreement/principles", Map.of("wording", "Zq\u0000"));
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(manager.get("/alliance/agreement/principles/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    UUID council =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.COMMISSIONER)
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(manager.get("/alliance/agreement/members/" + council).statusCode()).isEqualTo(404);
  }
}
