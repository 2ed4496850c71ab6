package org.alliance.support.plan;

import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;

/** Someone or somewhere around the person, who helps with what, and how close. */
public record NetworkMember(
    UUID id,
    String name,
    NetworkKind kind,
    String relationship,
    String helpsWith,
    Closeness closeness,
    boolean stillAround,
    SensitivityLabel label,
    int version) {

  /** "Nan (family)": the name with what they are, as the map and the list label them. */
  public String described() {
    String what =
        relationship == null ? kind.label().toLowerCase(java.util.Locale.UK) : relationship;
    return name + " (" + what + ")";
  }

  /** The shape that stands for their kind on the map, as the list beside it names it. */
  public String shape() {
    return Shapes.NAMES[kind.ordinal()];
  }
}
