package org.alliance.support.ndtms;

/**
 * One column of the extract: its NDTMS name, the field of the record it is made from, and when it
 * must be present. Read from {@code ndtms/items.csv}, so a new data set's names and order are a
 * file's change.
 */
record Item(String name, String field, Required required, String status) {

  /** When an item must have a value for the row to be accepted. */
  enum Required {
    ALWAYS,
    /** Identifiers: only for someone who consented to NDTMS (they are blank otherwise). */
    CONSENT,
    /** Only on a row with a modality. */
    MODALITY,
    /** Only on a row whose modality has ended. */
    MODALITY_END,
    /** Only on a row whose episode has a discharge date. */
    DISCHARGE,
    NO
  }
}
