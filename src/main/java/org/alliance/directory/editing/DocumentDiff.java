package org.alliance.directory.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.alliance.directory.web.OpeningTimes;
import tools.jackson.databind.JsonNode;

/**
 * A service document as the lines a person reads ("Phone: 01632 960101", "Place › Postcode: BK1
 * 2AB"), and the differences between two of them. Lists are matched by their items' ids, so a list
 * read back in another order shows no change; ids, links between records and bookkeeping dates are
 * left out because they mean nothing to the approver. Categories read as term names and opening
 * times in plain English.
 */
final class DocumentDiff {

  /** What the directory sets itself: never a difference an editor made, and never a conflict. */
  static final Set<String> BOOKKEEPING = Set.of("last_modified", "assured_date", "assurer_email");

  private static final Set<String> SKIPPED =
      Set.of(
          "id",
          "link_type",
          "link_entity",
          "organization",
          "taxonomy_term",
          "taxonomy_detail",
          "metadata");

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "Name"),
          Map.entry("alternate_name", "Other name"),
          Map.entry("description", "Description"),
          Map.entry("url", "Website"),
          Map.entry("email", "Email"),
          Map.entry("status", "Status"),
          Map.entry("minimum_age", "Youngest age"),
          Map.entry("maximum_age", "Oldest age"),
          Map.entry("eligibility_description", "Who it is for"),
          Map.entry("application_process", "How to get help"),
          Map.entry("fees_description", "Cost"),
          Map.entry("interpretation_services", "Interpreting"),
          Map.entry("assured_date", "Last checked"),
          Map.entry("assurer_email", "Checked by"),
          Map.entry("number", "Number"),
          Map.entry("address_1", "Address"),
          Map.entry("address_2", "Address line 2"),
          Map.entry("city", "Town or city"),
          Map.entry("state_province", "County"),
          Map.entry("postal_code", "Postcode"),
          Map.entry("phones", "Phone"),
          Map.entry("service_at_locations", "Place"),
          Map.entry("addresses", "Address"),
          Map.entry("schedules", "Opening times"),
          Map.entry("languages", "Language"),
          Map.entry("service_areas", "Area served"),
          Map.entry("contacts", "Contact"),
          Map.entry("attributes", "Categories"),
          Map.entry("capacities", "Places"),
          Map.entry("cost_options", "Cost option"),
          Map.entry("accessibility", "Access"),
          Map.entry("required_documents", "Documents needed"),
          Map.entry("funding", "Funding"));

  /** Names of taxonomy terms by id, and of their taxonomies. */
  interface TermNames {
    String describe(String termId);
  }

  /**
   * One thing that differs: {@code before} is null when it is new, {@code after} when it is gone.
   */
  record Line(String label, String before, String after) {
    public boolean added() {
      return before == null;
    }

    public boolean removed() {
      return after == null;
    }
  }

  private DocumentDiff() {}

  /**
   * The lines that differ between two documents, in the order they appear; {@code before} may be
   * null (a new service).
   */
  static List<Line> between(JsonNode before, JsonNode after, TermNames terms) {
    Map<String, Entry> old = before == null ? Map.of() : read(before, terms, false);
    Map<String, Entry> now = read(after, terms, false);
    Set<String> keys = new LinkedHashSet<>(now.keySet());
    keys.addAll(old.keySet());
    List<Line> lines = new ArrayList<>();
    for (String key : keys) {
      Entry was = old.get(key);
      Entry is = now.get(key);
      if (was == null || is == null || !was.text().equals(is.text())) {
        lines.add(
            new Line(
                (is != null ? is : was).label(),
                was == null ? null : was.text(),
                is == null ? null : is.text()));
      }
    }
    return lines;
  }

  /** Whether two documents say the same, leaving aside what the directory sets itself. */
  static boolean same(JsonNode one, JsonNode other, TermNames terms) {
    return texts(read(one, terms, true)).equals(texts(read(other, terms, true)));
  }

  /**
   * A short fingerprint of what a document says (as {@link #same} compares it), carried by the
   * editing form so that saving can tell whether the service changed after the form was opened.
   */
  static String fingerprint(JsonNode document) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  new TreeMap<>(texts(read(document, id -> id, true)))
                      .toString()
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private record Entry(String label, String text) {}

  /** Labels number list items by position, so content is compared without them. */
  private static Map<String, String> texts(Map<String, Entry> entries) {
    Map<String, String> texts = new LinkedHashMap<>();
    entries.forEach((key, entry) -> texts.put(key, entry.text()));
    return texts;
  }

  private static Map<String, Entry> read(
      JsonNode document, TermNames terms, boolean withoutBookkeeping) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    object(document, "", "", entries, terms, withoutBookkeeping);
    return entries;
  }

  private static void object(
      JsonNode node,
      String key,
      String label,
      Map<String, Entry> out,
      TermNames terms,
      boolean withoutBookkeeping) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (SKIPPED.contains(name)
          || name.endsWith("_id")
          || value.isNull()
          || (withoutBookkeeping && BOOKKEEPING.contains(name))) {
        continue;
      }
      String here = key + "/" + name;
      if (name.equals("attributes") && value.isArray()) {
        categories(value, here, join(label, "Categories"), out, terms);
      } else if (name.equals("schedules") && value.isArray()) {
        schedules(value, here, join(label, "Opening times"), out);
      } else if (name.equals("location") && value.isObject()) {
        object(
            value,
            here,
            label,
            out,
            terms,
            withoutBookkeeping); // a place's location reads as the place itself
      } else if (value.isObject()) {
        object(value, here, join(label, label(name)), out, terms, withoutBookkeeping);
      } else if (value.isArray()) {
        list(value, here, join(label, label(name)), out, terms, withoutBookkeeping);
      } else {
        out.put(here, new Entry(join(label, label(name)), value.asString()));
      }
    }
  }

  private static void list(
      JsonNode items,
      String key,
      String label,
      Map<String, Entry> out,
      TermNames terms,
      boolean withoutBookkeeping) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemLabel = items.size() > 1 ? label + " " + (i + 1) : label;
      if (item.isObject()) {
        String id = item.path("id").asString("");
        object(
            item,
            key + "[" + (id.isEmpty() ? i : id) + "]",
            itemLabel,
            out,
            terms,
            withoutBookkeeping);
      } else if (!item.isNull()) {
        out.put(key + "[" + i + "]", new Entry(itemLabel, item.asString()));
      }
    }
  }

  /** Categories as one line of term names, so adding one reads as one change. */
  private static void categories(
      JsonNode attributes, String key, String label, Map<String, Entry> out, TermNames terms) {
    TreeMap<String, String> names = new TreeMap<>();
    for (JsonNode attribute : attributes) {
      String term = attribute.path("taxonomy_term_id").asString("");
      if (!term.isEmpty()) {
        names.put(terms.describe(term).toLowerCase(Locale.ROOT), terms.describe(term));
      }
    }
    if (!names.isEmpty()) {
      out.put(key, new Entry(label, String.join("; ", names.values())));
    }
  }

  private static void schedules(
      JsonNode schedules, String key, String label, Map<String, Entry> out) {
    List<String> lines = new ArrayList<>();
    for (JsonNode schedule : schedules) {
      String described =
          OpeningTimes.describe(
              text(schedule, "description"),
              text(schedule, "freq"),
              text(schedule, "byday"),
              text(schedule, "opens_at"),
              text(schedule, "closes_at"));
      lines.add(Objects.requireNonNullElse(described, "(a schedule with no weekly rule)"));
    }
    if (!lines.isEmpty()) {
      out.put(key, new Entry(label, String.join("; ", lines)));
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static String join(String context, String label) {
    return context.isEmpty() ? label : context + " › " + label;
  }

  private static String label(String property) {
    String known = LABELS.get(property);
    if (known != null) {
      return known;
    }
    String words = property.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
