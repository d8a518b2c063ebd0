package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.suppliers.domain.EvidenceContent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceContentTest {

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertEquals(Optional.of("application/pdf"), EvidenceContent.mediaTypeOf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/png"), EvidenceContent.mediaTypeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of("image/jpeg"), EvidenceContent.mediaTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void refusesAnHtmlPageNamedLikeAPdf() {
        assertTrue(EvidenceContent.mediaTypeOf("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void refusesAFileTooShortToBeAnything() {
        assertTrue(EvidenceContent.mediaTypeOf(new byte[] {'%', 'P'}).isEmpty());
    }
}
