package org.alliance.directory.coverage;

import java.util.Collection;
import java.util.List;
import org.alliance.directory.Provision;
import org.springframework.stereotype.Component;

/** {@link Provision} from the coverage tables' own reckoning of reach. */
@Component
class DirectoryProvision implements Provision {

  private final Coverage coverage;

  DirectoryProvision(Coverage coverage) {
    this.coverage = coverage;
  }

  @Override
  public List<NeedProvision> reaching(Collection<String> towns) {
    return coverage.reaching(towns);
  }
}
