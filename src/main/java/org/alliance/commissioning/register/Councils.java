package org.alliance.commissioning.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.stereotype.Component;

/** The commissioning councils, as the organisations register has them. */
@Component
class Councils {

  private final Organisations organisations;

  Councils(Organisations organisations) {
    this.organisations = organisations;
  }

  /** Every commissioning council, by name. */
  List<Organisation> all() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.COMMISSIONER)
        .toList();
  }

  Map<UUID, String> names() {
    return all().stream()
        .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
  }

  boolean isCouncil(UUID id) {
    return id != null && all().stream().anyMatch(o -> o.id().equals(id));
  }

  /** Any organisation's name, for a provider that is one. */
  String organisationName(UUID id) {
    return organisations.name(id).orElse("");
  }

  boolean exists(UUID id) {
    return organisations.find(id).isPresent();
  }

  static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
