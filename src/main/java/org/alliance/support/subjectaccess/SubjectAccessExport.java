package org.alliance.support.subjectaccess;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.PersonTrail;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SubjectAccessCopies;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.Withholding;
import org.alliance.support.access.Withholding.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole of a person's record for a subject-access copy, in one transaction with the audit
 * of the copy. Besides the tables it knows, every other table of the support schema with a {@code
 * person_id} column is copied too, so a part of the record added later is not left out unnoticed.
 */
@Component
class SubjectAccessExport implements SubjectAccessCopies {

  /** Far more than any record holds; the copy must hold the whole audit, not a page of it. */
  static final int WHOLE_TRAIL = 1_000_000;

  /**
   * A part of the record: its key in the JSON, its title in the lead's copy and in the person's own
   * (in their words), the table and the order of its rows.
   */
  private record Part(String key, String title, String yours, String table, String orderBy) {}

  private static final List<Part> PARTS =
      List.of(
          new Part(
              "identifiers",
              "Identifiers held by members",
              "Numbers services use for you",
              "member_reference",
              "reference"),
          new Part(
              "previous_names",
              "Previous names and aliases",
              "Other names you are known by",
              "person_name",
              "recorded_at"),
          new Part(
              "consent_history",
              "Consent to share, oldest first",
              "What you agreed to share, oldest first",
              "consent",
              "recorded_at"),
          new Part(
              "access_grants",
              "Who may see the record",
              "Who may see your record",
              "access_grant",
              "requested_at"),
          new Part(
              "trusted_individuals",
              "Trusted individuals",
              "The worker you chose to lead your support",
              "trusted_individual",
              "chosen_at"),
          new Part(
              "episodes", "Episodes of support", "Times you had support", "episode", "opened_on"),
          new Part(
              "contacts",
              "Contacts and appointments",
              "Meetings and appointments",
              "contact",
              "happens_at"),
          new Part("case_notes", "Case notes", "Notes workers wrote", "case_note", "written_at"),
          new Part("referrals", "Referrals", "Referrals to other services", "referral", "sent_at"),
          new Part(
              "plan",
              "Their plan: when it started and how often it is reviewed",
              "Your plan: when it started and how often it is looked at",
              "plan",
              "started_on"),
          new Part(
              "plan_conversation",
              "Strengths, hopes and what to change first (the asset-based conversation)",
              "What you are good at, what you hope for and what to change first",
              "plan_entry",
              "happened_on"),
          new Part(
              "plan_network",
              "The people and places around them",
              "The people and places around you",
              "plan_network_member",
              "added_at"),
          new Part("plan_goals", "Goals, in their words", "Your goals", "plan_goal", "set_at"),
          new Part(
              "plan_steps",
              "Steps towards the goals",
              "Steps towards your goals",
              "plan_goal_step",
              "added_at"),
          new Part(
              "plan_progress",
              "Progress on the goals (1 to 10)",
              "How your goals were going (1 to 10)",
              "plan_goal_rating",
              "rated_on"),
          new Part(
              "plan_reviews",
              "Plan reviews",
              "Looking back at your plan",
              "plan_review",
              "reviewed_on"),
          new Part(
              "plan_contributions",
              "What they give back (volunteering, peer support, co-production)",
              "What you give back",
              "plan_contribution",
              "happened_on"),
          new Part(
              "budgets",
              "Personal budgets and Individual Service Funds (money in pounds)",
              "Your money",
              "budget",
              "starts_on"),
          new Part(
              "budget_spending",
              "Commitments and payments from their budgets",
              "What your money was planned for and paid for",
              "budget_spend",
              "spent_on"),
          new Part(
              "ndtms_consent",
              "Consent to the national return (NDTMS)",
              "What you agreed for the national figures (NDTMS)",
              "ndtms_client",
              "person_id"),
          new Part(
              "ndtms_treatment",
              "Treatment details for the national return",
              "Support details for the national figures",
              "ndtms_episode",
              "referred_on"),
          new Part(
              "ndtms_substances",
              "Substances recorded for the national return",
              "Substances written down for the national figures",
              "ndtms_substance",
              "rank"),
          new Part(
              "ndtms_modalities",
              "Treatment modalities for the national return",
              "Kinds of support written down for the national figures",
              "ndtms_modality",
              "referred_on"),
          new Part(
              "outcome_measures",
              "Outcome measures asked (answers by item code, with the measure version asked)",
              "Questions you answered about how things are going",
              "measure_recording",
              "asked_on"),
          new Part(
              "transition_plans",
              "Transition plans at 18 and 21",
              "Plans for moving on at 18 and 21",
              "transition_plan",
              "milestone"),
          new Part(
              "retention_due",
              "Listed for retention review",
              "When your record is due to be looked at for deleting",
              "retention_due",
              "listed_at"),
          new Part(
              "retention_holds",
              "Kept past the retention date",
              "Choices to keep your record for longer",
              "retention_hold",
              "decided_at"),
          new Part(
              "own_words",
              "Words the person or their proxy added to their plan",
              "Words you added to your plan",
              "own_words",
              "written_at"),
          new Part(
              "person_account",
              "Accounts that read the person's own plan (theirs and proxies')",
              "Accounts that can see your plan",
              "person_account",
              "created_at"),
          new Part(
              "person_question",
              "Questions the person asked",
              "Questions you asked",
              "person_question",
              "asked_at"),
          new Part(
              "withheld",
              "Withheld from the person's own view: apply the exemption knowingly when giving"
                  + " them this copy (their own copy in My plan leaves these out)",
              null,
              "withheld_entry",
              "withheld_at"));

