package org.alliance.directory.web;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A few services written straight into the HSDS tables, with unique ids, for page tests. */
final class DirectoryFixture {

  final String organization = UUID.randomUUID().toString();
  final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final JdbcClient jdbc;

  DirectoryFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
    // Looked after by the demo editor's member organisation: entries linked to no member are the
    // administrators' alone.
    sql(
        """
        insert into directory.organization (id, name, description, alliance_organisation_id)
        values (?, 'Fixture Recovery Trust', 'Test',
                (select organisation_id from identity.app_user where username = 'editor'))""",
        organization);
  }

  /** A service whose name carries this fixture's marker word, so searches find only the fixture. */
  String service(
      String name,
      String description,
      Integer minimumAge,
      double lat,
      double lon,
      String postcode) {
    String id = UUID.randomUUID().toString();
    String location = UUID.randomUUID().toString();
    sql(
        "insert into directory.service (id, organization_id, name, description, status, minimum_age, assured_date) "
            + "values (?, ?, ?, ?, 'active', ?, current_date - 30)",
        id,
        organization,
        name + " " + marker,
        description,
        minimumAge);
    sql(
        "insert into directory.location (id, location_type, latitude, longitude) values (?, 'physical', ?, ?)",
        location,
        lat,
        lon);
    sql(
        "insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type) "
            + "values (?, ?, '1 High Street', 'Brackenford', 'Brackenshire', ?, 'GB', 'physical')",
        UUID.randomUUID().toString(),
        location,
        postcode);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        id,
        location);
    return id;
  }

  void postcode(String postcode, double lat, double lon) {
    sql(
        "insert into directory.postcode (postcode, latitude, longitude) values (?, ?, ?) on conflict do nothing",
        postcode.replace(" ", ""),
        lat,
        lon);
  }

  private void sql(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (Object param : params) {
      statement = statement.param(param);
    }
    statement.update();
  }
}
