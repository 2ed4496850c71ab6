package org.alliance.audit;

import java.util.List;

/**
 * One page of search results. Methods the template calls are public: SpEL only finds public ones.
 *
 * @param number 1-based
 * @param total entries matching the search on every page
 */
record AuditPage(List<AuditEvent> events, long total, int number, int size) {

  public long firstShown() {
    return events.isEmpty() ? 0 : (long) (number - 1) * size + 1;
  }

  public long lastShown() {
    return events.isEmpty() ? 0 : firstShown() + events.size() - 1;
  }

  public boolean hasPrevious() {
    return number > 1 && total > 0;
  }

  /** Past the end (an old bookmark), "previous" goes back to the last page that has entries. */
  public int previousNumber() {
    return (int) Math.min(number - 1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) number * size < total;
  }
}
