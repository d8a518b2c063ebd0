package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.ruedas.application.RuedaViews.AgendaFigures;
import co.encadena.api.ruedas.application.RuedaViews.RuedaDetails;
import co.encadena.api.ruedas.application.RuedaViews.RuedaSummary;
import co.encadena.api.ruedas.domain.RuedaStatus;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organizer's use cases on a rueda as a whole: set it up, change its settings, move it through its life. */
@Singleton
public class ManagingRuedas {

    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final RuedaSettingsValidator validator;
    private final Organizations organizations;
    private final JsonMapper json;
    private final ApplicationEventPublisher<AgendaChanged> events;

    ManagingRuedas(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings,
                   RuedaSettingsValidator validator, Organizations organizations, JsonMapper json,
                   ApplicationEventPublisher<AgendaChanged> events) {
        this.events = events;
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.validator = validator;
        this.organizations = organizations;
        this.json = json;
    }

    @Transactional
    public List<RuedaSummary> list(Actor actor) {
        boolean all = actor.isStaff();
        List<StoredRueda> found = ruedas.list(actor.organizationId(), all);
        Map<UUID, Ruedas.Counts> counts = ruedas.counts(found.stream().map(StoredRueda::id).toList());
        Map<UUID, StoredParticipant> mine = actor.organizationId() == null || actor.isStaff() ? Map.of()
                : participants.ofOrganization(actor.organizationId());
        List<RuedaSummary> out = new ArrayList<>();
        for (StoredRueda r : found) {
            StoredParticipant self = mine.get(r.id());
            if (!RuedaAccess.visible(actor, r, self)) {
                continue;
            }
            Ruedas.Counts c = counts.get(r.id());
            out.add(new RuedaSummary(r.id(), r.name(), r.status().name(), r.startsOn(), r.municipalityName(), r.venue(),
                    r.organizerName(), c.anchors(), c.suppliers(), c.requests(), c.meetings(),
                    self == null ? null : self.status(), r.version()));
        }
        return out;
    }

    @Transactional
    public RuedaDetails details(Actor actor, UUID id) {
        StoredRueda r = ruedas.find(id).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        StoredParticipant self = self(actor, id);
        RuedaAccess.requireVisible(actor, r, self);
        return details(actor, r, self);
    }

    private RuedaDetails details(Actor actor, StoredRueda r, StoredParticipant self) {
        RuedaLayout layout = ruedas.layout(r.id());
        Ruedas.Counts c = ruedas.counts(List.of(r.id())).get(r.id());
        boolean manages = RuedaAccess.manages(actor, r);
        List<String> next = manages ? Arrays.stream(RuedaStatus.values()).filter(r.status()::canMoveTo).map(Enum::name).toList()
                : List.of();
        return new RuedaDetails(r.id(), r.name(), r.description(), r.status().name(), r.municipalityCode(),
                r.municipalityName(), r.venue(), r.timezone(), r.slotMinutes(), r.startsOn(), r.maxOpenRequests(),
                r.requestExpiryDays(), r.defaultMaxMeetings(), r.organizerId(), r.organizerName(),
                layout.sessions().stream().map(s -> new RuedaViews.SessionView(s.code(), s.name(), s.startsAt(), s.endsAt(),
                        layout.breaks().stream().filter(b -> b.sessionCode().equals(s.code()))
                                .map(b -> new RuedaViews.BreakView(b.startsAt(), b.endsAt())).toList())).toList(),
                layout.slots().stream().map(s -> new RuedaViews.SlotView(s.code(), s.sessionCode(), s.startsAt(), s.endsAt())).toList(),
                layout.tables().stream().map(t -> new RuedaViews.TableView(t.code(), t.name(), t.ownerId(), t.ownerName())).toList(),
                c.anchors(), c.suppliers(), c.allies(), c.pendingParticipants(), c.requests(), c.meetings(),
                manages || r.status().agendaVisibleToParticipants() ? figures(r) : null, r.publishedAt(), manages,
                self == null ? null : self.status(), self == null ? null : self.role(), next, r.version());
    }

