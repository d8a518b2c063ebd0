package co.encadena.api.suppliers.persistence;

import java.time.LocalDate;
import java.util.List;

/**
 * Organizers' list filters (all optional, combined with AND), sort and page. {@code sort} is one of
 * {@link #SORTS}, descending with a leading "-". {@code inclusion} flags must all hold; {@code certification}
 * means held and not expired on {@code today}.
 */
public record SupplierQuery(String nit, String text, String department, String chain, String companySize,
                            String certification, List<String> inclusion, LocalDate today,
                            String sort, int page, int pageSize) {

    public static final List<String> SORTS = List.of("name", "nit", "municipality", "size", "updatedAt");
    public static final List<String> INCLUSION = List.of("WOMEN_LED", "ETHNIC", "VICTIMS", "YOUTH_LED",
            "POPULAR_ECONOMY", "PDET", "ZOMAC");

    public SupplierQuery {
        inclusion = inclusion == null ? List.of() : List.copyOf(inclusion);
    }
}
