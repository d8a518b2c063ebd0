package co.encadena.api.suppliers.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFilesTest {

    @TempDir
    Path temp;

    @Test
    void storesUnderTheConfiguredDirectoryOrElseUnderTheStateDirectory() {
        assertEquals(Path.of("/srv/docs").toAbsolutePath(), EvidenceFiles.storageDirectory("/srv/docs", "/var/lib/encadena-match"));
        assertEquals(Path.of("/var/lib/encadena-match/storage"), EvidenceFiles.storageDirectory("", "/var/lib/encadena-match"));
        assertTrue(EvidenceFiles.storageDirectory(null, null).endsWith(Path.of(".local", "state", "encadena-match", "storage")));
    }

    @Test
    void givesEachFileARandomNameAndReadsItBack() throws IOException {
        EvidenceFiles files = new EvidenceFiles(temp.toString());
        String first = files.store(new byte[] {1, 2, 3});
        String second = files.store(new byte[] {1, 2, 3});
        assertTrue(first.matches("[0-9a-f-]{36}") && !first.equals(second));
        try (InputStream in = files.open(first)) {
            assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
        }
        files.deleteQuietly(first);
        assertTrue(Files.notExists(temp.resolve("evidence").resolve(first)));
    }

    @Test
    void neverOpensAPathItDidNotChoose() {
        EvidenceFiles files = new EvidenceFiles(temp.toString());
        assertThrows(IllegalArgumentException.class, () -> files.open("../../etc/passwd"));
    }
}
