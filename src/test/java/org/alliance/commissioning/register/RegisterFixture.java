package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.WebSession;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Entering contracts and grants through the register's own forms, and reading its tables back. */
final class RegisterFixture {

  final UUID north;
  final UUID west;
  private final WebSession session;

  RegisterFixture(WebSession session, Organisations organisations) {
    this.session = session;
    this.north = council(organisations, DemoRegister.NORTH);
    this.west = council(organisations, DemoRegister.WEST);
  }

  private static UUID council(Organisations organisations, String name) {
    return organisations.all().stream()
        .filter(o -> o.name().equals(name))
        .map(Organisation::id)
        .findFirst()
        .orElseThrow();
  }

  /** The add form's fields for a North 48.6 / West 51.4 contract hosted by West. */
  Map<String, String> contractForm(String reference, String service) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("reference", reference);
    form.put("service", service);
    form.put("status", "active");
    form.put("startDay", "1");
    form.put("startMonth", "4");
    form.put("startYear", "2018");
    form.put("endDay", "31");
    form.put("endMonth", "3");
    form.put("endYear", "2024");
    form.put("noticeMonths", "6");
    form.put("share-" + north, "48.6");
    form.put("share-" + west, "51.4");
    form.put("host", west.toString());
    return form;
  }

  UUID addContract(Map<String, String> form) {
    HttpResponse<String> made = session.post("/commissioning/contracts", form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  UUID addGrant(String name, String shortName, boolean westOnly) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("shortName", shortName);
    form.put("issuer", "Office for Health Improvement and Disparities (OHID)");
    if (westOnly) {
      form.put("share-" + west, "100");
    } else {
      form.put("share-" + north, "48.6");
      form.put("share-" + west, "51.4");
    }
    form.put("host", west.toString());
    HttpResponse<String> made = session.post("/commissioning/grants", form);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    String location = made.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  void setGrantAmount(UUID grant, int year, String amount) {
    Document page = Jsoup.parse(session.get("/commissioning/grants/" + grant).body());
    String version = page.selectFirst("input[name=version]").attr("value");
    HttpResponse<String> saved =
        session.post(
            "/commissioning/grants/" + grant + "/amounts",
            Map.of("amountYear", String.valueOf(year), "amount", amount, "version", version));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
  }

  /** A published table's rows as text: the label cell, then each figure, as printed. */
  static List<List<String>> rows(Element table) {
    List<List<String>> rows = new ArrayList<>();
    for (Element row : table.select("tbody tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.select("th, td")) {
        cells.add(cell.text());
      }
      rows.add(cells);
    }
    return rows;
  }

  static List<String> headings(Element table) {
    return table.select("thead th").eachText();
  }
}
