package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.domain.PasswordPolicy;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.accounts.persistence.Consents;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.Messages;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ApiException.FieldProblem;
import co.encadena.api.mail.Mail;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.matching.identity.Nit;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Self-registration of a mipyme or an anchor: its organization (by NIT, verified) and its first user, the
 * owner, who must consent to the current personal-data policy and confirm the e-mail address before logging
 * in. Every invalid field is reported at once; nothing is created unless everything is valid.
 */
@Singleton
public class Registering {

    /** What a person fills in. */
    public record Request(@Nullable String kind, @Nullable String nit, @Nullable String legalName,
                          @Nullable String anchorType, @Nullable String fullName, @Nullable String email,
                          @Nullable String password, @Nullable String acceptedPolicyVersion) {
    }

    private static final Set<String> KINDS = Set.of("SUPPLIER", "ANCHOR");
    private static final Set<String> ANCHOR_TYPES = Set.of("NACIONAL", "EXTRANJERA", "ESTATAL");

    private final Organizations organizations;
    private final UserAccounts users;
    private final CreatingUser creatingUser;
    private final Consents consents;
    private final AccountLinks links;
    private final Auditing auditing;
    private final PasswordPolicy passwordPolicy;
    private final Messages messages;
    private final Clock clock;

    Registering(Organizations organizations, UserAccounts users, CreatingUser creatingUser, Consents consents,
                AccountLinks links, Auditing auditing, CommonPasswords commonPasswords, Messages messages, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.creatingUser = creatingUser;
        this.consents = consents;
        this.links = links;
        this.auditing = auditing;
        this.passwordPolicy = new PasswordPolicy(commonPasswords);
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @return the e-mail to send once the transaction has committed: the verification link, or — when the
     *         address already has an account — a notice to its owner (the answer to the caller is the same, so
     *         registration does not reveal who has an account)
     */
    @Transactional
    public Mail register(Request r, @Nullable String ip) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.kind() == null || !KINDS.contains(r.kind())) {
            problems.add(new FieldProblem("kind", "error.registration.kind"));
        }
        Nit nit = null;
        try {
            nit = Nit.parse(r.nit());
        } catch (Nit.InvalidNitException e) {
            problems.add(new FieldProblem("nit", e.problem() == Nit.Problem.CHECK_DIGIT
                    ? "error.nit.checkDigit" : "error.nit.format"));
        }
        text(problems, "legalName", r.legalName(), 200);
        if ("ANCHOR".equals(r.kind()) && (r.anchorType() == null || !ANCHOR_TYPES.contains(r.anchorType()))) {
            problems.add(new FieldProblem("anchorType", "error.registration.anchorType"));
        }
        text(problems, "fullName", r.fullName(), 120);
        EmailAddress email = null;
        try {
            email = EmailAddress.parse(r.email());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("email", "error.email.invalid"));
        }
        passwordPolicy.violation(r.password(), r.email())
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN_LENGTH)));
        Consents.Policy policy = consents.current()
                .orElseThrow(() -> new IllegalStateException("no personal-data policy is published"));
        if (r.acceptedPolicyVersion() == null || !r.acceptedPolicyVersion().equals(policy.version())) {
            problems.add(new FieldProblem("acceptedPolicyVersion", "error.consent.required", policy.version()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (organizations.findByNit(nit.toString()).isPresent()) {
            throw ApiException.invalid(List.of(new FieldProblem("nit", "error.nit.taken", nit.toString())));
        }
        Optional<UserAccount> existing = users.findByEmailNormalized(email.normalized());
        if (existing.isPresent()) {
            return new Mail(existing.get().email(), messages.get("mail.alreadyRegistered.subject"),
                    messages.get("mail.alreadyRegistered.body", existing.get().fullName()));
        }
        Organizations.OrganizationRow org = organizations.insert(r.kind(), nit.toString(), r.legalName().strip(),
                "ANCHOR".equals(r.kind()) ? r.anchorType() : null);
        UserAccount user = creatingUser.create(email.value(), r.fullName().strip(), Role.valueOf(r.kind()), org.id(),
                r.password(), false, true);
        consents.record(user.id(), policy.version(), clock.instant(), ip);
        auditing.record(Auditing.Action.REGISTERED, new Auditing.Actor(user.id(), user.email(), ip),
                "organization:" + org.id(), r.kind() + " " + nit);
        return links.verification(user);
    }

    /** Required, bounded, and plain text: markup is refused rather than stored. */
    static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "error.text.tooLong", max));
        } else if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            problems.add(new FieldProblem(field, "error.text.markup"));
        }
    }
}
