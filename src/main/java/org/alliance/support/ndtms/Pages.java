package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** What the practitioners' NDTMS pages show. */
final class Pages {

  private Pages() {}

  /** The codes a form offers, with the saved one kept (marked) if it is no longer valid. */
  static List<Code> options(CodeBook book, String list, LocalDate on, String current) {
    List<Code> options = new ArrayList<>(book.options(list, on));
    if (current != null
        && !current.isBlank()
        && options.stream().noneMatch(c -> c.code().equals(current))) {
      book.any(list, current)
          .ifPresent(
              c ->
                  options.add(
                      new Code(
                          c.list(),
                          c.code(),
                          c.label() + " (not valid on " + on + ")",
                          c.validFrom(),
                          c.validTo(),
                          c.status(),
                          c.grouping(),
                          c.source())));
    }
    return options;
  }

  record Client(
      RecordAccess access, Person person, ClientDetails saved, Map<String, List<Code>> codes) {}

  /**
   * @param dormantSince the last attended contact before the person went quiet for the dormant
   *     period, when the return reports the episode as ended then
   */
  record Episode(
      RecordAccess access,
      Person person,
      EpisodeFacts episode,
      TreatmentDetails saved,
      List<Modality> modalities,
      LocalDate dormantSince,
      String dormantReason,
      Map<String, List<Code>> codes,
      Map<String, String> labels) {

    public String label(String list, String code) {
      return code == null ? "" : labels.getOrDefault(list + ":" + code, code);
    }
  }

  record ModalityPage(
      RecordAccess access,
      Person person,
      EpisodeFacts episode,
      Modality saved,
      Map<String, List<Code>> codes) {}
}
