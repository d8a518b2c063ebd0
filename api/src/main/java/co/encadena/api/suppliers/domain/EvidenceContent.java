package co.encadena.api.suppliers.domain;

import java.util.Optional;

/**
 * What an uploaded evidence document really is, decided from its first bytes — never from the name or the
 * Content-Type the client sent, which anyone can set. Only PDF, PNG and JPEG are accepted: they are what
 * certificates are scanned or issued as, and none of them runs code when opened from the product.
 */
public final class EvidenceContent {

    /** Certificates are one or a few pages; 5 MB holds a scanned one comfortably. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private EvidenceContent() {
    }

    /** @return {@code application/pdf}, {@code image/png} or {@code image/jpeg}; empty for anything else */
    public static Optional<String> mediaTypeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The file extension people expect for a media type accepted by {@link #mediaTypeOf}. */
    public static String extensionOf(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
