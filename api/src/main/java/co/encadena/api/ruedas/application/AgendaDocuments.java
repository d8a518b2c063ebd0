package co.encadena.api.ruedas.application;

import co.encadena.api.common.Actor;
import co.encadena.api.common.PublicUrl;
import co.encadena.api.common.web.ApiException;
import co.encadena.api.ruedas.application.CarryingAgendas.AgendaMeeting;
import co.encadena.api.ruedas.application.CarryingAgendas.Counterpart;
import co.encadena.api.ruedas.application.CarryingAgendas.ParticipantAgenda;
import co.encadena.api.ruedas.documents.AgendaCalendar;
import co.encadena.api.ruedas.documents.AgendaExportRow;
import co.encadena.api.ruedas.documents.AgendaPdf;
import co.encadena.api.ruedas.documents.AgendaSpreadsheet;
import co.encadena.api.ruedas.documents.CarriedAgenda;
import co.encadena.api.ruedas.documents.CarriedMeeting;
import co.encadena.api.ruedas.documents.MeetingState;
import co.encadena.api.ruedas.documents.Party;
import co.encadena.api.ruedas.documents.TableSheet;
import co.encadena.api.ruedas.documents.TableSheetRow;
import co.encadena.api.ruedas.documents.TableSheetsPdf;
import co.encadena.api.ruedas.persistence.RuedaLayout;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredMeeting;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agendas people carry: a participant's PDF (with its check-in QR) and iCalendar feed, the venue staff's
 * per-table sheets and the organizer's CSV/XLSX export, all from the same agenda the web shows.
 */
@Singleton
public class AgendaDocuments {

    private final CarryingAgendas carrying;
    private final Ruedas ruedas;
    private final RuedaParticipants participants;
    private final RuedaMeetings meetings;
    private final AgendaCalendar calendar;
    private final AgendaPdf pdf;
    private final TableSheetsPdf sheets;
    private final AgendaSpreadsheet spreadsheet;
    private final PublicUrl publicUrl;
    private final Clock clock;

    AgendaDocuments(CarryingAgendas carrying, Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings,
                    AgendaCalendar calendar, AgendaPdf pdf, TableSheetsPdf sheets, AgendaSpreadsheet spreadsheet,
                    PublicUrl publicUrl, Clock clock) {
        this.carrying = carrying;
        this.ruedas = ruedas;
        this.participants = participants;
        this.meetings = meetings;
        this.calendar = calendar;
        this.pdf = pdf;
        this.sheets = sheets;
        this.spreadsheet = spreadsheet;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Transactional
    public byte[] pdf(Actor actor, UUID ruedaId, UUID organizationId) {
        return pdf.render(carried(carrying.agenda(actor, ruedaId, organizationId)));
    }

    @Transactional
    public String ics(Actor actor, UUID ruedaId, UUID organizationId) {
        return calendar.feed(carried(carrying.agenda(actor, ruedaId, organizationId)));
    }

    /** The calendar subscription: no sign-in, the secret token in the address identifies the participant. */
    @Transactional
    public String feed(String token) {
        return calendar.feed(carried(carrying.byCalendarToken(token)));
    }

    CarriedAgenda carried(ParticipantAgenda a) {
        Party me = new Party(a.organizationId(), a.name(), a.nit(), a.role(), null, null, null, null);
        List<CarriedMeeting> list = new ArrayList<>();
        for (AgendaMeeting m : a.meetings()) {
            Counterpart c = m.counterpart();
            Party other = c == null ? null : new Party(c.organizationId(), c.name(), c.nit(), c.role(), c.contactName(),
                    c.contactEmail(), c.contactPhone(), c.municipalityName());
            list.add(new CarriedMeeting(m.uid(), m.sequence(), m.startsAt(), m.endsAt(), m.slot(), m.tableCode(),
                    m.tableName(), other, MeetingState.valueOf(m.status()), m.updatedAt()));
        }
        return new CarriedAgenda(a.ruedaId(), a.ruedaName(), a.venue(), a.municipalityName(), ZoneId.of(a.timezone()), me,
                a.checkInCode(), publicUrl.to("/ruedas/" + a.ruedaId() + "/mi-agenda"), list, clock.instant());
    }

    /** One page per table for the venue staff. */
    @Transactional
    public byte[] tableSheets(Actor actor, UUID ruedaId) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        RuedaLayout layout = ruedas.layout(ruedaId);
        Map<UUID, StoredParticipant> people = people(ruedaId);
        List<StoredMeeting> live = meetings.list(ruedaId).stream().filter(StoredMeeting::live).toList();
        List<TableSheet> out = new ArrayList<>();
        for (RuedaLayout.TableRow t : layout.tables()) {
            List<TableSheetRow> rows = new ArrayList<>();
            for (StoredMeeting m : live) {
                if (!m.tableId().equals(t.id())) {
                    continue;
                }
                RuedaLayout.SlotRow slot = layout.slot(m.slotId()).orElseThrow();
                StoredParticipant a = people.get(m.partyA());
                StoredParticipant b = people.get(m.partyB());
                rows.add(new TableSheetRow(slot.startsAt(), slot.endsAt(), slot.code(), name(a), name(b), nit(a), nit(b)));
            }
            out.add(new TableSheet(t.code(), t.name(), t.ownerName(), rows));
        }
        return sheets.render(r.name(), r.venue(), ZoneId.of(r.timezone()), out);
    }

    /** The whole agenda as rows for a spreadsheet. */
    @Transactional
    public byte[] export(Actor actor, UUID ruedaId, boolean xlsx) {
        StoredRueda r = ruedas.find(ruedaId).orElseThrow(() -> ApiException.notFound("rueda.notFound"));
        RuedaAccess.requireManage(actor, r);
        RuedaLayout layout = ruedas.layout(ruedaId);
        Map<UUID, StoredParticipant> people = people(ruedaId);
        List<AgendaExportRow> rows = new ArrayList<>();
        for (StoredMeeting m : meetings.list(ruedaId)) {
            if (!m.live() && !"NO_SHOW".equals(m.status())) {
                continue;
            }
            RuedaLayout.SlotRow slot = layout.slot(m.slotId()).orElseThrow();
            RuedaLayout.TableRow table = layout.table(m.tableId()).orElseThrow();
            StoredParticipant a = people.get(m.partyA());
            StoredParticipant b = people.get(m.partyB());
            rows.add(new AgendaExportRow(slot.code(), slot.startsAt(), slot.endsAt(), table.code(), table.name(),
                    name(a), nit(a), a == null ? "" : a.role(), name(b), nit(b), b == null ? "" : b.role(), m.status(),
                    m.locked()));
        }
        ZoneId zone = ZoneId.of(r.timezone());
        return xlsx ? spreadsheet.xlsx(rows, zone) : spreadsheet.csv(rows, zone);
    }

    private Map<UUID, StoredParticipant> people(UUID ruedaId) {
        return participants.list(ruedaId).stream().collect(Collectors.toMap(StoredParticipant::organizationId, Function.identity()));
    }

    private static String name(StoredParticipant p) {
        return p == null ? "" : p.name();
    }

    private static String nit(StoredParticipant p) {
        return p == null || p.nit() == null ? "" : p.nit();
    }
}
