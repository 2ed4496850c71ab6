package org.alliance.identity;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user who has given the right password but not yet their second factor. It carries no role, so
 * every page but the second-factor page refuses it.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  static final String AUTHORITY = "SIGN_IN_PENDING_SECOND_FACTOR";

  private final AllianceUser user;

  PendingSecondFactor(AllianceUser user) {
    super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
    this.user = user;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public AllianceUser getPrincipal() {
    return user;
  }
}
