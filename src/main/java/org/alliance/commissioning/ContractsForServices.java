package org.alliance.commissioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which contracts pay for which directory services and who delivers them, so the outcomes framework
 * can follow a figure back to the contract that paid for it and the services that delivered it.
 */
public interface ContractsForServices {

  /** The contracts paying for the service, by reference; empty when none does. */
  List<ContractRef> payingFor(String directoryServiceId);

  /** The contract, if the register has it. */
  Optional<ContractRef> contract(UUID contractId);

  /** The contracts the organisation delivers as prime, member or subcontractor. */
  List<ContractRef> deliveredBy(UUID organisationId);

  /** The directory ids of the services the contract pays for. */
  List<String> servicesPaidBy(UUID contractId);
}