  /**
   * Tables left out of the person's own copy: which entries are withheld from them (and why), and
   * the hashes of one-time codes, which only the workers who made them use. Everything else of
   * theirs is in it, the audit and the workers who hold grants included: it is their data.
   */
  private static final Set<String> LEFT_OUT_OF_OWN_COPY =
      Set.of("withheld_entry", "activation_code");

  /**
   * The one place each table is tied to the kind of entry a practitioner can withhold from the
   * person: the condition (on the table as {@code t}) that a row is shown to them, or null where
   * nothing can be withheld. A goal's steps and ratings, a budget's spending, an episode's national
   * return details and the person's own words on an entry follow that entry. The person's copy
   * keeps only rows meeting it; the lead's copy marks the others.
   */
  private static String shownToPerson(String table) {
    return switch (table) {
      case "plan_goal" -> Withholding.shown(EntryKind.GOAL, "t.id");
      case "plan_goal_step", "plan_goal_rating" -> Withholding.shown(EntryKind.GOAL, "t.goal_id");
      case "plan_entry" -> Withholding.shown(EntryKind.PLAN_ENTRY, "t.id");
      case "plan_network_member" -> Withholding.shown(EntryKind.NETWORK, "t.id");
      case "plan_review" -> Withholding.shown(EntryKind.REVIEW, "t.id");
      case "plan_contribution" -> Withholding.shown(EntryKind.CONTRIBUTION, "t.id");
      case "contact" -> Withholding.shown(EntryKind.CONTACT, "t.id");
      case "budget" -> Withholding.shown(EntryKind.BUDGET, "t.id");
      case "budget_spend" -> Withholding.shown(EntryKind.BUDGET, "t.budget_id");
      case "case_note" -> Withholding.shown(EntryKind.NOTE, "t.id");
      case "episode" -> Withholding.shown(EntryKind.EPISODE, "t.id");
      case "ndtms_episode", "ndtms_substance", "ndtms_modality" ->
          Withholding.shown(EntryKind.EPISODE, "t.episode_id");
      case "referral" -> Withholding.shown(EntryKind.REFERRAL, "t.id");
      case "own_words" ->
          "(t.entry_kind <> 'goal' or "
              + Withholding.shown(EntryKind.GOAL, "t.entry_id")
              + ") and (t.entry_kind <> 'review' or "
              + Withholding.shown(EntryKind.REVIEW, "t.entry_id")
              + ") and (t.entry_kind <> 'network' or "
              + Withholding.shown(EntryKind.NETWORK, "t.entry_id")
              + ")";
      default -> null;
    };
  }

