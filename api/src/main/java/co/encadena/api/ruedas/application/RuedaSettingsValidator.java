package co.encadena.api.ruedas.application;

import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.PlainTextPolicy;
import co.encadena.api.common.validation.Violations;
import co.encadena.api.reference.ReferenceCodes;
import co.encadena.api.ruedas.domain.SlotPlan;
import co.encadena.api.ruedas.domain.SlotPlan.BreakSpec;
import co.encadena.api.ruedas.domain.SlotPlan.PlannedSlot;
import co.encadena.api.ruedas.domain.SlotPlan.SessionSpec;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a rueda's settings field by field (every problem at once) and plans its slots. */
@Singleton
public class RuedaSettingsValidator {

    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    static final int MAX_SLOTS = 64;
    private static final Pattern SESSION_CODE = Pattern.compile("[A-Z0-9_-]{1,10}");

    /** Settings that passed every rule, with the slots they produce. */
    public record Valid(String name, String description, String municipalityCode, String venue, int slotMinutes,
                        int tables, int maxOpenRequests, int requestExpiryDays, int defaultMaxMeetings,
                        List<SessionSpec> sessions, List<PlannedSlot> slots) {
        public LocalDate startsOn() {
            return sessions.stream().map(SessionSpec::date).min(LocalDate::compareTo).orElseThrow();
        }
    }

    private final ReferenceCodes codes;

    RuedaSettingsValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    public Valid validate(RuedaSettings s) {
        if (s == null) {
            throw InvalidRecordException.of(null, "error.bodyRequired");
        }
        Violations out = new Violations();
        String name = PlainTextPolicy.line(out, "name", s.name(), 160, true);
        String description = PlainTextPolicy.paragraph(out, "description", s.description(), 2000, false);
        String venue = PlainTextPolicy.line(out, "venue", s.venue(), 200, false);
        String municipality = s.municipalityCode() == null || s.municipalityCode().isBlank() ? null : s.municipalityCode().strip();
        if (municipality != null && !codes.municipality(municipality)) {
            out.add("municipalityCode", "field.municipality.unknown", municipality);
        }
        int slotMinutes = range(out, "slotMinutes", s.slotMinutes(), 20, 10, 120);
        int tables = range(out, "tables", s.tables(), null, 1, 500);
        int maxOpen = range(out, "maxOpenRequests", s.maxOpenRequests(), 10, 1, 500);
        int expiry = range(out, "requestExpiryDays", s.requestExpiryDays(), 7, 1, 90);
        int maxMeetings = range(out, "defaultMaxMeetings", s.defaultMaxMeetings(), 8, 1, 64);
        List<SessionSpec> sessions = sessions(out, s.sessions());
        List<PlannedSlot> slots = List.of();
        if (out.isEmpty()) {
            slots = SlotPlan.slots(sessions, slotMinutes, BOGOTA);
            if (slots.isEmpty()) {
                out.add("slotMinutes", "rueda.settings.noSlots", slotMinutes);
            } else if (slots.size() > MAX_SLOTS) {
                out.add("slotMinutes", "rueda.settings.tooManySlots", slots.size(), MAX_SLOTS);
            }
            Set<String> sessionsWithSlots = new HashSet<>();
            slots.forEach(p -> sessionsWithSlots.add(p.sessionCode()));
            for (int i = 0; i < sessions.size(); i++) {
                if (!slots.isEmpty() && !sessionsWithSlots.contains(sessions.get(i).code())) {
                    out.add("sessions[" + i + "]", "rueda.settings.sessionWithoutSlots", sessions.get(i).code());
                }
            }
        }
        if (!out.isEmpty()) {
            throw new InvalidRecordException(out.list());
        }
        return new Valid(name, description, municipality, venue, slotMinutes, tables, maxOpen, expiry, maxMeetings,
                sessions, slots);
    }

    private static int range(Violations out, String field, Integer value, Integer fallback, int min, int max) {
        if (value == null) {
            if (fallback == null) {
                out.add(field, "field.required");
                return min;
            }
            return fallback;
        }
        if (value < min || value > max) {
            out.add(field, "field.range", value, min, max);
        }
        return value;
    }

    private static List<SessionSpec> sessions(Violations out, List<RuedaSettings.SessionSettings> given) {
        List<SessionSpec> sessions = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            out.add("sessions", "rueda.settings.sessionsRequired");
            return sessions;
        }
        if (given.size() > 10) {
            out.add("sessions", "field.tooMany", 10, given.size());
            return sessions;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            RuedaSettings.SessionSettings g = given.get(i);
            String at = "sessions[" + i + "]";
            if (g == null) {
                out.add(at, "field.required");
                continue;
            }
            String code = g.code() == null ? "" : g.code().strip().toUpperCase(java.util.Locale.ROOT);
            if (!SESSION_CODE.matcher(code).matches()) {
                out.add(at + ".code", "rueda.settings.sessionCode");
            } else if (!seen.add(code)) {
                out.add(at + ".code", "rueda.settings.sessionCodeRepeated", code);
            }
            String name = PlainTextPolicy.line(out, at + ".name", g.name() == null || g.name().isBlank() ? code : g.name(), 80, true);
            LocalDate date = date(out, at + ".date", g.date());
            LocalTime start = time(out, at + ".start", g.start());
            LocalTime end = time(out, at + ".end", g.end());
            if (start != null && end != null && !end.isAfter(start)) {
                out.add(at + ".end", "rueda.settings.endBeforeStart");
            }
            List<BreakSpec> breaks = new ArrayList<>();
            List<RuedaSettings.BreakSettings> givenBreaks = g.breaks() == null ? List.of() : g.breaks();
            for (int j = 0; j < givenBreaks.size(); j++) {
                String bat = at + ".breaks[" + j + "]";
                RuedaSettings.BreakSettings b = givenBreaks.get(j);
                LocalTime bs = b == null ? null : time(out, bat + ".start", b.start());
                LocalTime be = b == null ? null : time(out, bat + ".end", b.end());
                if (bs == null || be == null) {
                    continue;
                }
                if (!be.isAfter(bs)) {
                    out.add(bat + ".end", "rueda.settings.endBeforeStart");
                } else if (start != null && end != null && (bs.isBefore(start) || be.isAfter(end))) {
                    out.add(bat, "rueda.settings.breakOutside");
                } else {
                    breaks.add(new BreakSpec(bs, be));
                }
            }
            if (date != null && start != null && end != null && end.isAfter(start)) {
                for (SessionSpec other : sessions) {
                    if (other.date().equals(date) && start.isBefore(other.end()) && other.start().isBefore(end)) {
                        out.add(at, "rueda.settings.sessionsOverlap", other.code());
                    }
                }
                sessions.add(new SessionSpec(code, name, date, start, end, breaks));
            }
        }
        return sessions;
    }

    private static LocalDate date(Violations out, String field, String value) {
        if (value == null || value.isBlank()) {
            out.add(field, "field.required");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                out.add(field, "field.date", value);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            out.add(field, "field.date", value);
            return null;
        }
    }

    private static LocalTime time(Violations out, String field, String value) {
        if (value == null || value.isBlank()) {
            out.add(field, "field.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            out.add(field, "rueda.settings.timeFormat", value);
            return null;
        }
    }
}
