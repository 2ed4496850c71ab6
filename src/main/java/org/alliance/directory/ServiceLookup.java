package org.alliance.directory;

import java.util.Optional;

/**
 * The directory for other modules: a service's current details by its id, and a search to find a
 * service to refer someone to. Nothing it returns holds an address, so a hidden place (a refuge)
 * cannot leak through it; a result names only the town or postcode district the search index
 * already shows (on its 5 km grid for a hidden place).
 */
public interface ServiceLookup {

  /** The longest search words accepted, as on the public search page. */
  int MAX_WORDS = 200;

  /** The service as the directory describes it now, or empty when it is no longer listed. */
  Optional<DirectoryService> service(String serviceId);

  /**
   * Services matching the words, nearest the postcode first when one is given (within 10 miles). A
   * bad search (words too long, an unknown postcode, a search that took too long) comes back with
   * {@link ServiceSearchResult#problem()} set and no services.
   */
  ServiceSearchResult find(ServiceSearch search);
}
