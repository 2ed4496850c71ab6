package org.alliance.support.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One subject-access copy, before it is written as JSON or PDF: the record in sections, each a list
 * of items (column to value, with readable names beside member and user ids).
 */
record SubjectAccessCopy(
    UUID personId, String personName, Instant madeAt, String madeBy, List<Section> sections) {

  record Section(String key, String title, List<Map<String, Object>> items) {}

  Section section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
