package co.encadena.matching.scheduling.io;

import co.encadena.matching.scheduling.InvalidRuedaException;
import co.encadena.matching.scheduling.model.Agenda;
import co.encadena.matching.scheduling.model.AgendaStats;
import co.encadena.matching.scheduling.model.LockedMeeting;
import co.encadena.matching.scheduling.model.Meeting;
import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;
import co.encadena.matching.scheduling.model.UnscheduledRequest;
import com.grack.nanojson.JsonArray;
import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import com.grack.nanojson.JsonParserException;
import com.grack.nanojson.JsonWriter;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads {@code rueda.json} and writes {@code agenda.json} as specified in {@code spec/FORMATS.md}. Unknown
 * fields are ignored; a field of the wrong type is reported in Spanish with its path
 * ({@code participants[3].maxMeetings}), all problems at once, as an {@link InvalidRuedaException}.
 */
public final class RuedaJson {
    private final List<String> problems = new ArrayList<>();

    private RuedaJson() {
    }

    /** Parses a rueda instance. */
    public static RuedaInstance readInstance(String json) {
        JsonObject root;
        try {
            root = JsonParser.object().from(json);
        } catch (JsonParserException e) {
            throw new InvalidRuedaException("El archivo no es un JSON válido (línea " + e.getLinePosition()
                    + ", columna " + e.getCharPosition() + "): se esperaba un objeto rueda");
        }
        RuedaJson reader = new RuedaJson();
        RuedaInstance instance = reader.instance(root);
        if (!reader.problems.isEmpty()) {
            throw new InvalidRuedaException(reader.problems);
        }
        return instance;
    }

    private RuedaInstance instance(JsonObject o) {
        return new RuedaInstance(string(o, "name", "name"), string(o, "timezone", "timezone"),
                list(o, "sessions", this::session), list(o, "slots", this::slot), list(o, "tables", this::table),
                list(o, "participants", this::participant), list(o, "requests", this::request),
                list(o, "locked", this::locked));
    }

    private Session session(JsonObject o, String path) {
        return new Session(string(o, "id", path), strings(o, "slots", path));
    }

    private Slot slot(JsonObject o, String path) {
        return new Slot(string(o, "id", path), time(o, "start", path), time(o, "end", path));
    }

    private Table table(JsonObject o, String path) {
        return new Table(string(o, "id", path), string(o, "name", path));
    }

