package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every code list as it stands, read once for a page or an extract (a few hundred codes), so that
 * checking a month of rows makes no query per row.
 */
final class CodeBook {

  private final Map<String, List<Code>> byList;

  CodeBook(List<Code> codes) {
    this.byList =
        codes.stream().collect(Collectors.groupingBy(Code::list, Collectors.toUnmodifiableList()));
  }

  /** The code as valid on the day, if it is. */
  Optional<Code> find(String list, String code, LocalDate day) {
    return byList.getOrDefault(list, List.of()).stream()
        .filter(c -> c.code().equals(code) && c.validOn(day))
        .findFirst();
  }

  /** The code in any period of its list, for its label and grouping. */
  Optional<Code> any(String list, String code) {
    return byList.getOrDefault(list, List.of()).stream()
        .filter(c -> c.code().equals(code))
        .max(Comparator.comparing(Code::validFrom));
  }

  /**
   * Why the code cannot be used on the day, or empty if it can: unknown to the list, or outside the
   * dates the list gives it.
   */
  Optional<String> problem(String list, String code, LocalDate day) {
    if (find(list, code, day).isPresent()) {
      return Optional.empty();
    }
    return any(list, code)
        .map(c -> code + " is not valid on " + day + " (" + c.validity() + ")")
        .or(() -> Optional.of(code + " is not in the " + list + " list"));
  }

  /** The codes a form offers on the day, in the list's order of codes. */
  List<Code> options(String list, LocalDate day) {
    return byList.getOrDefault(list, List.of()).stream()
        .filter(c -> c.validOn(day))
        .sorted(Comparator.comparing(Code::code))
        .toList();
  }

  /** Every code of the list, in every period. */
  List<Code> all(String list) {
    return byList.getOrDefault(list, List.of());
  }

  /** The grouping a code has (S/N/U, opiate, substitute), in any period. */
  String grouping(String list, String code) {
    return code == null ? null : any(list, code).map(Code::grouping).orElse(null);
  }
}
