package org.alliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log holds even against the application's own connection: its role may insert and read
 * entries, and nothing else. The triggers are a second line for the schema's owner.
 */
@AllianceTest
class AuditTrustTests {

  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transaction;

  @Test
  void theApplicationIsNeitherSuperuserNorTheAuditLogsOwner() {
    assertThat(
            jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();
    assertThat(
            jdbc.sql(
                    "select tableowner = current_user from pg_tables where schemaname = 'audit' and tablename = 'audit_event'")
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Test
  void theApplicationMayInsertAndReadEntries() {
    String subject = UUID.randomUUID().toString();
    transaction.executeWithoutResult(
        status -> audit.recordSystem(AuditEntry.of("test.trusted", "widget", subject)));
    assertThat(
            jdbc.sql("select count(*) from audit.audit_event where subject_id = :s")
                .param("s", subject)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theApplicationCannotRewriteRemoveOrDisarmTheLog() {
    for (String statement :
        new String[] {
          "update audit.audit_event set detail = 'rewritten'",
          "delete from audit.audit_event",
          "truncate audit.audit_event",
          "alter table audit.audit_event disable trigger audit_event_no_update_or_delete",
          "alter table audit.audit_event disable trigger all",
          "alter table audit.audit_event add column forged text",
          "drop trigger audit_event_no_truncate on audit.audit_event",
          "drop table audit.audit_event",
          "drop schema audit cascade",
          "create or replace function audit.refuse_change() returns trigger language plpgsql as 'begin return null; end'",
          "set session_replication_role = replica"
        }) {
      assertThatThrownBy(() -> jdbc.sql(statement).update())
          .as(statement)
          .isInstanceOf(DataAccessException.class)
          .rootCause()
          .hasMessageMatching("(?s).*(permission denied|must be owner).*")
          .hasMessageNotContaining("append-only");
    }
    assertThat(jdbc.sql("select count(*) from audit.audit_event").query(Integer.class).single())
        .isPositive();
  }
}
