package org.alliance.support.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Makes the demo people's histories, as rows, from a seed and a day: the same seed and day give the
 * same people. Every name is a random pairing of common given and family names, so none is anyone
 * in particular; NHS numbers are in the 999 range the NHS keeps for testing; postcodes are in the
 * invented BK area.
 */
final class DemoPeopleGenerator {

  static final long SEED = 20_261_201L;
  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** The staff a member's people are registered by and seen by. */
  record Staff(UUID userId, UUID memberId) {}

  /** Who works where: a member's staff, and how many people it supports. */
  record Member(UUID id, String code, List<Staff> staff, int people, int minAge, int maxAge) {}

  record PersonRow(
      UUID id,
      String given,
      String family,
      String preferred,
      String pronouns,
      LocalDate born,
      String postcode,
      String nhs,
      String languages,
      String communication,
      UUID member,
      UUID registeredBy,
      Instant registeredAt,
      Instant lastContactAt) {}

  record NameRow(UUID person, String given, String family, String kind) {}

  record ReferenceRow(UUID person, UUID member, String reference) {}

  record ConsentRow(
      UUID person,
      String state,
      UUID[] members,
      String[] parts,
      LocalDate givenOn,
      LocalDate expiresOn,
      UUID by,
      UUID byMember,
      Instant at,
      String note) {}

  record GrantRow(
      UUID person,
      String kind,
      UUID member,
      UUID user,
      String[] labels,
      String status,
      Instant starts,
      Instant ends,
      String reason,
      UUID requestedBy,
      UUID reviewedBy,
      Instant reviewedAt,
      String reviewNote) {}

  record TrustedRow(UUID person, UUID user, UUID member, Instant chosen, Instant accepted) {}

  record EpisodeRow(
      UUID person,
      UUID member,
      LocalDate opened,
      String openReason,
      UUID by,
      LocalDate closed,
      String closeReason) {}

  record ContactRow(
      UUID person,
      UUID member,
      UUID worker,
      String mode,
      Instant at,
      String outcome,
      String label,
      String summary) {}

  record NoteRow(UUID person, UUID member, UUID author, String label, String body, Instant at) {}

  record ReferralRow(
      UUID person,
      UUID from,
      UUID by,
      Instant sent,
      UUID to,
      String status,
      String[] shared,
      String note,
      String declineReason) {}

  /** Everything to insert. */
  record People(
      List<PersonRow> people,
      List<NameRow> names,
      List<ReferenceRow> references,
      List<ConsentRow> consents,
      List<GrantRow> grants,
      List<TrustedRow> trusted,
      List<EpisodeRow> episodes,
      List<ContactRow> contacts,
      List<NoteRow> notes,
      List<ReferralRow> referrals) {}

  static final String[] GIVEN = {
    "Aaliyah",
    "Abdul",
    "Adebayo",
    "Aiden",
    "Aisha",
    "Alfie",
    "Amara",
    "Amelia",
    "Anil",
    "Ava",
    "Bartosz",
    "Bethany",
    "Bilal",
    "Bronwen",
    "Caitlin",
    "Callum",
    "Chidi",
    "Chloe",
    "Ciaran",
    "Connor",
    "Daisy",
    "Darnell",
    "Deborah",
    "Declan",
    "Dominika",
    "Ebony",
    "Eilidh",
    "Elif",
    "Ellie",
    "Emeka",
    "Ewan",
    "Fatima",
    "Finley",
    "Freya",
    "Gareth",
    "Gemma",
    "Grace",
    "Hamza",
    "Harvey",
    "Hollie",
    "Ibrahim",
    "Imogen",
    "Isaac",
    "Jade",
    "Jakub",
    "Jamal",
    "Jasmine",
    "Kai",
    "Kayleigh",
    "Keeley",
    "Kofi",
    "Lacey",
    "Leon",
    "Lewis",
    "Liam",
    "Lily",
    "Lucjan",
    "Madison",
    "Maja",
    "Malik",
    "Maria",
    "Mason",
    "Megan",
    "Mohammed",
    "Nadia",
    "Nathan",
    "Niamh",
    "Noah",
    "Olamide",
    "Oliwia",
    "Owen",
    "Paige",
    "Precious",
    "Priya",
    "Rachel",
    "Rhys",
    "Rio",
    "Rohan",
    "Roisin",
    "Ruby",
    "Ryan",
    "Saffron",
    "Samira",
    "Sean",
    "Shannon",
    "Sian",
    "Simone",
    "Sophie",
    "Stacey",
    "Tariq",
    "Tegan",
    "Theo",
    "Tiago",
    "Tyler",
    "Wiktor",
    "Yasmin",
    "Zainab",
    "Zak"
  };

