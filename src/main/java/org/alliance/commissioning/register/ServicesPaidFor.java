package org.alliance.commissioning.register;

import java.util.List;
import java.util.UUID;
import org.alliance.commissioning.ContractRef;
import org.alliance.commissioning.ContractsForServices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The register's answer to which contracts pay for a directory service. */
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
        .query(
            (rs, n) ->
                new ContractRef(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("service")))
        .list();
  }
}
