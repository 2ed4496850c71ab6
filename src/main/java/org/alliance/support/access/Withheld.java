package org.alliance.support.access;

import java.util.Set;
import java.util.UUID;

/**
 * What is withheld from a person's own view now, as a worker's page marks it: beside each entry,
 * either the tag "Withheld from their own view" or, for the person's own team, a link to withhold
 * it.
 *
 * @param entries {@code kind:id} of each entry withheld now
 */
public record Withheld(UUID personId, boolean mayWithhold, Set<String> entries) {

  /** Whether the entry of this kind (an {@link Withholding.EntryKind} code) is withheld now. */
  public boolean has(String kind, UUID entryId) {
    return entries.contains(kind + ":" + entryId);
  }

  public int count() {
    return entries.size();
  }
}
