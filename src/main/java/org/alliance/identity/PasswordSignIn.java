package org.alliance.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password step of signing in: Spring Security's own check, with each attempt counted through
 * {@link SignInRecord} before the password is looked at, so that counting and locking hold under
 * parallel attempts.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

  private final AllianceUserDetailsService details;
  private final SignInRecord record;
  private final DaoAuthenticationProvider check;

  PasswordSignIn(
      AllianceUserDetailsService details,
      SignInRecord record,
      PasswordEncoder encoder,
      PasswordUpgrades upgrades) {
    this.details = details;
    this.record = record;
    this.check = new DaoAuthenticationProvider(details);
    check.setPasswordEncoder(encoder);
    check.setUserDetailsPasswordService(upgrades);
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    Optional<AllianceUser> known = details.load(authentication.getName());
    if (known.isEmpty()) {
      try {
        // Still spends the time of a password check, so timing does not tell which names exist.
        return check.authenticate(authentication);
      } catch (AuthenticationException e) {
        record.failedForUnknownUser();
        throw e;
      }
    }
    AllianceUser user = known.get();
    if (!user.isEnabled()) {
      record.refusedWhileDisabled(user);
      throw new DisabledException("Account disabled");
    }
    if (!record.begin(user, "password")) {
      throw new LockedException("Account locked");
    }
    Authentication checked;
    try {
      checked = check.authenticate(authentication);
    } catch (BadCredentialsException e) {
      if (record.failed(user, "password")) {
        throw new LockedException("Account locked");
      }
      throw e;
    }
    AllianceUser signedIn = (AllianceUser) checked.getPrincipal();
    // With a second factor to come, the attempt stays counted until the whole sign-in succeeds.
    if (!signedIn.twoFactorEnabled() && !record.succeeded(signedIn, "password")) {
      throw new LockedException("Account locked");
    }
    return checked;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
