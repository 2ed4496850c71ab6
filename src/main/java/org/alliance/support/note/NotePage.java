package org.alliance.support.note;

import java.util.List;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.Person;

/** What the note form shows: whose record, and the note being corrected, if any. */
public record NotePage(RecordAccess access, Person person, Note corrected) {

  /** The labels the viewer may put on a note: only those they can see. */
  public List<SensitivityLabel> labels() {
    return List.of(SensitivityLabel.values()).stream().filter(access::reaches).toList();
  }
}
