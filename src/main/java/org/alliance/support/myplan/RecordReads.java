package org.alliance.support.myplan;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.audit.PersonTrail;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.support.access.GrantKind;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SharedPart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads "Who has looked" for the person, or a proxy they shared it with: the audit of the record
 * from {@link PersonTrail}, in plain words. The reader's own visits are left out (every page of "My
 * plan" is a read), and a proxy never sees what the person or anyone else they chose did.
 */
@Component
class RecordReads {

  static final int PER_PAGE = 50;

  /** Reads of a record, whatever page or list they were for. */
  private static final Set<String> READS =
      Set.of(
          "person.read",
          "person.listed",
          "person.own-view",
          "person.oversight-read",
          "referral.read-by-receiver",
          "referral.listed");

  /** What {@code PersonAccess} writes in the detail of a read under break glass. */
  private static final String UNDER_BREAK_GLASS =
      "under " + GrantKind.BREAK_GLASS.code() + " grant";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma", Locale.UK).withZone(PersonAccess.UK);

  private final OwnViews views;
  private final PersonTrail trail;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final boolean showWorkerNames;

  RecordReads(
      OwnViews views,
      PersonTrail trail,
      UserAccounts users,
      JdbcClient jdbc,
      @Value("${alliance.my-plan.show-worker-names:false}") boolean showWorkerNames) {
    this.views = views;
    this.trail = trail;
    this.users = users;
    this.jdbc = jdbc;
    this.showWorkerNames = showWorkerNames;
  }

  @Transactional
  WhoHasLooked read(UUID userId, int page) {
    OwnView view = views.open(userId, "who has looked");
    if (!view.reaches(SharedPart.RECORD_READS)) {
      throw new NoSuchRecord();
    }
    Accounts accounts = accounts(view);
    Set<UUID> leftOut = new HashSet<>(accounts.selves());
    leftOut.add(view.userId());
    if (!view.self()) {
      leftOut.addAll(accounts.proxies());
    }
    List<PersonTrail.Step> steps =
        trail.steps(accounts.records(), leftOut, (long) (page - 1) * PER_PAGE, PER_PAGE + 1);
    Map<UUID, Optional<UserAccount>> actors = new HashMap<>();
    List<WhoHasLooked.Look> looks =
        steps.stream().limit(PER_PAGE).map(step -> look(step, view, accounts, actors)).toList();
    return new WhoHasLooked(
        view.self(), accounts.name(), page, looks, steps.size() > PER_PAGE, showWorkerNames);
  }

  /**
   * The records that are this person (theirs and any merged into it), their first name, and the
   * accounts that read them as themself or as someone they chose: one query.
   */
  private record Accounts(Set<UUID> records, String name, Set<UUID> selves, Set<UUID> proxies) {}

  private Accounts accounts(OwnView view) {
    Set<UUID> records = new HashSet<>();
    Set<UUID> selves = new HashSet<>();
    Set<UUID> proxies = new HashSet<>();
    String[] name = {""};
    jdbc.sql(
            """
            select p.id, p.given_name, a.user_id, a.relation
              from support.person p
              left join support.person_account a on a.person_id = p.id
             where p.id = :person or p.merged_into = :person
            """)
        .param("person", view.personId())
        .query(
            rs -> {
              UUID record = rs.getObject("id", UUID.class);
              records.add(record);
              if (record.equals(view.personId())) {
                name[0] = rs.getString("given_name");
              }
              UUID user = rs.getObject("user_id", UUID.class);
              if (user != null) {
                ("self".equals(rs.getString("relation")) ? selves : proxies).add(user);
              }
            });
    return new Accounts(records, name[0], selves, proxies);
  }

  private WhoHasLooked.Look look(
      PersonTrail.Step step,
      OwnView view,
      Accounts accounts,
      Map<UUID, Optional<UserAccount>> actors) {
    String when = when(step.occurredAt());
    boolean emergency = emergency(step);
    String why = emergency ? reasonGiven(step.reason()) : null;
    String what = what(step.action(), view.self() ? "your" : "the");
    UUID actor = step.actorUserId();
    if (actor == null) {
      return new WhoHasLooked.Look(when, "Alliance (automatic)", null, null, what, emergency, why);
    }
    Optional<UserAccount> account = actors.computeIfAbsent(actor, users::find);
    if (accounts.proxies().contains(actor)) {
      // People the person chose are named by the person, so their names are always shown.
      String name = account.map(UserAccount::displayName).orElse("");
      return new WhoHasLooked.Look(
          when, "Someone you chose: " + name, null, null, what, emergency, why);
    }
    String who =
        showWorkerNames ? account.map(UserAccount::displayName).orElse("A worker") : "A worker";
    String role = account.map(RecordReads::roles).orElse(null);
    return new WhoHasLooked.Look(when, who, step.organisation(), role, what, emergency, why);
  }

  /** A read under a break-glass grant, or the breaking of the glass itself: both give a reason. */
  private static boolean emergency(PersonTrail.Step step) {
    return step.reason() != null
        && ("person.break-glass".equals(step.action())
            || step.detail() != null && step.detail().contains(UNDER_BREAK_GLASS));
  }

  /** The worker's own words: reads carry "Break glass: " before them. */
  private static String reasonGiven(String reason) {
    String prefix = GrantKind.BREAK_GLASS.label() + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }

  private static String what(String action, String whose) {
    if (READS.contains(action)) {
      return "Looked at " + whose + " record";
    }
    return switch (action) {
      case "person.may-exist-shown" -> "Saw that there is a record";
      case "person.subject-access-export" -> "Made a copy of " + whose + " record";
      case "person.break-glass" -> "Opened " + whose + " record in an emergency";
      case "person.question-answered" -> "Answered a question";
      default -> "Changed or added to " + whose + " record";
    };
  }

  /** The worker's roles now, in the order the roles are listed everywhere. */
  private static String roles(UserAccount account) {
    return Arrays.stream(Role.values())
        .filter(account.roles()::contains)
        .map(Role::label)
        .collect(Collectors.joining(", "));
  }

  /** "Tuesday 1 December 2026, 2:05pm", in UK time. */
  static String when(Instant at) {
    return WHEN.format(at).replace("AM", "am").replace("PM", "pm");
  }
}
