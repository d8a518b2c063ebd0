package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.Role;
import co.encadena.api.accounts.persistence.UserAccounts;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator from ENCADENA_ADMIN_EMAIL / ENCADENA_ADMIN_PASSWORD when no administrator
 * exists yet. Once one exists the variables are ignored, so a restart never resets a changed password.
 */
@Singleton
final class AdministratorBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final UserAccounts users;
    private final CreatingUser creating;
    private final String email;
    private final String password;

    AdministratorBootstrap(UserAccounts users, CreatingUser creating,
                           @Value("${encadena.admin.email:}") String email,
                           @Value("${encadena.admin.password:}") String password) {
        this.users = users;
        this.creating = creating;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (email.isBlank() || password.isBlank() || users.existsByRole(Role.ADMIN.name())) {
            return;
        }
        if (password.length() < 10) {
            throw new ConfigurationException("ENCADENA_ADMIN_PASSWORD must have at least 10 characters");
        }
        creating.create(email, "Administración EnCadena Match", Role.ADMIN, null, password);
        LOG.info("First administrator created: {}", email);
    }
}
