package org.alliance.commissioning;

import java.util.List;

/**
 * Which contracts pay for a directory service, so the outcomes framework can follow an outcome back
 * to the contract that paid for it.
 */
public interface ContractsForServices {

  /** The contracts paying for the service, by reference; empty when none does. */
  List<ContractRef> payingFor(String directoryServiceId);
}
