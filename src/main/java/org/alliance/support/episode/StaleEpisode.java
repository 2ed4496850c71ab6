package org.alliance.support.episode;

/** The episode changed since the form was opened: the page shows it as it is now. */
public class StaleEpisode extends RuntimeException {

  private final transient EpisodeView current;

  StaleEpisode(EpisodeView current) {
    super("This changed since you opened it", null, false, false);
    this.current = current;
  }

  public EpisodeView current() {
    return current;
  }
}
