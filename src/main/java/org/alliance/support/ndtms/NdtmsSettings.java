package org.alliance.support.ndtms;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What a provider may have to change when the national documents say otherwise (docs/ndtms.md):
 * every item the reference marks partly confirmed or unconfirmed is a setting or a file, not code.
 */
@Component
class NdtmsSettings {

  /** How a postcode is cut for the return. */
  enum PostcodeForm {
    /** Outward code and the first digit of the inward code: "BK1 2". */
    SECTOR,
    /** Outward code only: "BK1". */
    OUTWARD,
    /** The whole postcode: "BK1 2AB". */
    FULL
  }

  private final Environment environment;
  private final String dataset;
  private final String codeLists;
  private final String items;
  private final Set<String> keptWithoutConsent;
  private final PostcodeForm postcode;
  private final int dormantDays;
  private final String dormantReason;
  private final String nullValue;
  private final String dormantModalityExit;
  private final String topMeasure;
  private final Map<String, String> topStages;

  NdtmsSettings(
      Environment environment,
      @Value("${alliance.ndtms.dataset:P}") String dataset,
      @Value("${alliance.ndtms.code-lists:classpath:ndtms/codes/*.csv}") String codeLists,
      @Value("${alliance.ndtms.items:classpath:ndtms/items.csv}") String items,
      @Value("${alliance.ndtms.kept-without-consent:AGNCY,CLIENTID,CONSENT}") String kept,
      @Value("${alliance.ndtms.postcode:sector}") String postcode,
      @Value("${alliance.support.dormant-after:90d}") Duration dormantAfter,
      @Value("${alliance.ndtms.dormant-discharge-reason:85}") String dormantReason,
      @Value("${alliance.ndtms.null-value:NA}") String nullValue,
      @Value("${alliance.ndtms.dormant-modality-exit:B}") String dormantModalityExit,
      @Value("${alliance.ndtms.top-measure:TOP}") String topMeasure,
      @Value("${alliance.ndtms.top-stages:start=S,review=R,exit=E,post-exit=P}") String stages) {
    this.environment = environment;
    this.dataset = dataset;
    this.codeLists = codeLists;
    this.items = items;
    this.keptWithoutConsent =
        Arrays.stream(kept.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.postcode = PostcodeForm.valueOf(postcode.strip().toUpperCase(java.util.Locale.ROOT));
    this.dormantDays = (int) Math.max(1, dormantAfter.toDays());
    this.dormantReason = dormantReason;
    this.nullValue = nullValue;
    this.dormantModalityExit = dormantModalityExit;
    this.topMeasure = topMeasure.strip();
    this.topStages = pairs("alliance.ndtms.top-stages", stages);
  }

  private static Map<String, String> pairs(String property, String text) {
    Map<String, String> pairs = new java.util.LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalStateException(
            property + " must be stage=code pairs separated by commas, not \"" + text + "\"");
      }
      pairs.put(parts[0].strip(), parts[1].strip());
    }
    return Map.copyOf(pairs);
  }

  /** The data-set letter the return is made for ("P"), shown on the page and in the report. */
  String dataset() {
    return dataset;
  }

  String codeLists() {
    return codeLists;
  }

  String items() {
    return items;
  }

  /** Items written for someone who did not consent to NDTMS; every other item is blanked. */
  Set<String> keptWithoutConsent() {
    return keptWithoutConsent;
  }

  PostcodeForm postcode() {
    return postcode;
  }

  /** No attended contact at the member for this many days: the episode is reported as ended. */
  int dormantDays() {
    return dormantDays;
  }

  /** The discharge reason given to such an episode (85, "dropped out", by default). */
  String dormantReason() {
    return dormantReason;
  }

  /** The exit status given to a modality still open when its episode is reported dormant. */
  String dormantModalityExit() {
    return dormantModalityExit;
  }

  /** The code of the measure whose recordings are the return's TOP ("TOP"). */
  String topMeasure() {
    return topMeasure;
  }

  /** The TRSTAGE code for a recording's stage ("review" to "R"); none if not configured. */
  String topStage(String stage) {
    return topStages.get(stage);
  }

  String nullValue() {
    return nullValue;
  }

  /** The member's agency code from configuration, which wins over the table. */
  Optional<String> agencyFromConfiguration(UUID member) {
    return Optional.ofNullable(environment.getProperty("alliance.ndtms.agency." + member))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }
}
