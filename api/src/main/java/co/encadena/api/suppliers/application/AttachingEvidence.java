package co.encadena.api.suppliers.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.validation.CodePolicy;
import co.encadena.api.suppliers.domain.EvidenceContent;
import co.encadena.api.suppliers.persistence.EvidenceDocuments;
import co.encadena.api.suppliers.persistence.EvidenceFiles;
import co.encadena.api.suppliers.persistence.StoredSupplier;
import co.encadena.api.suppliers.persistence.SupplierProfiles;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploads, serves and removes the evidence document of a certification a supplier holds (its certificate as
 * PDF, PNG or JPEG, at most 5 MB). The content decides the type; the file is stored under a random name.
 */
@Singleton
public class AttachingEvidence {

    private final SupplierProfiles profiles;
    private final EvidenceDocuments documents;
    private final EvidenceFiles files;
    private final Clock clock;

    AttachingEvidence(SupplierProfiles profiles, EvidenceDocuments documents, EvidenceFiles files, Clock clock) {
        this.profiles = profiles;
        this.documents = documents;
        this.files = files;
        this.clock = clock;
    }

    /** A document to send back: its row and its bytes. */
    public record Download(EvidenceDocuments.Evidence evidence, InputStream content) {
    }

    public EvidenceDocuments.Evidence upload(Actor actor, UUID supplierId, String code, InputStream body, String fileName) {
        String certification = requireHeld(actor, supplierId, code);
        byte[] content = readAtMost(body, EvidenceContent.MAX_BYTES);
        if (content.length == 0) {
            throw ApiException.badRequest("supplier.evidence.empty");
        }
        String mediaType = EvidenceContent.mediaTypeOf(content).orElseThrow(() ->
                ApiException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "supplier.evidence.type"));
        String stored = files.store(content);
        try {
            EvidenceDocuments.Evidence evidence = new EvidenceDocuments.Evidence(supplierId, certification, stored,
                    cleanFileName(fileName), mediaType, content.length, sha256(content), clock.instant());
            documents.replace(evidence).ifPresent(previous -> files.deleteQuietly(previous.storedName()));
            return evidence;
        } catch (RuntimeException e) {
            files.deleteQuietly(stored);
            throw e;
        }
    }

    public Download download(Actor actor, UUID supplierId, String code) {
        SupplierAccess.requireEvidence(actor, supplierId);
        EvidenceDocuments.Evidence evidence = documents.find(supplierId, CodePolicy.normalize(code))
                .orElseThrow(() -> ApiException.notFound("supplier.evidence.notFound"));
        return new Download(evidence, files.open(evidence.storedName()));
    }

    public void delete(Actor actor, UUID supplierId, String code) {
        SupplierAccess.requireEvidence(actor, supplierId);
        EvidenceDocuments.Evidence removed = documents.delete(supplierId, CodePolicy.normalize(code))
                .orElseThrow(() -> ApiException.notFound("supplier.evidence.notFound"));
        files.deleteQuietly(removed.storedName());
    }

    private String requireHeld(Actor actor, UUID supplierId, String code) {
        SupplierAccess.requireEvidence(actor, supplierId);
        StoredSupplier supplier = profiles.findById(supplierId)
                .orElseThrow(() -> ApiException.notFound("supplier.notFound"));
        String normalized = CodePolicy.normalize(code);
        if (supplier.profile().certifications().stream().noneMatch(c -> c.code().equals(normalized))) {
            throw ApiException.notFound("supplier.evidence.certificationNotHeld", CodePolicy.abbreviate(code));
        }
        return normalized;
    }

    /** Reads the body, refusing it as soon as it passes {@code max} bytes (it is never held whole beyond that). */
    private static byte[] readAtMost(InputStream body, int max) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length > max) {
                throw ApiException.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "supplier.evidence.tooLarge", max / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the last part of a name people sent, without control characters or markup; for display only. */
    static String cleanFileName(String name) {
        if (name == null) {
            return null;
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String clean = last.replaceAll("[\\p{Cntrl}<>\"'`]", "_").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() <= 120 ? clean : clean.substring(clean.length() - 120);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
