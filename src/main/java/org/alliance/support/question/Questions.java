package org.alliance.support.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions a person asks from "My plan", and their team's answers. The person asks through their
 * {@link OwnView}; anyone who may open the record reads them; only the person's team answers, once.
 * The audit names the question, never its words or the answer's.
 */
@Component
public class Questions {

  /** The most characters in a question and in an answer, as the table's checks say. */
  public static final int LONGEST_QUESTION = 1000;

  public static final int LONGEST_ANSWER = 2000;

  private static final String ALREADY_ANSWERED =
      "Someone has already answered this question. Their answer has been kept.";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final UserAccounts users;

  Questions(
      JdbcClient jdbc, AuditLog audit, PersonAccess access, People people, UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.users = users;
  }

  /**
   * Stores a question, in the caller's transaction with the view's audited read.
   *
   * @param kind what it is about, as a code for the audit (plan, goal, appointment, money, other)
   * @param about what it is about, in words the server wrote from the chosen option
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID ask(OwnView view, String kind, String about, String words) {
    UUID id =
        jdbc.sql(
                """
                insert into support.person_question (person_id, about, words, asked_by, asked_as)
                values (:person, :about, :words, :by, :as) returning id
                """)
            .param("person", view.personId())
            .param("about", about)
            .param("words", words)
            .param("by", view.userId())
            .param("as", view.writtenAs())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.question-asked", "person-question", id)
            .concerning(view.personId())
            .withDetail("about: " + kind + "; as " + view.writtenAs()));
    return id;
  }

  /** The person's questions, newest first, with any answers. */
  public List<Question> of(OwnView view) {
    return list(view.personId());
  }

  /** How many of the person's questions wait for an answer, for the record page. */
  public int waiting(RecordAccess opened) {
    return jdbc.sql(
            "select count(*) from support.person_question"
                + " where person_id = :person and answered_at is null")
        .param("person", opened.personId())
        .query(Integer.class)
        .single();
  }

  @Transactional
  QuestionsPage page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "questions from the person");
    return new QuestionsPage(opened, people.find(opened), list(personId));
  }

  /**
   * Answers a question of this person's, once: the update is guarded on the question being
   * unanswered, so a second answer (or two at once) overwrites nothing. A question of anyone else's
   * is not found, whatever the answer says.
   */
  @Transactional
  void answer(Practitioner viewer, UUID personId, UUID questionId, String typed) {
    RecordAccess opened = access.open(viewer, personId, "answering a question");
    if (!opened.team()) {
      throw new NoSuchRecord();
    }
    boolean answeredBefore =
        jdbc.sql(
                "select answered_at is not null from support.person_question"
                    + " where id = :id and person_id = :person")
            .param("id", questionId)
            .param("person", personId)
            .query(Boolean.class)
            .optional()
            .orElseThrow(NoSuchRecord::new);
    if (answeredBefore) {
      throw new QuestionProblem(ALREADY_ANSWERED);
    }
    String answer = typed == null ? "" : typed.strip();
    if (answer.isEmpty()) {
      throw new QuestionProblem("Write your answer");
    }
    if (answer.codePointCount(0, answer.length()) > LONGEST_ANSWER) {
      throw new QuestionProblem("Your answer must be " + LONGEST_ANSWER + " characters or fewer");
    }
    int answered =
        jdbc.sql(
                """
                update support.person_question
                   set answer = :answer, answered_by = :by, answered_at = now()
                 where id = :id and person_id = :person and answered_at is null
                """)
            .param("answer", answer)
            .param("by", viewer.userId())
            .param("id", questionId)
            .param("person", personId)
            .update();
    if (answered == 0) {
      // Answered by someone else since the check above: theirs stands.
      throw new QuestionProblem(ALREADY_ANSWERED);
    }
    audit.record(
        AuditEntry.of("person.question-answered", "person-question", questionId)
            .concerning(personId));
  }

  /** A person with questions waiting for their trusted individual, for the home page. */
  record Waiting(UUID personId, int count, Instant since) {}

  /**
   * The people this worker is the current, accepted trusted individual for, with questions waiting:
   * one query, nothing of the person but their id.
   */
  List<Waiting> waitingFor(UUID userId) {
    return jdbc.sql(
            """
            select t.person_id, count(*) as waiting, min(q.asked_at) as since
              from support.trusted_individual t
              join support.person_question q
                on q.person_id = t.person_id and q.answered_at is null
             where t.user_id = :user and t.ended_at is null and t.accepted_at is not null
             group by t.person_id
             order by min(q.asked_at), t.person_id
            """)
        .param("user", userId)
        .query(
            (rs, n) ->
                new Waiting(
                    rs.getObject("person_id", UUID.class),
                    rs.getInt("waiting"),
                    rs.getTimestamp("since").toInstant()))
        .list();
  }

  private List<Question> list(UUID personId) {
    return jdbc.sql(
            """
            select id, about, words, asked_as, asked_at, answer, answered_by, answered_at
              from support.person_question
             where person_id = :person
             order by answered_at is null desc, asked_at desc, id
            """)
        .param("person", personId)
        .query(this::question)
        .list();
  }

  private Question question(ResultSet rs, int n) throws SQLException {
    UUID answeredBy = rs.getObject("answered_by", UUID.class);
    Timestamp answeredAt = rs.getTimestamp("answered_at");
    return new Question(
        rs.getObject("id", UUID.class),
        rs.getString("about"),
        rs.getString("words"),
        "proxy".equals(rs.getString("asked_as")),
        rs.getTimestamp("asked_at").toInstant(),
        rs.getString("answer"),
        answeredBy == null ? null : users.displayName(answeredBy).orElse("A worker"),
        answeredAt == null ? null : answeredAt.toInstant());
  }
}
