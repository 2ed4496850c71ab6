package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Scale;
import org.springframework.stereotype.Component;

/**
 * A recording's answers as the national return takes them: one value per NDTMS item its version
 * names, in NDTMS's own form (a number as written, "Y" or "N", a choice's code). The return reads
 * recordings in bulk, a month of a member at once, so this works from a recording's stored columns
 * rather than through {@link MeasureAnswers}, which opens one person's record at a time.
 */
@Component
public class NationalItems {

  /**
   * A lateral join, for a query over a member's episodes ({@code e}, with the NDTMS treatment
   * details as {@code n}), to the latest recording of measure {@code :topMeasure} asked of the
   * person at that member in the month ({@code :start} to {@code :end}) and not before the episode
   * began. Its columns: {@code top_id}, {@code top_version}, {@code top_stage}, {@code top_date}
   * and {@code top_answers} (the stored JSON).
   */
  public static final String LATEST_IN_MONTH =
      """
        left join lateral (
              select r.id as top_id, r.version_id as top_version, r.stage as top_stage,
                     r.asked_on as top_date, cast(r.answers as text) as top_answers
                from support.measure_recording r
                join support.measure_version v on v.id = r.version_id
                join support.measure mm on mm.id = v.measure_id
               where r.person_id = e.person_id and r.member_id = e.member_id
                 and mm.code = :topMeasure
                 and r.asked_on >= :start and r.asked_on <= :end
                 and r.asked_on >= coalesce(n.referred_on, e.opened_on)
               order by r.asked_on desc, r.recorded_at desc, r.id
               limit 1) top on true
      """;

  private final MeasureLibrary library;

  NationalItems(MeasureLibrary library) {
    this.library = library;
  }

  /**
   * NDTMS item to value, for the items the version names: absent where unanswered. Yes-or-no items
   * that share a name combine as the TOP form says: "Y" if any is yes, "N" only if all are answered
   * no.
   */
  public Map<String, String> of(UUID versionId, String answersJson) {
    MeasureDefinition definition = library.asked(versionId).definition();
    Map<String, Object> answers = AnswerJson.answers(answersJson);
    Map<String, String> national = new LinkedHashMap<>();
    Map<String, Boolean> unanswered = new LinkedHashMap<>();
    for (Item item : definition.items()) {
      if (item.ndtms() == null) {
        continue;
      }
      Object answer = answers.get(item.code());
      Scale scale = definition.scaleOf(item);
      if (scale.kind() == Scale.Kind.YES_NO) {
        if (answer == null) {
          unanswered.put(item.ndtms(), true);
        } else if ("yes".equals(answer)) {
          national.put(item.ndtms(), "Y");
        } else {
          national.putIfAbsent(item.ndtms(), "N");
        }
      } else if (answer != null) {
        national.put(
            item.ndtms(),
            answer instanceof BigDecimal number
                ? number.stripTrailingZeros().toPlainString()
                : String.valueOf(answer));
      }
    }
    // "N" stands only when every question behind it was answered.
    unanswered.keySet().forEach(name -> national.remove(name, "N"));
    return national;
  }
}
