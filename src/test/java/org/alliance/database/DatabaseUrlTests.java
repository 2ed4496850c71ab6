package org.alliance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

  @Test
  void readsTheHerokuStyleForm() {
    DatabaseUrl url =
        DatabaseUrl.parse("postgres://alliance:s%40cret@db.internal:5433/alliance?sslmode=require");
    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.internal:5433/alliance?sslmode=require");
    assertThat(url.username()).isEqualTo("alliance");
    assertThat(url.password()).isEqualTo("s@cret");
  }

  @Test
  void passesTheJdbcFormThrough() {
    DatabaseUrl url =
        DatabaseUrl.parse("jdbc:postgresql://localhost:5432/alliance?user=a&password=b");
    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/alliance?user=a&password=b");
    assertThat(url.username()).isNull();
  }

  @Test
  void refusesAnythingElseWithAClearMessage() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/alliance"))
        .hasMessageContaining("DATABASE_URL must start with postgres://");
  }

  @Test
  void redactsPasswordsForLogs() {
    assertThat(DatabaseUrl.redact("postgres://alliance:secret@db:5432/a"))
        .isEqualTo("postgres://alliance:***@db:5432/a");
    assertThat(DatabaseUrl.redact("jdbc:postgresql://db/a?user=u&password=secret"))
        .isEqualTo("jdbc:postgresql://db/a?user=u&password=***");
  }
}
