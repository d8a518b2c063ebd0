package co.encadena.api.audit.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The audit log, newest first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditEvents extends CrudRepository<AuditEvent, Long> {

    Page<AuditEvent> findAll(Pageable pageable);

    Page<AuditEvent> findByAction(String action, Pageable pageable);

    Page<AuditEvent> findByActorUserId(java.util.UUID actorUserId, Pageable pageable);
}
