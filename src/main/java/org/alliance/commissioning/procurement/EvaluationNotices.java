package org.alliance.commissioning.procurement;

import java.util.List;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Tells an evaluator, on their home page, of each stage where another evaluator has submitted and
 * they have not: moderation waits for them.
 */
@Component
class EvaluationNotices implements HomeNotices {

  private final JdbcClient jdbc;

  EvaluationNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser evaluator)
        || !evaluator.hasRole(Role.COMMISSIONER)) {
      return List.of();
    }
    return jdbc.sql(
            """
            select p.id as procurement_id, p.title, s.id as stage_id, s.name
              from commissioning.evaluator e
              join commissioning.procurement p on p.id = e.procurement_id and p.status = 'open'
              join commissioning.procurement_stage s on s.procurement_id = p.id
             where e.user_id = :user
               and not exists (select 1 from commissioning.evaluation_submission x
                                where x.stage_id = s.id and x.user_id = e.user_id)
               and exists (select 1 from commissioning.evaluation_submission x
                            where x.stage_id = s.id and x.user_id <> e.user_id)
             order by p.title, s.position
             limit 10
            """)
        .param("user", evaluator.userId())
        .query(
            (rs, n) ->
                new HomeNotice(
                    "Moderation of "
                        + rs.getString("name")
                        + " for "
                        + rs.getString("title")
                        + " is waiting for your scores.",
                    "Score " + rs.getString("name"),
                    "/commissioning/procurements/"
                        + rs.getString("procurement_id")
                        + "/stages/"
                        + rs.getString("stage_id")))
        .list();
  }
}
