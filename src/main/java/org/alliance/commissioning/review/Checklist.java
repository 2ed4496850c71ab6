package org.alliance.commissioning.review;

import java.util.List;
import java.util.UUID;

/** A checklist of criteria drawn from a service specification, in the order they are assessed. */
record Checklist(UUID id, String name, String specification, List<Criterion> criteria) {

  Checklist {
    criteria = List.copyOf(criteria);
  }

  record Criterion(UUID id, int position, String criterion, String guidance) {}
}
