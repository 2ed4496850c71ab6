package org.alliance.database;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The role that owns the schema and runs the migrations. The application never works through it; it
 * is here for Flyway and for tools that must change the schema itself (the benchmark's own
 * full-text index in its throw-away database). Not a DataSource bean, so nothing can inject it by
 * type by accident and the health check does not open owner connections.
 */
public final class SchemaOwner {

  private final DatabaseUrl url;

  SchemaOwner(DatabaseUrl url) {
    this.url = url;
  }

  DatabaseUrl url() {
    return url;
  }

  /** A connection factory (unpooled) that connects as the owner. */
  public DataSource dataSource() {
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), url.jdbcUrl(), url.username(), url.password());
  }
}
