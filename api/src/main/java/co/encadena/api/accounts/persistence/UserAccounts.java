package co.encadena.api.accounts.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Users, looked up by their normalized e-mail. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccounts extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmailNormalized(String emailNormalized);

    boolean existsByEmailNormalized(String emailNormalized);

    boolean existsByRole(String role);

    java.util.List<UserAccount> findByOrganizationId(UUID organizationId);
}