  static final String[] FAMILY = {
    "Adeyemi",
    "Ahmed",
    "Akhtar",
    "Allen",
    "Baker",
    "Banks",
    "Begum",
    "Bennett",
    "Bishop",
    "Boateng",
    "Bradley",
    "Briggs",
    "Byrne",
    "Campbell",
    "Carter",
    "Chowdhury",
    "Clarke",
    "Costa",
    "Cunningham",
    "Dawson",
    "Dixon",
    "Doherty",
    "Duffy",
    "Edwards",
    "Evans",
    "Farrell",
    "Fletcher",
    "Fraser",
    "Gallagher",
    "Gill",
    "Gordon",
    "Grant",
    "Hall",
    "Hardy",
    "Hassan",
    "Hughes",
    "Hussain",
    "Iqbal",
    "Jackson",
    "Jones",
    "Kaur",
    "Kelly",
    "Kowalski",
    "Lewandowska",
    "Lloyd",
    "Lynch",
    "MacLeod",
    "Malik",
    "Marsh",
    "McCarthy",
    "Mensah",
    "Morgan",
    "Murphy",
    "Nowak",
    "Nwosu",
    "O'Brien",
    "Okonkwo",
    "Osei",
    "Owusu",
    "Parker",
    "Patel",
    "Pearce",
    "Phillips",
    "Price",
    "Quinn",
    "Rahman",
    "Reid",
    "Reilly",
    "Richards",
    "Robinson",
    "Rossi",
    "Shah",
    "Sharma",
    "Silva",
    "Singh",
    "Smith",
    "Stewart",
    "Sullivan",
    "Taylor",
    "Thompson",
    "Turner",
    "Wallace",
    "Walsh",
    "Ward",
    "Watts",
    "Webb",
    "Whelan",
    "Williams",
    "Wilson",
    "Wiśniewski",
    "Wood",
    "Wright",
    "Yilmaz",
    "Young",
    "Zielinski"
  };

  private static final String[] OPEN_REASONS = {
    "Referred by their GP", "Self-referral", "Referred by the school nurse",
    "Referred by children's social care", "Referred by probation", "Came to the drop-in",
    "Referred by the hospital liaison team", "Referred by a housing support worker"
  };
  private static final String[] CLOSE_REASONS = {
    "Goals met",
    "Chose to stop coming",
    "Moved out of the area",
    "Moved to another service",
    "No contact after several tries",
    "Completed the programme"
  };
  private static final String[] SUMMARIES = {
    "Reviewed the recovery plan together; agreed next steps.",
    "Talked through cravings over the weekend and what helped.",
    "Harm-reduction advice given; naloxone kit checked.",
    "Went over the housing application and the letters needed.",
    "Check-in by phone; doing well, wants to keep weekly sessions.",
    "Group session on coping with stress.",
    "Discussed going back to college; referral to careers advice talked about.",
    "Set a goal to cut down on weekdays; will keep a drinking diary."
  };
  private static final String[] NOTES = {
    "Engaged well today. Reports using less than last month and sleeping better.",
    "Missed last week's session because of a family matter; keen to carry on.",
    "Completed an AUDIT questionnaire; score has come down since the first one.",
    "Worried about money; signposted to the debt advice service in the directory.",
    "Agreed a safety plan for weekends, shared with their consent.",
    "Attended with a friend for support; talked about what recovery means to them."
  };
  private static final String[] LABELLED_NOTES = {
    "Disclosed a concern at home; safeguarding lead informed the same day.",
    "Low mood for several weeks; GP appointment booked with their agreement.",
    "Court date next month; we will write a letter of support.",
    "Sexual health clinic appointment arranged; they asked us to keep it private."
  };
  private static final String[] LABELS = {
    "safeguarding", "sexual-health", "criminal-justice", "mental-health"
  };
  private static final String[] MODES = {"face-to-face", "face-to-face", "phone", "video", "group"};
  private static final String[] LANGUAGES = {"Polish", "Urdu", "Punjabi", "Somali", "Romanian"};

  private final Random random = new Random(SEED);
  private final LocalDate today;
  private final Instant now;
  private final List<Member> members;
  private final List<String> postcodes;
  private final People out =
      new People(
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>());

