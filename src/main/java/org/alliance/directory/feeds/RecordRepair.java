package org.alliance.directory.feeds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One feed record made into a service the directory can take, with a note of every repair; or left
 * out, with the reason. Real feeds break the standard in known ways, and each has one repair here:
 * camelCase keys, ORUK v1's field names, ages of -1 meaning "not set", timestamps with no time
 * zone, HTML in descriptions, prose in phone numbers, child records with no id, references to
 * records the feed does not have, placeholder web addresses, and fields of the publisher's own.
 * Nothing is guessed silently: every change is in the notes, and the pull's report shows them by
 * record.
 */
final class RecordRepair {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-z]+;|&#\\d+;");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{5,}\\d");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern ZONE = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");
  private static final Set<String> TEXT =
      Set.of(
          "description",
          "eligibility_description",
          "application_process",
          "fees_description",
          "alert",
          "transportation",
          "wait_time",
          "interpretation_services");
  private static final Set<String> WEB = Set.of("url", "website", "uri");
  private static final Set<String> PLACEHOLDER_HOSTS =
      Set.of("example.com", "example.org", "example.net", "test.com", "localhost", "tbc", "none");
  private static final Set<String> STATUSES =
      Set.of("active", "inactive", "defunct", "temporarily closed");

  /** Where a reference field points. */
  private static final Map<String, String> REFERENCES =
      Map.ofEntries(
          Map.entry("organization_id", "organization"),
          Map.entry("location_id", "location"),
          Map.entry("service_id", "service"),
          Map.entry("service_at_location_id", "service_at_location"),
          Map.entry("contact_id", "contact"),
          Map.entry("program_id", "program"),
          Map.entry("taxonomy_term_id", "taxonomy_term"),
          Map.entry("taxonomy_id", "taxonomy"),
          Map.entry("parent_id", "taxonomy_term"),
          Map.entry("phone_id", "phone"));

  private final HsdsShape shape;

  RecordRepair(HsdsShape shape) {
    this.shape = shape;
  }

  /** What became of one record. */
  sealed interface Outcome permits Accepted, Skipped {
    String sourceId();

    List<String> repairs();
  }

  /** Taken, as this service document, after these repairs. */
  record Accepted(String sourceId, ObjectNode service, List<String> repairs) implements Outcome {}

  /** Left out, for this reason. */
  record Skipped(String sourceId, String reason, List<String> repairs) implements Outcome {}

  Outcome repair(JsonNode raw, FeedFormat format, FeedIds ids) {
    Notes notes = new Notes();
    if (raw == null || !raw.isObject()) {
      return new Skipped(null, "not a JSON object", List.of());
    }
    ObjectNode service = (ObjectNode) snakeCase(raw, notes);
    if (!notes.renamed.isEmpty()) {
      notes.add(
          "read camelCase field names as the standard's: " + String.join(", ", notes.renamed));
    }
    if (format == FeedFormat.ORUK1) {
      FromVersionOne.map(service);
    }
    String sourceId = text(service.get("id"));
    if (sourceId == null) {
      return new Skipped(null, "no id, so a later pull could not update it", notes.list);
    }
    if (text(service.get("name")) == null) {
      return new Skipped(sourceId, "no name", notes.list);
    }
    if (!service.path("organization").isObject()
        || text(service.path("organization").get("name")) == null) {
      return new Skipped(
          sourceId, "no organization with a name: a service must say who provides it", notes.list);
    }
    tidy("service", service, "", notes);
    if (!notes.extras.isEmpty()) {
      notes.add("left out fields the standard does not have: " + String.join(", ", notes.extras));
    }
    Map<String, Map<String, String>> newIds = new HashMap<>();
    giveIds("service", service, "", ids, sourceId, newIds, notes);
    if (notes.givenIds > 0) {
      notes.add("gave ids to " + notes.givenIds + " records inside it that had none");
    }
    references(service, "", newIds, allValues(newIds), notes);
    termless(service, notes);
    return new Accepted(sourceId, service, notes.list);
  }

  /** The repairs of one record, and what several repairs of a kind have in common. */
  private static final class Notes {
    final List<String> list = new ArrayList<>();
    final Set<String> renamed = new LinkedHashSet<>();
    final Set<String> extras = new LinkedHashSet<>();
    int givenIds;

    void add(String note) {
      list.add(note);
    }
  }

  private static JsonNode snakeCase(JsonNode node, Notes notes) {
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      node.properties()
          .forEach(
              entry -> {
                String key = entry.getKey();
                String snake = CAMEL.matcher(key).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
                if (!snake.equals(key)) {
                  notes.renamed.add(key);
                }
                if (!copy.has(snake)) {
                  copy.set(snake, snakeCase(entry.getValue(), notes));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(element -> copy.add(snakeCase(element, notes)));
      return copy;
    }
    return node;
  }

  /** Fields the type does not have go; each value the standard would refuse is repaired. */
  private void tidy(String type, ObjectNode object, String path, Notes notes) {
    Map<String, HsdsShape.Field> fields = shape.of(type);
    for (String key : new ArrayList<>(object.propertyNames())) {
      HsdsShape.Field field = fields.get(key);
      String at = path.isEmpty() ? key : path + "." + key;
      if (field == null) {
        object.remove(key);
        notes.extras.add(at);
        continue;
      }
      JsonNode value = object.get(key);
      if (value == null || value.isNull()) {
        // Null says no more than a field left out, which is how the schemas want it said.
        object.remove(key);
        continue;
      }
      if (field.objectType() != null) {
        children(object, key, field, at, notes);
      } else {
        value(type, object, key, at, notes);
      }
    }
    if ("service".equals(type)) {
      String status = text(object.get("status"));
      if (status == null || !STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
        object.put("status", "active");
        notes.add(
            status == null
                ? "status missing: taken as active, since the feed lists it"
                : "status \u201c" + status + "\u201d is not the standard's: taken as active");
      } else {
        object.put("status", status.toLowerCase(Locale.ROOT));
      }
    }
    if ("organization".equals(type) && text(object.get("description")) == null) {
      // Required by the standard, and an empty one would not survive a CSV round trip.
      String name = text(object.get("name"));
      object.put("description", name == null ? "No description given" : name);
      notes.add(at(path, "description") + " missing: its name used");
    }
    if ("location".equals(type) && text(object.get("location_type")) == null) {
      object.put("location_type", "physical");
      notes.add(at(path, "location_type") + " missing: taken as physical");
    }
    if ("address".equals(type)) {
      address(object, path, notes);
    }
  }

  private void children(
      ObjectNode object, String key, HsdsShape.Field field, String at, Notes notes) {
    JsonNode value = object.get(key);
    if (field.many()) {
      if (value.isObject()) {
        ArrayNode list = NODES.arrayNode();
        list.add(value);
        object.set(key, list);
        value = list;
        notes.add(at + " was one record, not a list: read as a list of one");
      }
      if (!value.isArray()) {
        object.remove(key);
        notes.add(at + " was not a list: left out");
        return;
      }
      ArrayNode kept = NODES.arrayNode();
      int index = 0;
      for (JsonNode element : value) {
        if (element.isObject()) {
          tidy(field.objectType(), (ObjectNode) element, at + "[" + index + "]", notes);
          if (!element.path("__drop").asBoolean(false)) {
            kept.add(element);
          }
        } else {
          notes.add(at + "[" + index + "] was not a record: left out");
        }
        index++;
      }
      object.set(key, kept);
    } else if (value.isObject()) {
      tidy(field.objectType(), (ObjectNode) value, at, notes);
      if (value.path("__drop").asBoolean(false)) {
        object.remove(key);
      }
    } else {
      object.remove(key);
      notes.add(at + " was not a record: left out");
    }
  }

  private void value(String type, ObjectNode object, String key, String at, Notes notes) {
    JsonNode value = object.get(key);
    if (value.isString() && value.stringValue().indexOf('\u0000') >= 0) {
      object.put(key, value.stringValue().replace("\u0000", ""));
      notes.add(at + " had NUL characters: taken out");
      value = object.get(key);
    }
    switch (key) {
      case "minimum_age", "maximum_age" -> age(object, key, at, notes);
      case "last_modified" -> timestamp(object, key, at, notes);
      case "assured_date" -> date(object, key, at, notes);
      case "email" -> {
        String email = text(value);
        if (email != null && !EMAIL.matcher(email).matches()) {
          object.remove(key);
          notes.add(at + " \u201c" + email + "\u201d is not an email address: left out");
        }
      }
      case "number" -> {
        if ("phone".equals(type)) {
          phone(object, at, notes);
        }
      }
      default -> {
        if (TEXT.contains(key) && value.isString() && TAG.matcher(value.stringValue()).find()) {
          object.put(key, Jsoup.parse(value.stringValue()).text());
          notes.add(at + " had HTML: read as plain text");
        } else if (WEB.contains(key) && value.isString()) {
          web(object, key, at, notes);
        } else if (value.isNumber() && !isNumberField(key)) {
          object.put(key, value.asString());
        }
      }
    }
  }

  private static boolean isNumberField(String key) {
    return switch (key) {
      case "latitude", "longitude", "interval", "count", "amount", "minimum_age", "maximum_age" ->
          true;
      default -> false;
    };
  }

  private static void age(ObjectNode object, String key, String at, Notes notes) {
    JsonNode value = object.get(key);
    Double age = null;
    if (value.isNumber()) {
      age = value.asDouble();
    } else if (value.isString()) {
      try {
        age = Double.parseDouble(value.stringValue().strip());
        object.put(key, age.intValue());
        notes.add(at + " was written as text: read as the number " + age.intValue());
      } catch (NumberFormatException e) {
        object.remove(key);
        notes.add(at + " \u201c" + value.stringValue() + "\u201d is not an age: left out");
        return;
      }
    }
    if (age == null) {
      object.remove(key);
      return;
    }
    if (age < 0 || age > 150) {
      object.remove(key);
      notes.add(at + " " + value.asString() + " read as not set");
    }
  }

  private static void timestamp(ObjectNode object, String key, String at, Notes notes) {
    String value = text(object.get(key));
    if (value == null) {
      object.remove(key);
      return;
    }
    if (ZONE.matcher(value).matches()) {
      try {
        OffsetDateTime.parse(value);
        return;
      } catch (DateTimeParseException e) {
        // not ISO after all: read below or left out
      }
    }
    try {
      LocalDateTime local = LocalDateTime.parse(value.replace(' ', 'T'));
      object.put(key, local.atZone(UK).toOffsetDateTime().toString());
      notes.add(at + " " + value + " had no time zone: read as UK time");
    } catch (DateTimeParseException e) {
      object.remove(key);
      notes.add(at + " \u201c" + value + "\u201d is not a date and time: left out");
    }
  }

  private static void date(ObjectNode object, String key, String at, Notes notes) {
    String value = text(object.get(key));
    if (value == null) {
      object.remove(key);
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      if (value.length() > 10) {
        try {
          object.put(key, LocalDate.parse(value.substring(0, 10)).toString());
          notes.add(at + " " + value + " had a time: the date kept");
          return;
        } catch (DateTimeParseException notEither) {
          // left out below
        }
      }
      object.remove(key);
      notes.add(at + " \u201c" + value + "\u201d is not a date: left out");
    }
  }

  private static void phone(ObjectNode phone, String at, Notes notes) {
    String number = text(phone.get("number"));
    if (number == null) {
      return;
    }
    if (number.matches("[+\\d][\\d ()-]*")) {
      return;
    }
    Matcher digits = PHONE.matcher(number);
    if (!digits.find()) {
      phone.put("__drop", true);
      notes.add(at + " \u201c" + number + "\u201d has no phone number in it: left out");
      return;
    }
    String found = digits.group().strip();
    phone.put("number", found);
    String rest =
        (number.substring(0, digits.start()) + " " + number.substring(digits.end()))
            .replaceAll("\\s+", " ")
            .strip();
    if (!rest.isEmpty() && text(phone.get("description")) == null) {
      phone.put("description", rest);
    }
    notes.add(
        at
            + " \u201c"
            + number
            + "\u201d: the number "
            + found
            + " kept, the words as its description");
  }

  private static void web(ObjectNode object, String key, String at, Notes notes) {
    String url = object.get(key).stringValue().strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("www.")) {
      url = "https://" + url;
      lower = "https://" + lower;
      object.put(key, url);
      notes.add(at + " had no scheme: read as " + url);
    }
    boolean placeholder;
    try {
      java.net.URI uri = new java.net.URI(url);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      placeholder =
          !(lower.startsWith("http://") || lower.startsWith("https://"))
              || host.isEmpty()
              || PLACEHOLDER_HOSTS.contains(host)
              || PLACEHOLDER_HOSTS.stream().anyMatch(h -> host.endsWith("." + h));
    } catch (java.net.URISyntaxException e) {
      placeholder = true;
    }
    if (placeholder) {
      object.remove(key);
      notes.add(at + " \u201c" + url + "\u201d is a placeholder, not a web address: left out");
    }
  }

  private static void address(ObjectNode address, String path, Notes notes) {
    if (text(address.get("address_1")) == null || text(address.get("postal_code")) == null) {
      address.put("__drop", true);
      notes.add(path + " has no first line or postcode: left out");
      return;
    }
    // The standard requires a city and a county; an empty one would be refused on the directory's
    // next CSV round trip, so each is taken from the other, said so, or the address is left out.
    String city = text(address.get("city"));
    String county = text(address.get("state_province"));
    if (city == null && county == null) {
      address.put("__drop", true);
      notes.add(path + " has neither a town nor a county: left out");
      return;
    }
    if (city == null) {
      address.put("city", county);
      notes.add(at(path, "city") + " missing: the county, " + county + ", used");
    }
    if (county == null) {
      address.put("state_province", city);
      notes.add(at(path, "state_province") + " missing: the town, " + city + ", used");
    }
    if (text(address.get("country")) == null) {
      address.put("country", "GB");
      notes.add(at(path, "country") + " missing: taken as GB, a UK feed");
    }
    if (text(address.get("address_type")) == null) {
      address.put("address_type", "physical");
    }
  }

  /**
   * Every record inside gets the directory's id for it: from its own source id where it has one,
   * from where it sits in its parent where it has none.
   */
  private void giveIds(
      String type,
      ObjectNode object,
      String sourcePath,
      FeedIds ids,
      String sourceId,
      Map<String, Map<String, String>> newIds,
      Notes notes) {
    object.remove("__drop");
    String own = text(object.get("id"));
    String source;
    if (own == null) {
      source = sourceId + sourcePath;
      notes.givenIds++;
    } else {
      source = own;
    }
    String id = ids.of(type, source);
    object.put("id", id);
    if (own != null) {
      newIds.computeIfAbsent(type, t -> new HashMap<>()).put(own, id);
    }
    Map<String, HsdsShape.Field> fields = shape.of(type);
    for (String key : new ArrayList<>(object.propertyNames())) {
      HsdsShape.Field field = fields.get(key);
      if (field == null || field.objectType() == null) {
        continue;
      }
      JsonNode value = object.get(key);
      if (value.isArray()) {
        int index = 0;
        for (JsonNode element : value) {
          giveIds(
              field.objectType(),
              (ObjectNode) element,
              sourcePath + "/" + key + "/" + index++,
              ids,
              sourceId,
              newIds,
              notes);
        }
      } else if (value.isObject()) {
        giveIds(
            field.objectType(),
            (ObjectNode) value,
            sourcePath + "/" + key,
            ids,
            sourceId,
            newIds,
            notes);
      }
    }
  }

  /**
   * References to records inside the feed's record point at their new ids; a reference to one the
   * record does not have is dropped (the optional references HSDS allows) rather than left
   * dangling. The links from a record to the one it sits in are set by the importer from the
   * nesting, so the record's own copies of them go.
   */
  private void references(
      ObjectNode object,
      String path,
      Map<String, Map<String, String>> newIds,
      Set<String> given,
      Notes notes) {
    for (String key : new ArrayList<>(object.propertyNames())) {
      JsonNode value = object.get(key);
      if (value.isObject()) {
        references((ObjectNode) value, at(path, key), newIds, given, notes);
      } else if (value.isArray()) {
        int index = 0;
        for (JsonNode element : value) {
          if (element.isObject()) {
            references(
                (ObjectNode) element, at(path, key) + "[" + index + "]", newIds, given, notes);
          }
          index++;
        }
      } else if (key.equals("link_id") || key.equals("link_type") || key.equals("link_entity")) {
        object.remove(key);
      } else if (REFERENCES.containsKey(key) && !value.isNull()) {
        String old = value.asString();
        String mapped = newIds.getOrDefault(REFERENCES.get(key), Map.of()).get(old);
        if (mapped != null) {
          object.put(key, mapped);
        } else if (!given.contains(old)) {
          object.remove(key);
          notes.add(
              at(path, key)
                  + " \u201c"
                  + old
                  + "\u201d names nothing in the feed's record: dropped");
        }
      }
    }
  }

  /**
   * An attribute says which term applies; one whose term the feed's record does not have (its
   * reference dropped above) says nothing, and the directory would refuse it.
   */
  private static void termless(ObjectNode service, Notes notes) {
    JsonNode attributes = service.get("attributes");
    if (attributes == null || !attributes.isArray()) {
      return;
    }
    ArrayNode kept = NODES.arrayNode();
    int index = 0;
    for (JsonNode attribute : attributes) {
      if (attribute.path("taxonomy_term").isObject()
          || text(attribute.get("taxonomy_term_id")) != null) {
        kept.add(attribute);
      } else {
        notes.add("attributes[" + index + "] names no term the record has: left out");
      }
      index++;
    }
    service.set("attributes", kept);
  }

  /** Every id the record's objects were given, to tell a reference already made new. */
  private static Set<String> allValues(Map<String, Map<String, String>> newIds) {
    Set<String> all = new java.util.HashSet<>();
    newIds.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  private static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value as trimmed text, or null when missing, not text-like or blank. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainer()) {
      return null;
    }
    String text = node.asString().strip();
    return text.isEmpty() ? null : text;
  }
}
