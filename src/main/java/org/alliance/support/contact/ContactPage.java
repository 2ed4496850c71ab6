package org.alliance.support.contact;

import java.util.List;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.Person;

/** What a contact form shows: whose record, and the contact when one is being changed. */
public record ContactPage(RecordAccess access, Person person, Contact contact) {

  /** The labels the viewer may put on an entry: only those they can see. */
  public List<SensitivityLabel> labels() {
    return List.of(SensitivityLabel.values()).stream().filter(access::reaches).toList();
  }
}
