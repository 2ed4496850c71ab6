package org.alliance.directory.editing;

import static org.alliance.directory.editing.ServiceForm.blank;
import static org.alliance.directory.editing.ServiceForm.tidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.directory.Coordinates;
import org.alliance.directory.Postcodes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Between a service's HSDS document and the editing form: the form a document fills in, and the
 * document an edited form makes. Only what the form shows is changed; the rest of the document is
 * carried over, so editing the name of a service never loses its second place or its languages.
 */
@Component
class ServiceDrafts {

  private final Postcodes postcodes;

  ServiceDrafts(Postcodes postcodes) {
    this.postcodes = postcodes;
  }

  /**
   * The document as editors change it: the organization and the terms the API nests in it are other
   * records, not this service's, so they are replaced by their ids (as in the tabular form) and
   * neither the diff nor publishing touches them.
   */
  static ObjectNode forEditing(ObjectNode published) {
    ObjectNode document = published.deepCopy();
    JsonNode organization = document.remove("organization");
    if (organization != null && organization.hasNonNull("id")) {
      document.put("organization_id", organization.get("id").asString());
    }
    for (JsonNode attribute : document.path("attributes")) {
      JsonNode term = ((ObjectNode) attribute).remove("taxonomy_term");
      if (term != null && term.hasNonNull("id")) {
        ((ObjectNode) attribute).put("taxonomy_term_id", term.get("id").asString());
      }
    }
    return document;
  }

  ServiceForm formFor(ObjectNode document, String stamp, Integer changeVersion) {
    List<String> terms = new ArrayList<>();
    document
        .path("attributes")
        .forEach(
            a -> {
              if (a.hasNonNull("taxonomy_term_id")) {
                terms.add(a.get("taxonomy_term_id").asString());
              }
            });
    ObjectNode location = place(document).map(p -> (ObjectNode) p.get("location")).orElse(null);
    ObjectNode address = location == null ? null : address(location).orElse(null);
    OpeningHours week = hoursOf(document).orElse(OpeningHours.closed());
    JsonNode phone = document.path("phones").path(0);
    return ServiceForm.builder()
        .organizationId(text(document, "organization_id"))
        .name(text(document, "name"))
        .alternateName(text(document, "alternate_name"))
        .description(text(document, "description"))
        .status(text(document, "status"))
        .minimumAge(text(document, "minimum_age"))
        .maximumAge(text(document, "maximum_age"))
        .eligibilityDescription(text(document, "eligibility_description"))
        .applicationProcess(text(document, "application_process"))
        .feesDescription(text(document, "fees_description"))
        .interpretationServices(text(document, "interpretation_services"))
        .phone(phone.isObject() ? text(phone, "number") : null)
        .email(text(document, "email"))
        .url(text(document, "url"))
        .termIds(terms)
        .locationName(location == null ? null : text(location, "name"))
        .address1(address == null ? null : text(address, "address_1"))
        .city(address == null ? null : text(address, "city"))
        .county(address == null ? null : text(address, "state_province"))
        .postcode(address == null ? null : text(address, "postal_code"))
        .opens(week.opens())
        .closes(week.closes())
        .baseStamp(stamp)
        .changeVersion(changeVersion)
        .build()
        .remembered();
  }

  /**
   * The week the form can edit, or empty when the service's schedules say more than it can show.
   */
  static Optional<OpeningHours> hoursOf(ObjectNode document) {
    return OpeningHours.of(hoursHolder(document).get("schedules"));
  }

  /**
   * Opening hours go with the main place when there is one, as HSDS's service_at_location
   * schedules.
   */
  private static ObjectNode hoursHolder(ObjectNode document) {
    return place(document).orElse(document);
  }

  /**
   * The document the form makes from {@code base} (null for a new service, which gets {@code
   * newId}). {@code offeredTerms} are the categories the form showed: an attribute for any other
   * term is kept as it was.
   */
  ObjectNode apply(ServiceForm form, ObjectNode base, Set<String> offeredTerms, String newId) {
    boolean isNew = base == null;
    ObjectNode document;
    if (isNew) {
      document = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      document.put("id", newId);
      document.put("organization_id", form.organizationId());
    } else {
      document = base.deepCopy();
    }
    Optional<OpeningHours> hoursBefore =
        isNew ? Optional.of(OpeningHours.closed()) : hoursOf(document);
    boolean hadPlace = place(document).isPresent();
    put(document, "name", form.name());
    put(document, "alternate_name", form.alternateName());
    put(document, "description", form.description());
    put(document, "status", form.status());
    putNumber(document, "minimum_age", form.minimumAge());
    putNumber(document, "maximum_age", form.maximumAge());
    put(document, "eligibility_description", form.eligibilityDescription());
    put(document, "application_process", form.applicationProcess());
    put(document, "fees_description", form.feesDescription());
    put(document, "interpretation_services", form.interpretationServices());
    put(document, "email", form.email());
    put(document, "url", form.url());
    phone(document, form.phone());
    categories(document, form.termIds(), offeredTerms);
    place(document, form);
    if (hoursBefore.isPresent() && !form.hours().sameAs(hoursBefore.get())) {
      ObjectNode holder = hadPlace || isNew ? hoursHolder(document) : document;
      holder.set("schedules", form.hours().schedules());
    }
    return document;
  }

