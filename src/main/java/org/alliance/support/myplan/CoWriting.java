package org.alliance.support.myplan;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SharedPart;
import org.alliance.support.access.Withholding;
import org.alliance.support.access.Withholding.EntryKind;
import org.alliance.support.plan.LifeDomains;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the person writes into their own plan: their words beside a goal, a review or someone in
 * their network, their marks on a goal (important to them, done), and goals of their own. What a
 * worker wrote is never changed; the person's words are rows of their own, marked as theirs. Only
 * the person writes here: a proxy reads.
 */
@Component
class CoWriting {

  /** The kinds of entry the person can add words to, with the table and the withholding kind. */
  enum Addable {
    GOAL("goal", "support.plan_goal", EntryKind.GOAL, true, "/my-plan/goals/"),
    NETWORK("network", "support.plan_network_member", EntryKind.NETWORK, true, "/my-plan/people/"),
    REVIEW("review", "support.plan_review", EntryKind.REVIEW, false, "/my-plan/reviews/");

    final String code;
    final String table;
    final EntryKind withheld;
    final boolean labelled;

    /** Where the person's page of such an entry is, up to its id. */
    final String page;

    Addable(String code, String table, EntryKind withheld, boolean labelled, String page) {
      this.code = code;
      this.table = table;
      this.withheld = withheld;
      this.labelled = labelled;
      this.page = page;
    }
  }

  private final OwnViews views;
  private final OwnPlanReader reader;
  private final LifeDomains domains;
  private final JdbcClient jdbc;
  private final AuditLog audit;

