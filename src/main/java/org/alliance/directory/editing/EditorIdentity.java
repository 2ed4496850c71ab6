package org.alliance.directory.editing;

import java.util.UUID;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;

/** Who is editing, as a change records them. */
record EditorIdentity(UUID userId, String name, UUID organisationId, EditorScope scope) {

  static EditorIdentity of(AllianceUser user) {
    return new EditorIdentity(
        user.userId(), user.displayName(), user.organisationId(), EditorScope.of(user));
  }
}
