package co.encadena.api.common.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Has pgjdbc send a JDBC batch of INSERTs as multi-row INSERTs ({@code reWriteBatchedInserts}). Set here, in
 * code: the same entry under {@code data-source-properties} in application.yml never reached the driver (the
 * database saw one single-row INSERT per row of every batch).
 */
@Singleton
final class BatchedInsertRewrite implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.addDataSourceProperty(PROPERTY, "true");
        return configuration;
    }
}
