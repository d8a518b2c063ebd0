package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Creates a user whose e-mail is already known to be valid (administrator bootstrap, demo, organizers). */
@Singleton
public class CreatingUser {

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final Clock clock;

    CreatingUser(UserAccounts users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** An active user whose address counts as verified (created by a trusted party). */
    @Transactional
    public UserAccount create(String email, String fullName, Role role, @Nullable UUID organizationId, String password) {
        return create(email, fullName, role, organizationId, password, true, false);
    }

    /**
     * @param verified whether the e-mail address is already confirmed (self-registration: not yet)
     * @param owner    whether the user owns its organization (may invite members)
     */
    @Transactional
    public UserAccount create(String email, String fullName, Role role, @Nullable UUID organizationId, String password,
                              boolean verified, boolean owner) {
        EmailAddress address = EmailAddress.parse(email);
        Instant now = clock.instant();
        return users.save(new UserAccount(UUID.randomUUID(), organizationId, address.value(), address.normalized(),
                fullName, role.name(), hasher.hash(password), "ACTIVE", verified ? now : null, now, now, owner, null, 0));
    }
}
