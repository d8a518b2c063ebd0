package co.encadena.api.accounts.application;

import co.encadena.api.accounts.domain.EmailAddress;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.accounts.persistence.RefreshTokens;
import co.encadena.api.accounts.persistence.UserAccount;
import co.encadena.api.accounts.persistence.UserAccounts;
import co.encadena.api.audit.application.Auditing;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.common.web.ApiException.FieldProblem;
import co.encadena.api.mail.Mail;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.organizations.persistence.Organizations.OrganizationRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who may create and manage which users. Administrators: everyone, including new organizer organizations
 * and other administrators. Organizers: organizer users of their own organization. Owners of a supplier or
 * anchor organization: members of their own organization. New users receive an invitation link to set their
 * password; nobody chooses a password for someone else.
 */
@Singleton
public class ManagingUsers {

    /** The caller, as the access token says. */
    public record Caller(UUID userId, Role role, @Nullable UUID organizationId, @Nullable String ipAddress) {
        Auditing.Actor actor() {
            return new Auditing.Actor(userId, null, ipAddress);
        }
    }

    /** A new user: e-mail, name, role, and either an existing organization or the name of a new organizer one. */
    public record NewUser(@Nullable String email, @Nullable String fullName, @Nullable String role,
                          @Nullable UUID organizationId, @Nullable String newOrganizerName) {
    }

    /** A user as managers see it. */
    @Serdeable
    public record UserSummary(UUID id, String email, String fullName, String role, String status, boolean owner,
                              boolean emailVerified, @Nullable UUID organizationId, Instant createdAt) {
        static UserSummary of(UserAccount u) {
            return new UserSummary(u.id(), u.email(), u.fullName(), u.role(), u.status(), u.owner(), u.emailVerified(),
                    u.organizationId(), u.createdAt());
        }
    }

    /** A created user and the invitation to send once the transaction commits. */
    public record Created(UserSummary user, Mail invitation) {
    }

    private static final Set<String> STATUSES = Set.of("ACTIVE", "DISABLED");

