package org.alliance.organisation;

import static org.alliance.organisation.OrganisationFormFields.fields;
import static org.alliance.organisation.OrganisationFormFields.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@AllianceTest
class OrganisationAdminTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Organisations organisations;

  private WebSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = WebSession.signedIn(port, "admin", "alliance-demo");
  }

  @Test
  void listsEveryOrganisation() throws Exception {
    HttpResponse<String> page = admin.get("/admin/organisations");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Brackenford City Council", "Commissioning council", "11934820", "Add an organisation");
  }

  @Test
  void addsAnOrganisationWithItsNumbersTidied() throws Exception {
    String name = unique("Riverside Peer Support");
    admin.get("/admin/organisations/new");

    HttpResponse<String> saved =
        admin.post("/admin/organisations/new", fields(name, "sc 012 345", "1234567"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/organisations");
    assertThat(admin.get("/admin/organisations").body())
        .contains("govuk-notification-banner--success", name + " has been added");
    Map<String, Object> row =
        jdbc.sql(
                """
            select type, relationship, charity_number, company_number, website
              from organisation.organisation where name = :name
            """)
            .param("name", name)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("type", "charity")
        .containsEntry("relationship", "community")
        .containsEntry("charity_number", "SC012345")
        .containsEntry("company_number", "01234567")
        .containsEntry("website", "https://riverside.example");
  }

  @Test
  void showsEveryMistakeAndSavesNothing() throws Exception {
    int before = count();
    Map<String, String> form = fields("", "12345", "");
    form.remove("type");

    HttpResponse<String> page = admin.post("/admin/organisations/new", form);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<title>Error: Add an organisation",
            "govuk-error-summary",
            "<a href=\"#name\">Enter the organisation name</a>",
            "<a href=\"#type\">Select the type of organisation</a>",
            "<a href=\"#charityNumber\">Enter a charity number in the correct format",
            "id=\"charityNumber-error\"",
            "aria-describedby=\"charityNumber-hint charityNumber-error\"");
    assertThat(page.body().indexOf("#name")).isLessThan(page.body().indexOf("#type"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void refusesABadCharityNumberEvenWithEverythingElseRight() throws Exception {
    String name = unique("Bad Numbers Charity");

    HttpResponse<String> page =
        admin.post("/admin/organisations/new", fields(name, "SC12345", "ABC"));

    assertThat(page.body())
        .contains("#charityNumber", "#companyNumber")
        .doesNotContain("href=\"#name\"");
    assertThat(
            jdbc.sql("select count(*) from organisation.organisation where name = :name")
                .param("name", name)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void refusesANameAlreadyTakenInAnyCase() throws Exception {
    String name = unique("Taken Name");
    organisations.create(
        new OrganisationDetails(
            name, OrganisationType.COMPANY, Relationship.MEMBER, null, null, null),
        true);

    HttpResponse<String> page =
        admin.post("/admin/organisations/new", fields(name.toUpperCase(), null, null));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<a href=\"#name\">An organisation with this name already exists</a>");
  }

  @Test
  void keepsOrganisationsFromEveryoneButAdministrators() throws Exception {
    WebSession manager = WebSession.signedIn(port, "manager", "alliance-demo");

    assertThat(manager.get("/admin/organisations").statusCode()).isEqualTo(403);
  }

  private int count() {
    return jdbc.sql("select count(*) from organisation.organisation").query(Integer.class).single();
  }
}
