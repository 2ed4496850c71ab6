package org.alliance.directory.hsds;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * Which directory entries an editor looks after: those of HSDS organisations linked to the editor's
 * own Alliance organisation. Entries whose organisation is linked to no member belong to
 * administrators until someone links them (an unlinked organisation may hold a refuge's hidden
 * address, which no member's editor should read or change). Administrators look after everything.
 *
 * <p>{@link #CONDITION} is the same rule in SQL, for a query that has the HSDS organisation as
 * {@code o} and binds {@code :everything} and {@code :organisation} from {@link #everything()} and
 * {@link #organisation()}; every list, form and approval that decides scope uses it, and the upload
 * scope check ({@code hsds.ScopeCheck}) applies the same rule to the rows an upload wrote.
 */
public record EditorScope(UUID organisation, boolean everything) {

  public static final String CONDITION =
      "(:everything or o.alliance_organisation_id = :organisation)";

  /** The same person as a reader of hidden places: their organisation's, or all for an admin. */
  public Viewer viewer() {
    return new Viewer(organisation, everything);
  }

  public static EditorScope of(AllianceUser user) {
    return new EditorScope(user.organisationId(), user.hasRole(Role.ADMIN));
  }
}
