package org.alliance.support.trusted;

import java.util.List;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** The trusted individual page: who leads now, and who did before. */
public record TrustedPage(RecordAccess access, Person person, List<TrustedIndividual> history) {

  public TrustedIndividual current() {
    return history.stream().filter(TrustedIndividual::current).findFirst().orElse(null);
  }

  public List<TrustedIndividual> before() {
    return history.stream().filter(t -> !t.current()).toList();
  }

  /** Whether the viewer, at the chosen member, may accept the lead for it. */
  public boolean mayAccept() {
    TrustedIndividual now = current();
    return now != null && now.waiting() && now.memberId().equals(access.viewer().memberId());
  }
}
