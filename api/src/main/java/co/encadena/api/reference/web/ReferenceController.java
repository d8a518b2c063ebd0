package co.encadena.api.reference.web;

import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.reference.SatisfiesCatalog;
import co.encadena.api.reference.Territory;
import co.encadena.api.reference.persistence.Certification;
import co.encadena.api.reference.persistence.Department;
import co.encadena.api.reference.persistence.EconomicActivity;
import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.reference.persistence.ProductCategory;
import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.api.reference.persistence.ValueChain;
import co.encadena.api.reference.persistence.ValueChainLink;
import co.encadena.matching.certification.SatisfiesRelation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reference data: territory (DIVIPOLA with PDET/ZOMAC), CIIU, UNSPSC, value chains and certifications.
 * Public, read-only, and cacheable: forms and filters on slow connections fetch it once.
 */
@Controller("/api/v1/reference")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Datos de referencia")
@ProblemResponses
@Secured(SecurityRule.IS_ANONYMOUS)
public class ReferenceController {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("\\d{2}");
    private static final String CACHE = "public, max-age=3600";

    private final ReferenceData.Departments departments;
    private final ReferenceData.Municipalities municipalities;
    private final ReferenceData.ValueChains valueChains;
    private final ReferenceData.ValueChainLinks links;
    private final ReferenceData.EconomicActivities activities;
    private final ReferenceData.ProductCategories categories;
    private final ReferenceData.Certifications certifications;
    private final Territory territory;
    private final SatisfiesCatalog satisfies;
    private final byte[] boundaries;

