package org.alliance.support.person;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What to look for, parsed once. A name is split into a given name (or initial) and a family name,
 * so "J Smith" finds John and Jo Smith, and "Jon Smyth" finds John Smith by sound.
 */
record SearchCriteria(String name, LocalDate dateOfBirth, String postcode, String identifier) {

  boolean empty() {
    return name == null && dateOfBirth == null && postcode == null && identifier == null;
  }

  String lowerName() {
    return name == null ? null : name.toLowerCase(Locale.UK);
  }

  String family() {
    if (name == null) {
      return null;
    }
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  String given() {
    if (name == null) {
      return null;
    }
    String[] words = name.split("\\s+");
    return words.length > 1 ? words[0] : null;
  }

  /** The first letter of a given name typed as an initial ("J" or "J."), else null. */
  String initial() {
    String given = given();
    if (given == null) {
      return null;
    }
    String bare = given.replace(".", "");
    return bare.length() == 1 ? bare.toLowerCase(Locale.UK) : null;
  }
}
