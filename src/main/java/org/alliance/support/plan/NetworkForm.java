package org.alliance.support.plan;

import java.util.Optional;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** Someone or somewhere around the person, as typed. */
record NetworkForm(
    String name,
    String kind,
    String relationship,
    String helpsWith,
    String closeness,
    String stillAround,
    String label,
    Integer version) {

  static final String FIELDS = "name,kind,relationship,helpsWith,closeness,stillAround,label";

  static NetworkForm blank() {
    return new NetworkForm("", "", "", "", "", "yes", "", null);
  }

  static NetworkForm of(NetworkMember m) {
    return new NetworkForm(
        m.name(),
        m.kind().code(),
        m.relationship() == null ? "" : m.relationship(),
        m.helpsWith() == null ? "" : m.helpsWith(),
        m.closeness().code(),
        m.stillAround() ? "yes" : "no",
        m.label() == null ? "" : m.label().code(),
        m.version());
  }

  Optional<Network.Someone> check(Errors errors) {
    String who = FormValues.words(errors, "name", name, 100, "Enter their name, or the place’s");
    Optional<NetworkKind> what = NetworkKind.fromCode(kind);
    if (what.isEmpty()) {
      errors.rejectValue("kind", "required", "Choose who or what they are");
    }
    String relation = FormValues.optionalWords(errors, "relationship", relationship, 100);
    String helps = FormValues.optionalWords(errors, "helpsWith", helpsWith, 500);
    Optional<Closeness> close = Closeness.fromCode(closeness);
    if (close.isEmpty()) {
      errors.rejectValue("closeness", "required", "Choose how close they are");
    }
    SensitivityLabel sensitive = FormValues.label(errors, label);
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Network.Someone(
            who, what.get(), relation, helps, close.get(), !"no".equals(stillAround), sensitive));
  }

  public boolean labelled(String code) {
    return code.equals(label);
  }
}