  /** Who a copy is for. */
  private enum Reader {
    /** The data-protection lead (or the operator): everything, withheld entries marked. */
    LEAD,
    /** The person themself: withheld entries and workers' own rows left out. */
    PERSON
  }

  /** Columns holding a user id, which the copy gives a name beside ({@code author_name}). */
  static final Set<String> USER_COLUMNS =
      Set.of(
          "registered_by",
          "recorded_by",
          "user_id",
          "requested_by",
          "decided_by",
          "reviewed_by",
          "opened_by",
          "closed_by",
          "worker_id",
          "author_id",
          "sent_by",
          "updated_by",
          "written_by",
          "set_by",
          "added_by",
          "started_by",
          "changed_by",
          "reconciled_by",
          "withheld_by",
          "released_by",
          "asked_by",
          "answered_by",
          "created_by",
          "withdrawn_by",
          "used_by",
          "added_by_account",
          "helper_worker");

  /** Columns holding a member id, likewise. */
  static final Set<String> MEMBER_COLUMNS =
      Set.of(
          "registered_by_member",
          "member_id",
          "holding_member_id",
          "recorded_by_member",
          "written_by_member",
          "from_member",
          "to_member",
          "withheld_by_member",
          "created_by_member");

  /** The national return's code list for each coded column, to put its words beside the code. */
  private static final Map<String, String> NDTMS_LISTS =
      Map.ofEntries(
          Map.entry("sex", "SEX"),
          Map.entry("ethnicity", "ETHNIC"),
          Map.entry("sexuality", "SEXUAL"),
          Map.entry("referral_source", "RFLS"),
          Map.entry("injecting_status", "INJSTAT"),
          Map.entry("parental_status", "PRNTSTAT"),
          Map.entry("discharge_reason", "DISRSN"),
          Map.entry("substance", "DRUG"),
          Map.entry("route", "ROUTE"),
          Map.entry("modality", "MODAL"),
          Map.entry("setting", "MODSET"),
          Map.entry("exit_status", "MODEXIT"));

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final PersonTrail trail;
  private final Organisations organisations;
  private final UserAccounts users;
  private final TransactionTemplate transaction;
  private final OwnViews views;

  SubjectAccessExport(
      JdbcClient jdbc,
      PersonAccess access,
      OwnViews views,
      PersonTrail trail,
      Organisations organisations,
      UserAccounts users,
      TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.access = access;
    this.trail = trail;
    this.organisations = organisations;
    this.users = users;
    this.transaction = transaction;
    this.views = views;
  }

  /** The data-protection lead's copy, in the form named ("as JSON", "as PDF") for the audit. */
  @Transactional
  SubjectAccessCopy forLead(Practitioner lead, UUID personId, String form) {
    return read(access.subjectAccess(lead, personId, form), lead.displayName(), Reader.LEAD);
  }

  /**
   * The person's own copy ("A copy of everything" in My plan), for the person only: a proxy gets a
   * 404. It leaves out the entries withheld from them, the audit entries about those, and the rows
   * only workers use; audited as {@code person.subject-access-copy} in the same transaction.
   */
  @Transactional
  SubjectAccessCopy forPerson(UUID userId, String form) {
    OwnView view = views.open(userId, "a copy of everything, " + form);
    return read(access.ownCopy(view, form), "you", Reader.PERSON);
  }

  @Override
  public Optional<Files> forOperator(UUID personId, String operator) {
    SubjectAccessCopy copy;
    try {
      copy =
          transaction.execute(
              status ->
                  read(
                      access.subjectAccessByOperator(personId, operator, "as JSON and PDF"),
                      operator + " (export-person command)",
                      Reader.LEAD));
    } catch (NoSuchRecord unknown) {
      return Optional.empty();
    }
    return Optional.of(new Files(SubjectAccessJson.write(copy), SubjectAccessPdf.write(copy)));
  }

