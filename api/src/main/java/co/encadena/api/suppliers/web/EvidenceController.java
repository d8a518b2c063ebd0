package co.encadena.api.suppliers.web;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ProblemResponses;
import co.encadena.api.suppliers.application.AttachingEvidence;
import co.encadena.api.suppliers.application.SupplierDetails;
import co.encadena.api.suppliers.domain.EvidenceContent;
import co.encadena.api.suppliers.persistence.EvidenceDocuments;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.UUID;

/**
 * The evidence document of a certification: uploaded as the raw body (PDF, PNG or JPEG, at most 5 MB; the
 * content is checked, not the declared type), downloaded only by the supplier itself and organizers.
 */
@Controller("/api/v1/suppliers/{id}/certifications/{code}/evidence")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Proveedores")
@ProblemResponses
@Secured({Actor.SUPPLIER, Actor.ORGANIZER, Actor.ADMIN})
public class EvidenceController {

    private final AttachingEvidence attaching;

    EvidenceController(AttachingEvidence attaching) {
        this.attaching = attaching;
    }

    // any declared type is accepted: the content decides, and a wrong label is answered with a clear 415
    @Put(consumes = MediaType.ALL)
    @Operation(summary = "Sube o reemplaza el documento soporte de una certificación (cuerpo: el archivo PDF, PNG o JPEG, máx. 5 MB)")
    SupplierDetails.EvidenceView upload(@PathVariable UUID id, @PathVariable String code, @Body InputStream body,
                                        @Nullable @QueryValue String fileName, Authentication authentication) {
        EvidenceDocuments.Evidence e = attaching.upload(Actor.of(authentication), id, code, body, fileName);
        return new SupplierDetails.EvidenceView(e.mediaType(), e.sizeBytes(), e.originalName(), e.uploadedAt());
    }

    // "any type" too, so a client's Accept header never decides before authorization does (403, not 406)
    @Get(produces = {"application/pdf", "image/png", "image/jpeg", MediaType.ALL})
    @Operation(summary = "Descarga el documento soporte de una certificación (solo el proveedor y los organizadores)")
    HttpResponse<StreamedFile> download(@PathVariable UUID id, @PathVariable String code, Authentication authentication) {
        AttachingEvidence.Download d = attaching.download(Actor.of(authentication), id, code);
        String name = "soporte-" + d.evidence().certificationCode() + "." + EvidenceContent.extensionOf(d.evidence().mediaType());
        StreamedFile file = new StreamedFile(d.content(), MediaType.of(d.evidence().mediaType())).attach(name);
        return HttpResponse.ok(file)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store");
    }

    @Delete
    @Operation(summary = "Retira el documento soporte de una certificación")
    HttpResponse<Void> delete(@PathVariable UUID id, @PathVariable String code, Authentication authentication) {
        attaching.delete(Actor.of(authentication), id, code);
        return HttpResponse.noContent();
    }
}
