package org.alliance.directory.hsds;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * Who is reading the directory, as far as hidden places are concerned: a hidden place is shown in
 * full only to people of the Alliance organisation that looks after it, and to those who see
 * everything (administrators, and the operator's own commands).
 *
 * @param organisation the reader's Alliance organisation; null for an anonymous reader
 * @param seesEverything whether every hidden place is shown in full
 */
public record Viewer(UUID organisation, boolean seesEverything) {

  /** Someone not signed in, and every caller of the public API. */
  public static Viewer anonymous() {
    return new Viewer(null, false);
  }

  /** The operator at the command line (export): the whole directory, hidden places included. */
  public static Viewer operator() {
    return new Viewer(null, true);
  }

  /** A member of an Alliance organisation who is not an administrator. */
  public static Viewer memberOf(UUID organisation) {
    return new Viewer(organisation, false);
  }

  /** A signed-in user, or {@link #anonymous()} when there is none. */
  public static Viewer of(AllianceUser user) {
    return user == null ? anonymous() : new Viewer(user.organisationId(), user.hasRole(Role.ADMIN));
  }
}
