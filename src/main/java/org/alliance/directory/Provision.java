package org.alliance.directory;

import java.util.Collection;
import java.util.List;

/**
 * What the directory provides in a place: for each need, the published services reaching any of the
 * given towns (at a place there, through a service area that takes them in, or by phone or online),
 * each counted once. Needs uses it to set provision beside need.
 */
public interface Provision {

  List<NeedProvision> reaching(Collection<String> towns);

  /**
   * One need's provision.
   *
   * @param here services with a place in one of the towns
   * @param byArea services reaching them only through a service area
   * @param remote services reaching them only by phone or online
   * @param services their names, in name order
   */
  record NeedProvision(String need, int here, int byArea, int remote, List<String> services) {
    public int total() {
      return here + byArea + remote;
    }
  }
}