    private Participant participant(JsonObject o, String path) {
        String roleText = string(o, "role", path);
        Role role = null;
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".role: rol desconocido \"" + roleText + "\" (ANCHOR, SUPPLIER o ALLY)");
            }
        }
        Long max = integer(o, "maxMeetings", path);
        return new Participant(string(o, "id", path), role, string(o, "nit", path),
                max == null ? null : (int) Math.min(Integer.MAX_VALUE, max), string(o, "table", path),
                strings(o, "sessions", path), strings(o, "unavailableSlots", path));
    }

    private MeetingRequest request(JsonObject o, String path) {
        Long weight = integer(o, "weight", path);
        Boolean mandatory = bool(o, "mandatory", path);
        return new MeetingRequest(string(o, "a", path), string(o, "b", path), string(o, "requestedBy", path),
                weight == null ? 1 : weight, mandatory != null && mandatory, string(o, "session", path));
    }

    private LockedMeeting locked(JsonObject o, String path) {
        return new LockedMeeting(string(o, "a", path), string(o, "b", path), string(o, "slot", path),
                string(o, "table", path));
    }

    private <T> List<T> list(JsonObject o, String key, BiFunction<JsonObject, String, T> item) {
        Object value = o.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(key + ": debe ser una lista");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = key + "[" + i + "]";
            if (array.get(i) instanceof JsonObject element) {
                out.add(item.apply(element, path));
            } else {
                problems.add(path + ": debe ser un objeto");
            }
        }
        return out;
    }

    private String string(JsonObject o, String key, String path) {
        Object value = o.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.add(path + "." + key + ": debe ser un texto, no " + value);
        return null;
    }

    private List<String> strings(JsonObject o, String key, String path) {
        Object value = o.get(key);
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (Object element : array) {
                if (element instanceof String s) {
                    out.add(s);
                } else {
                    problems.add(path + "." + key + ": debe ser una lista de textos, contiene " + element);
                }
            }
        } else {
            problems.add(path + "." + key + ": debe ser una lista de textos");
        }
        return out;
    }

    private Long integer(JsonObject o, String key, String path) {
        Object value = o.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            if (d.stripTrailingZeros().scale() <= 0) {
                return d.longValue();
            }
        }
        problems.add(path + "." + key + ": debe ser un número entero, no " + value);
        return null;
    }

    private Boolean bool(JsonObject o, String key, String path) {
        Object value = o.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        problems.add(path + "." + key + ": debe ser true o false, no " + value);
        return null;
    }

    private OffsetDateTime time(JsonObject o, String key, String path) {
        String text = string(o, key, path);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path + "." + key + ": fecha y hora inválida \"" + text + "\" (ISO 8601 con zona, p. ej. 2026-12-03T09:00:00-05:00)");
            return null;
        }
    }

    /** Writes an agenda as indented JSON. */
    public static String writeAgenda(Agenda agenda) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> meetings = new ArrayList<>();
        for (Meeting m : agenda.meetings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("a", m.a());
            o.put("b", m.b());
            o.put("slot", m.slot());
            o.put("table", m.table());
            meetings.add(o);
        }
        List<Object> unscheduled = new ArrayList<>();
        for (UnscheduledRequest u : agenda.unscheduled()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("a", u.a());
            o.put("b", u.b());
            o.put("reason", u.reason());
            unscheduled.add(o);
        }
        AgendaStats s = agenda.stats();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("requests", s.requests());
        stats.put("scheduled", s.scheduled());
        stats.put("scheduledWeight", s.scheduledWeight());
        stats.put("upperBound", s.upperBound());
        stats.put("upperBoundKind", s.upperBoundKind());
        stats.put("weightUpperBound", s.weightUpperBound());
        stats.put("weightUpperBoundKind", s.weightUpperBoundKind());
        stats.put("gap", s.gap());
        stats.put("idleGaps", s.idleGaps());
        stats.put("minMeetingsPerSupplier", s.minMeetingsPerSupplier());
        stats.put("suppliersWithMeetings", s.suppliersWithMeetings());
        stats.put("solveMillis", s.solveMillis());
        stats.put("optimal", s.optimal());
        stats.put("idleGapsOptimal", s.idleGapsOptimal());
        stats.put("method", s.method());
        // One meeting per line: readable in a terminal and in a diff, still plain JSON.
        StringBuilder out = new StringBuilder("{\"meetings\": [");
        appendLines(out, meetings);
        out.append("],\n \"unscheduled\": [");
        appendLines(out, unscheduled);
        out.append("],\n \"stats\": ").append(JsonWriter.string(stats)).append("}\n");
        return out.toString();
    }

    private static void appendLines(StringBuilder out, List<Object> items) {
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ").append(JsonWriter.string(items.get(i)));
        }
        if (!items.isEmpty()) {
            out.append("\n ");
        }
    }

    /** Reads an agenda written by {@link #writeAgenda} (meetings and unscheduled; stats as written). */
    public static Agenda readAgenda(String json) throws JsonParserException {
        JsonObject root = JsonParser.object().from(json);
        List<Meeting> meetings = new ArrayList<>();
        for (Object o : root.getArray("meetings", new JsonArray())) {
            JsonObject m = (JsonObject) o;
            meetings.add(new Meeting(m.getString("a"), m.getString("b"), m.getString("slot"), m.getString("table")));
        }
        List<UnscheduledRequest> unscheduled = new ArrayList<>();
        for (Object o : root.getArray("unscheduled", new JsonArray())) {
            JsonObject u = (JsonObject) o;
            unscheduled.add(new UnscheduledRequest(u.getString("a"), u.getString("b"), u.getString("reason")));
        }
        JsonObject s = root.getObject("stats", new JsonObject());
        AgendaStats stats = new AgendaStats(s.getInt("requests"), s.getInt("scheduled"), s.getLong("scheduledWeight"),
                s.getInt("upperBound"), s.getString("upperBoundKind"), s.getLong("weightUpperBound"),
                s.getDouble("gap"), s.getInt("idleGaps"), s.getInt("minMeetingsPerSupplier"),
                s.getInt("suppliersWithMeetings"), s.getLong("solveMillis"), s.getBoolean("optimal"),
                s.getBoolean("idleGapsOptimal"), s.getString("method"),
                s.getString("weightUpperBoundKind", "MAX_FLOW"));
        return new Agenda(meetings, unscheduled, stats);
    }

    /** Writes an instance as JSON (used by the benchmark generators to save what they ran). */
    public static String writeInstance(RuedaInstance in) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", in.name());
        root.put("timezone", in.timezone());
        List<Object> sessions = new ArrayList<>();
        for (Session s : in.sessions()) {
            sessions.add(map("id", s.id(), "slots", s.slots()));
        }
        List<Object> slots = new ArrayList<>();
        for (Slot s : in.slots()) {
            slots.add(map("id", s.id(), "start", s.start() == null ? null : s.start().toString(),
                    "end", s.end() == null ? null : s.end().toString()));
        }
        List<Object> tables = new ArrayList<>();
        for (Table t : in.tables()) {
            tables.add(map("id", t.id(), "name", t.name()));
        }
        List<Object> participants = new ArrayList<>();
        for (Participant p : in.participants()) {
            Map<String, Object> o = map("id", p.id(), "role", p.role() == null ? null : p.role().name(), "nit", p.nit(),
                    "maxMeetings", p.maxMeetings(), "table", p.table());
            if (!p.sessions().isEmpty()) {
                o.put("sessions", p.sessions());
            }
            if (!p.unavailableSlots().isEmpty()) {
                o.put("unavailableSlots", p.unavailableSlots());
            }
            participants.add(o);
        }
        List<Object> requests = new ArrayList<>();
        for (MeetingRequest r : in.requests()) {
            requests.add(map("a", r.a(), "b", r.b(), "requestedBy", r.requestedBy(), "weight", r.weight(),
                    "mandatory", r.mandatory(), "session", r.session()));
        }
        List<Object> locked = new ArrayList<>();
        for (LockedMeeting l : in.locked()) {
            locked.add(map("a", l.a(), "b", l.b(), "slot", l.slot(), "table", l.table()));
        }
        root.put("sessions", sessions);
        root.put("slots", slots);
        root.put("tables", tables);
        root.put("participants", participants);
        root.put("requests", requests);
        root.put("locked", locked);
        return JsonWriter.indent("  ").string().value(root).done() + "\n";
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
