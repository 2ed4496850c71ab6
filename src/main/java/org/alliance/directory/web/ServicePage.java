package org.alliance.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.HiddenPlaces;
import tools.jackson.databind.JsonNode;

/**
 * A service as its public page shows it, read from the full HSDS document as its reader may see it:
 * a hidden place (a refuge, a safe house) of another organisation comes withheld, its town only
 * ({@link HiddenPlaces}).
 */
record ServicePage(
    String id,
    String name,
    String organization,
    String description,
    String whoFor,
    String ages,
    String howToGetHelp,
    List<String> costs,
    List<String> languages,
    List<Contact> contacts,
    List<Place> places,
    List<String> openingTimes,
    List<String> areas,
    List<String> documents,
    List<String> capacity,
    List<String> needs,
    String url,
    String email,
    LocalDate lastChecked,
    String status,
    List<String> alsoListedBy) {

  record Contact(String label, String value, String href) {}

  record Place(
      String name,
      List<String> address,
      boolean hidden,
      List<String> accessibility,
      String transport) {}

  /**
   * Who else lists this service: each record linked into it, as its HSDS metadata says ({@code
   * federation.FederatedDocuments}), with the day its publisher last said so.
   */
  private static List<String> alsoListedBy(JsonNode service) {
    List<String> listed = new ArrayList<>();
    for (JsonNode entry : service.path("metadata")) {
      if ("linked".equals(text(entry, "last_action_type"))) {
        String checked = text(entry, "last_action_date");
        listed.add(
            text(entry, "updated_by")
                + (checked.isEmpty()
                    ? ""
                    : ", checked "
                        + LocalDate.parse(checked)
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));
      }
    }
    return listed.stream().distinct().toList();
  }

  static ServicePage of(JsonNode service) {
    List<Contact> contacts = new ArrayList<>();
    for (JsonNode phone : service.path("phones")) {
      contacts.add(phone(phone));
    }
    for (JsonNode contact : service.path("contacts")) {
      for (JsonNode phone : contact.path("phones")) {
        contacts.add(phone(phone));
      }
      if (!text(contact, "email").isEmpty()) {
        contacts.add(
            new Contact(
                label(text(contact, "name"), "Email"),
                text(contact, "email"),
                "mailto:" + text(contact, "email")));
      }
    }
    Set<String> opening = new LinkedHashSet<>();
    service.path("schedules").forEach(s -> addSchedule(opening, s));
    List<Place> places = new ArrayList<>();
    for (JsonNode at : service.path("service_at_locations")) {
      at.path("schedules").forEach(s -> addSchedule(opening, s));
      JsonNode location = at.path("location");
      location.path("schedules").forEach(s -> addSchedule(opening, s));
      places.add(place(location, HiddenPlaces.isWithheld(location)));
      location.path("phones").forEach(p -> contacts.add(phone(p)));
    }
    List<String> costs = new ArrayList<>();
    for (JsonNode cost : service.path("cost_options")) {
      String amount =
          cost.path("amount").isNumber() && cost.path("amount").decimalValue().signum() > 0
              ? " £" + cost.path("amount").decimalValue().setScale(2)
              : "";
      costs.add((text(cost, "option") + amount + " " + text(cost, "amount_description")).strip());
    }
    if (costs.isEmpty() && !text(service, "fees_description").isEmpty()) {
      costs.add(text(service, "fees_description"));
    }
    List<String> capacity = new ArrayList<>();
    for (JsonNode c : service.path("capacities")) {
      String unit = text(c.path("unit"), "name");
      capacity.add(
          c.path("available").asString()
              + " "
              + unit
              + " free"
              + (c.path("maximum").isMissingNode() || c.path("maximum").isNull()
                  ? ""
                  : " of " + c.path("maximum").asString())
              + (text(c, "updated").isEmpty()
                  ? ""
                  : " (updated " + text(c, "updated").substring(0, 10) + ")"));
    }
    List<String> needs = new ArrayList<>();
    service.path("attributes").forEach(a -> needs.add(text(a.path("taxonomy_term"), "name")));
    return new ServicePage(
        text(service, "id"),
        text(service, "name"),
        text(service.path("organization"), "name"),
        text(service, "description"),
        text(service, "eligibility_description"),
        ages(service),
        text(service, "application_process"),
        costs,
        list(service.path("languages"), "name"),
        contacts,
        places,
        List.copyOf(opening),
        list(service.path("service_areas"), "name"),
        list(service.path("required_documents"), "document"),
        capacity,
        needs.stream().filter(n -> !n.isEmpty()).distinct().toList(),
        text(service, "url"),
        text(service, "email"),
        text(service, "assured_date").isEmpty()
            ? null
            : LocalDate.parse(text(service, "assured_date")),
        text(service, "status"),
        alsoListedBy(service));
  }

  private static Place place(JsonNode location, boolean hidden) {
    List<String> address = new ArrayList<>();
    JsonNode first = location.path("addresses").path(0);
    if (hidden) {
      address.add(text(location, "name")); // a withheld place's name is its town
    } else {
      for (String field : List.of("address_1", "address_2", "city", "postal_code")) {
        if (!text(first, field).isEmpty()) {
          address.add(text(first, field));
        }
      }
    }
    return new Place(
        hidden ? "" : text(location, "name"),
        address,
        hidden,
        list(location.path("accessibility"), "description"),
        hidden ? "" : text(location, "transportation"));
  }

  private static void addSchedule(Set<String> opening, JsonNode s) {
    String text =
        OpeningTimes.describe(
            text(s, "description"),
            text(s, "freq"),
            text(s, "byday"),
            nullable(s, "opens_at"),
            nullable(s, "closes_at"));
    if (text != null && !text.isEmpty()) {
      opening.add(text);
    }
  }

  private static Contact phone(JsonNode phone) {
    String number = text(phone, "number");
    return new Contact(
        label(text(phone, "description"), "Phone"),
        number,
        "tel:" + number.replaceAll("[^0-9+]", ""));
  }

  private static String ages(JsonNode service) {
    JsonNode min = service.path("minimum_age");
    JsonNode max = service.path("maximum_age");
    boolean hasMin = min.isNumber();
    boolean hasMax = max.isNumber();
    if (hasMin && hasMax) {
      return "Ages " + min.asInt() + " to " + max.asInt();
    }
    if (hasMin) {
      return "Ages " + min.asInt() + " and over";
    }
    return hasMax ? "Up to age " + max.asInt() : "All ages";
  }

  private static String label(String given, String fallback) {
    return given.isEmpty() ? fallback : given;
  }

  private static List<String> list(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(
        item -> {
          if (!text(item, field).isEmpty()) {
            values.add(text(item, field));
          }
        });
    return values;
  }

  private static String nullable(JsonNode node, String field) {
    String value = text(node, field);
    return value.isEmpty() ? null : value;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "" : value.asString();
  }
}
