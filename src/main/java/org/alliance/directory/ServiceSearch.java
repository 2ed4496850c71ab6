package org.alliance.directory;

/**
 * A search of the directory for a service to refer to: words and an optional postcode. {@link
 * #describe()} is how a referral remembers where its service was found.
 */
public record ServiceSearch(String words, String postcode) {

  public ServiceSearch {
    words = words == null ? "" : words.strip();
    postcode = postcode == null ? "" : postcode.strip();
  }

  public boolean empty() {
    return words.isEmpty() && postcode.isEmpty();
  }

  /** "Directory search for "alcohol" near BK1 2AB", cut to a sensible length. */
  public String describe() {
    String text =
        "Directory search"
            + (words.isEmpty() ? "" : " for \"" + Excerpt.of(words) + "\"")
            + (postcode.isEmpty() ? "" : " near " + Postcodes.display(Excerpt.of(postcode)));
    return text.length() > 300 ? text.substring(0, 300) : text;
  }
}