    /** The figures of the latest scheduler run, or null before the first. */
    AgendaFigures figures(StoredRueda r) {
        if (r.agendaStatsJson() == null) {
            return null;
        }
        try {
            return json.readValue(r.agendaStatsJson(), AgendaFigures.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public RuedaDetails create(Actor actor, RuedaSettings settings, UUID organizerId) {
        if (!actor.isStaff()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, "rueda.forbidden");
        }
        RuedaSettingsValidator.Valid valid = validator.validate(settings);
        UUID organizer = actor.organizationId();
        if (organizer == null || actor.is(Actor.ADMIN) && organizerId != null) {
            if (organizerId == null) {
                throw ApiException.invalidField("organizerId", "rueda.organizerRequired");
            }
            organizer = organizerId;
        }
        boolean isOrganizer = organizations.findById(organizer).map(o -> "ORGANIZER".equals(o.kind())).orElse(false);
        if (!isOrganizer) {
            throw ApiException.invalidField("organizerId", "rueda.organizerUnknown");
        }
        UUID id = UUID.randomUUID();
        ruedas.insert(id, organizer, valid);
        StoredRueda created = ruedas.find(id).orElseThrow();
        return details(actor, created, null);
    }

    @Transactional
    public RuedaDetails update(Actor actor, UUID id, RuedaSettings settings, Long expected) {
        StoredRueda r = managed(actor, id);
        checkVersion(r, expected);
        RuedaAccess.requireStatus(r.status().settingsEditable(), "rueda.settings.locked");
        RuedaSettingsValidator.Valid valid = validator.validate(settings);
        if (!meetings.list(id).isEmpty()) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.settings.locked");
        }
        ruedas.updateSettings(id, valid);
        return details(actor, ruedas.find(id).orElseThrow(), null);
    }

    @Transactional
    public RuedaDetails moveTo(Actor actor, UUID id, String target, Long expected) {
        StoredRueda r = managed(actor, id);
        checkVersion(r, expected);
        RuedaStatus to;
        try {
            to = RuedaStatus.valueOf(target == null ? "" : target.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "field.notOneOf", String.valueOf(target),
                    String.join(", ", Arrays.stream(RuedaStatus.values()).map(Enum::name).toList()));
        }
        if (!r.status().canMoveTo(to)) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.transition.notAllowed", r.status().name(), to.name());
        }
        Ruedas.Counts c = ruedas.counts(List.of(id)).get(id);
        if (to == RuedaStatus.REQUESTS && c.anchors() + c.suppliers() + c.allies() < 2) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.transition.fewParticipants");
        }
        if (to == RuedaStatus.PUBLISHED && (r.agendaGeneratedAt() == null || c.meetings() == 0)) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.transition.noAgenda");
        }
        if (!ruedas.setStatus(id, to, r.version())) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.versionConflict");
        }
        if (to == RuedaStatus.PUBLISHED) {
            events.publishEvent(new AgendaChanged(id, AgendaChanged.Change.PUBLISHED, List.of()));
        }
        return details(actor, ruedas.find(id).orElseThrow(), null);
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        StoredRueda r = managed(actor, id);
        if (!ruedas.delete(r.id())) {
            throw ApiException.of(HttpStatus.CONFLICT, "rueda.delete.notDraft");
        }
    }

    /** The rueda, locked, when the caller manages it. */
    StoredRueda managed(Actor actor, UUID id) {
        StoredRueda r = ruedas.lock(id).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        return r;
    }

    StoredParticipant self(Actor actor, UUID ruedaId) {
        return actor.organizationId() == null || actor.isStaff() ? null
                : participants.find(ruedaId, actor.organizationId()).orElse(null);
    }

    static void checkVersion(StoredRueda r, Long expected) {
        if (expected != null && expected != r.version()) {
            throw ApiException.of(HttpStatus.PRECONDITION_FAILED, "rueda.versionConflict");
        }
    }
}
