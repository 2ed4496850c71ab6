package org.alliance.support.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.episode.Episodes;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording measures for a person and reading them back for their page. A recording is written
 * once, with the version it was asked in and the scores that version gives, and audited without its
 * answers (what the person said stays out of the log).
 */
@Component
class Recordings {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Episodes episodes;
  private final MeasureLibrary library;
  private final MeasureAnswers answers;

  Recordings(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Episodes episodes,
      MeasureLibrary library,
      MeasureAnswers answers) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.episodes = episodes;
    this.library = library;
    this.answers = answers;
  }

  @Transactional
  MeasuresPage page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "outcome measures page");
    Person person = people.find(opened);
    List<MeasureRecording> recorded = answers.all(opened);
    List<MeasureVersion> measures = recordable(opened);
    return new MeasuresPage(
        opened,
        person,
        DueMeasure.of(measures, person, episodes.history(opened), recorded, today()),
        recorded,
        Change.of(recorded),
        measures);
  }

  /**
   * Opens the record for a measure's form: the newest version, or the one the form was built on.
   */
  @Transactional
  FormPage form(Practitioner viewer, UUID personId, MeasureVersion version) {
    RecordAccess opened = access.open(viewer, personId, "recording a measure");
    if (!reaches(opened, version)) {
      throw new NoSuchRecord();
    }
    return new FormPage(opened, people.find(opened), version);
  }

  /**
   * Whose record, and the newest version of every measure whose recordings the viewer could see.
   */
  record Choices(Person person, List<MeasureVersion> measures) {}

  @Transactional
  Choices choices(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "choosing a measure to record");
    return new Choices(people.find(opened), recordable(opened));
  }

  @Transactional
  UUID record(
      Practitioner viewer,
      UUID personId,
      MeasureVersion version,
      Stage stage,
      LocalDate askedOn,
      Map<String, Object> given) {
    RecordAccess opened = access.open(viewer, personId, "recording a measure");
    if (!reaches(opened, version)) {
      throw new NoSuchRecord();
    }
    Map<String, BigDecimal> scores = Scoring.scores(version.definition(), given);
    UUID id =
        jdbc.sql(
                """
                insert into support.measure_recording
                  (person_id, version_id, stage, asked_on, answers, scores, label, member_id, recorded_by)
                values (:person, :version, :stage, :asked, cast(:answers as jsonb), cast(:scores as jsonb),
                        :label, :member, :by)
                returning id
                """)
            .param("person", personId)
            .param("version", version.id())
            .param("stage", stage.code())
            .param("asked", askedOn)
            .param("answers", AnswerJson.write(given))
            .param("scores", AnswerJson.write(scores))
            .param(
                "label",
                version.definition().sensitivity() == null
                    ? null
                    : version.definition().sensitivity().code())
            .param("member", viewer.memberId())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.measure.recorded", "measure-recording", id)
            .concerning(personId)
            .withDetail(
                version.code() + " version " + version.number() + ", stage " + stage.code()));
    return id;
  }

  private List<MeasureVersion> recordable(RecordAccess opened) {
    return library.latest().stream().filter(v -> reaches(opened, v)).toList();
  }

  /** A labelled measure is recorded and read only by someone whose access reaches its label. */
  private static boolean reaches(RecordAccess opened, MeasureVersion version) {
    return version.definition().sensitivity() == null
        || opened.reaches(version.definition().sensitivity());
  }

  static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }
}
