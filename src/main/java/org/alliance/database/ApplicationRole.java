package org.alliance.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded server's login for the application: not a superuser and owner of nothing, so what it
 * may do is exactly what the {@code afterMigrate} callback grants it. The schema's owner (the
 * server's superuser) creates it before Flyway runs and sets its password on every start, so the
 * password file is the one source of truth.
 */
final class ApplicationRole {

  static final String NAME = "alliance_app";
  static final String PASSWORD_FILE = "app-role-password";

  private ApplicationRole() {}

  /** The password kept under the data folder (created, readable by this user only, if missing). */
  static String passwordIn(Path dataDir) {
    Path file = dataDir.resolve(PASSWORD_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, generated());
        } catch (FileAlreadyExistsException racedByAnotherStart) {
          // Another process made it between our check and create: use theirs.
        }
      }
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the database password in " + file, e);
    }
  }

  /** A password for a throw-away server, never written down. */
  static String generated() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Creates the role, or resets its password and attributes, connected as the owner. */
  static void ensure(DatabaseUrl owner, String password) {
    try (Connection connection =
        DriverManager.getConnection(owner.jdbcUrl(), owner.username(), owner.password())) {
      boolean exists;
      try (PreparedStatement query =
          connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
        query.setString(1, NAME);
        exists = query.executeQuery().next();
      }
      try (Statement statement = connection.createStatement()) {
        // Role DDL takes no bind parameters; the password is ours (URL-safe base64), so quoting
        // it as a literal is safe.
        statement.execute(
            (exists ? "alter role " : "create role ")
                + NAME
                + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password "
                + quoted(password));
      }
    } catch (SQLException e) {
      throw new DatabaseProblem(
          "Cannot set up the application's database role: " + e.getMessage(), e);
    }
  }

  private static String quoted(String literal) {
    return "'" + literal.replace("'", "''") + "'";
  }
}
