package org.alliance.support.person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/**
 * One person in a list: search results, a caseload, likely matches. Either open (details shown) or
 * only "a record may exist", with nothing of the record in it.
 */
public record Listing(
    UUID id,
    boolean open,
    Person person,
    String registeredAt,
    boolean missedLast,
    Instant nextAppointment,
    java.util.List<String> reasons) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(PersonAccess.UK);

  static Listing mayExist(UUID id, java.util.List<String> reasons) {
    return new Listing(id, false, null, null, false, null, reasons);
  }

  public String dateOfBirth() {
    return person.dateOfBirth() == null ? "Not known" : DAY.format(person.dateOfBirth());
  }

  public Integer age() {
    return person.ageOn(LocalDate.now(PersonAccess.UK));
  }

  public String lastContact() {
    return person.lastContactAt() == null ? "None yet" : WHEN.format(person.lastContactAt());
  }

  public String next() {
    return nextAppointment == null ? null : WHEN.format(nextAppointment);
  }

  /** No contact for the dormant period: shown gently, never closed. */
  public boolean dormant(Duration after) {
    Instant since = person.lastContactAt() == null ? person.registeredAt() : person.lastContactAt();
    return since.isBefore(Instant.now().minus(after));
  }

  public String postcode() {
    return Postcode.spaced(person.postcode());
  }
}
