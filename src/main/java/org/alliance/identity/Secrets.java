package org.alliance.identity;

import org.springframework.stereotype.Component;

/**
 * Secrets another module must keep in the database and use again (a webhook's signing secret),
 * sealed the way the second factor's are: AES-256-GCM under the key that is never in the database,
 * bound to what they belong to so a value copied onto another row does not open.
 */
@Component
public class Secrets {

  private final SecretBox box;

  Secrets(SecretBox box) {
    this.box = box;
  }

  public String seal(String plain, String boundTo) {
    return box.encrypt(plain, boundTo);
  }

  public String open(String sealed, String boundTo) {
    return box.decrypt(sealed, boundTo);
  }
}
