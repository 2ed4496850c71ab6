package org.alliance.support.subjectaccess;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The copy as JSON: what it is, then each part of the record under its own key. */
final class SubjectAccessJson {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SubjectAccessJson() {}

  static byte[] write(SubjectAccessCopy copy) {
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("person_id", copy.personId().toString());
    about.put("made_at", copy.madeAt().toString());
    about.put("made_by", copy.madeBy());
    about.put(
        "note",
        "Everything Alliance holds about this person: the record as every member sees it, every"
            + " sensitive part included, and the audit of who read or changed it. Entries a"
            + " practitioner withheld from the person's own view are kept here, marked"
            + " withheld_from_the_person and listed under withheld with the reason: decide"
            + " whether the exemption applies before giving the person this copy.");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("subject_access_copy", about);
    for (SubjectAccessCopy.Section section : copy.sections()) {
      document.put(section.key(), section.items());
    }
    return JSON.writeValueAsBytes(document);
  }
}