  private SubjectAccessCopy read(RecordAccess opened, String madeBy, Reader reader) {
    UUID id = opened.personId();
    boolean own = reader == Reader.PERSON;
    Names names = new Names();
    List<SubjectAccessCopy.Section> sections = new ArrayList<>();
    List<Map<String, Object>> identity =
        rows("select * from support.person where id = :id", id, names);
    sections.add(
        new SubjectAccessCopy.Section(
            "identity", own ? "About you" : "Who the person is", identity));
    Set<String> known = new java.util.HashSet<>();
    for (Part part : PARTS) {
      known.add(part.table());
      if (!own || !LEFT_OUT_OF_OWN_COPY.contains(part.table())) {
        sections.add(
            new SubjectAccessCopy.Section(
                part.key(),
                own ? part.yours() : part.title(),
                rows(select(part.table(), reader) + " order by t." + part.orderBy(), id, names)));
      }
    }
    sections.add(
        new SubjectAccessCopy.Section(
            "merged_records",
            own ? "Other records of you, joined to this one" : "Records merged into this one",
            rows(
                "select * from support.person where merged_into = :id order by registered_at",
                id,
                names)));
    List<String> tables =
        jdbc.sql(
                """
                select table_name from information_schema.columns
                 where table_schema = 'support' and column_name = 'person_id'
                 order by table_name
                """)
            .query(String.class)
            .list();
    for (String table : tables) {
      if (!known.contains(table) && !(own && LEFT_OUT_OF_OWN_COPY.contains(table))) {
        sections.add(
            new SubjectAccessCopy.Section(
                table,
                "Also recorded: " + table.replace('_', ' '),
                rows(select(table, reader), id, names)));
      }
    }
    List<String> leavingOut = own ? withheldSubjects(id, tables) : List.of();
    List<Map<String, Object>> audit = new ArrayList<>();
    for (PersonTrail.Entry entry : trail.of(id, WHOLE_TRAIL, leavingOut)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("occurred_at", entry.occurredAt().toString());
      item.put("by", own ? names.username(entry.username()) : entry.username());
      item.put("organisation", entry.organisation());
      item.put("action", entry.action());
      item.put("reason", entry.reason());
      item.put("detail", entry.detail());
      audit.add(item);
    }
    sections.add(
        new SubjectAccessCopy.Section(
            "audit",
            own
                ? "Who has looked at or changed your record, newest first"
                : "Who has read or changed the record, newest first",
            audit));
    Map<String, Object> person = identity.get(0);
    return new SubjectAccessCopy(
        id,
        person.get("given_name") + " " + person.get("family_name"),
        Instant.now(),
        madeBy,
        sections);
  }

  /**
   * A table's rows of the person, as {@code t}: for the person, only the rows shown to them; for
   * the lead, every row, those withheld from the person marked {@code withheld_from_the_person}.
   */
  private static String select(String table, Reader reader) {
    String from = " from support.\"" + table.replace("\"", "") + "\" t where t.person_id = :id";
    String shown = shownToPerson(table);
    if (shown == null) {
      return "select t.*" + from;
    }
    return reader == Reader.PERSON
        ? "select t.*" + from + " and " + shown
        : "select t.*, case when not ("
            + shown
            + ") then true end as withheld_from_the_person"
            + from;
  }