  private DemoPeopleGenerator(LocalDate today, List<Member> members, List<String> postcodes) {
    this.today = today;
    this.now = today.atTime(11, 0).atZone(UK).toInstant();
    this.members = members;
    this.postcodes = postcodes;
  }

  static People generate(LocalDate today, List<Member> members, List<String> postcodes) {
    DemoPeopleGenerator generator = new DemoPeopleGenerator(today, members, postcodes);
    int n = 0;
    for (Member member : members) {
      for (int i = 0; i < member.people(); i++) {
        generator.person(n++, member);
      }
    }
    generator.retentionExamples(n, members.get(0), members.get(1));
    return generator.out;
  }

  private void person(int index, Member member) {
    UUID id = UUID.nameUUIDFromBytes(("alliance-demo-person-" + index).getBytes());
    Staff staff = pick(member.staff());
    int age = member.minAge() + random.nextInt(member.maxAge() - member.minAge() + 1);
    LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
    if (member.maxAge() <= 21 && index % 9 == 3) {
      born = today.minusYears(18).plusDays(3 + random.nextInt(25)); // turns 18 within the month
    } else if (member.maxAge() <= 21 && index % 9 == 6) {
      born = today.minusYears(21).plusDays(3 + random.nextInt(25)); // turns 21 within the month
    }
    Instant registered = now.minus(20 + random.nextInt(900), ChronoUnit.DAYS);
    // About one in six has gone quiet: no contact for more than 90 days.
    boolean dormant = random.nextInt(6) == 0;
    Instant contactsUntil =
        dormant
            ? now.minus(95 + random.nextInt(200), ChronoUnit.DAYS)
            : now.minus(1, ChronoUnit.DAYS);
    if (contactsUntil.isBefore(registered)) {
      registered = contactsUntil.minus(60, ChronoUnit.DAYS);
    }
    Instant last = contacts(id, member, staff, registered, contactsUntil, !dormant);
    String given = pick(GIVEN);
    out.people()
        .add(
            new PersonRow(
                id,
                given,
                pick(FAMILY),
                random.nextInt(12) == 0 ? given.substring(0, Math.min(3, given.length())) : null,
                random.nextInt(10) == 0
                    ? pick(new String[] {"they/them", "she/her", "he/him"})
                    : null,
                random.nextInt(25) == 0 ? null : born,
                pick(postcodes),
                random.nextInt(10) < 4 ? nhsNumber() : null,
                random.nextInt(15) == 0 ? pick(LANGUAGES) : null,
                random.nextInt(20) == 0 ? "Prefers text messages to phone calls" : null,
                member.id(),
                staff.userId(),
                registered,
                last));
    out.grants()
        .add(
            new GrantRow(
                id,
                "standard",
                member.id(),
                null,
                LABELS,
                "active",
                registered,
                null,
                "Registered the person",
                staff.userId(),
                null,
                null,
                null));
    LocalDate registeredOn = day(registered);
    if (random.nextInt(4) == 0) {
      LocalDate earlier = registeredOn.minusDays(200 + random.nextInt(400));
      out.episodes()
          .add(
              new EpisodeRow(
                  id,
                  member.id(),
                  earlier,
                  pick(OPEN_REASONS),
                  staff.userId(),
                  earlier.plusDays(40 + random.nextInt(120)),
                  pick(CLOSE_REASONS)));
    }
    boolean closed = dormant && random.nextBoolean();
    out.episodes()
        .add(
            new EpisodeRow(
                id,
                member.id(),
                registeredOn,
                pick(OPEN_REASONS),
                staff.userId(),
                closed ? day(last == null ? contactsUntil : last).plusDays(30) : null,
                closed ? pick(CLOSE_REASONS) : null));
    Member other = otherMember(member);
    if (random.nextInt(5) == 0) {
      LocalDate opened = registeredOn.plusDays(10 + random.nextInt(60));
      boolean otherClosed = random.nextBoolean();
      if (opened.isBefore(today)) {
        out.episodes()
            .add(
                new EpisodeRow(
                    id,
                    other.id(),
                    opened,
                    "Referred by " + member.code(),
                    pick(other.staff()).userId(),
                    otherClosed ? opened.plusDays(30) : null,
                    otherClosed ? pick(CLOSE_REASONS) : null));
      }
    }
    consent(id, member, staff, other, registered);
    if (random.nextInt(100) < 55) {
      Instant chosen = registered.plus(7, ChronoUnit.DAYS);
      out.trusted()
          .add(
              new TrustedRow(
                  id,
                  staff.userId(),
                  member.id(),
                  chosen,
                  random.nextInt(10) == 0 ? null : chosen.plus(1, ChronoUnit.DAYS)));
    }
    int notes = 1 + random.nextInt(4);
    for (int i = 0; i < notes; i++) {
      boolean labelled = random.nextInt(5) == 0;
      int which = random.nextInt(LABELLED_NOTES.length);
      out.notes()
          .add(
              new NoteRow(
                  id,
                  member.id(),
                  staff.userId(),
                  labelled ? LABELS[which] : null,
                  labelled ? LABELLED_NOTES[which] : pick(NOTES),
                  between(registered, last == null ? registered.plus(1, ChronoUnit.DAYS) : last)));
    }
    if (random.nextInt(100) < 30) {
      String[] statuses = {"sent", "accepted", "declined", "started", "completed", "withdrawn"};
      String status = pick(statuses);
      out.referrals()
          .add(
              new ReferralRow(
                  id,
                  member.id(),
                  staff.userId(),
                  between(registered, now),
                  other.id(),
                  status,
                  random.nextBoolean() ? new String[] {} : new String[] {"mental-health"},
                  "Would benefit from " + other.code() + "'s support alongside ours.",
                  status.equals("declined") ? "No places until next quarter" : null));
    }
    if (random.nextInt(20) == 0) {
      out.references()
          .add(new ReferenceRow(id, member.id(), member.code() + "-" + (10_000 + index)));
    }
    if (random.nextInt(30) == 0) {
      out.names().add(new NameRow(id, given, pick(FAMILY), "previous"));
    }
  }

