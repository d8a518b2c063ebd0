package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.organizations.persistence.Organizations.OrganizationRow;
import co.encadena.api.ruedas.application.RuedaViews.InvitationReport;
import co.encadena.api.ruedas.application.RuedaViews.ParticipantView;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import co.encadena.matching.identity.Nit;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who takes part in a rueda. Organizers invite firms (one by one, or many by NIT) and approve or decline them;
 * a firm applies while registration is open, accepts an invitation, says which sessions it attends and when it
 * cannot meet, or withdraws.
 */
@Singleton
public class ManagingParticipants {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Set<String> STATUSES = Set.of("INVITED", "APPLIED", "APPROVED", "DECLINED", "WITHDRAWN");

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final Organizations organizations;
    private final ManagingRuedas managing;

    ManagingParticipants(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings,
                         Organizations organizations, ManagingRuedas managing) {
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.organizations = organizations;
        this.managing = managing;
    }

    /** Managers see everyone with contacts; a participant sees the approved firms (contacts once the agenda is out). */
    @Transactional
    public List<ParticipantView> list(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        StoredParticipant self = managing.self(actor, ruedaId);
        RuedaAccess.requireVisible(actor, r, self);
        boolean manages = RuedaAccess.manages(actor, r);
        if (!manages && (self == null || !self.approved())) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.notParticipant");
        }
        boolean contacts = manages || r.status().agendaVisibleToParticipants();
        return participants.list(ruedaId).stream()
                .filter(p -> manages || p.approved())
                .map(p -> view(p, contacts || p.organizationId().equals(actor.organizationId())))
                .toList();
    }

    static ParticipantView view(StoredParticipant p, boolean contacts) {
        return new ParticipantView(p.organizationId(), p.name(), p.nit(), p.role(), p.status(), p.maxMeetings(),
                p.sessions(), p.unavailableSlots(), p.tableCode(), p.municipalityName(), p.departmentCode(),
                contacts ? p.contactName() : null, contacts ? p.contactEmail() : null, contacts ? p.contactPhone() : null,
                p.version());
    }

    /** An organizer invites (or directly approves) a firm; a firm applies for itself. */
    @Transactional
    public ParticipantView add(Actor actor, UUID ruedaId, ParticipantDraft.Invitation body) {
        StoredRueda r = ruedas.lock(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        ParticipantDraft.Invitation invitation = body == null
                ? new ParticipantDraft.Invitation(null, null, null, null, null, null) : body;
        if (RuedaAccess.manages(actor, r)) {
            RuedaAccess.requireStatus(r.status().ordinal() < RuedaStatus.SCHEDULING.ordinal()
                    || r.status() == RuedaStatus.SCHEDULING, "rueda.participants.closed");
            OrganizationRow org = organization(invitation);
            String role = role(org, invitation.role());
            String status = invitation.status() == null ? "INVITED" : invitation.status().strip();
            if (!status.equals("INVITED") && !status.equals("APPROVED")) {
                throw ApiException.invalidField("status", "field.notOneOf", status, "INVITED, APPROVED");
            }
            Integer max = maxMeetings(invitation.maxMeetings());
            if (!participants.insert(ruedaId, org.id(), role, status, max, checkInCode(), calendarToken())) {
                throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.exists", org.legalName());
            }
            if (Boolean.TRUE.equals(invitation.ownTable())) {
                ownTable(r, org.id(), role, true);
            }
            return view(participants.find(ruedaId, org.id()).orElseThrow(), true);
        }
        StoredParticipant existing = managing.self(actor, ruedaId);
        RuedaAccess.requireVisible(actor, r, existing);
        if (actor.organizationId() == null || actor.isStaff()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden");
        }
        RuedaAccess.requireStatus(r.status().registrationOpen(), "rueda.registration.closed");
        if (existing != null) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.alreadyYou");
        }
        OrganizationRow org = organizations.findById(actor.organizationId())
                .orElseThrow(() -> ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden"));
        participants.insert(ruedaId, org.id(), role(org, null), "APPLIED", null, checkInCode(), calendarToken());
        return view(participants.find(ruedaId, org.id()).orElseThrow(), true);
    }

    /** Invites (or approves) many firms by NIT; unknown NITs are reported, not fatal. */
    @Transactional
    public InvitationReport addMany(Actor actor, UUID ruedaId, ParticipantDraft.BulkInvitation body) {
        StoredRueda r = managing.managed(actor, ruedaId);
        RuedaAccess.requireStatus(r.status().ordinal() <= RuedaStatus.SCHEDULING.ordinal(), "rueda.participants.closed");
        List<String> given = body == null || body.nits() == null ? List.of() : body.nits();
        if (given.isEmpty()) {
            throw ApiException.invalidField("nits", "field.required");
        }
        if (given.size() > 2000) {
            throw ApiException.invalidField("nits", "field.tooMany", 2000, given.size());
        }
        Violations bad = new Violations();
        Set<String> nits = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String raw = given.get(i) == null ? "" : given.get(i).strip();
            try {
                nits.add(Nit.parse(raw).toString());
            } catch (Nit.InvalidNitException e) {
                bad.add("nits[" + i + "]", e.problem() == Nit.Problem.CHECK_DIGIT ? "field.nit.checkDigit" : "field.nit.format",
                        raw.length() > 40 ? raw.substring(0, 40) : raw);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidRecordException(bad.list());
        }
        String status = Boolean.TRUE.equals(body.approve()) ? "APPROVED" : "INVITED";
        int added = 0;
        int already = 0;
        List<String> unknown = new ArrayList<>();
        for (String nit : nits) {
            OrganizationRow org = organizations.findByNit(nit).orElse(null);
            if (org == null || "ORGANIZER".equals(org.kind())) {
                unknown.add(nit);
            } else if (participants.insert(ruedaId, org.id(), role(org, null), status, null, checkInCode(), calendarToken())) {
                added++;
            } else {
                already++;
            }
        }
        return new InvitationReport(added, already, unknown);
    }

    @Transactional
    public ParticipantView change(Actor actor, UUID ruedaId, UUID organizationId, ParticipantDraft.Change change,
                                  Long expected) {
        StoredRueda r = ruedas.lock(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        boolean manages = RuedaAccess.manages(actor, r);
        StoredParticipant self = managing.self(actor, ruedaId);
        RuedaAccess.requireVisible(actor, r, self);
        StoredParticipant p = participants.find(ruedaId, organizationId)
                .orElseThrow(() -> ApiException.notFound("rueda.participant.notFound"));
        if (!manages && !p.organizationId().equals(actor.organizationId())) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden");
        }
        if (expected != null && expected != p.version()) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.participant.versionConflict");
        }
        ParticipantDraft.Change c = change == null ? new ParticipantDraft.Change(null, null, null, null, null) : change;
        String status = c.status() == null ? p.status() : c.status().strip();
        if (!STATUSES.contains(status)) {
            throw ApiException.invalidField("status", "field.notOneOf", status, String.join(", ", STATUSES));
        }
        if (!manages && !status.equals(p.status())) {
            boolean accepting = p.status().equals("INVITED") && status.equals("APPROVED");
            boolean leaving = status.equals("WITHDRAWN") || (p.status().equals("INVITED") && status.equals("DECLINED"));
            if (!accepting && !leaving) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.participant.statusByOrganizer");
            }
        }
        boolean availabilityChanges = c.sessions() != null || c.unavailableSlots() != null || c.maxMeetings() != null;
        if (!manages && availabilityChanges && r.status().ordinal() >= RuedaStatus.SCHEDULING.ordinal()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.availabilityClosed");
        }
        RuedaLayout layout = ruedas.layout(ruedaId);
        Violations out = new Violations();
        List<String> sessions = codes(out, "sessions", c.sessions(), p.sessions(),
                layout.sessions().stream().map(RuedaLayout.Session::code).toList());
        List<String> unavailable = codes(out, "unavailableSlots", c.unavailableSlots(), p.unavailableSlots(),
                layout.slots().stream().map(RuedaLayout.SlotRow::code).toList());
        Integer max = p.maxMeetings();
        if (c.maxMeetings() != null) {
            if (c.maxMeetings() < 1 || c.maxMeetings() > Math.max(1, layout.slots().size())) {
                out.add("maxMeetings", "field.range", c.maxMeetings(), 1, Math.max(1, layout.slots().size()));
            }
            max = c.maxMeetings();
        }
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        boolean leavesAgenda = p.approved() && !status.equals("APPROVED");
        if (leavesAgenda && meetings.list(ruedaId).stream().anyMatch(m -> m.live() && m.involves(organizationId))) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.hasMeetings");
        }
        if (!participants.update(ruedaId, organizationId, status, max, sessions, unavailable, p.version())) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.participant.versionConflict");
        }
        if (c.ownTable() != null) {
            if (!manages) {
                throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.participant.statusByOrganizer");
            }
            ownTable(r, organizationId, p.role(), c.ownTable());
        }
        return view(participants.find(ruedaId, organizationId).orElseThrow(), true);
    }

    private void ownTable(StoredRueda r, UUID organizationId, String role, boolean own) {
        if (own && !"ANCHOR".equals(role)) {
            throw ApiException.invalidField("ownTable", "rueda.participant.ownTableAnchorsOnly");
        }
        if (!meetings.list(r.id()).isEmpty()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.tablesFixed");
        }
        if (!ruedas.assignOwnTable(r.id(), organizationId, own)) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.participant.noFreeTable");
        }
    }

    private static List<String> codes(Violations out, String field, List<String> given, List<String> current,
                                      List<String> known) {
        if (given == null) {
            return current;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip();
            if (!known.contains(code)) {
                out.add(field + "[" + i + "]", "rueda.participant.unknownCode", code, String.join(", ", known));
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private OrganizationRow organization(ParticipantDraft.Invitation invitation) {
        if (invitation.organizationId() != null) {
            return organizations.findById(invitation.organizationId())
                    .filter(o -> !"ORGANIZER".equals(o.kind()))
                    .orElseThrow(() -> ApiException.invalidField("organizationId", "rueda.participant.unknownOrganization"));
        }
        if (invitation.nit() == null || invitation.nit().isBlank()) {
            throw ApiException.invalidField("nit", "rueda.participant.whoRequired");
        }
        String nit;
        try {
            nit = Nit.parse(invitation.nit().strip()).toString();
        } catch (Nit.InvalidNitException e) {
            throw ApiException.invalidField("nit", e.problem() == Nit.Problem.CHECK_DIGIT ? "field.nit.checkDigit" : "field.nit.format",
                    invitation.nit().length() > 40 ? invitation.nit().substring(0, 40) : invitation.nit());
        }
        return organizations.findByNit(nit).filter(o -> !"ORGANIZER".equals(o.kind()))
                .orElseThrow(() -> ApiException.invalidField("nit", "rueda.participant.unknownNit", nit));
    }

    private static String role(OrganizationRow org, String requested) {
        if (requested != null && !requested.isBlank()) {
            String role = requested.strip();
            if (!Set.of("ANCHOR", "SUPPLIER", "ALLY").contains(role)) {
                throw ApiException.invalidField("role", "field.notOneOf", role, "ANCHOR, SUPPLIER, ALLY");
            }
            if (!role.equals("ALLY") && !role.equals(org.kind())) {
                throw ApiException.invalidField("role", "rueda.participant.roleMismatch");
            }
            return role;
        }
        return org.kind().equals("ANCHOR") ? "ANCHOR" : org.kind().equals("SUPPLIER") ? "SUPPLIER" : "ALLY";
    }

    private static Integer maxMeetings(Integer given) {
        if (given != null && (given < 1 || given > 64)) {
            throw ApiException.invalidField("maxMeetings", "field.range", given, 1, 64);
        }
        return given;
    }

    /** A fresh check-in code: 10 characters without look-alikes (0/O, 1/I), for the QR and for typing. */
    public static String checkInCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A fresh secret for a calendar subscription address. */
    public static String calendarToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
