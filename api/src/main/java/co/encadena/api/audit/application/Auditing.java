package co.encadena.api.audit.application;

import co.encadena.api.audit.persistence.AuditEvent;
import co.encadena.api.audit.persistence.AuditEvents;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Records security-relevant actions. {@link #record} joins the caller's transaction, so an action and its
 * audit entry commit together; {@link #recordAlone} commits on its own, for failures whose transaction
 * rolls back (a failed login must stay in the log).
 */
@Singleton
public class Auditing {

    /** The actions the log knows; the names are stable (they are filtered on). */
    public enum Action {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, REGISTERED, EMAIL_VERIFIED,
        PASSWORD_RESET_REQUESTED, PASSWORD_RESET, PASSWORD_CHANGED, USER_CREATED, ROLE_CHANGED, STATUS_CHANGED,
        DATA_EXPORTED, DATA_ERASED, IMPORTED
    }

    /** Who did it, from where. */
    public record Actor(@Nullable UUID userId, @Nullable String email, @Nullable String ipAddress) {
        public static Actor anonymous(@Nullable String ipAddress) {
            return new Actor(null, null, ipAddress);
        }
    }

    private final AuditEvents events;
    private final Clock clock;

    Auditing(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(Action action, Actor actor, @Nullable String target, @Nullable String details) {
        events.save(new AuditEvent(null, clock.instant(), action.name(), actor.userId(), actor.email(), target,
                actor.ipAddress(), details));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(Action action, Actor actor, @Nullable String target, @Nullable String details) {
        record(action, actor, target, details);
    }
}