    private final UserAccounts users;
    private final Organizations organizations;
    private final CreatingUser creatingUser;
    private final AccountLinks links;
    private final Auditing auditing;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    ManagingUsers(UserAccounts users, Organizations organizations, CreatingUser creatingUser, AccountLinks links,
                  Auditing auditing, RefreshTokens refreshTokens, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.creatingUser = creatingUser;
        this.links = links;
        this.auditing = auditing;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public List<UserSummary> list(Caller caller) {
        List<UserSummary> out = new ArrayList<>();
        if (caller.role() == Role.ADMIN) {
            users.findAll().forEach(u -> out.add(UserSummary.of(u)));
        } else {
            users.findByOrganizationId(caller.organizationId()).forEach(u -> out.add(UserSummary.of(u)));
        }
        out.sort(java.util.Comparator.comparing(UserSummary::createdAt));
        return out;
    }

    @Transactional
    public Created create(Caller caller, NewUser request) {
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddress email = null;
        try {
            email = EmailAddress.parse(request.email());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("email", "error.email.invalid"));
        }
        Registering.text(problems, "fullName", request.fullName(), 120);
        Role role = parseRole(request.role(), problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (users.existsByEmailNormalized(email.normalized())) {
            throw ApiException.invalid(List.of(new FieldProblem("email", "error.email.taken")));
        }
        OrganizationRow org = targetOrganization(caller, request, role);
        if (caller.role() != Role.ADMIN && role == Role.ADMIN) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "error.forbidden");
        }
        UserAccount user = creatingUser.create(email.value(), request.fullName().strip(), role,
                org == null ? null : org.id(), UUID.randomUUID() + "-no-password-yet", false, false);
        auditing.record(Auditing.Action.USER_CREATED, caller.actor(), "user:" + user.id(), role.name());
        return new Created(UserSummary.of(user), links.invitation(user,
                org == null ? "EnCadena Match" : org.legalName()));
    }

    @Transactional
    public UserSummary change(Caller caller, UUID userId, @Nullable String newRole, @Nullable String newStatus) {
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> ApiException.notFound("error.user.notFound"));
        List<FieldProblem> problems = new ArrayList<>();
        Role role = newRole == null ? Role.valueOf(user.role()) : parseRole(newRole, problems);
        if (newStatus != null && !STATUSES.contains(newStatus)) {
            problems.add(new FieldProblem("status", "error.user.status"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        boolean organizerSide = user.organizationId() == null || organizations.findById(user.organizationId())
                .map(o -> "ORGANIZER".equals(o.kind())).orElse(false);
        if (!role.name().equals(user.role()) && !(organizerSide && (role == Role.ADMIN || role == Role.ORGANIZER))) {
            // a mipyme's user cannot become an organizer: roles follow the kind of organization
            throw ApiException.invalid(List.of(new FieldProblem("role", "error.user.roleForOrganization")));
        }
        if (role != Role.ADMIN && user.organizationId() == null) {
            throw ApiException.invalid(List.of(new FieldProblem("role", "error.user.roleForOrganization")));
        }
        if (userId.equals(caller.userId())) {
            throw ApiException.of(HttpStatus.CONFLICT, "error.user.self");
        }
        String status = newStatus == null ? user.status() : newStatus;
        Instant now = clock.instant();
        UserAccount changed = users.update(user.withRoleAndStatus(role.name(), status, now));
        if (!role.name().equals(user.role())) {
            auditing.record(Auditing.Action.ROLE_CHANGED, caller.actor(), "user:" + userId, user.role() + " -> " + role);
        }
        if (!status.equals(user.status())) {
            auditing.record(Auditing.Action.STATUS_CHANGED, caller.actor(), "user:" + userId, user.status() + " -> " + status);
            if ("DISABLED".equals(status)) {
                refreshTokens.revokeAllOf(userId, now);
            }
        }
        return UserSummary.of(changed);
    }

    private OrganizationRow targetOrganization(Caller caller, NewUser request, Role role) {
        switch (caller.role()) {
            case ADMIN -> {
                if (role == Role.ADMIN && request.organizationId() == null && blank(request.newOrganizerName())) {
                    return null;
                }
                if (!blank(request.newOrganizerName())) {
                    List<FieldProblem> problems = new ArrayList<>();
                    Registering.text(problems, "newOrganizerName", request.newOrganizerName(), 200);
                    if (!problems.isEmpty()) {
                        throw ApiException.invalid(problems);
                    }
                    return organizations.insert("ORGANIZER", null, request.newOrganizerName().strip(), null);
                }
                OrganizationRow org = organization(request.organizationId());
                if (!org.kind().equals(role == Role.ADMIN ? "ORGANIZER" : role.name())) {
                    throw ApiException.invalid(List.of(new FieldProblem("role", "error.user.roleForOrganization")));
                }
                return org;
            }
            case ORGANIZER -> {
                if (role != Role.ORGANIZER) {
                    throw ApiException.of(HttpStatus.FORBIDDEN, "error.forbidden");
                }
                return organization(caller.organizationId());
            }
            default -> {
                // owners of a supplier or anchor invite members of their own organization, with its role
                UserAccount me = users.findById(caller.userId()).orElseThrow();
                if (!me.owner() || role != caller.role()) {
                    throw ApiException.of(HttpStatus.FORBIDDEN, "error.forbidden");
                }
                return organization(caller.organizationId());
            }
        }
    }

    private OrganizationRow organization(@Nullable UUID id) {
        if (id == null) {
            throw ApiException.invalid(List.of(new FieldProblem("organizationId", "validation.required")));
        }
        return organizations.findById(id)
                .orElseThrow(() -> ApiException.invalid(List.of(new FieldProblem("organizationId", "error.organization.notFound"))));
    }

    private static Role parseRole(@Nullable String text, List<FieldProblem> problems) {
        try {
            return Role.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("role", "error.user.role"));
            return Role.SUPPLIER;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
