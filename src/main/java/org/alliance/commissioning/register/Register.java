package org.alliance.commissioning.register;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the rest of commissioning reads it (open contracting publishes it): every
 * contract in full, read by the register's own queries, so there is one way to read a contract.
 */
@Component
public class Register {

  private final ContractRegister contracts;

  Register(ContractRegister contracts) {
    this.contracts = contracts;
  }

  /** Every contract, in the register's order (service, then reference). */
  @Transactional(readOnly = true)
  public List<Contract> contracts() {
    return contracts.all();
  }
}
