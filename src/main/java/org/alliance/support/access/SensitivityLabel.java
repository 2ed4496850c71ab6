package org.alliance.support.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A label on an entry (a case note, a contact) that only grants naming it reach. Entries with no
 * label are general: anyone who may open the record sees them.
 */
public enum SensitivityLabel {
  SAFEGUARDING("safeguarding", "Safeguarding"),
  SEXUAL_HEALTH("sexual-health", "Sexual health"),
  CRIMINAL_JUSTICE("criminal-justice", "Criminal justice"),
  MENTAL_HEALTH("mental-health", "Mental health");

  private final String code;
  private final String label;

  SensitivityLabel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<SensitivityLabel> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }

  public static List<SensitivityLabel> fromCodes(String[] codes) {
    if (codes == null) {
      return List.of();
    }
    return Arrays.stream(codes).flatMap(c -> fromCode(c).stream()).toList();
  }

  public static String[] codes(java.util.Collection<SensitivityLabel> labels) {
    return labels.stream().map(SensitivityLabel::code).toArray(String[]::new);
  }
}
