package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One row of the extract: a person's episode and one of its modalities active in the month (or the
 * episode alone, while it has none), with the value of every field the items may name.
 *
 * @param values field to value (text, a date, a whole number); absent or null for none
 * @param topItems the month's TOP answers, NDTMS item to value (the items of field {@code top})
 * @param consented whether the person consented to NDTMS, so identifiers are sent
 * @param consentRecorded whether their answer about NDTMS is recorded at all
 * @param hasDetails whether the episode has NDTMS treatment details
 * @param episodeClosedOn when the alliance episode closed, if it has
 * @param dischargeInferred whether the discharge is the dormant rule's, not recorded
 */
record ReturnRow(
    UUID personId,
    UUID episodeId,
    UUID modalityId,
    Map<String, Object> values,
    Map<String, String> topItems,
    boolean consented,
    boolean consentRecorded,
    boolean hasDetails,
    LocalDate episodeClosedOn,
    boolean dischargeInferred) {

  /** Every field an item may be made from. */
  static final Set<String> FIELDS =
      Set.of(
          "agency",
          "client_id",
          "consent",
          "first_initial",
          "family_initial",
          "date_of_birth",
          "sex",
          "partial_postcode",
          "ethnicity",
          "sexuality",
          "episode_id",
          "referred_on",
          "referral_source",
          "triaged_on",
          "care_plan_on",
          "substance1",
          "substance1_age",
          "substance1_route",
          "substance2",
          "substance3",
          "injecting_status",
          "parental_status",
          "discharged_on",
          "discharge_reason",
          "modality_id",
          "modality",
          "modality_referred_on",
          "modality_first_offered_on",
          "modality_started_on",
          "modality_ended_on",
          "modality_exit",
          "modality_setting",
          "top_id",
          "top_date",
          "top_stage",
          "top");

  Object value(String field) {
    return values.get(field);
  }

  /** The item's value: its field's, or for a TOP item ({@code top}) the answer under its name. */
  Object cell(Item item) {
    return "top".equals(item.field()) ? topItems.get(item.name()) : values.get(item.field());
  }

  LocalDate date(String field) {
    return values.get(field) instanceof LocalDate day ? day : null;
  }

  boolean hasModality() {
    return modalityId != null;
  }
}
