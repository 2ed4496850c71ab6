package org.alliance.support.episode;

import java.util.List;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** What the episode pages show: every episode so far, and the one being closed, if any. */
public record EpisodePage(
    RecordAccess access,
    Person person,
    List<EpisodeView> history,
    EpisodeView episode,
    List<Organisation> members) {

  public boolean openAt(UUID member) {
    return history.stream().anyMatch(e -> e.open() && e.memberId().equals(member));
  }
}
