package org.alliance.commissioning.agreement;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The agreement pages' forms, as typed, and their checks. */
final class AgreementForms {

  static final int WORDING_MAX = 2_000;
  static final int ROLE_MAX = 200;
  static final int NAME_MAX = 200;

  private AgreementForms() {}

  /** A principle's wording and place; version is absent for a new one. */
  record PrincipleForm(String wording, String position, String version) {

    static PrincipleForm of(Agreement.Principle principle) {
      return new PrincipleForm(
          principle.wording(),
          String.valueOf(principle.position()),
          String.valueOf(principle.version()));
    }

    static final PrincipleForm BLANK = new PrincipleForm("", "", "");

    String checkWording(Map<String, String> errors) {
      return Forms.text(errors, "wording", wording, "the principle's wording", WORDING_MAX, true);
    }

    /** The place asked for, 1 first; null for "where it is" (or the end, for a new one). */
    Integer checkPosition(Map<String, String> errors) {
      if (Forms.strip(position) == null) {
        return null;
      }
      Integer at = Forms.number(position);
      if (at == null || at < 1) {
        errors.put("position", "Enter its number in the list as a whole number, like 3");
      }
      return at;
    }
  }

  record MemberForm(
      String role, String joinedDay, String joinedMonth, String joinedYear, String version) {

    static MemberForm of(Agreement.Member member) {
      LocalDate on = member.joinedOn();
      return new MemberForm(
          member.role(),
          on == null ? "" : String.valueOf(on.getDayOfMonth()),
          on == null ? "" : String.valueOf(on.getMonthValue()),
          on == null ? "" : String.valueOf(on.getYear()),
          String.valueOf(member.version()));
    }

    record Checked(String role, LocalDate joinedOn, int version) {}

    Checked check(Map<String, String> errors, LocalDate today) {
      String words = Forms.text(errors, "role", role, "their role in the alliance", ROLE_MAX, true);
      LocalDate on = null;
      if (Forms.strip(joinedDay) != null
          || Forms.strip(joinedMonth) != null
          || Forms.strip(joinedYear) != null) {
        on = Forms.date(joinedDay, joinedMonth, joinedYear);
        if (on == null || on.getYear() < 1990 || on.isAfter(today.plusYears(2))) {
          errors.put("joinedDay", "Enter the date they joined the alliance, like 1 4 2019");
          on = null;
        }
      }
      Integer seen = Forms.version(version);
      if (seen == null) {
        errors.putIfAbsent(
            "role", "This member's place changed since you opened it: check it and try again");
      }
      return errors.isEmpty() ? new Checked(words, on, seen) : null;
    }
  }

  record PersonForm(
      String level,
      String name,
      String organisation,
      String roleTitle,
      String account,
      String version) {

    static PersonForm blank(String level) {
      return new PersonForm(level == null ? "" : level, "", "", "", "", "");
    }

    static PersonForm of(Agreement.Person person) {
      return new PersonForm(
          person.level().code(),
          person.name(),
          person.organisationId().toString(),
          person.roleTitle(),
          person.userId() == null ? "" : person.userId().toString(),
          String.valueOf(person.version()));
    }

    Agreement.PersonDetails check(Map<String, String> errors) {
      GovernanceLevel at =
          level == null ? null : GovernanceLevel.fromCode(level.strip()).orElse(null);
      if (at == null) {
        errors.put("level", "Choose the level of governance");
      }
      String who = Forms.text(errors, "name", name, "their name", NAME_MAX, true);
      UUID org = Forms.uuid(organisation);
      if (org == null) {
        errors.put("organisation", "Choose their organisation");
      }
      String title = Forms.text(errors, "roleTitle", roleTitle, "their role title", ROLE_MAX, true);
      UUID linked = null;
      if (Forms.strip(account) != null) {
        linked = Forms.uuid(account);
        if (linked == null) {
          errors.put("account", "Choose an account from the list, or none");
        }
      }
      return errors.isEmpty() ? new Agreement.PersonDetails(at, who, org, title, linked) : null;
    }

    public String levelValue() {
      return level == null ? "" : level;
    }
  }
}
