package org.alliance.directory.federation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How records linked as one service publish: field by field, the published record's own value where
 * it has one, otherwise the first other record's that has one: Alliance's editors' records before
 * any feed's, then the feed checked most recently. So an editor's version always wins over a
 * feed's, and a feed fills in only what the editors left blank. The name is always the published
 * record's.
 */
public final class FieldByField {

  /** The service's own fields that linked records fill in for each other, in display order. */
  public static final List<String> FIELDS =
      List.of(
          "alternate_name",
          "description",
          "url",
          "email",
          "application_process",
          "eligibility_description",
          "minimum_age",
          "maximum_age",
          "fees_description",
          "interpretation_services",
          "wait_time");

  /** Editors' records first, then the freshest feed's. */
  static final Comparator<SourcedRecord> PREFERENCE =
      Comparator.comparing((SourcedRecord record) -> !record.own())
          .thenComparing(SourcedRecord::checked, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(SourcedRecord::id);

  private FieldByField() {}

  /**
   * One published field: its value (null when no record has one) and the record it came from.
   *
   * @param from the record whose value is published, or null when none has one
   */
  public record Published(String field, Object value, SourcedRecord from) {}

  /** The published fields of {@code primary} with {@code others} linked to it. */
  public static List<Published> merge(SourcedRecord primary, List<SourcedRecord> others) {
    List<SourcedRecord> order = new ArrayList<>();
    order.add(primary);
    others.stream().sorted(PREFERENCE).forEach(order::add);
    List<Published> published = new ArrayList<>();
    for (String field : FIELDS) {
      Published chosen = new Published(field, null, null);
      for (SourcedRecord record : order) {
        Object value = record.fields().get(field);
        if (value != null) {
          chosen = new Published(field, value, record);
          break;
        }
      }
      published.add(chosen);
    }
    return published;
  }

  /**
   * Which of two records publishes the pair if they are linked: the editors', else the freshest.
   */
  public static SourcedRecord primaryOf(SourcedRecord first, SourcedRecord second) {
    return PREFERENCE.compare(first, second) <= 0 ? first : second;
  }
}
