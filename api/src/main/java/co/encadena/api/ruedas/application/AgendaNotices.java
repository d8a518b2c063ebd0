package co.encadena.api.ruedas.application;

import co.encadena.api.common.DaemonThreads;
import co.encadena.api.common.Messages;
import co.encadena.api.mail.Mail;
import co.encadena.api.mail.Mailer;
import co.encadena.api.ruedas.application.CarryingAgendas.AgendaMeeting;
import co.encadena.api.ruedas.application.CarryingAgendas.ParticipantAgenda;
import co.encadena.api.ruedas.documents.AgendaCalendar;
import co.encadena.api.ruedas.documents.CarriedAgenda;
import co.encadena.api.ruedas.documents.CarriedMeeting;
import co.encadena.api.ruedas.persistence.RuedaMeetings;
import co.encadena.api.ruedas.persistence.RuedaParticipants;
import co.encadena.api.ruedas.persistence.Ruedas;
import co.encadena.api.ruedas.persistence.StoredMeeting;
import co.encadena.api.ruedas.persistence.StoredParticipant;
import co.encadena.api.ruedas.persistence.StoredRueda;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mails the people whose published agenda changed, once the change is committed: at publication everyone
 * gets their agenda (with the calendar subscription link and the agenda as an iCalendar attachment); when a
 * meeting moves or is added both sides get the updated event (METHOD:REQUEST, same UID, higher SEQUENCE), and
 * when it is cancelled, the cancellation (METHOD:CANCEL). A firm without a contact e-mail still sees every change
 * on the web and in its calendar subscription.
 */
@Singleton
public class AgendaNotices {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaNotices.class);

    private final Mailing mailing;
    private final Mailer mailer;
    private final ExecutorService executor;

    AgendaNotices(Mailing mailing, Mailer mailer) {
        this.mailing = mailing;
        this.mailer = mailer;
        // a plain thread: Micronaut's executors would carry the request's (finished) transaction into the task
        this.executor = DaemonThreads.fixed("agenda-notices", 1);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    @TransactionalEventListener
    void onChange(AgendaChanged event) {
        if (event.change() == AgendaChanged.Change.PUBLISHED) {
            // one e-mail per participant: not in the organizer's request
            executor.execute(() -> {
                try {
                    mailing.mails(event).forEach(mailer::send);
                } catch (RuntimeException e) {
                    LOG.warn("Could not e-mail the published agenda of rueda {}: {}", event.ruedaId(), e.toString());
                }
            });
        } else {
            mailing.mails(event).forEach(mailer::send);
        }
    }

    /** Builds the e-mails from the committed agenda (its own transaction). */
    @Singleton
    static class Mailing {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM, HH:mm", Messages.LOCALE);

        private final Ruedas ruedas;
        private final RuedaParticipants participants;
        private final RuedaMeetings meetings;
        private final CarryingAgendas carrying;
        private final AgendaDocuments documents;
        private final AgendaCalendar calendar;
        private final Messages messages;

        Mailing(Ruedas ruedas, RuedaParticipants participants, RuedaMeetings meetings, CarryingAgendas carrying,
                AgendaDocuments documents, AgendaCalendar calendar, Messages messages) {
            this.ruedas = ruedas;
            this.participants = participants;
            this.meetings = meetings;
            this.carrying = carrying;
            this.documents = documents;
            this.calendar = calendar;
            this.messages = messages;
        }

        @Transactional
        public List<Mail> mails(AgendaChanged event) {
            StoredRueda r = ruedas.find(event.ruedaId()).orElse(null);
            List<Mail> out = new ArrayList<>();
            if (r == null) {
                return out;
            }
            if (event.change() == AgendaChanged.Change.PUBLISHED) {
                for (StoredParticipant p : participants.list(r.id())) {
                    if (!p.approved() || blank(p.contactEmail())) {
                        continue;
                    }
                    ParticipantAgenda agenda = carrying.agendaOf(r, p.organizationId());
                    long live = agenda.meetings().stream().filter(m -> "SCHEDULED".equals(m.status())).count();
                    if (live == 0) {
                        continue;
                    }
                    CarriedAgenda carried = documents.carried(agenda);
                    out.add(new Mail(p.contactEmail(), messages.get("rueda.mail.published.subject", r.name()),
                            messages.get("rueda.mail.published.body", p.name(), r.name(), live, carried.agendaUrl(),
                                    agenda.calendarUrl() == null ? "" : agenda.calendarUrl()),
                            calendar.feed(carried)));
                }
                return out;
            }
            for (UUID meetingId : event.meetingIds()) {
                StoredMeeting m = meetings.find(r.id(), meetingId).orElse(null);
                if (m == null) {
                    continue;
                }
                for (UUID party : List.of(m.partyA(), m.partyB())) {
                    StoredParticipant p = participants.find(r.id(), party).orElse(null);
                    if (p == null || blank(p.contactEmail())) {
                        continue;
                    }
                    ParticipantAgenda agenda = carrying.agendaOf(r, party);
                    AgendaMeeting shown = agenda.meetings().stream().filter(x -> x.id().equals(meetingId)).findFirst().orElse(null);
                    if (shown == null) {
                        continue;
                    }
                    CarriedAgenda carried = documents.carried(agenda);
                    CarriedMeeting item = carried.meetings().stream().filter(x -> x.uid().equals(shown.uid())).findFirst().orElseThrow();
                    String counterpart = shown.counterpart() == null ? "" : shown.counterpart().name();
                    String when = WHEN.format(shown.startsAt().atZone(ZoneId.of(r.timezone())));
                    boolean cancelled = event.change() == AgendaChanged.Change.CANCELLED;
                    out.add(new Mail(p.contactEmail(),
                            messages.get(cancelled ? "rueda.mail.cancelled.subject" : "rueda.mail.updated.subject", counterpart, r.name()),
                            messages.get(cancelled ? "rueda.mail.cancelled.body" : "rueda.mail.updated.body", p.name(), counterpart,
                                    r.name(), when, shown.tableName(), carried.agendaUrl()),
                            cancelled ? calendar.cancellation(carried, item) : calendar.update(carried, item)));
                }
            }
            return out;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
