package co.encadena.api.suppliers.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence files on disk, outside the database, under {@code encadena.storage.dir}/evidence. Names are
 * random UUIDs chosen here — never a name a user sent — so no upload can reach another path, overwrite
 * another file or be guessed. Files are written to a temporary name and moved into place when complete.
 */
@Singleton
public class EvidenceFiles {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFiles.class);
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path directory;

    public EvidenceFiles(@Value("${encadena.storage.dir:}") String storageDir) {
        this.directory = storageDirectory(storageDir, System.getenv("ENCADENA_STATE_DIR")).resolve("evidence");
    }

    /**
     * {@code encadena.storage.dir} when set (scripts/start sets it to the instance's folder); otherwise
     * {@code storage} under the state directory the scripts use, or under {@code ~/.local/state/encadena-match}.
     */
    static Path storageDirectory(String configured, String stateDir) {
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Path.of(configured);
        } else if (stateDir != null && !stateDir.isBlank()) {
            dir = Path.of(stateDir, "storage");
        } else {
            dir = Path.of(System.getProperty("user.home"), ".local", "state", "encadena-match", "storage");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** Stores the bytes under a new random name and returns it. */
    public String store(byte[] content) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, path(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an evidence file in " + directory, e);
        }
    }

    public InputStream open(String storedName) {
        try {
            return Files.newInputStream(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence file " + storedName, e);
        }
    }

    /** Removes a file no row refers to any more; a failure is logged, never shown to the user. */
    public void deleteQuietly(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete unreferenced evidence file {}: {}", storedName, e.toString());
        }
    }

    private Path path(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not a stored evidence name: " + storedName);
        }
        return directory.resolve(storedName);
    }
}
