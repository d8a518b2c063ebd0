package co.encadena.api.accounts.application;

import co.encadena.api.accounts.persistence.Consents;
import co.encadena.api.accounts.persistence.RefreshTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.audit.persistence.AuditEvent;
import co.encadena.api.audit.persistence.AuditEvents;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The rights of Ley 1581 de 2012 that a person exercises alone: download everything the product holds about
 * them, and have their personal data erased. Erasure anonymises the person (and, when they are the only user
 * of a supplier, the profile's contact person) but keeps the organization and its programme statistics.
 * Both are audited.
 */
@Singleton
public class PersonalDataRights {

    /** Everything about one person, as downloaded. */
    @Serdeable
    public record PersonalData(Instant exportedAt, UserView user, @Nullable Organizations.OrganizationRow organization,
                               List<Consents.Consent> consents, List<AuditEvent> activity) {
    }

    /** The person's account, without the password hash. */
    @Serdeable
    public record UserView(UUID id, String email, String fullName, String role, boolean owner,
                           @Nullable Instant emailVerifiedAt, Instant createdAt) {
    }

    private final UserAccounts users;
    private final Organizations organizations;
    private final Consents consents;
    private final AuditEvents auditEvents;
    private final Auditing auditing;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final JdbcOperations jdbc;
    private final SearchOutbox outbox;
    private final Clock clock;

    PersonalDataRights(UserAccounts users, Organizations organizations, Consents consents, AuditEvents auditEvents,
                       Auditing auditing, RefreshTokens refreshTokens, PasswordHasher hasher, JdbcOperations jdbc,
                       SearchOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.organizations = organizations;
        this.consents = consents;
        this.auditEvents = auditEvents;
        this.auditing = auditing;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PersonalData export(UUID userId, Auditing.Actor actor) {
        UserAccount user = active(userId);
        auditing.record(Auditing.Action.DATA_EXPORTED, actor, "user:" + userId, null);
        List<AuditEvent> activity = auditEvents.findByActorUserId(userId,
                Pageable.from(0, 500, Sort.of(Sort.Order.desc("occurredAt")))).getContent();
        return new PersonalData(clock.instant(),
                new UserView(user.id(), user.email(), user.fullName(), user.role(), user.owner(),
                        user.emailVerifiedAt(), user.createdAt()),
                user.organizationId() == null ? null : organizations.findById(user.organizationId()).orElse(null),
                consents.of(userId), activity);
    }

    @Transactional
    public void erase(UUID userId, Auditing.Actor actor) {
        UserAccount user = active(userId);
        Instant now = clock.instant();
        String placeholder = "eliminado-" + userId + "@anonimo.invalid";
        jdbc.prepareStatement("UPDATE app_user SET email = ?, email_normalized = ?, full_name = ?, password_hash = ?, "
                + "status = 'DISABLED', anonymised_at = ?, updated_at = ?, version = version + 1 WHERE id = ?", ps -> {
            ps.setString(1, placeholder);
            ps.setString(2, placeholder);
            ps.setString(3, "Usuario eliminado");
            ps.setString(4, hasher.hash(UUID.randomUUID().toString()));
            ps.setTimestamp(5, java.sql.Timestamp.from(now));
            ps.setTimestamp(6, java.sql.Timestamp.from(now));
            ps.setObject(7, userId);
            return ps.executeUpdate();
        });
        if (user.organizationId() != null) {
            // the contact person of a profile is this person's data too, when nobody else speaks for the firm
            jdbc.prepareStatement("UPDATE supplier_profile SET contact_name = NULL, contact_email = NULL, contact_phone = NULL, "
                    + "updated_at = ?, version = version + 1 WHERE organization_id = ? AND NOT EXISTS ("
                    + "SELECT 1 FROM app_user u WHERE u.organization_id = ? AND u.id <> ? AND u.anonymised_at IS NULL)", ps -> {
                ps.setTimestamp(1, java.sql.Timestamp.from(now));
                ps.setObject(2, user.organizationId());
                ps.setObject(3, user.organizationId());
                ps.setObject(4, userId);
                return ps.executeUpdate();
            });
            // the profile's version moved: the search index must follow (deletions and erasures reach it too)
            outbox.enqueue(SearchOutbox.Entity.SUPPLIER, user.organizationId());
        }
        jdbc.prepareStatement("UPDATE audit_event SET actor_email = NULL WHERE actor_user_id = ? OR actor_email = ?", ps -> {
            ps.setObject(1, userId);
            ps.setString(2, user.emailNormalized());
            return ps.executeUpdate();
        });
        refreshTokens.revokeAllOf(userId, now);
        auditing.record(Auditing.Action.DATA_ERASED, new Auditing.Actor(userId, null, actor.ipAddress()),
                "user:" + userId, null);
    }

    private UserAccount active(UUID userId) {
        return users.findById(userId).filter(UserAccount::active)
                .orElseThrow(() -> ApiException.of(HttpStatus.UNAUTHORIZED, "error.unauthorized"));
    }
}
