package org.alliance.commissioning.ledger;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;

/**
 * Who is looking at the ledger, and the one rule of what they may see and write. Every query and
 * every route of the ledger asks this record; no controller decides for itself.
 *
 * <ul>
 *   <li>The alliance manager, the leadership team and the commissioner read everything: the book is
 *       open to them.
 *   <li>A member's finance lead reads only their own member's allocations, spend and entries, and
 *       the alliance's grand totals; another member's entry is, to them, an entry that does not
 *       exist (404).
 *   <li>Only the alliance manager sets budgets and allocations, imports the ISF returns and may
 *       record or correct spend for any member. A finance lead records and corrects their own
 *       member's spend. The leadership team and the commissioner only read.
 * </ul>
 *
 * <p>Someone holding both an open-book role and the finance-lead role reads everything and records
 * their own member's spend.
 *
 * @param member the finance lead's member, whose spend they record (and, without an open-book role,
 *     the only member they see); null for someone who is no finance lead
 */
public record LedgerViewer(
    UUID userId, String name, UUID organisationId, boolean openBook, boolean manager, UUID member) {

  public static LedgerViewer of(AllianceUser user) {
    boolean manager = user.hasRole(Role.ALLIANCE_MANAGER);
    boolean open = manager || user.hasRole(Role.LEADERSHIP) || user.hasRole(Role.COMMISSIONER);
    boolean finance = user.hasRole(Role.FINANCE_LEAD);
    return new LedgerViewer(
        user.userId(),
        user.displayName(),
        user.organisationId(),
        open,
        manager,
        finance ? user.organisationId() : null);
  }

  /** Whether this viewer may read a member's figures and entries. */
  public boolean sees(UUID memberId) {
    return openBook || member != null && member.equals(memberId);
  }

  /**
   * The member to limit every query to, or null for the whole alliance. A viewer who is neither
   * open-book nor a finance lead (the routes admit none) is limited to a member that cannot match.
   */
  public UUID scope() {
    if (openBook) {
      return null;
    }
    return member != null ? member : new UUID(0, 0);
  }

  /** Sets budgets, lines and allocations, and imports the ISF returns. */
  public boolean managesBudget() {
    return manager;
  }

  /** Whether this viewer may record or correct spend for the member. */
  public boolean recordsSpendFor(UUID memberId) {
    return manager || member != null && member.equals(memberId);
  }

  /** Whether this viewer records spend at all (for showing the form). */
  public boolean recordsSpend() {
    return manager || member != null;
  }

  /** Whether this viewer may correct the entry: allocations by the manager, spend as recorded. */
  public boolean corrects(String kind, UUID memberId) {
    return "allocation".equals(kind) ? manager : recordsSpendFor(memberId);
  }

  /** Reads only, whatever it sees (the leadership team and the commissioner). */
  public boolean readOnly() {
    return !recordsSpend();
  }
}
