package co.encadena.api.accounts.application;

import co.encadena.api.accounts.persistence.LoginThrottles;
import co.encadena.api.common.web.ApiException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing. Per account (by normalized e-mail, whether or not the account exists, so the
 * behaviour reveals nothing) and per client address: after too many failures within a window, logins are
 * refused until a wait has passed — even with the right password, which then works once the wait is over.
 * Counters live in PostgreSQL so every application instance sees them. Each update commits on its own: the
 * failed login's own transaction rolls back.
 */
@Singleton
public class LoginThrottling {

    private final LoginThrottles throttles;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration wait;

    LoginThrottling(LoginThrottles throttles, Clock clock,
                    @Value("${encadena.security.login.account-failures:5}") int accountLimit,
                    @Value("${encadena.security.login.address-failures:30}") int addressLimit,
                    @Value("${encadena.security.login.window:15m}") Duration window,
                    @Value("${encadena.security.login.wait:5m}") Duration wait) {
        this.throttles = throttles;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.wait = wait;
    }

    static String accountKey(String normalizedEmail) {
        return "account:" + normalizedEmail;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** Throws 429 with the minutes left when either key is blocked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(String normalizedEmail, String address) {
        Instant now = clock.instant();
        for (String key : List.of(accountKey(normalizedEmail), addressKey(address))) {
            throttles.find(key).map(LoginThrottles.Counter::blockedUntil)
                    .filter(until -> until != null && until.isAfter(now))
                    .ifPresent(until -> {
                        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
                        throw ApiException.of(HttpStatus.TOO_MANY_REQUESTS, "error.login.throttled", minutes);
                    });
        }
    }

    /** Counts a failure on both keys; answers true when this failure started a block. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordFailure(String normalizedEmail, String address) {
        boolean blocked = count(accountKey(normalizedEmail), accountLimit);
        return count(addressKey(address), addressLimit) || blocked;
    }

    /** A successful login clears the account's counter (the address keeps its history). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String normalizedEmail) {
        throttles.delete(accountKey(normalizedEmail));
    }

    private boolean count(String key, int limit) {
        Instant now = clock.instant();
        LoginThrottles.Counter c = throttles.lock(key, now);
        boolean windowOver = c.windowStartedAt().plus(window).isBefore(now)
                || (c.blockedUntil() != null && !c.blockedUntil().isAfter(now));
        int failures = windowOver ? 1 : c.failures() + 1;
        Instant start = windowOver ? now : c.windowStartedAt();
        Instant blockedUntil = failures >= limit ? now.plus(wait) : null;
        throttles.save(key, new LoginThrottles.Counter(failures, start, blockedUntil));
        return blockedUntil != null;
    }
}