    ReferenceController(ReferenceData.Departments departments, ReferenceData.Municipalities municipalities,
                        ReferenceData.ValueChains valueChains, ReferenceData.ValueChainLinks links,
                        ReferenceData.EconomicActivities activities, ReferenceData.ProductCategories categories,
                        ReferenceData.Certifications certifications, Territory territory, SatisfiesCatalog satisfies,
                        ResourceResolver resources) {
        this.territory = territory;
        this.satisfies = satisfies;
        this.departments = departments;
        this.municipalities = municipalities;
        this.valueChains = valueChains;
        this.links = links;
        this.activities = activities;
        this.categories = categories;
        this.certifications = certifications;
        try (InputStream in = resources.getResourceAsStream("classpath:reference/colombia_departments.geojson")
                .orElseThrow(() -> new IllegalStateException("reference/colombia_departments.geojson missing"))) {
            this.boundaries = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/departments")
    @Operation(summary = "Departamentos (DIVIPOLA) con región y punto de referencia")
    HttpResponse<PageResponse<Department>> departments() {
        return cached(PageResponse.all(departments.findAllOrderByCode()));
    }

    @Get("/departments/{code}")
    @Operation(summary = "Un departamento por su código DIVIPOLA de 2 dígitos")
    HttpResponse<Department> department(@PathVariable String code) {
        requireDepartmentCode(code);
        return cached(departments.findById(code)
                .orElseThrow(() -> ApiException.notFound("error.department.notFound", code)));
    }

    @Get(uri = "/department-boundaries", produces = "application/geo+json")
    @Operation(summary = "Límites departamentales (GeoJSON, DANE MGN 2018) para mapas")
    HttpResponse<byte[]> departmentBoundaries() {
        return HttpResponse.ok(boundaries)
                .contentType(MediaType.of("application/geo+json"))
                .header("Cache-Control", "public, max-age=86400");
    }

    @Get("/municipalities{?department}")
    @Operation(summary = "Municipios (DIVIPOLA) con coordenadas y marcas PDET y ZOMAC; filtro opcional por departamento")
    HttpResponse<PageResponse<Municipality>> municipalities(@Nullable @QueryValue String department) {
        if (department == null || department.isBlank()) {
            return cached(PageResponse.all(municipalities.findAllOrderByCode()));
        }
        requireDepartmentCode(department);
        if (departments.findById(department).isEmpty()) {
            throw ApiException.notFound("error.department.notFound", department);
        }
        return cached(PageResponse.all(municipalities.findByDepartmentCodeOrderByCode(department)));
    }

    @Get("/municipalities/{code}")
    @Operation(summary = "Un municipio por su código DIVIPOLA de 5 dígitos")
    HttpResponse<Municipality> municipality(@PathVariable String code) {
        return cached(municipalities.findById(code)
                .orElseThrow(() -> ApiException.notFound("error.municipality.notFound", code)));
    }

    @Get("/municipalities/{code}/nearby{?radiusKm}")
    @Operation(summary = "Municipios a menos de radiusKm kilómetros (en línea recta) del municipio dado, del más cercano al más lejano")
    HttpResponse<PageResponse<NearbyMunicipality>> nearby(@PathVariable String code,
            @QueryValue(defaultValue = "50") @Min(value = 1, message = "validation.min")
            @Max(value = 1500, message = "validation.max") int radiusKm) {
        Municipality from = territory.municipality(code)
                .orElseThrow(() -> ApiException.notFound("error.municipality.notFound", code));
        List<NearbyMunicipality> rows = territory.within(from, radiusKm).stream()
                .map(d -> new NearbyMunicipality(d.municipality().code(), d.municipality().displayName(),
                        d.municipality().departmentCode(), d.km()))
                .toList();
        return cached(PageResponse.all(rows));
    }

    @Post("/distances")
    @Operation(summary = "Distancias en línea recta (km) desde un municipio hasta otros")
    PageResponse<NearbyMunicipality> distances(@Body @Valid DistanceQuery query) {
        Municipality from = territory.municipality(query.from()).orElseThrow(() -> unknownMunicipality("from", query.from()));
        List<NearbyMunicipality> rows = new ArrayList<>();
        for (int i = 0; i < query.to().size(); i++) {
            String code = query.to().get(i);
            String field = "to[" + i + "]";
            Municipality to = territory.municipality(code).orElseThrow(() -> unknownMunicipality(field, code));
            rows.add(new NearbyMunicipality(to.code(), to.displayName(), to.departmentCode(),
                    territory.distanceKm(from, to)));
        }
        return PageResponse.all(rows);
    }

    private static ApiException unknownMunicipality(String field, String code) {
        return ApiException.invalidField(field, "error.municipality.notFound", code);
    }

    /** From one municipality to several (at most 200). */
    @Serdeable
    public record DistanceQuery(
            @NotBlank(message = "validation.required") String from,
            @NotEmpty(message = "validation.required") @Size(max = 200, message = "validation.size.max") List<@NotBlank(message = "validation.required") String> to) {
    }

    /** A municipality with its distance from the one asked about. */
    @Serdeable
    public record NearbyMunicipality(String code, String displayName, String departmentCode, double distanceKm) {
    }

    @Get("/value-chains")
    @Operation(summary = "Cadenas de valor del programa")
    HttpResponse<PageResponse<ValueChain>> valueChains() {
        return cached(PageResponse.all(valueChains.findAllOrderByCode()));
    }

    @Get("/value-chain-links")
    @Operation(summary = "Eslabones de las cadenas de valor, en orden")
    HttpResponse<PageResponse<ValueChainLink>> valueChainLinks() {
        return cached(PageResponse.all(links.findAllOrderByPosition()));
    }

    @Get("/ciiu{?level}")
    @Operation(summary = "Actividades económicas CIIU Rev. 4 A.C.; filtro opcional por nivel (section, division, group, class)")
    HttpResponse<PageResponse<EconomicActivity>> ciiu(@Nullable @QueryValue String level) {
        List<EconomicActivity> rows = level == null || level.isBlank()
                ? activities.findAllOrderByCode() : activities.findByLevelOrderByCode(level);
        return cached(PageResponse.all(rows));
    }

    @Get("/unspsc{?level}")
    @Operation(summary = "Segmentos y familias UNSPSC en español; filtro opcional por nivel (segment, family)")
    HttpResponse<PageResponse<ProductCategory>> unspsc(@Nullable @QueryValue String level) {
        List<ProductCategory> rows = level == null || level.isBlank()
                ? categories.findAllOrderByCode() : categories.findByLevelOrderByCode(level);
        return cached(PageResponse.all(rows));
    }

    @Get("/certifications")
    @Operation(summary = "Certificaciones, con las que cada una satisface directa y transitivamente")
    HttpResponse<PageResponse<CertificationView>> certifications() {
        SatisfiesRelation relation = satisfies.relation();
        List<CertificationView> views = new ArrayList<>();
        for (Certification c : certifications.findAllOrderByCode()) {
            views.add(new CertificationView(c.code(), c.name(), c.kind(), c.issuer(), c.typicalChains(),
                    relation.directlySatisfiedBy(c.code()), relation.satisfiedBy(c.code())));
        }
        return cached(PageResponse.all(views));
    }

    /** A certification with what holding it also counts as. */
    @Serdeable
    public record CertificationView(String code, String name, String kind, String issuer, List<String> typicalChains,
                                    Set<String> satisfies, Set<String> satisfiesTransitively) {
    }

    private static void requireDepartmentCode(String code) {
        if (!DEPARTMENT_CODE.matcher(code).matches()) {
            throw ApiException.badRequest("error.department.format");
        }
    }

    private static <T> HttpResponse<T> cached(T body) {
        return HttpResponse.ok(body).header("Cache-Control", CACHE);
    }
}
