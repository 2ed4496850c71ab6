package org.alliance.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rehashes a password at sign-in when its stored hash was made with weaker settings than today's
 * (an older Argon2 cost, or bcrypt): Spring Security calls this with the new hash after a right
 * password, the only moment the plain password is at hand.
 */
@Component
class PasswordUpgrades implements UserDetailsPasswordService {

  private final JdbcClient jdbc;

  PasswordUpgrades(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newHash) {
    // Only if the hash is still the one just checked, so a password changed meanwhile is kept.
    jdbc.sql(
            """
            update identity.app_user set password_hash = :newHash
             where username = :username and password_hash = :oldHash
            """)
        .param("newHash", newHash)
        .param("username", user.getUsername())
        .param("oldHash", user.getPassword())
        .update();
    return user;
  }
}
