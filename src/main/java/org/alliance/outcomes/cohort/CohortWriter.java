package org.alliance.outcomes.cohort;

import org.alliance.audit.AuditActor;

/**
 * Who is changing cohorts: a signed-in worker, or the operator's command (audited as the system,
 * with the operating-system user named).
 *
 * @param actor the signed-in worker, or null for the command
 * @param name what the cohort's "changed by" says
 */
public record CohortWriter(AuditActor actor, String name) {

  public static CohortWriter command(String operator) {
    return new CohortWriter(null, "the import-cohorts command, run by " + operator);
  }
}
