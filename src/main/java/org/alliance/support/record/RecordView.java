package org.alliance.support.record;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.alliance.support.access.AccessGrant;
import org.alliance.support.access.Consent;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.Withheld;
import org.alliance.support.person.Person;
import org.alliance.support.referral.Referral;
import org.alliance.support.transition.TransitionPlan;
import org.alliance.support.trusted.TrustedIndividual;

/** Everything the record page shows, read under one {@link RecordAccess}. */
public record RecordView(
    RecordAccess access,
    Person person,
    String registeredAt,
    String registeringMember,
    List<String> references,
    List<String> previousNames,
    Consent consent,
    List<Episode> episodes,
    List<AccessGrant> breakGlass,
    AccessGrant myGrant,
    List<TimelineEvent> timeline,
    TrustedIndividual trusted,
    Duration dormantAfter,
    List<Referral> referrals,
    List<MergedHalf> halves,
    int hiddenHalves,
    List<TransitionPlan> transitions,
    Withheld withheld,
    int questionsWaiting) {

  /** Referrals still under way, newest first: the record page's "open referrals". */
  public List<Referral> openReferrals() {
    return referrals.stream().filter(r -> r.status().open()).toList();
  }

  /** Referrals that have ended (declined, completed, withdrawn). */
  public List<Referral> closedReferrals() {
    return referrals.stream().filter(r -> !r.status().open()).toList();
  }

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);

  public LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /**
   * "Turns 18 on 3 May 2027" or "Turned 18 on ...": the transitions a young person's team plans
   * for.
   */
  public String milestone(int years) {
    LocalDate on = person.turns(years);
    if (on == null) {
      return null;
    }
    return (on.isAfter(today()) ? "Turns " : "Turned ") + years + " on " + DAY.format(on);
  }

  /** The postcode as people read it, with its space. */
  public String postcode() {
    String tidy = person.postcode();
    if (tidy == null || tidy.length() < 5) {
      return tidy;
    }
    return tidy.substring(0, tidy.length() - 3) + " " + tidy.substring(tidy.length() - 3);
  }

  /** Whether the person's current answer is a consent to share that has not expired. */
  public boolean consentGiven() {
    return consent != null
        && consent.state() == org.alliance.support.access.ConsentState.GIVEN
        && !consent.expiredOn(today());
  }

  /** No contact for the dormant period: shown gently, never closed. */
  public boolean dormant() {
    Instant since = person.lastContactAt() == null ? person.registeredAt() : person.lastContactAt();
    return since.isBefore(Instant.now().minus(dormantAfter));
  }

  public long dormantDays() {
    return dormantAfter.toDays();
  }

  /** Whether an episode at this member is open now: "coming back" is offered where none is. */
  public boolean openAt(java.util.UUID member) {
    return episodes.stream().anyMatch(e -> e.open() && e.memberId().equals(member));
  }
}
