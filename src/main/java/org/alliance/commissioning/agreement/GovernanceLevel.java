package org.alliance.commissioning.agreement;

import java.util.Arrays;
import java.util.Optional;
import org.alliance.identity.Role;

/**
 * The four levels of the alliance's governance, top down, as the Plymouth alliance describes them,
 * with the role an account linked to a place at that level must hold.
 */
enum GovernanceLevel {
  OWNER(
      "owner",
      "Commissioner as owner",
      "Sets the mandate, the outcomes and the risk strategy, and the financial envelope.",
      Role.COMMISSIONER),
  LEADERSHIP(
      "leadership",
      "Alliance leadership team",
      "Senior people from each member, each with authority to commit their organisation: decide"
          + " how the money is spent within the financial plan, monitor spend and report to the"
          + " owner. Its key decisions are unanimous.",
      Role.LEADERSHIP),
  MANAGEMENT(
      "management",
      "Alliance management team",
      "People with subject expertise from each member: deliver within the money available and"
          + " compile the financial reports.",
      null),
  MANAGER(
      "manager",
      "Alliance manager",
      "Runs the alliance and presents the composite financial reports to the leadership team.",
      Role.ALLIANCE_MANAGER);

  private final String code;
  private final String label;
  private final String duties;
  private final Role accountRole;

  GovernanceLevel(String code, String label, String duties, Role accountRole) {
    this.code = code;
    this.label = label;
    this.duties = duties;
    this.accountRole = accountRole;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String duties() {
    return duties;
  }

  /** The role a linked account must hold; null where a place is never linked to an account. */
  Role accountRole() {
    return accountRole;
  }

  static Optional<GovernanceLevel> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
