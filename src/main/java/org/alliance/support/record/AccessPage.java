package org.alliance.support.record;

import java.time.Instant;
import java.util.List;
import org.alliance.support.access.AccessGrant;
import org.alliance.support.access.Consent;
import org.alliance.support.access.GrantKind;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** Who may see a record and what the person agreed to: the record's access page. */
public record AccessPage(
    RecordAccess access, Person person, List<Consent> consents, List<AccessGrant> grants) {

  public List<AccessGrant> requests() {
    return grants.stream().filter(AccessGrant::requested).toList();
  }

  public List<AccessGrant> inForce() {
    Instant now = Instant.now();
    return grants.stream().filter(g -> g.inForceAt(now) && g.kind() != GrantKind.EXCLUDED).toList();
  }

  public List<AccessGrant> exclusions() {
    Instant now = Instant.now();
    return grants.stream().filter(g -> g.inForceAt(now) && g.kind() == GrantKind.EXCLUDED).toList();
  }

  public List<AccessGrant> ended() {
    Instant now = Instant.now();
    return grants.stream().filter(g -> !g.requested() && !g.inForceAt(now)).toList();
  }

  public Consent consent() {
    return consents.isEmpty() ? null : consents.get(0);
  }
}
