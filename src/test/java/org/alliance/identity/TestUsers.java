package org.alliance.identity;

import java.util.Set;
import java.util.UUID;
import org.alliance.organisation.Organisations;

/**
 * Creates a fresh user for a test, so tests that lock or change accounts leave the demo users
 * alone.
 */
final class TestUsers {

  static final String PASSWORD = "correct horse battery";

  private TestUsers() {}

  static UserAccount create(UserAccounts users, Organisations organisations, Role role) {
    String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
    UUID organisation = organisations.all().get(0).id();
    return users.create(
        new NewUser(username, "Test " + username, null, organisation, Set.of(role), PASSWORD),
        true);
  }
}
