package co.encadena.api.ruedas.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A missing key prints as the key itself, never failing: these keep every agenda text in the catalogue. */
class AgendaCatalogueTest {

    private static final Path SOURCES = Path.of("src/main/java/co/encadena/api/ruedas/documents");
    private static final Pattern KEY = Pattern.compile("\"(agenda\\.doc\\.[A-Za-z.]+[A-Za-z])\"");

    private final Messages messages = new Messages();

    @Test
    void everyKeyTheRenderersNameIsInTheCatalogue() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertFalse(keys.isEmpty(), "no keys found under " + SOURCES.toAbsolutePath());
        assertEquals(Set.of(), keys.stream().filter(k -> !messages.has(k)).collect(Collectors.toSet()));
    }

    @Test
    void everyStateRoleAndColumnHasItsSpanishName() {
        for (MeetingState state : MeetingState.values()) {
            assertTrue(messages.has("agenda.doc.state." + state.name()), state::name);
        }
        for (String role : List.of("ANCHOR", "SUPPLIER", "ALLY")) {
            assertTrue(messages.has("agenda.doc.role." + role), role);
        }
        for (String column : AgendaSpreadsheet.COLUMNS) {
            assertTrue(messages.has("agenda.doc.column." + column), column);
        }
    }
}
