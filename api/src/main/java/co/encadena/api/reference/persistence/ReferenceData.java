package co.encadena.api.reference.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Read access to the reference tables loaded by the {@code R__Reference_data} migration. */
public final class ReferenceData {

    private ReferenceData() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Departments extends GenericRepository<Department, String> {
        List<Department> findAllOrderByCode();

        Optional<Department> findById(String code);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Municipalities extends GenericRepository<Municipality, String> {
        List<Municipality> findAllOrderByCode();

        List<Municipality> findByDepartmentCodeOrderByCode(String departmentCode);

        Optional<Municipality> findById(String code);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ValueChains extends GenericRepository<ValueChain, String> {
        List<ValueChain> findAllOrderByCode();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ValueChainLinks extends GenericRepository<ValueChainLink, String> {
        List<ValueChainLink> findAllOrderByPosition();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface EconomicActivities extends GenericRepository<EconomicActivity, String> {
        List<EconomicActivity> findAllOrderByCode();

        List<EconomicActivity> findByLevelOrderByCode(String level);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface ProductCategories extends GenericRepository<ProductCategory, String> {
        List<ProductCategory> findAllOrderByCode();

        List<ProductCategory> findByLevelOrderByCode(String level);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Certifications extends GenericRepository<Certification, String> {
        List<Certification> findAllOrderByCode();

        /** Pairs "code satisfies satisfiesCode", one row per direct edge. */
        @Query("SELECT code || ' ' || satisfies_code FROM certification_satisfies ORDER BY code, satisfies_code")
        List<String> findSatisfiesEdges();
    }
}
