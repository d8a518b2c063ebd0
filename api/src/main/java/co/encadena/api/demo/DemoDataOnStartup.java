package co.encadena.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo programme at start-up when {@code encadena.demo-data.enabled} (env ENCADENA_DEMO_DATA) is true. */
@Singleton
@Requires(property = "encadena.demo-data.enabled", value = "true")
final class DemoDataOnStartup implements ApplicationEventListener<StartupEvent> {

    static final int SUPPLIERS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStartup.class);

    private final DemoDataLoader loader;
    private final long seed;
    private final String loginsFile;

    DemoDataOnStartup(DemoDataLoader loader, @Value("${encadena.demo-data.seed:20261203}") long seed,
                      @Value("${encadena.demo-data.logins-file:}") String loginsFile) {
        this.loader = loader;
        this.seed = seed;
        this.loginsFile = loginsFile;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        DemoDataLoader.Outcome outcome = loader.loadIfAbsent(seed, SUPPLIERS);
        if (outcome.created()) {
            writeLogins(outcome.logins());
        }
    }

    /**
     * The generated passwords exist only now: they go to the file scripts/start prints (owner-only), never
     * to the log.
     */
    private void writeLogins(List<DemoDataLoader.Login> logins) {
        if (loginsFile.isBlank()) {
            LOG.warn("Demo accounts created, but ENCADENA_DEMO_LOGINS_FILE is not set: their passwords were not saved");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (DemoDataLoader.Login login : logins) {
            text.append(String.format("%-9s %-45s %s   (%s)%n", login.role(), login.email(), login.password(),
                    login.organization()));
        }
        try {
            Path path = Path.of(loginsFile);
            Files.deleteIfExists(path);
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not write the demo logins to {}: {}", loginsFile, e.toString());
        }
    }
}
