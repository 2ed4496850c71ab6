package org.alliance.support.oversight;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.audit.PersonTrail;
import org.alliance.support.access.AccessGrant;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the data-protection lead sees of one person: identity, grants and the audit trail. */
@Component
class Oversight {

  static final int TRAIL_LENGTH = 500;
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(PersonAccess.UK);

  private final PersonAccess access;
  private final People people;
  private final AccessGrants grants;
  private final PersonTrail trail;

  Oversight(PersonAccess access, People people, AccessGrants grants, PersonTrail trail) {
    this.access = access;
    this.people = people;
    this.grants = grants;
    this.trail = trail;
  }

  record View(Person person, List<AccessGrant> grants, List<PersonTrail.Entry> trail) {
    public String when(java.time.Instant instant) {
      return instant == null ? "" : WHEN.format(instant);
    }
  }

  @Transactional
  View of(Practitioner lead, UUID personId) {
    RecordAccess opened = access.oversee(lead, personId, "oversight page");
    return new View(
        people.identity(opened), grants.onRecord(opened), trail.of(personId, TRAIL_LENGTH));
  }
}
