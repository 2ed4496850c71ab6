package org.alliance.commissioning.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.commissioning.ContractRef;
import org.alliance.commissioning.ContractsForServices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's answers to which contracts pay for which directory services, and who delivers
 * them.
 */
@Component
class ServicesPaidFor implements ContractsForServices {

  private final JdbcClient jdbc;

  ServicesPaidFor(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ContractRef> payingFor(String directoryServiceId) {
    if (directoryServiceId == null || directoryServiceId.isBlank()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select c.id, c.reference, c.service
              from commissioning.contract_service s
              join commissioning.contract c on c.id = s.contract_id
             where s.directory_service_id = :service
             order by c.reference
            """)
        .param("service", directoryServiceId)
        .query(ServicesPaidFor::ref)
        .list();
  }

  @Override
  public Optional<ContractRef> contract(UUID contractId) {
    return jdbc.sql("select id, reference, service from commissioning.contract where id = :id")
        .param("id", contractId)
        .query(ServicesPaidFor::ref)
        .optional();
  }

  @Override
  public List<ContractRef> deliveredBy(UUID organisationId) {
    return jdbc.sql(
            """
            select distinct c.id, c.reference, c.service
              from commissioning.contract_provider p
              join commissioning.contract c on c.id = p.contract_id
             where p.organisation_id = :organisation
             order by c.reference
            """)
        .param("organisation", organisationId)
        .query(ServicesPaidFor::ref)
        .list();
  }

  @Override
  public List<String> servicesPaidBy(UUID contractId) {
    return jdbc.sql(
            """
            select directory_service_id from commissioning.contract_service
             where contract_id = :contract order by directory_service_id
            """)
        .param("contract", contractId)
        .query(String.class)
        .list();
  }

  private static ContractRef ref(ResultSet rs, int row) throws SQLException {
    return new ContractRef(
        rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("service"));
  }
}