  /** Contacts from registration to {@code until}, about fortnightly; the last attended one. */
  private Instant contacts(
      UUID id, Member member, Staff staff, Instant from, Instant until, boolean upcoming) {
    Instant last = null;
    // The last half year or so of contacts: enough history to read, not thousands of rows.
    Instant start = until.minus(200, ChronoUnit.DAYS);
    Instant at = (start.isAfter(from) ? start : from).plus(1, ChronoUnit.DAYS);
    while (at.isBefore(until)) {
      int roll = random.nextInt(100);
      String outcome =
          roll < 76
              ? "attended"
              : roll < 90
                  ? "did-not-attend"
                  : roll < 95 ? "cancelled-by-person" : "cancelled-by-service";
      boolean labelled = random.nextInt(25) == 0;
      out.contacts()
          .add(
              new ContactRow(
                  id,
                  member.id(),
                  staff.userId(),
                  pick(MODES),
                  at,
                  outcome,
                  labelled ? pick(LABELS) : null,
                  outcome.equals("attended") ? pick(SUMMARIES) : null));
      if (outcome.equals("attended")) {
        last = at;
      }
      at =
          at.plus(7 + random.nextInt(21), ChronoUnit.DAYS)
              .plus(random.nextInt(6), ChronoUnit.HOURS);
    }
    if (upcoming && random.nextInt(3) == 0) {
      out.contacts()
          .add(
              new ContactRow(
                  id,
                  member.id(),
                  staff.userId(),
                  "face-to-face",
                  now.plus(1 + random.nextInt(14), ChronoUnit.DAYS),
                  null,
                  null,
                  null));
    }
    return last;
  }

  private void consent(UUID id, Member member, Staff staff, Member other, Instant registered) {
    int roll = random.nextInt(100);
    LocalDate on = day(registered);
    if (roll < 45) {
      out.consents()
          .add(consentRow(id, "given", null, LABELS, on, staff, member, registered, null));
    } else if (roll < 65) {
      // Partial: some members, some sensitive parts.
      String[] parts = random.nextBoolean() ? new String[] {} : new String[] {pick(LABELS)};
      out.consents()
          .add(
              consentRow(
                  id,
                  "given",
                  new UUID[] {member.id(), other.id()},
                  parts,
                  on,
                  staff,
                  member,
                  registered,
                  "Happy to share with these two services only"));
    } else if (roll < 77) {
      out.consents()
          .add(
              consentRow(
                  id,
                  "refused",
                  null,
                  new String[] {},
                  on,
                  staff,
                  member,
                  registered,
                  "Does not want other services to see their record"));
    } else if (roll < 83) {
      out.consents()
          .add(consentRow(id, "given", null, LABELS, on, staff, member, registered, null));
      Instant later = registered.plus(30 + random.nextInt(60), ChronoUnit.DAYS);
      if (later.isBefore(now)) {
        out.consents()
            .add(
                consentRow(
                    id,
                    "withdrawn",
                    null,
                    new String[] {},
                    day(later),
                    staff,
                    member,
                    later,
                    "Changed their mind after a bad experience elsewhere"));
      }
    } // else: not asked yet
  }

