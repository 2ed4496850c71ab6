package org.alliance.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL address given as {@code DATABASE_URL}, in either the Heroku-style {@code
 * postgres://user:pass@host:port/db?params} form or the JDBC form.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

  public static DatabaseUrl parse(String value) {
    return parse(value, "DATABASE_URL");
  }

  /**
   * Reads an address given in the setting {@code name}, which a refusal names.
   *
   * @throws DatabaseProblem when it is not a PostgreSQL address
   */
  public static DatabaseUrl parse(String value, String name) {
    String text = value.trim();
    if (text.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(text, null, null);
    }
    if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
      throw new DatabaseProblem(
          name + " must start with postgres://, postgresql:// or jdbc:postgresql:");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new DatabaseProblem(
          name + " is not a valid address (" + e.getReason() + "): " + redact(text));
    }
    if (uri.getHost() == null) {
      throw new DatabaseProblem(name + " has no host: " + redact(text));
    }
    String database =
        uri.getRawPath() == null || uri.getRawPath().length() <= 1
            ? "postgres"
            : uri.getRawPath().substring(1);
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append('/').append(database);
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  /** The address without its password, safe for logs. */
  public static String redact(String value) {
    return value
        .replaceAll("://([^:/@]+):[^@]*@", "://$1:***@")
        .replaceAll("password=[^&]*", "password=***");
  }
}
