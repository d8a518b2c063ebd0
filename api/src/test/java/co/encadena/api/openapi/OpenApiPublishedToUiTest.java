package co.encadena.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The front end generates its API types from {@code ui/openapi.yml}; the build generates the real document
 * from the code. They must be the same document, or the UI would compile against an API that no longer
 * exists. When this fails after an API change, publish the new document:
 * {@code cp api/target/classes/META-INF/swagger/encadena-match.yml ui/openapi.yml}.
 */
class OpenApiPublishedToUiTest {

    @Test
    void theUiCompilesAgainstTheDocumentTheCodeGenerates() throws IOException {
        String generated;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/encadena-match.yml")) {
            assertNotNull(in, "the OpenAPI document was not generated at compile time");
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String published = Files.readString(Path.of("..", "ui", "openapi.yml"), StandardCharsets.UTF_8);
        assertEquals(generated, published, "ui/openapi.yml is stale: run "
                + "cp api/target/classes/META-INF/swagger/encadena-match.yml ui/openapi.yml");
    }
}
