package org.alliance.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** The add-user and change-user form. {@code password} is used only when adding. */
record UserForm(
    String username,
    String displayName,
    String email,
    String organisationId,
    List<String> roles,
    Boolean enabled,
    String password,
    Integer version) {

  static UserForm blank() {
    return new UserForm("", "", "", "", List.of(), true, "", null);
  }

  static UserForm of(UserAccount user) {
    return new UserForm(
        user.username(),
        user.displayName(),
        user.email(),
        user.organisationId().toString(),
        user.roles().stream().map(Role::code).toList(),
        user.enabled(),
        "",
        user.version());
  }

  Set<Role> chosenRoles() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    if (roles != null) {
      roles.forEach(code -> Role.fromCode(code).filter(Role::staff).ifPresent(chosen::add));
    }
    return chosen;
  }

  UUID organisation() {
    return UUID.fromString(organisationId);
  }

  boolean isEnabled() {
    return enabled == null || enabled;
  }

  /** Checks the fields every user needs; {@code adding} adds the user name and first password. */
  void validate(Errors errors, boolean adding, Set<UUID> organisations) {
    if (adding) {
      if (username == null || username.isBlank()) {
        errors.rejectValue("username", "required", "Enter a user name");
      } else if (!username.trim().matches("[A-Za-z0-9._-]{3,64}")) {
        errors.rejectValue(
            "username",
            "format",
            "User name must be 3 to 64 letters, numbers, dots, hyphens or underscores");
      }
    }
    if (displayName == null || displayName.isBlank()) {
      errors.rejectValue("displayName", "required", "Enter the person's full name");
    } else if (displayName.length() > 200) {
      errors.rejectValue("displayName", "length", "Full name must be 200 characters or fewer");
    }
    if (email != null
        && !email.isBlank()
        && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.rejectValue(
          "email", "format", "Enter an email address in the correct format, like name@example.org");
    }
    if (organisationId == null || organisationId.isBlank()) {
      errors.rejectValue("organisationId", "required", "Select the person's organisation");
    } else {
      try {
        if (!organisations.contains(organisation())) {
          errors.rejectValue("organisationId", "unknown", "Select the person's organisation");
        }
      } catch (IllegalArgumentException e) {
        errors.rejectValue("organisationId", "unknown", "Select the person's organisation");
      }
    }
    if (chosenRoles().isEmpty()) {
      errors.rejectValue("roles", "required", "Select at least one role");
    }
    if (adding) {
      PasswordRules.problemWith(password, username)
          .ifPresent(
              problem ->
                  errors.rejectValue(
                      "password", "weak", problem.replace("a new password", "a first password")));
    }
  }
}