  /**
   * The ids of the person's rows withheld from them, and of the withholdings themselves: the audit
   * entries about these are left out of the person's copy, since "a payment was recorded" would
   * tell of a budget they cannot see. ({@code to_jsonb(t) ->> 'id'} is null for a table with no
   * {@code id} column.)
   */
  private List<String> withheldSubjects(UUID id, List<String> tables) {
    List<String> ids = new ArrayList<>();
    for (String table : tables) {
      String shown = shownToPerson(table);
      if (shown != null) {
        ids.addAll(
            jdbc
                .sql(
                    "select to_jsonb(t) ->> 'id' from support.\""
                        + table.replace("\"", "")
                        + "\" t where t.person_id = :id and not ("
                        + shown
                        + ")")
                .param("id", id)
                .query(String.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList());
      }
    }
    ids.addAll(
        jdbc.sql(
                """
                select cast(id as text) from support.withheld_entry where person_id = :id
                union
                select cast(entry_id as text) from support.withheld_entry
                 where person_id = :id and released_at is null
                """)
            .param("id", id)
            .query(String.class)
            .list());
    return ids;
  }

  private List<Map<String, Object>> rows(String sql, UUID id, Names names) {
    List<Map<String, Object>> rows = jdbc.sql(sql).param("id", id).query().listOfRows();
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> item = new LinkedHashMap<>();
      for (Map.Entry<String, Object> column : row.entrySet()) {
        String name = column.getKey();
        Object value = column.getValue();
        item.put(name, plain(value));
        if (value instanceof UUID uuid && USER_COLUMNS.contains(name)) {
          item.put(nameKey(name), names.user(uuid));
        } else if (value instanceof UUID uuid && MEMBER_COLUMNS.contains(name)) {
          item.put(nameKey(name), names.member(uuid));
        } else if ("domain_id".equals(name) && value instanceof UUID uuid) {
          item.put("domain_name", names.domain(uuid));
        } else if (NDTMS_LISTS.containsKey(name) && value instanceof String code) {
          item.put(name + "_label", names.code(NDTMS_LISTS.get(name), code));
        } else if ("entry_kind".equals(name) && value instanceof String code) {
          item.put(
              "entry_kind_label",
              Withholding.EntryKind.fromCode(code).map(EntryKind::label).orElse(code));
        } else if ("members".equals(name) && value instanceof Array array) {
          List<String> members = new ArrayList<>();
          for (Object member : elements(array)) {
            members.add(member instanceof UUID uuid ? names.member(uuid) : String.valueOf(member));
          }
          item.put("members_names", members);
        }
      }
      items.add(item);
    }
    return items;
  }

  private static String nameKey(String column) {
    return (column.endsWith("_id") ? column.substring(0, column.length() - 3) : column) + "_name";
  }

  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return number;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof Array array) {
      List<Object> list = new ArrayList<>();
      for (Object element : elements(array)) {
        list.add(plain(element));
      }
      return list;
    }
    return value.toString();
  }

  private static Object[] elements(Array array) {
    try {
      return (Object[]) array.getArray();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read an array column", e);
    }
  }

  /** Names of members and users, looked up once each per copy. */
  private final class Names {
    private final Map<UUID, String> known = new HashMap<>();
    private final Map<String, String> byText = new HashMap<>();

    String member(UUID id) {
      return known.computeIfAbsent(id, key -> organisations.name(key).orElse("a former member"));
    }

    String user(UUID id) {
      return known.computeIfAbsent(id, key -> users.displayName(key).orElse("a former user"));
    }

    /** A user's name from the user name the audit kept ("system" and the like stay as they are). */
    String username(String username) {
      return username == null
          ? null
          : byText.computeIfAbsent(
              username, key -> users.findByUsername(key).map(UserAccount::displayName).orElse(key));
    }

    /** A national return code's words (the newest version of the code), or the code. */
    String code(String list, String code) {
      return byText.computeIfAbsent(
          list + "/" + code,
          key ->
              jdbc.sql(
                      """
                      select label from support.ndtms_code where list_code = :list and code = :code
                       order by valid_from desc limit 1
                      """)
                  .param("list", list)
                  .param("code", code)
                  .query(String.class)
                  .optional()
                  .orElse(code));
    }

    String domain(UUID id) {
      return known.computeIfAbsent(
          id,
          key ->
              jdbc.sql("select name from support.life_domain where id = :id")
                  .param("id", key)
                  .query(String.class)
                  .optional()
                  .orElse("a part of life no longer used"));
    }
  }
}
