package org.alliance.support.note;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.People;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case notes: written once, never edited or deleted. A correction is a new note that points at the
 * one it corrects; a note is corrected once (a later correction corrects the correction). The audit
 * says a note was written, never what it says.
 */
@Component
public class Notes {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final UserAccounts users;
  private final Organisations organisations;

  Notes(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.users = users;
    this.organisations = organisations;
  }

  @Transactional
  NotePage page(Practitioner viewer, UUID personId, UUID corrects) {
    RecordAccess opened =
        access.open(viewer, personId, corrects == null ? "writing a note" : "correcting a note");
    Note corrected =
        corrects == null ? null : find(opened, corrects).orElseThrow(NoSuchRecord::new);
    return new NotePage(opened, people.find(opened), corrected);
  }

  @Transactional
  UUID write(Practitioner viewer, UUID personId, NoteForm.Checked note, UUID corrects) {
    RecordAccess opened =
        access.open(viewer, personId, corrects == null ? "writing a note" : "correcting a note");
    if (note.label() != null && !opened.reaches(note.label())) {
      throw new NoteProblem("label", "Choose a label from the list, or none");
    }
    if (corrects != null) {
      Note old = find(opened, corrects).orElseThrow(NoSuchRecord::new);
      if (old.corrected()) {
        throw new NoteProblem(
            "body", "This note has already been corrected: correct the correction instead");
      }
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into support.case_note (person_id, member_id, author_id, label, body, corrects)
                  values (:person, :member, :author, :label, :body, :corrects)
                  returning id
                  """)
              .param("person", personId)
              .param("member", viewer.memberId())
              .param("author", viewer.userId())
              .param("label", note.label() == null ? null : note.label().code())
              .param("body", note.body())
              .param("corrects", corrects)
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException raced) {
      throw new NoteProblem(
          "body",
          "This note has just been corrected by someone else: correct the correction instead");
    }
    AuditEntry entry =
        AuditEntry.of(
                corrects == null ? "person.note.written" : "person.note.corrected", "case-note", id)
            .concerning(personId);
    audit.record(corrects == null ? entry : entry.withDetail("corrects note " + corrects));
    return id;
  }

  /** One note of this person that the viewer's labels reach; empty for anyone else's. */
  public Optional<Note> find(RecordAccess opened, UUID noteId) {
    return jdbc.sql(
            """
            select n.*, exists (select 1 from support.case_note k where k.corrects = n.id) as corrected
              from support.case_note n
             where n.id = :id and n.person_id = :person and """
                + LabelFilter.visible("n"))
        .param("id", noteId)
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query(this::note)
        .optional();
  }

  private Note note(ResultSet rs, int n) throws SQLException {
    return new Note(
        rs.getObject("id", UUID.class),
        users.displayName(rs.getObject("author_id", UUID.class)).orElse("a former worker"),
        organisations.name(rs.getObject("member_id", UUID.class)).orElse("a former member"),
        SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
        rs.getString("body"),
        rs.getObject("corrects", UUID.class),
        rs.getTimestamp("written_at").toInstant(),
        rs.getBoolean("corrected"));
  }
}
