package org.alliance.outcomes.indicator;

import java.util.List;
import java.util.UUID;
import org.alliance.commissioning.ContractRef;

/**
 * Where a figure comes from: the contract whose target the indicator carries, and for each member
 * whose work is counted, the contracts it delivers and the directory services those contracts pay
 * for.
 *
 * @param contract the contract named by the indicator's definition, or null
 */
public record Provenance(ContractRef contract, List<Delivery> members) {

  /** One member's part: its contracts and the services they pay for (by directory id and name). */
  public record Delivery(
      UUID memberId, String name, List<ContractRef> contracts, List<Service> services) {}

  /** A directory service as it is named now; {@code listed} false when the directory lacks it. */
  public record Service(String id, String name, boolean listed) {}
}