  CoWriting(
      OwnViews views, OwnPlanReader reader, LifeDomains domains, JdbcClient jdbc, AuditLog audit) {
    this.views = views;
    this.reader = reader;
    this.domains = domains;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The person's own view, for a page that writes: a proxy is refused here. */
  private OwnView writer(UUID userId, String purpose) {
    OwnView view = views.open(userId, purpose);
    if (!view.self() || !view.reaches(SharedPart.PLAN)) {
      throw new NotTheirs();
    }
    return view;
  }

  /** One goal of the person's, as "My plan" shows it. */
  @Transactional
  MyPlan.OwnGoal goal(UUID userId, UUID goalId) {
    OwnView view = writer(userId, "my plan goal");
    return reader.goals(view).stream()
        .filter(g -> g.id().equals(goalId))
        .findFirst()
        .orElseThrow(NotTheirs::new);
  }

  @Transactional
  MyPlan.Person networkMember(UUID userId, UUID id) {
    OwnView view = writer(userId, "my plan network member");
    return reader.network(view).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(NotTheirs::new);
  }

  @Transactional
  MyPlan.OwnReview review(UUID userId, UUID id) {
    OwnView view = writer(userId, "my plan review");
    return reader.reviews(view).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(NotTheirs::new);
  }

  /**
   * Adds the person's words to an entry they can see. The entry's person, labels and withholding
   * are checked in the insert itself, so an id of anyone else's entry writes nothing.
   */
  @Transactional
  void addWords(UUID userId, Addable kind, UUID entryId, String words) {
    OwnView view = writer(userId, "adding words to my plan");
    String text = Words.required(words, 1000);
    int added =
        jdbc.sql(
                "insert into support.own_words (person_id, entry_kind, entry_id, words, written_by,"
                    + " written_as) select :person, :kind, e.id, :words, :user, :as from "
                    + kind.table
                    + " e where e.id = :entry and e.person_id = :person and "
                    + (kind.labelled ? LabelFilter.visible("e") : "true")
                    + " and "
                    + Withholding.shown(kind.withheld, "e.id"))
            .param("person", view.personId())
            .param("kind", kind.code)
            .param("words", text)
            .param("user", view.userId())
            .param("as", view.writtenAs())
            .param("entry", entryId)
            .param("labels", view.labelCodes())
            .update();
    if (added != 1) {
      throw new NotTheirs();
    }
    audit.record(
        AuditEntry.of("person.own-words-added", kind.code, entryId)
            .concerning(view.personId())
            .withDetail("by the person"));
  }

  /** Where the person's words were written, to go back to that page. */
  record WordsPlace(Addable kind, UUID entryId) {
    String page() {
      return kind.page + entryId;
    }
  }

  /**
   * The person lets the alliance quote their words, without their name, in reports about the
   * service, or withdraws that. Only words the person wrote themself can be shared, and only by
   * them; anything else is "not found". Withdrawing clears the consent, so the words leave every
   * report made after.
   */
  @Transactional
  WordsPlace share(UUID userId, UUID wordsId, boolean share) {
    OwnView view = writer(userId, "sharing my words in reports");
    WordsPlace place =
        jdbc.sql(
                """
                update support.own_words
                   set shared_in_reports_at =
                         case when :share then coalesce(shared_in_reports_at, now()) end
                 where id = :id and person_id = :person and written_as = 'self'
                returning entry_kind, entry_id
                """)
            .param("share", share)
            .param("id", wordsId)
            .param("person", view.personId())
            .query(
                (rs, n) -> {
                  String code = rs.getString("entry_kind");
                  return new WordsPlace(
                      java.util.Arrays.stream(Addable.values())
                          .filter(a -> a.code.equals(code))
                          .findFirst()
                          .orElseThrow(),
                      rs.getObject("entry_id", UUID.class));
                })
            .optional()
            .orElseThrow(NotTheirs::new);
    audit.record(
        AuditEntry.of(
                share ? "person.own-words-shared" : "person.own-words-share-withdrawn",
                "own-words",
                wordsId)
            .concerning(view.personId())
            .withDetail(share ? "may be quoted without a name in reports" : "no longer quoted"));
    return place;
  }

  /**
   * The person's marks on a goal: important to them, and done (on the day they say so). The version
   * they saw must still be the goal's, so a worker's change in between is not lost.
   */
  @Transactional
  void mark(UUID userId, UUID goalId, int version, boolean important, boolean done) {
    OwnView view = writer(userId, "marking a goal");
    int changed =
        jdbc.sql(
                "update support.plan_goal g set important_to_person = :important,"
                    + " person_says_done_on = case when :done"
                    + " then coalesce(g.person_says_done_on, :today) end,"
                    + " version = g.version + 1"
                    + " where g.id = :goal and g.person_id = :person and g.version = :version and "
                    + LabelFilter.visible("g")
                    + " and "
                    + Withholding.shown(EntryKind.GOAL, "g.id"))
            .param("important", important)
            .param("done", done)
            .param("today", LocalDate.now(PersonAccess.UK))
            .param("goal", goalId)
            .param("person", view.personId())
            .param("version", version)
            .param("labels", view.labelCodes())
            .update();
    if (changed != 1) {
      boolean exists = reader.goals(view).stream().anyMatch(g -> g.id().equals(goalId));
      if (!exists) {
        throw new NotTheirs();
      }
      throw new ChangedMeanwhile();
    }
    audit.record(
        AuditEntry.of("person.goal-marked", "goal", goalId)
            .concerning(view.personId())
            .withDetail("important " + important + ", done " + done));
  }

  /** The parts of life a goal of the person's own can be about, for their age. */
  @Transactional
  List<LifeDomains.DomainGroup> areas(UUID userId) {
    OwnView view = writer(userId, "adding a goal");
    return domains.offeredAt(age(view).orElse(null));
  }

  /** Adds a goal in the person's own words; returns its id. */
  @Transactional
  UUID addGoal(UUID userId, String words, UUID area) {
    OwnView view = writer(userId, "adding a goal");
    String text = Words.required(words, 500);
    boolean offered =
        area != null
            && domains.offeredAt(age(view).orElse(null)).stream()
                .flatMap(group -> group.domains().stream())
                .anyMatch(d -> d.id().equals(area));
    if (!offered) {
      throw new Words.Problem("area", "Choose which part of your life it is about");
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_goal (person_id, domain_id, words, in_words_of, set_on,
                                               added_by_account)
                values (:person, :area, :words, 'person', :today, :user)
                returning id
                """)
            .param("person", view.personId())
            .param("area", area)
            .param("words", text)
            .param("today", LocalDate.now(PersonAccess.UK))
            .param("user", view.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.goal-added", "goal", id)
            .concerning(view.personId())
            .withDetail("by the person"));
    return id;
  }

  private Optional<Integer> age(OwnView view) {
    return jdbc.sql("select date_of_birth from support.person where id = :id")
        .param("id", view.personId())
        .query(LocalDate.class)
        .optional()
        .map(born -> Period.between(born, LocalDate.now(PersonAccess.UK)).getYears());
  }

  /** Not an entry this account may write to: answered as "not found". */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NOT_FOUND)
  static class NotTheirs extends RuntimeException {
    NotTheirs() {
      super("Not found", null, false, false);
    }
  }

  /** The goal changed since the person opened it. */
  static class ChangedMeanwhile extends RuntimeException {
    ChangedMeanwhile() {
      super("Changed meanwhile", null, false, false);
    }
  }
}
