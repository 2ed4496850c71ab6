package org.alliance.outcomes.cohort;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a cohort's figures count: the uses of other services that recovery should reduce, as
 * Plymouth reports them (alcohol admissions and bed days) and as partners can supply them.
 */
public enum CohortMeasure {
  HOSPITAL_ADMISSIONS("hospital-admissions", "Hospital admissions", "admissions"),
  BED_DAYS("bed-days", "Hospital bed days", "bed days"),
  EMERGENCY_ATTENDANCES("emergency-attendances", "Emergency department attendances", "attendances"),
  AMBULANCE_CALL_OUTS("ambulance-call-outs", "Ambulance call-outs", "call-outs"),
  ARRESTS("arrests", "Arrests", "arrests");

  private final String code;
  private final String label;
  private final String unit;

  CohortMeasure(String code, String label, String unit) {
    this.code = code;
    this.label = label;
    this.unit = unit;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** What one of it is called in a sentence: "12 admissions". */
  public String unit() {
    return unit;
  }

  public static Optional<CohortMeasure> of(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }

  /** Every code, for a message that says what is allowed. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(CohortMeasure::code).toList());
  }
}
