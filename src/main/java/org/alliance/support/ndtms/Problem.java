package org.alliance.support.ndtms;

import java.util.UUID;

/**
 * Why a row would be rejected, and where on the record it is put right.
 *
 * @param item the NDTMS item at fault, or null for the row as a whole
 * @param fix the page of the record that holds it
 */
record Problem(String item, String message, Fix fix) {

  /** The part of the record a problem is put right in. */
  enum Fix {
    CLIENT,
    EPISODE,
    MODALITY,
    MEASURES;

    String href(UUID person, UUID episode, UUID modality) {
      return switch (this) {
        case CLIENT -> "/people/" + person + "/ndtms";
        case EPISODE -> "/people/" + person + "/episodes/" + episode + "/ndtms";
        case MODALITY ->
            modality == null
                ? "/people/" + person + "/episodes/" + episode + "/ndtms"
                : "/people/" + person + "/episodes/" + episode + "/ndtms/modalities/" + modality;
        case MEASURES -> "/people/" + person + "/measures";
      };
    }

    String label() {
      return switch (this) {
        case CLIENT -> "their NDTMS details";
        case EPISODE -> "the episode's treatment details";
        case MODALITY -> "the modality";
        case MEASURES -> "their outcome measures";
      };
    }
  }

  String text() {
    return item == null ? message : item + ": " + message;
  }
}
