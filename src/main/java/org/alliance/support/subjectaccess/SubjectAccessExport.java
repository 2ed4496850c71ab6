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
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SubjectAccessCopies;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
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

  private record Part(String key, String title, String table, String orderBy) {}

  private static final List<Part> PARTS =
      List.of(
          new Part("identifiers", "Identifiers held by members", "member_reference", "reference"),
          new Part("previous_names", "Previous names and aliases", "person_name", "recorded_at"),
          new Part("consent_history", "Consent to share, oldest first", "consent", "recorded_at"),
          new Part("access_grants", "Who may see the record", "access_grant", "requested_at"),
          new Part("trusted_individuals", "Trusted individuals", "trusted_individual", "chosen_at"),
          new Part("episodes", "Episodes of support", "episode", "opened_on"),
          new Part("contacts", "Contacts and appointments", "contact", "happens_at"),
          new Part("case_notes", "Case notes", "case_note", "written_at"),
          new Part("referrals", "Referrals", "referral", "sent_at"),
          new Part(
              "plan",
              "Their plan: when it started and how often it is reviewed",
              "plan",
              "started_on"),
          new Part(
              "plan_conversation",
              "Strengths, hopes and what to change first (the asset-based conversation)",
              "plan_entry",
              "happened_on"),
          new Part(
              "plan_network",
              "The people and places around them",
              "plan_network_member",
              "added_at"),
          new Part("plan_goals", "Goals, in their words", "plan_goal", "set_at"),
          new Part("plan_steps", "Steps towards the goals", "plan_goal_step", "added_at"),
          new Part(
              "plan_progress", "Progress on the goals (1 to 10)", "plan_goal_rating", "rated_on"),
          new Part("plan_reviews", "Plan reviews", "plan_review", "reviewed_on"),
          new Part(
              "plan_contributions",
              "What they give back (volunteering, peer support, co-production)",
              "plan_contribution",
              "happened_on"),
          new Part(
              "budgets",
              "Personal budgets and Individual Service Funds (money in pounds)",
              "budget",
              "starts_on"),
          new Part(
              "budget_spending",
              "Commitments and payments from their budgets",
              "budget_spend",
              "spent_on"),
          new Part(
              "ndtms_consent",
              "Consent to the national return (NDTMS)",
              "ndtms_client",
              "person_id"),
          new Part(
              "ndtms_treatment",
              "Treatment details for the national return",
              "ndtms_episode",
              "referred_on"),
          new Part(
              "ndtms_substances",
              "Substances recorded for the national return",
              "ndtms_substance",
              "rank"),
          new Part(
              "ndtms_modalities",
              "Treatment modalities for the national return",
              "ndtms_modality",
              "referred_on"),
          new Part(
              "outcome_measures",
              "Outcome measures asked (answers by item code, with the measure version asked)",
              "measure_recording",
              "asked_on"),
          new Part(
              "transition_plans", "Transition plans at 18 and 21", "transition_plan", "milestone"),
          new Part("retention_due", "Listed for retention review", "retention_due", "listed_at"),
          new Part(
              "retention_holds", "Kept past the retention date", "retention_hold", "decided_at"));

  private static final Set<String> USER_COLUMNS =
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
          "reconciled_by");
  private static final Set<String> MEMBER_COLUMNS =
      Set.of(
          "registered_by_member",
          "member_id",
          "holding_member_id",
          "recorded_by_member",
          "written_by_member",
          "from_member",
          "to_member");

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final PersonTrail trail;
  private final Organisations organisations;
  private final UserAccounts users;
  private final TransactionTemplate transaction;

  SubjectAccessExport(
      JdbcClient jdbc,
      PersonAccess access,
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
  }

  /** The data-protection lead's copy, in the form named ("as JSON", "as PDF") for the audit. */
  @Transactional
  SubjectAccessCopy forLead(Practitioner lead, UUID personId, String form) {
    return read(access.subjectAccess(lead, personId, form), lead.displayName());
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
                      operator + " (export-person command)"));
    } catch (NoSuchRecord unknown) {
      return Optional.empty();
    }
    return Optional.of(new Files(SubjectAccessJson.write(copy), SubjectAccessPdf.write(copy)));
  }

  private SubjectAccessCopy read(RecordAccess opened, String madeBy) {
    UUID id = opened.personId();
    Names names = new Names();
    List<SubjectAccessCopy.Section> sections = new ArrayList<>();
    List<Map<String, Object>> identity =
        rows("select * from support.person where id = :id", id, names);
    sections.add(new SubjectAccessCopy.Section("identity", "Who the person is", identity));
    for (Part part : PARTS) {
      sections.add(
          new SubjectAccessCopy.Section(
              part.key(),
              part.title(),
              rows(
                  "select * from support."
                      + part.table()
                      + " where person_id = :id order by "
                      + part.orderBy(),
                  id,
                  names)));
    }
    sections.add(
        new SubjectAccessCopy.Section(
            "merged_records",
            "Records merged into this one",
            rows(
                "select * from support.person where merged_into = :id order by registered_at",
                id,
                names)));
    Set<String> known = new java.util.HashSet<>();
    PARTS.forEach(p -> known.add(p.table()));
    List<String> others =
        jdbc.sql(
                """
                select table_name from information_schema.columns
                 where table_schema = 'support' and column_name = 'person_id'
                 order by table_name
                """)
            .query(String.class)
            .list();
    for (String table : others) {
      if (!known.contains(table)) {
        sections.add(
            new SubjectAccessCopy.Section(
                table,
                "Also recorded: " + table.replace('_', ' '),
                rows(
                    "select * from support.\""
                        + table.replace("\"", "")
                        + "\" where person_id = :id",
                    id,
                    names)));
      }
    }
    List<Map<String, Object>> audit = new ArrayList<>();
    for (PersonTrail.Entry entry : trail.of(id, WHOLE_TRAIL)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("occurred_at", entry.occurredAt().toString());
      item.put("by", entry.username());
      item.put("organisation", entry.organisation());
      item.put("action", entry.action());
      item.put("reason", entry.reason());
      item.put("detail", entry.detail());
      audit.add(item);
    }
    sections.add(
        new SubjectAccessCopy.Section(
            "audit", "Who has read or changed the record, newest first", audit));
    Map<String, Object> person = identity.get(0);
    return new SubjectAccessCopy(
        id,
        person.get("given_name") + " " + person.get("family_name"),
        Instant.now(),
        madeBy,
        sections);
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

    String member(UUID id) {
      return known.computeIfAbsent(id, key -> organisations.name(key).orElse("a former member"));
    }

    String user(UUID id) {
      return known.computeIfAbsent(id, key -> users.displayName(key).orElse("a former user"));
    }
  }
}
