package org.alliance.support.measure;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's recorded measures, for the measures page and for later parts (the NDTMS return, the
 * outcomes framework): read only through a {@link RecordAccess}, so only for a record its reader
 * may open, and with labelled recordings filtered in SQL like any labelled entry. Each comes with
 * the version it was asked in.
 */
@Component
public class MeasureAnswers {

  private final JdbcClient jdbc;
  private final MeasureLibrary library;
  private final UserAccounts users;
  private final Organisations organisations;

  MeasureAnswers(
      JdbcClient jdbc, MeasureLibrary library, UserAccounts users, Organisations organisations) {
    this.jdbc = jdbc;
    this.library = library;
    this.users = users;
    this.organisations = organisations;
  }

  /** Every recording of the person the reader may see, newest asked first. */
  public List<MeasureRecording> all(RecordAccess opened) {
    return query("", Map.of(), opened);
  }

  /** The person's recordings of one measure (by code, any version) at one stage, newest first. */
  public List<MeasureRecording> recorded(RecordAccess opened, String measureCode, Stage stage) {
    return query(
        " and m.code = :code and r.stage = :stage",
        Map.of("code", measureCode, "stage", stage.code()),
        opened);
  }

  private List<MeasureRecording> query(
      String and, Map<String, Object> params, RecordAccess opened) {
    var sql =
        jdbc.sql(
                """
                select r.id, r.version_id, r.stage, r.asked_on, cast(r.answers as text) as answers,
                       cast(r.scores as text) as scores, r.label, r.member_id, r.recorded_by
                  from support.measure_recording r
                  join support.measure_version v on v.id = r.version_id
                  join support.measure m on m.id = v.measure_id
                 where r.person_id = :person and %s%s
                 order by r.asked_on desc, r.recorded_at desc, r.id
                """
                    .formatted(LabelFilter.visible("r"), and))
            .param("person", opened.personId())
            .param("labels", LabelFilter.labels(opened));
    for (Map.Entry<String, Object> param : params.entrySet()) {
      sql = sql.param(param.getKey(), param.getValue());
    }
    return sql.query(
            (rs, n) ->
                new MeasureRecording(
                    rs.getObject("id", UUID.class),
                    opened.personId(),
                    library.asked(rs.getObject("version_id", UUID.class)),
                    Stage.fromCode(rs.getString("stage")).orElseThrow(),
                    rs.getObject("asked_on", java.time.LocalDate.class),
                    AnswerJson.answers(rs.getString("answers")),
                    AnswerJson.scores(rs.getString("scores")),
                    SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
                    organisations
                        .name(rs.getObject("member_id", UUID.class))
                        .orElse("a former member"),
                    users
                        .displayName(rs.getObject("recorded_by", UUID.class))
                        .orElse("a former worker")))
        .list();
  }
}
