package co.encadena.api.suppliers.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.IfMatch;
import co.encadena.api.common.web.PageResponse;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.suppliers.application.FindingSuppliers;
import co.encadena.api.suppliers.application.SavingSupplierProfiles;
import co.encadena.api.suppliers.application.SupplierDetails;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.application.SupplierSummary;
import co.encadena.api.suppliers.domain.SupplierProfile;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import co.encadena.api.suppliers.persistence.SupplierQuery;
import co.encadena.matching.identity.Nit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Supplier profiles: the organizers' list with filters, one profile with what is derived from it, and the
 * profile a supplier (or an organizer for it) writes, validated field by field.
 */
@Controller("/api/v1/suppliers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Proveedores")
@ProblemResponses
public class SupplierController {


    private final FindingSuppliers finding;
    private final SavingSupplierProfiles saving;
    private final ReferenceCodes codes;

    SupplierController(FindingSuppliers finding, SavingSupplierProfiles saving, ReferenceCodes codes) {
        this.finding = finding;
        this.saving = saving;
        this.codes = codes;
    }

    @Get("{?nit,q,department,chain,companySize,certification,inclusion,sort,page,size}")
    @Secured({Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Proveedores, con filtros (NIT, texto, departamento, cadena, tamaño, certificación vigente, inclusión), orden y paginación")
    PageResponse<SupplierSummary> list(
            @Nullable @QueryValue @Parameter(description = "NIT exacto: responde una página de a lo sumo un proveedor") String nit,
            @Nullable @QueryValue @Parameter(description = "Texto en la razón social, el nombre comercial o el NIT") String q,
            @Nullable @QueryValue @Parameter(description = "Departamento (DIVIPOLA, 2 dígitos) del municipio sede") String department,
            @Nullable @QueryValue @Parameter(description = "Cadena de valor") String chain,
            @Nullable @QueryValue @Parameter(description = "MICRO | PEQUENA | MEDIANA | GRANDE") String companySize,
            @Nullable @QueryValue @Parameter(description = "Certificación que tiene y que no ha vencido hoy") String certification,
            @Nullable @QueryValue @Parameter(description = "WOMEN_LED, ETHNIC, VICTIMS, YOUTH_LED, POPULAR_ECONOMY, PDET, ZOMAC (todas deben cumplirse)") List<String> inclusion,
            @Nullable @QueryValue @Parameter(description = "name, nit, municipality, size o updatedAt; con - delante, descendente") String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            Authentication authentication) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 0 || pageNumber > 100_000) {
            throw ApiException.invalidField("page", "filter.page");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw ApiException.invalidField("size", "filter.size", 100);
        }
        String canonicalNit = null;
        if (nit != null && !nit.isBlank()) {
            try {
                canonicalNit = Nit.parse(nit).toString();
            } catch (Nit.InvalidNitException e) {
                throw ApiException.invalidField("nit", e.problem() == Nit.Problem.CHECK_DIGIT
                        ? "field.nit.checkDigit" : "field.nit.format", CodePolicy.abbreviate(nit));
            }
        }
        String departmentCode = blankToNull(department);
        if (departmentCode != null && !codes.department(departmentCode)) {
            throw ApiException.invalidField("department", "field.department.unknown", CodePolicy.abbreviate(departmentCode));
        }
        String chainCode = CodePolicy.normalize(blankToNull(chain));
        if (chainCode != null && !codes.valueChain(chainCode)) {
            throw ApiException.invalidField("chain", "field.valueChain.unknown", CodePolicy.abbreviate(chain));
        }
        String sizeCode = CodePolicy.normalize(blankToNull(companySize));
        if (sizeCode != null && !SupplierProfile.SIZES.contains(sizeCode)) {
            throw ApiException.invalidField("companySize", "field.notOneOf", CodePolicy.abbreviate(companySize),
                    String.join(", ", SupplierProfile.SIZES));
        }
        String certificationCode = CodePolicy.normalize(blankToNull(certification));
        if (certificationCode != null && !codes.certification(certificationCode)) {
            throw ApiException.invalidField("certification", "field.certification.unknown", CodePolicy.abbreviate(certification));
        }
        List<String> flags = inclusion == null ? List.of() : inclusion.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> v.toUpperCase(Locale.ROOT)).distinct().toList();
        for (String flag : flags) {
            if (!SupplierQuery.INCLUSION.contains(flag)) {
                throw ApiException.invalidField("inclusion", "field.notOneOf", CodePolicy.abbreviate(flag),
                        String.join(", ", SupplierQuery.INCLUSION));
            }
        }
        String order = sort == null || sort.isBlank() ? "name" : sort.strip();
        if (!SupplierQuery.SORTS.contains(order.startsWith("-") ? order.substring(1) : order)) {
            throw ApiException.invalidField("sort", "field.notOneOf", CodePolicy.abbreviate(order),
                    String.join(", ", SupplierQuery.SORTS));
        }
        SupplierQuery query = new SupplierQuery(canonicalNit, blankToNull(q), departmentCode, chainCode, sizeCode,
                certificationCode, flags, finding.today(), order, pageNumber, pageSize);
        return finding.list(Actor.of(authentication), query);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Un perfil de proveedor con municipio, PDET/ZOMAC, completitud y vigencia de certificaciones; ETag = versión")
    HttpResponse<SupplierDetails> get(@PathVariable UUID id, Authentication authentication) {
        SupplierDetails details = finding.details(Actor.of(authentication), id);
        return HttpResponse.ok(details).header("ETag", "\"" + details.version() + "\"")
                .header("Cache-Control", "private, no-cache");
    }

    @Put("/{id}")
    @Secured({Actor.SUPPLIER, Actor.ORGANIZER, Actor.ADMIN})
    @Operation(summary = "Crea o reemplaza el perfil (formato suppliers.jsonl); con If-Match: \"versión\" rechaza cambios simultáneos (412)")
    HttpResponse<SupplierDetails> put(@PathVariable UUID id, @Body SupplierDraft draft,
                                      @Nullable @Header("If-Match") String ifMatch, Authentication authentication) {
        Long expected = IfMatch.version(ifMatch);
        StoredSupplier stored = saving.save(Actor.of(authentication), id, draft, expected);
        SupplierDetails details = finding.detailsOf(stored);
        return HttpResponse.ok(details).header("ETag", "\"" + details.version() + "\"");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
