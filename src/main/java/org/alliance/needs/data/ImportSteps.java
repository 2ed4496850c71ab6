package org.alliance.needs.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.needs.data.ProfilesImport.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every needs import shares: one transaction that holds the needs import lock, so two imports
 * at once (two commissioners, or the command beside the running application, on any node) run one
 * after the other and each counts what it changed against what the other left; the import's own
 * row; and a refusal's lines.
 */
@Component
class ImportSteps {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  ImportSteps(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Runs the load in its own transaction, after any import already running has finished. */
  Outcome inOneTransaction(Function<TransactionStatus, Outcome> load) throws IOException {
    try {
      return transaction.execute(
          status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-needs-import'))")
                .query(Object.class)
                .single();
            return load.apply(status);
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The import's row, its counts filled in by {@link #counted}. */
  UUID begin(String fileName, String kind, long rows, String by) {
    return jdbc.sql(
            """
            insert into needs.indicator_import (file_name, kind, rows, created, replaced, imported_by)
            values (:file, :kind, :rows, 0, 0, :by) returning id
            """)
        .param("file", fileName)
        .param("kind", kind)
        .param("rows", (int) rows)
        .param("by", by)
        .query(UUID.class)
        .single();
  }

  void counted(UUID importId, long created, long changed) {
    jdbc.sql(
            "update needs.indicator_import set created = :created, replaced = :changed where id = :id")
        .param("created", (int) created)
        .param("changed", (int) changed)
        .param("id", importId)
        .update();
  }

  /** Rolls the import back and says why, every problem by its line. */
  static Outcome refused(String fileName, ProfilesFile.Read read, TransactionStatus status) {
    status.setRollbackOnly();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Refused %s: nothing was imported. Put these right and import the whole file again:"
            .formatted(fileName));
    read.problems().forEach(problem -> lines.add("  " + problem.describe()));
    if (read.moreProblems() > 0) {
      lines.add("  and %,d more".formatted(read.moreProblems()));
    }
    return new Outcome(false, lines);
  }
}
