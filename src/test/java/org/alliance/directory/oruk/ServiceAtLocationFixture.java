package org.alliance.directory.oruk;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two services at four locations around an invented postcode far from the demo's BK area, written
 * straight into the HSDS tables with unique ids. Alpha (ages 18 to 25, a narrower term) opens on
 * Mondays 9 to 5, except at its far location, which keeps its own Saturday 10 to 12; Beta has no
 * ages, terms or hours, and one location with a hidden address 100 m from the postcode.
 */
final class ServiceAtLocationFixture {

  private static final double LATITUDE = -33.0;
  private static final double LONGITUDE = 151.0;

  /** About 111 km per degree of latitude. */
  private static final double KM = 1 / 111.2;

  final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  final String postcode = "ZX" + (1 + (int) (Math.random() * 98)) + "+9XZ";
  final String organization = id();
  final String taxonomy = id();
  final String parentTerm = id();
  final String alphaNear;
  final String alphaFar;
  final String betaNear;
  final String betaHidden;
  final java.util.List<String> services;
  private final JdbcClient jdbc;

  ServiceAtLocationFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
    sql(
        "insert into directory.postcode (postcode, latitude, longitude) values (?, ?, ?) on conflict (postcode) do update"
            + " set latitude = excluded.latitude, longitude = excluded.longitude",
        postcode.replace("+", ""),
        LATITUDE,
        LONGITUDE);
    sql(
        "insert into directory.organization (id, name, description) values (?, ?, 'Test')",
        organization,
        "Fixture " + marker);
    sql(
        "insert into directory.taxonomy (id, name, description) values (?, ?, 'Test')",
        taxonomy,
        "Taxonomy " + marker);
    String childTerm = id();
    sql(
        "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, 'Parent', 'Test', ?)",
        parentTerm,
        taxonomy);
    sql(
        "insert into directory.taxonomy_term (id, name, description, taxonomy_id, parent_id) values (?, 'Child', 'Test', ?, ?)",
        childTerm,
        taxonomy,
        parentTerm);

    String alpha = service("Alpha " + marker, 18, 25);
    sql(
        "insert into directory.attribute (id, link_id, link_entity, taxonomy_term_id) values (?, ?, 'service', ?)",
        id(),
        alpha,
        childTerm);
    sql(
        "insert into directory.schedule (id, service_id, freq, byday, opens_at, closes_at) values (?, ?, 'WEEKLY', 'MO', '09:00', '17:00')",
        id(),
        alpha);
    alphaNear = at(alpha, 0.5, false);
    alphaFar = at(alpha, 20, false);
    sql(
        "insert into directory.schedule (id, service_at_location_id, freq, byday, opens_at, closes_at)"
            + " values (?, ?, 'WEEKLY', 'SA', '10:00', '12:00')",
        id(),
        alphaFar);

    String beta = service("Beta " + marker, null, null);
    betaNear = at(beta, 2, false);
    betaHidden = at(beta, 0.1, true);
    services = java.util.List.of(alpha, beta);
  }

  private String service(String name, Integer minimumAge, Integer maximumAge) {
    String id = id();
    sql(
        "insert into directory.service (id, organization_id, name, status, minimum_age, maximum_age, last_modified)"
            + " values (?, ?, ?, 'active', ?, ?, now())",
        id,
        organization,
        name,
        minimumAge,
        maximumAge);
    return id;
  }

  /** A service at a location this many kilometres north of the postcode. */
  private String at(String service, double km, boolean hidden) {
    String location = id();
    sql(
        "insert into directory.location (id, location_type, latitude, longitude, address_hidden) values (?, 'physical', ?, ?, ?)",
        location,
        LATITUDE + km * KM,
        LONGITUDE,
        hidden);
    String id = id();
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        id,
        service,
        location);
    return id;
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private void sql(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (Object param : params) {
      statement = statement.param(param);
    }
    statement.update();
  }
}