  private ConsentRow consentRow(
      UUID id,
      String state,
      UUID[] members,
      String[] parts,
      LocalDate on,
      Staff staff,
      Member member,
      Instant at,
      String note) {
    return new ConsentRow(
        id,
        state,
        members,
        parts,
        on,
        state.equals("given") ? on.plusYears(1).plusDays(random.nextInt(365)) : null,
        staff.userId(),
        member.id(),
        at,
        note);
  }

  /**
   * People whose last contact was long ago: adults past 8 years (due for the retention review), a
   * young person kept until their 25th birthday, and two break-glass uses (one waiting for review).
   */
  private void retentionExamples(int from, Member young, Member adults) {
    int index = from;
    for (int i = 0; i < 6; i++) {
      UUID id = UUID.nameUUIDFromBytes(("alliance-demo-person-" + index++).getBytes());
      Staff staff = pick(adults.staff());
      Instant last = now.minus(8 * 366 + 30 + random.nextInt(900), ChronoUnit.DAYS);
      Instant registered = last.minus(300, ChronoUnit.DAYS);
      oldPerson(id, adults, staff, today.minusYears(40 + random.nextInt(25)), registered, last);
    }
    // Last seen at 16, eight and a half years ago: kept until their 25th birthday next year.
    UUID id = UUID.nameUUIDFromBytes(("alliance-demo-person-" + index).getBytes());
    Instant last = now.minus(8 * 365 + 180, ChronoUnit.DAYS);
    oldPerson(
        id,
        young,
        pick(young.staff()),
        day(last).minusYears(16).minusDays(100),
        last.minus(200, ChronoUnit.DAYS),
        last);
    // Break-glass: a Recovery Partnership worker opened two young people's records out of hours.
    Staff opener = adults.staff().get(0);
    for (int i = 0; i < 2; i++) {
      PersonRow person = out.people().get(i * 5 + 1);
      Instant starts = now.minus(1 + i * 3, ChronoUnit.DAYS);
      boolean reviewed = i == 1;
      out.grants()
          .add(
              new GrantRow(
                  person.id(),
                  "break-glass",
                  adults.id(),
                  opener.userId(),
                  LABELS,
                  "active",
                  starts,
                  starts.plus(4, ChronoUnit.HOURS),
                  "Brought to A&E overnight; needed to know what they had taken",
                  opener.userId(),
                  reviewed ? opener.userId() : null,
                  reviewed ? starts.plus(1, ChronoUnit.DAYS) : null,
                  reviewed ? "Justified: a genuine emergency, access ended on time" : null));
    }
  }

  private void oldPerson(
      UUID id, Member member, Staff staff, LocalDate born, Instant registered, Instant last) {
    out.people()
        .add(
            new PersonRow(
                id,
                pick(GIVEN),
                pick(FAMILY),
                null,
                null,
                born,
                pick(postcodes),
                null,
                null,
                null,
                member.id(),
                staff.userId(),
                registered,
                last));
    out.grants()
        .add(
            new GrantRow(
                id,
                "standard",
                member.id(),
                null,
                LABELS,
                "active",
                registered,
                null,
                "Registered the person",
                staff.userId(),
                null,
                null,
                null));
    out.episodes()
        .add(
            new EpisodeRow(
                id,
                member.id(),
                day(registered),
                pick(OPEN_REASONS),
                staff.userId(),
                day(last).plusDays(60),
                pick(CLOSE_REASONS)));
    out.contacts()
        .add(
            new ContactRow(
                id,
                member.id(),
                staff.userId(),
                "face-to-face",
                last,
                "attended",
                null,
                pick(SUMMARIES)));
    out.notes().add(new NoteRow(id, member.id(), staff.userId(), null, pick(NOTES), last));
  }

  private Member otherMember(Member member) {
    Member other;
    do {
      other = pick(members);
    } while (other.id().equals(member.id()));
    return other;
  }

  /** A 999 number (kept by the NHS for testing) with a valid modulus-11 check digit. */
  private String nhsNumber() {
    while (true) {
      String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return nine + check;
      }
    }
  }

  private Instant between(Instant from, Instant to) {
    long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    return from.plusSeconds((long) (random.nextDouble() * span));
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(UK).toLocalDate();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  @Override
  public String toString() {
    return "DemoPeopleGenerator" + Arrays.asList(today, members.size());
  }
}
