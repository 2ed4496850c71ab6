package org.alliance.organisation;

import static org.alliance.organisation.OrganisationFormFields.fields;
import static org.alliance.organisation.OrganisationFormFields.unique;
import static org.alliance.organisation.OrganisationFormFields.version;
import static org.alliance.organisation.OrganisationFormFields.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AllianceTest
class OrganisationEditTests {

  @LocalServerPort int port;
  @Autowired Organisations organisations;

  private WebSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = WebSession.signedIn(port, "admin", "alliance-demo");
  }

  @Test
  void changesAnOrganisation() throws Exception {
    Organisation original = existingOrganisation();
    String renamed = unique("Renamed Trust");
    String editPage = admin.get("/admin/organisations/" + original.id()).body();
    assertThat(editPage)
        .contains("value=\"" + original.name() + "\"", "Change organisation details");

    HttpResponse<String> saved =
        admin.post(
            "/admin/organisations/" + original.id(),
            withVersion(fields(renamed, "NIC123456", null), version(editPage)));

    assertThat(saved.statusCode()).isEqualTo(302);
    Organisation now = organisations.find(original.id()).orElseThrow();
    assertThat(now.name()).isEqualTo(renamed);
    assertThat(now.charityNumber()).isEqualTo("NIC123456");
    assertThat(now.version()).isEqualTo(original.version() + 1);
  }

  @Test
  void refusesAStaleEdit() throws Exception {
    Organisation original = existingOrganisation();
    String readVersion = version(admin.get("/admin/organisations/" + original.id()).body());
    String first = unique("First Editor's Name");
    String second = unique("Second Editor's Name");

    HttpResponse<String> firstSave =
        admin.post(
            "/admin/organisations/" + original.id(),
            withVersion(fields(first, null, null), readVersion));
    HttpResponse<String> secondSave =
        admin.post(
            "/admin/organisations/" + original.id(),
            withVersion(fields(second, null, null), readVersion));

    assertThat(firstSave.statusCode()).isEqualTo(302);
    assertThat(secondSave.statusCode()).isEqualTo(200);
    assertThat(secondSave.body())
        .contains(
            "govuk-error-summary",
            "Someone else changed this organisation while you were editing it. Your changes have not been saved.");
    String shownName = first.replace("'", "&#39;");
    assertThat(secondSave.body())
        .contains("value=\"" + shownName + "\"")
        .doesNotContain(second.replace("'", "&#39;"));
    assertThat(version(secondSave.body()))
        .isEqualTo(String.valueOf(Integer.parseInt(readVersion) + 1));
    assertThat(organisations.find(original.id()).orElseThrow().name()).isEqualTo(first);
  }

  @Test
  void saysNotFoundForAnUnknownOrganisation() throws Exception {
    assertThat(admin.get("/admin/organisations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(admin.get("/admin/organisations/not-an-id").statusCode()).isEqualTo(404);
  }

  private Organisation existingOrganisation() {
    return organisations.create(
        new OrganisationDetails(
            unique("Original Name"),
            OrganisationType.CHARITY,
            Relationship.MEMBER,
            "1234567",
            null,
            null),
        true);
  }
}
