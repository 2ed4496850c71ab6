package org.alliance.outcomes.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.commissioning.ContractRef;
import org.alliance.commissioning.ContractsForServices;
import org.alliance.directory.DirectoryService;
import org.alliance.directory.ServiceLookup;
import org.alliance.organisation.Organisations;
import org.springframework.stereotype.Component;

/**
 * Follows figures back to contracts and services, through commissioning's and the directory's
 * public APIs. A member's part changes only when the register does, so it is kept a minute.
 */
@Component
public class Provenances {

  private final ContractsForServices contracts;
  private final ServiceLookup services;
  private final Organisations organisations;
  private final Cache<UUID, Provenance.Delivery> deliveries =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  Provenances(ContractsForServices contracts, ServiceLookup services, Organisations organisations) {
    this.contracts = contracts;
    this.services = services;
    this.organisations = organisations;
  }

  public Provenance of(Figures figures) {
    ContractRef contract =
        figures.definition().contractId() == null
            ? null
            : contracts.contract(figures.definition().contractId()).orElse(null);
    List<Provenance.Delivery> members = new ArrayList<>();
    for (UUID member : figures.members()) {
      members.add(deliveries.get(member, this::delivery));
    }
    return new Provenance(contract, List.copyOf(members));
  }

  private Provenance.Delivery delivery(UUID member) {
    List<ContractRef> delivered = contracts.deliveredBy(member);
    Set<String> ids = new LinkedHashSet<>();
    delivered.forEach(contract -> ids.addAll(contracts.servicesPaidBy(contract.id())));
    List<Provenance.Service> named = new ArrayList<>();
    for (String id : ids) {
      named.add(
          services
              .service(id)
              .map(DirectoryService::name)
              .map(name -> new Provenance.Service(id, name, true))
              .orElse(new Provenance.Service(id, "No longer in the directory", false)));
    }
    return new Provenance.Delivery(
        member,
        organisations.name(member).orElse("A former member"),
        List.copyOf(delivered),
        List.copyOf(named));
  }
}
