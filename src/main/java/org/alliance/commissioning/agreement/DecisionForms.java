package org.alliance.commissioning.agreement;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The decisions log's forms, as typed, and their checks. */
final class DecisionForms {

  static final int TITLE_MAX = 200;
  static final int TOPIC_MAX = 80;
  static final int DETAIL_MAX = 10_000;
  static final int REASON_MAX = 2_000;

  private DecisionForms() {}

  record ProposalForm(
      String title,
      String topic,
      String newTopic,
      String detail,
      String key,
      String dueDay,
      String dueMonth,
      String dueYear) {

    static ProposalForm blank(LocalDate today) {
      LocalDate due = today.plusDays(14);
      return new ProposalForm(
          "",
          "",
          "",
          "",
          "",
          String.valueOf(due.getDayOfMonth()),
          String.valueOf(due.getMonthValue()),
          String.valueOf(due.getYear()));
    }

    Decisions.Proposal check(Map<String, String> errors, LocalDate today) {
      String words = Forms.text(errors, "title", title, "the decision's title", TITLE_MAX, true);
      String named = Forms.text(errors, "newTopic", newTopic, "the new topic", TOPIC_MAX, false);
      UUID chosen = Forms.uuid(topic);
      if (named == null && chosen == null && !errors.containsKey("newTopic")) {
        errors.put("topic", "Choose a topic from the list, or name a new one");
      }
      String said = Forms.text(errors, "detail", detail, "what is proposed", DETAIL_MAX, true);
      boolean isKey = "yes".equals(key);
      if (!isKey && !"no".equals(key)) {
        errors.put("key", "Say whether it is a key decision");
      }
      LocalDate due = Forms.date(dueDay, dueMonth, dueYear);
      if (due == null || due.isBefore(today) || due.isAfter(today.plusYears(1))) {
        errors.put(
            "dueDay", "Enter the date votes are due, from today to a year ahead, like 27 3 2026");
        due = null;
      }
      return errors.isEmpty()
          ? new Decisions.Proposal(words, named == null ? chosen : null, named, said, isKey, due)
          : null;
    }
  }

  record VoteForm(
      String place,
      String choice,
      String reason,
      String meetingDay,
      String meetingMonth,
      String meetingYear) {

    static VoteForm blank(LocalDate today) {
      return new VoteForm(
          "",
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()));
    }

    /**
     * @param recording whether it is the alliance manager's form, which needs the meeting's date
     */
    Decisions.NewVote check(Map<String, String> errors, LocalDate today, boolean recording) {
      UUID who = Forms.uuid(place);
      if (who == null) {
        errors.put("place", "Choose the member of the leadership team whose vote it is");
      }
      Choice chosen = choice == null ? null : Choice.fromCode(choice.strip()).orElse(null);
      if (chosen == null) {
        errors.put("choice", "Choose for, against or abstain");
      }
      String why = Forms.text(errors, "reason", reason, "the reason", REASON_MAX, false);
      if (chosen == Choice.AGAINST && why == null && !errors.containsKey("reason")) {
        errors.put("reason", "Give the reason for the dissent: the log keeps it with the vote");
      }
      LocalDate meeting = null;
      if (recording) {
        meeting = Forms.date(meetingDay, meetingMonth, meetingYear);
        if (meeting == null || meeting.isAfter(today) || meeting.getYear() < 2000) {
          errors.put(
              "meetingDay",
              "Enter the date of the meeting the vote was given at, today or before, like 27 3"
                  + " 2026");
          meeting = null;
        }
      }
      return errors.isEmpty() ? new Decisions.NewVote(who, chosen, why, meeting) : null;
    }
  }

  record SearchForm(String topic, String q, String from, String to) {

    static final SearchForm EMPTY = new SearchForm(null, null, null, null);

    Decisions.Search check(Map<String, String> errors) {
      UUID topicId = null;
      if (Forms.strip(topic) != null) {
        topicId = Forms.uuid(topic);
        if (topicId == null) {
          errors.put("topic", "Choose a topic from the list");
        }
      }
      String words = Forms.text(errors, "q", q, "the words to find", 200, false);
      LocalDate since = null;
      if (Forms.strip(from) != null) {
        since = Forms.oneBoxDate(from);
        if (since == null) {
          errors.put("from", "Enter the first date like 1/4/2025");
        }
      }
      LocalDate until = null;
      if (Forms.strip(to) != null) {
        until = Forms.oneBoxDate(to);
        if (until == null) {
          errors.put("to", "Enter the last date like 31/3/2026");
        } else if (since != null && until.isBefore(since)) {
          errors.put("to", "The last date must be the same as or after the first");
        }
      }
      return errors.isEmpty() ? new Decisions.Search(topicId, words, since, until) : null;
    }

    public String topicValue() {
      return topic == null ? "" : topic;
    }
  }
}
