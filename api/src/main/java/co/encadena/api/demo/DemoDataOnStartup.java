package co.encadena.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/** Loads the demo programme at start-up when {@code encadena.demo-data.enabled} (env ENCADENA_DEMO_DATA) is true. */
@Singleton
@Requires(property = "encadena.demo-data.enabled", value = "true")
final class DemoDataOnStartup implements ApplicationEventListener<StartupEvent> {

    static final int SUPPLIERS = 300;

    private final DemoDataLoader loader;
    private final long seed;

    DemoDataOnStartup(DemoDataLoader loader, @Value("${encadena.demo-data.seed:20261203}") long seed) {
        this.loader = loader;
        this.seed = seed;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        loader.loadIfAbsent(seed, SUPPLIERS);
    }
}
