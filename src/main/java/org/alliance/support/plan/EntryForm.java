package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** A conversation entry as typed. */
record EntryForm(
    String stage,
    String body,
    String inWordsOf,
    String supporter,
    String onDay,
    String onMonth,
    String onYear,
    String label,
    Integer version) {

  static final String FIELDS = "stage,body,inWordsOf,supporter,onDay,label";
  static final int BODY_MAX = 2000;

  static EntryForm blank(Stage stage) {
    LocalDate today = FormValues.today();
    return new EntryForm(
        stage == null ? "" : stage.code(),
        "",
        InWordsOf.PERSON.code(),
        "",
        String.valueOf(today.getDayOfMonth()),
        String.valueOf(today.getMonthValue()),
        String.valueOf(today.getYear()),
        "",
        null);
  }

  static EntryForm of(Entry entry) {
    return new EntryForm(
        entry.stage().code(),
        entry.body(),
        entry.inWordsOf().code(),
        entry.supporter() == null ? "" : entry.supporter(),
        String.valueOf(entry.happenedOn().getDayOfMonth()),
        String.valueOf(entry.happenedOn().getMonthValue()),
        String.valueOf(entry.happenedOn().getYear()),
        entry.label() == null ? "" : entry.label().code(),
        entry.version());
  }

  Optional<Conversation.Said> check(Errors errors) {
    Optional<Stage> at = Stage.fromCode(stage);
    if (at.isEmpty()) {
      errors.rejectValue("stage", "required", "Choose the part of the conversation");
    }
    String words = FormValues.words(errors, "body", body, BODY_MAX, "Write down what was said");
    FormValues.Whose whose = FormValues.whose(errors, inWordsOf, supporter);
    LocalDate on = FormValues.pastDate(errors, "onDay", onDay, onMonth, onYear);
    SensitivityLabel sensitive = FormValues.label(errors, label);
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Conversation.Said(
            at.get(), words, whose.inWordsOf(), whose.supporter(), on, sensitive));
  }

  public boolean labelled(String code) {
    return code.equals(label);
  }
}