  private static void phone(ObjectNode document, String number) {
    ArrayNode phones = list(document, "phones");
    if (blank(number)) {
      if (!phones.isEmpty()) {
        phones.remove(0);
      }
    } else if (phones.isEmpty()) {
      ObjectNode phone = phones.addObject();
      phone.put("id", UUID.randomUUID().toString());
      phone.put("number", number.strip());
      phone.put("type", "voice");
    } else {
      put((ObjectNode) phones.get(0), "number", number);
    }
  }

  private static void categories(ObjectNode document, List<String> chosen, Set<String> offered) {
    ArrayNode attributes = list(document, "attributes");
    ArrayNode kept = attributes.arrayNode();
    List<String> present = new ArrayList<>();
    for (JsonNode attribute : attributes) {
      String term = attribute.path("taxonomy_term_id").asString("");
      if (!offered.contains(term) || chosen.contains(term)) {
        kept.add(attribute);
        present.add(term);
      }
    }
    for (String term : chosen) {
      if (offered.contains(term) && !present.contains(term)) {
        ObjectNode attribute = kept.addObject();
        attribute.put("id", UUID.randomUUID().toString());
        attribute.put("taxonomy_term_id", term);
      }
    }
    document.set("attributes", kept);
  }

  private void place(ObjectNode document, ServiceForm form) {
    Optional<ObjectNode> existing = place(document);
    if (existing.isEmpty() && !form.hasAddress()) {
      return;
    }
    ObjectNode place =
        existing.orElseGet(
            () -> {
              ObjectNode created = list(document, "service_at_locations").addObject();
              created.put("id", UUID.randomUUID().toString());
              ObjectNode location = created.putObject("location");
              location.put("id", UUID.randomUUID().toString());
              location.put("location_type", "physical");
              location.put("organization_id", document.path("organization_id").asString());
              return created;
            });
    ObjectNode location = (ObjectNode) place.get("location");
    put(location, "name", form.locationName());
    Optional<ObjectNode> address = address(location);
    String postcodeBefore = address.map(a -> a.path("postal_code").asString("")).orElse("");
    if (!form.hasAddress()) {
      address.ifPresent(a -> removeItem(list(location, "addresses"), a));
      return;
    }
    ObjectNode target =
        address.orElseGet(
            () -> {
              ObjectNode created = list(location, "addresses").addObject();
              created.put("id", UUID.randomUUID().toString());
              created.put("country", "GB");
              created.put("address_type", "physical");
              return created;
            });
    put(target, "address_1", form.address1());
    put(target, "city", form.city());
    put(target, "state_province", form.county());
    String postcode = Postcodes.display(form.postcode());
    put(target, "postal_code", postcode);
    if (!Postcodes.normalise(postcodeBefore).equals(Postcodes.normalise(postcode))) {
      // A moved place must not keep the old map position; an unknown postcode leaves it off the
      // map.
      Optional<Coordinates> centroid = postcodes.centroid(postcode);
      if (centroid.isPresent()) {
        location.put("latitude", centroid.get().latitude());
        location.put("longitude", centroid.get().longitude());
      } else {
        location.remove(List.of("latitude", "longitude"));
      }
    }
  }

  /** The service's main place: its first service_at_location that has a location. */
  private static Optional<ObjectNode> place(ObjectNode document) {
    for (JsonNode place : document.path("service_at_locations")) {
      if (place.path("location").isObject()) {
        return Optional.of((ObjectNode) place);
      }
    }
    return Optional.empty();
  }

  private static Optional<ObjectNode> address(ObjectNode location) {
    JsonNode addresses = location.path("addresses");
    for (JsonNode address : addresses) {
      if ("physical".equals(address.path("address_type").asString(""))) {
        return Optional.of((ObjectNode) address);
      }
    }
    return addresses.isArray() && !addresses.isEmpty()
        ? Optional.of((ObjectNode) addresses.get(0))
        : Optional.empty();
  }

  private static ArrayNode list(ObjectNode parent, String name) {
    JsonNode list = parent.get(name);
    if (list instanceof ArrayNode array) {
      return array;
    }
    return parent.putArray(name);
  }

  private static void removeItem(ArrayNode list, JsonNode item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        list.remove(i);
        return;
      }
    }
  }

  private static void put(ObjectNode node, String name, String value) {
    String tidy = tidy(value);
    if (tidy == null) {
      node.remove(name);
    } else {
      node.put(name, tidy);
    }
  }

  private static void putNumber(ObjectNode node, String name, String value) {
    String tidy = tidy(value);
    if (tidy == null) {
      node.remove(name);
    } else {
      node.put(name, Integer.parseInt(tidy));
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}
