package org.alliance.support.subjectaccess;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.budget.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's own copy as a document they can read: a heading per part, each entry as labels and
 * words, dates in words (UK time), names of workers and services in place of their ids, money in
 * pounds and pence, and no ids or JSON. The page and the PDF are both written from it.
 */
record ReadableCopy(String name, Instant madeAt, List<Part> parts) {

  /** "4 March 2026 at 10:15am", UK time. */
  public String madeOn() {
    return WHEN.format(madeAt);
  }

  record Part(String title, List<Entry> entries) {}

  record Entry(List<Field> fields) {}

  record Field(String label, String text) {}

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  // A stored code ("face-to-face", "did-not-attend"), read better with spaces.
  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)+");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Columns that only tie rows together or count changes: nothing a person reads. */
  private static final Set<String> LEFT_OUT =
      Set.of("id", "person_id", "version", "merged_into", "to_service_id", "entry_kind");

  private static final Set<String> MONEY =
      Set.of("allocation", "amount", "closing_balance", "returned");

  /** Labels in plain words where the column's own name would not do. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("given_name", "First name"),
          Map.entry("family_name", "Last name"),
          Map.entry("nhs_number", "NHS number"),
          Map.entry("registered_at", "Added to the record"),
          Map.entry("registered_by_member", "Added by the service"),
          Map.entry("registered_by", "Added by"),
          Map.entry("last_contact_at", "Last seen"),
          Map.entry("happens_at", "When"),
          Map.entry("occurred_at", "When"),
          Map.entry("by", "Who"),
          Map.entry("organisation", "From"),
          Map.entry("action", "What"),
          Map.entry("reason", "Why"),
          Map.entry("body", "What was written"),
          Map.entry("in_words_of", "Whose words"),
          Map.entry("shared_in_reports_at", "You let us quote these words in reports, from"),
          Map.entry("label", "Private part"),
          Map.entry("labels", "Private parts"),
          Map.entry("user", "Name"),
          Map.entry("from_member", "From"),
          Map.entry("to_member", "To"),
          Map.entry("recorded_by_member", "Service"),
          Map.entry("written_by_member", "Service"),
          Map.entry("review_every_days", "Days between looks at the plan"),
          Map.entry("member", "Service"),
          Map.entry("members", "Services"),
          Map.entry("holding_member", "Looked after by"),
          Map.entry("domain", "Part of life"),
          Map.entry("author", "Written by"),
          Map.entry("worker", "Worker"),
          Map.entry("entry_kind", "Added to"),
          Map.entry("wants", "What it is for"),
          Map.entry("allocation", "Money"));

  /** The actions most of the audit is made of, in words. */
  private static final Map<String, String> ACTIONS =
      Map.of(
          "person.read", "read your record",
          "person.own-view", "read your plan in My plan",
          "person.subject-access-copy", "made a copy of everything for you",
          "person.subject-access-export", "made a copy of your record for you");

  static ReadableCopy of(SubjectAccessCopy copy) {
    List<Part> parts = new ArrayList<>();
    for (SubjectAccessCopy.Section section : copy.sections()) {
      List<Entry> entries = new ArrayList<>();
      for (Map<String, Object> item : section.items()) {
        List<Field> fields = new ArrayList<>();
        item.forEach(
            (column, value) -> {
              String text = text(column, value);
              // A code with its words beside it ("XCAN", "Cannabis") is shown as the words.
              boolean worded = item.get(column + "_label") != null;
              if (!LEFT_OUT.contains(column) && !worded && text != null && !text.isBlank()) {
                fields.add(new Field(label(column), text));
              }
            });
        entries.add(new Entry(fields));
      }
      parts.add(new Part(section.title(), entries));
    }
    return new ReadableCopy(copy.personName(), copy.madeAt(), parts);
  }

  private static String label(String column) {
    String name = column.endsWith("_label") ? column.substring(0, column.length() - 6) : column;
    if (column.endsWith("_name") || column.endsWith("_names")) {
      // The export's name beside an id: "author_name" for author_id, "members_names" for members.
      String named = column.substring(0, column.lastIndexOf('_'));
      if (named.equals("members") || named.equals("domain") || names(named)) {
        name = named;
      }
    }
    String words = LABELS.getOrDefault(name, name.replace('_', ' '));
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static boolean names(String named) {
    for (String column : List.of(named, named + "_id")) {
      if (SubjectAccessExport.USER_COLUMNS.contains(column)
          || SubjectAccessExport.MEMBER_COLUMNS.contains(column)) {
        return true;
      }
    }
    return false;
  }

  /** The value in words, or null where there is nothing a person could read (an id, nothing). */
  private static String text(String column, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean yes) {
      return yes ? "Yes" : "No";
    }
    if (value instanceof BigDecimal amount && MONEY.contains(column)) {
      return Money.format(amount);
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    if (value instanceof List<?> list) {
      List<String> words = new ArrayList<>();
      for (Object element : list) {
        String text = text(column, element);
        if (text != null) {
          words.add(text);
        }
      }
      return words.isEmpty() ? null : String.join(", ", words);
    }
    String text = value.toString();
    if ("action".equals(column)) {
      // "person.budget.payment-recorded" as "budget payment recorded"
      return ACTIONS.getOrDefault(
          text, text.replaceFirst("^person\\.", "").replace('.', ' ').replace('-', ' '));
    }
    if (UUID_TEXT.matcher(text).matches()) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      return DAY.format(LocalDate.parse(text));
    }
    if (INSTANT.matcher(text).matches()) {
      return WHEN.format(Instant.parse(text));
    }
    if (CODE.matcher(text).matches()) {
      return text.replace('-', ' ');
    }
    if (text.startsWith("{")) {
      return json(text);
    }
    // Ids inside a line of the audit ("budget 1b4e...") say nothing to the person.
    return UUID_TEXT.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
  }

  /** Answers and scores kept as JSON, as "ALCUSE: 3; TOTAL: 12". */
  private static String json(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (RuntimeException notJson) {
      return text;
    }
    if (!node.isObject()) {
      return text;
    }
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode v = field.getValue();
      pairs.add(field.getKey() + ": " + (v.isValueNode() ? v.asString() : v.toString()));
    }
    return String.join("; ", pairs);
  }
}
