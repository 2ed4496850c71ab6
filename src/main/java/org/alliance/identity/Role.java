package org.alliance.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a person who signs in may do. A user holds one or more roles. */
public enum Role {
  COMMISSIONER("commissioner", "Commissioner"),
  ALLIANCE_MANAGER("alliance-manager", "Alliance manager"),
  PRACTITIONER("practitioner", "Practitioner"),
  DIRECTORY_EDITOR("directory-editor", "Directory editor"),
  ADMIN("admin", "Administrator"),
  /**
   * Reviews break-glass use, the audit of reads, retention and subject-access requests, without
   * reading case notes.
   */
  DATA_PROTECTION_LEAD("data-protection-lead", "Data-protection lead"),
  /**
   * A member's data lead: makes the member's national returns (NDTMS) and sees what would be
   * rejected in them, for their own member only, never case notes.
   */
  DATA_LEAD("data-lead", "Member's data lead"),
  /**
   * A member's representative on the alliance's leadership team: reads the alliance agreement, its
   * open-book accounts and risks, and votes on the decisions put to the team.
   */
  LEADERSHIP("leadership", "Alliance leadership team member"),
  /**
   * A member's finance lead: records the member's spend in the alliance's open-book ledger and sees
   * the member's own ledger lines, nothing of anyone's record.
   */
  FINANCE_LEAD("finance-lead", "Member's finance lead"),
  /**
   * The supported person, or a parent, carer or supporter they agreed to: reads "My plan" and its
   * own account pages, nothing else. Made only with a one-time code from a trusted individual,
   * never by an administrator.
   */
  PERSON("person", "Person supported, or someone they chose");

  private final String code;
  private final String label;

  Role(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The role's name in URLs, the database and Spring Security ({@code ROLE_} + code). */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + code;
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  /** Every role's code, for rules that admit anyone fully signed in. */
  public static String[] allCodes() {
    return Arrays.stream(values()).map(Role::code).toArray(String[]::new);
  }

  /** Whether the role is a worker's (every role but {@link #PERSON}). */
  public boolean staff() {
    return this != PERSON;
  }

  /** The workers' roles: the ones an administrator gives. */
  public static Role[] staffRoles() {
    return Arrays.stream(values()).filter(Role::staff).toArray(Role[]::new);
  }

  /** The workers' role codes, for rules that admit any worker fully signed in. */
  public static String[] staffCodes() {
    return Arrays.stream(staffRoles()).map(Role::code).toArray(String[]::new);
  }
}
