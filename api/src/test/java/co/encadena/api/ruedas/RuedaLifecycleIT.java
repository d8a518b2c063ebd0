package co.encadena.api.ruedas;

import static co.encadena.api.support.RuedaSteps.meetingWith;
import static co.encadena.api.support.RuedaSteps.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoDataLoader;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.search.application.OutboxIndexer;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.MailServer;
import co.encadena.api.support.RuedaSteps;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A rueda from set-up to a published agenda, through the API as its organizer and participants use it: slots
 * around breaks, invitations, recommendations with reasons, mutual requests, the cap on open requests, an
 * optimal draft that respects own tables, moves refused before they double-book, concurrent edits, locks that
 * survive a re-run, and each firm's own agenda.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuedaLifecycleIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = RuedaSteps.JSON;

    @Inject
    EmbeddedServer server;

    @Inject
    DemoDataLoader demo;

    @Inject
    OutboxIndexer indexer;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    @Inject
    TransactionOperations<Connection> tx;

    private Api api;
    private TestUsers users;
    private TestUsers.Caller organizer;
    private RuedaSteps steps;
    private String admin;

    @Override
    public java.util.Map<String, String> getProperties() {
        return MailServer.properties();
    }

    @BeforeAll
    void programme() {
        api = new Api(server.getPort());
        users = new TestUsers(creatingUser, organizations, api);
        demo.loadIfAbsent(20261203L, 300);
        indexer.drain();
        organizer = users.organizer();
        steps = new RuedaSteps(api, organizer.token());
        admin = users.admin().token();
    }

    private static String settings(String name, int maxOpenRequests) {
        return """
                {"name": "%s", "municipalityCode": "05001", "venue": "Plaza Mayor", "slotMinutes": 20, "tables": 6,
                 "maxOpenRequests": %d, "defaultMaxMeetings": 6,
                 "sessions": [
                   {"code": "AM", "name": "Mañana", "date": "2026-12-03", "start": "08:00", "end": "10:00",
                    "breaks": [{"start": "09:00", "end": "09:20"}]},
                   {"code": "PM", "name": "Tarde", "date": "2026-12-03", "start": "14:00", "end": "15:00"}]}
                """.formatted(name, maxOpenRequests);
    }

    private JsonNode create(String settings) throws Exception {
        HttpResponse<String> r = api.post("/api/v1/ruedas", "{\"settings\": " + settings + "}", organizer.token());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void slotsAreCutAroundBreaksAndADraftIsTheOrganizersOwn() throws Exception {
        JsonNode rueda = create(settings("Rueda de prueba " + UUID.randomUUID(), 10));
        assertEquals("DRAFT", rueda.get("status").asText());
        List<String> starts = new ArrayList<>();
        rueda.get("slots").forEach(s -> starts.add(s.get("code").asText() + "@" + s.get("startsAt").asText()));
        assertEquals(List.of("s01@2026-12-03T13:00:00Z", "s02@2026-12-03T13:20:00Z", "s03@2026-12-03T13:40:00Z",
                "s04@2026-12-03T14:20:00Z", "s05@2026-12-03T14:40:00Z",
                "s06@2026-12-03T19:00:00Z", "s07@2026-12-03T19:20:00Z", "s08@2026-12-03T19:40:00Z"), starts,
                "08:00 Bogotá is 13:00 UTC; the 09:00–09:20 break has no slot");
        assertEquals(6, rueda.get("tables").size());
        String path = "/api/v1/ruedas/" + rueda.get("id").asText();
        assertEquals(404, api.get(path, users.supplier().token()).statusCode(), "a draft is not shown to firms");
        assertEquals(403, api.get(path + "/agenda", users.anchor().token()).statusCode());
    }

    @Test
    void badSettingsAreAllReportedAndNothingIsCreated() throws Exception {
        String name = "Rueda inválida " + UUID.randomUUID();
        String bad = """
                {"name": "%s", "slotMinutes": 5, "tables": 0,
                 "sessions": [{"code": "AM", "date": "2026-12-03", "start": "10:00", "end": "09:00"}]}""".formatted(name);
        HttpResponse<String> r = api.post("/api/v1/ruedas", "{\"settings\": " + bad + "}", organizer.token());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        Set<String> fields = new HashSet<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.containsAll(Set.of("slotMinutes", "tables", "sessions[0].end")), r.body());
        assertTrue(r.body().contains("fuera del rango permitido") && r.body().contains("posterior a la de inicio"), r.body());
        assertFalse(api.get("/api/v1/ruedas", organizer.token()).body().contains(name));
    }

    @Test
    void fromInvitationsToAPublishedOptimalAgenda() throws Exception {
        // two demo anchors with open requirements and the mipymes that best answer the first one's requirement
        List<UUID[]> anchorsWithRequirements = query("""
                SELECT r.anchor_id, r.id FROM requirement r JOIN organization o ON o.id = r.anchor_id
                WHERE o.demo AND r.status = 'OPEN' ORDER BY r.external_id""");
        UUID anchorA = anchorsWithRequirements.get(0)[0];
        UUID requirement = anchorsWithRequirements.get(0)[1];
        UUID anchorB = anchorsWithRequirements.stream().map(x -> x[0]).filter(a -> !a.equals(anchorA)).findFirst().orElseThrow();
        JsonNode shortlist = JSON.readTree(api.get("/api/v1/requirements/" + requirement + "/matches?limit=4", admin).body());
        List<String> supplierNits = new ArrayList<>();
        List<UUID> supplierIds = new ArrayList<>();
        for (String part : List.of("matches", "nearMisses")) {
            shortlist.get(part).forEach(m -> {
                if (supplierIds.size() < 4) {
                    supplierNits.add(m.get("nit").asText());
                    supplierIds.add(UUID.fromString(m.get("supplierId").asText()));
                }
            });
        }
        assertEquals(4, supplierIds.size(), shortlist.toString());

        JsonNode rueda = create(settings("Rueda completa " + UUID.randomUUID(), 1));
        String path = "/api/v1/ruedas/" + rueda.get("id").asText();
        rueda = steps.status(path, "REGISTRATION", rueda);

        String nitA = nit(anchorA);
        HttpResponse<String> invited = api.post(path + "/participants",
                "{\"nit\": \"" + nitA + "\", \"status\": \"APPROVED\", \"ownTable\": true}", organizer.token());
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals("M01", JSON.readTree(invited.body()).get("tableCode").asText(), "the anchor got the first table as its own");
        List<String> nits = new ArrayList<>(supplierNits);
        nits.add(nit(anchorB));
        nits.add(TestUsers.randomNit());
        JsonNode report = JSON.readTree(api.post(path + "/participants/bulk",
                JSON.writeValueAsString(java.util.Map.of("nits", nits, "approve", true)), organizer.token()).body());
        assertEquals(5, report.get("added").asInt(), report.toString());
        assertEquals(1, report.get("unknownNits").size(), "the NIT nobody registered is reported");

        String a = users.userOf(Role.ANCHOR, anchorA, nitA).token();
        String b = users.userOf(Role.ANCHOR, anchorB, nit(anchorB)).token();
        List<String> s = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            s.add(users.userOf(Role.SUPPLIER, supplierIds.get(i), supplierNits.get(i)).token());
        }
        assertTrue(api.get("/api/v1/ruedas", s.get(0)).body().contains(rueda.get("id").asText()), "a participant sees its rueda");
        assertEquals(409, api.post(path + "/requests", "{\"counterpartId\": \"" + anchorA + "\"}", s.get(0)).statusCode(),
                "no requests before the request phase");

        rueda = steps.status(path, "REQUESTS", rueda);

        // recommendations come from the match engine, with reasons
        JsonNode forAnchor = JSON.readTree(api.get(path + "/recommendations", a).body());
        assertEquals(4, forAnchor.size(), "the anchor is recommended the four mipymes, not the other anchor: " + forAnchor);
        assertTrue(forAnchor.get(0).get("eligible").asBoolean() && forAnchor.get(0).get("score").asDouble() > 0, forAnchor.toString());
        assertTrue(forAnchor.get(0).get("reasons").size() > 0, forAnchor.toString());
        JsonNode forSupplier = JSON.readTree(api.get(path + "/recommendations", s.get(0)).body());
        assertEquals(anchorA.toString(), forSupplier.get(0).get("organizationId").asText(),
                "the anchor whose requirement the mipyme answers comes first: " + forSupplier);

        // a request answered by a request the other way round becomes mutual
        JsonNode asked = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + anchorA + "\", \"note\": \"Hola\"}", s.get(0)));
        assertEquals("PENDING", asked.get("status").asText());
        JsonNode mutual = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + supplierIds.get(0) + "\"}", a), 200, 201);
        assertEquals(asked.get("id").asText(), mutual.get("id").asText());
        assertEquals("ACCEPTED", mutual.get("status").asText());

        // the cap on open requests (1 here), and only the addressee answers
        JsonNode s2ToA = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + anchorA + "\"}", s.get(1)));
        HttpResponse<String> overCap = api.post(path + "/requests", "{\"counterpartId\": \"" + anchorB + "\"}", s.get(1));
        assertEquals(409, overCap.statusCode(), overCap.body());
        assertTrue(overCap.body().contains("solicitudes sin responder"), overCap.body());
        assertEquals(403, api.post(path + "/requests/" + s2ToA.get("id").asText() + "/accept", "", s.get(1)).statusCode());
        assertEquals(404, api.post(path + "/requests/" + s2ToA.get("id").asText() + "/accept", "", s.get(2)).statusCode(),
                "another participant's request does not exist for it");
        assertEquals("ACCEPTED", JSON.readTree(api.post(path + "/requests/" + s2ToA.get("id").asText() + "/accept", "", a).body())
                .get("status").asText());
        ok(api.post(path + "/requests", "{\"counterpartId\": \"" + anchorA + "\"}", s.get(2)));
        JsonNode s4ToA = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + anchorA + "\"}", s.get(3)));
        assertEquals("DECLINED", JSON.readTree(api.post(path + "/requests/" + s4ToA.get("id").asText() + "/decline", "", a).body())
                .get("status").asText());
        ok(api.post(path + "/requests", "{\"counterpartId\": \"" + supplierIds.get(0) + "\"}", b));
        // the organizer adds a mandatory meeting
        JsonNode forced = ok(api.post(path + "/requests", "{\"requesterId\": \"" + anchorB + "\", \"counterpartId\": \""
                + supplierIds.get(3) + "\", \"mandatory\": true}", organizer.token()));
        assertTrue(forced.get("mandatory").asBoolean());

        rueda = steps.status(path, "SCHEDULING", rueda);
        HttpResponse<String> generated = api.post(path + "/agenda/generate", "{\"timeLimitSeconds\": 5}", organizer.token());
        assertEquals(200, generated.statusCode(), generated.body());
        JsonNode board = JSON.readTree(generated.body());
        JsonNode meetings = board.get("meetings");
        assertEquals(5, meetings.size(), "every live request is met (the declined one is not): " + board);
        assertTrue(board.get("figures").get("optimal").asBoolean(), board.get("figures").toString());
        assertEquals(board.get("figures").get("scheduled").asInt(), board.get("figures").get("upperBound").asInt());
        Set<String> seats = new HashSet<>();
        Set<String> tableUses = new HashSet<>();
        for (JsonNode m : meetings) {
            assertTrue(seats.add(m.get("a").asText() + m.get("slot").asText()), "nobody double-booked");
            assertTrue(seats.add(m.get("b").asText() + m.get("slot").asText()), "nobody double-booked");
            assertTrue(tableUses.add(m.get("table").asText() + m.get("slot").asText()), "a table once per slot");
            boolean withA = m.get("a").asText().equals(anchorA.toString()) || m.get("b").asText().equals(anchorA.toString());
            assertEquals(withA, "M01".equals(m.get("table").asText()), "the anchor meets at its own table, nobody else uses it");
        }
        assertTrue(board.get("meetings").toString().contains(supplierIds.get(3).toString()), "the mandatory meeting is there");

        // a move that would double-book is refused, with the reason; the check endpoint says so beforehand
        JsonNode first = meetingWith(board, anchorA, supplierIds.get(0));
        JsonNode second = meetingWith(board, anchorA, supplierIds.get(1));
        String move = "{\"slot\": \"" + first.get("slot").asText() + "\", \"table\": \"M01\"}";
        JsonNode check = JSON.readTree(api.post(path + "/meetings/" + second.get("id").asText() + "/check", move, organizer.token()).body());
        assertFalse(check.get("ok").asBoolean());
        assertTrue(check.get("conflicts").toString().contains("ya tiene una cita"), check.toString());
        HttpResponse<String> refused = api.patch(path + "/meetings/" + second.get("id").asText(), move, organizer.token());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("ya tiene una cita en el espacio"), refused.body());

        // two organizers edit the same meeting: the second, with the stale version, is told
        String free = freeSlotOf(board, anchorA, supplierIds.get(1));
        String stale = "\"" + second.get("version").asText() + "\"";
        HttpResponse<String> moved = api.send("PATCH", path + "/meetings/" + second.get("id").asText(),
                "{\"slot\": \"" + free + "\", \"locked\": true}", organizer.token(), stale);
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> lost = api.send("PATCH", path + "/meetings/" + second.get("id").asText(),
                "{\"locked\": false}", organizer.token(), stale);
        assertEquals(412, lost.statusCode(), lost.body());
        assertTrue(lost.body().contains("Otra persona cambió esta cita"), lost.body());

        // a re-run keeps the locked meeting where the organizer put it
        HttpResponse<String> rerun = api.post(path + "/agenda/generate", "{\"timeLimitSeconds\": 5}", organizer.token());
        assertEquals(200, rerun.statusCode(), rerun.body());
        board = JSON.readTree(rerun.body());
        JsonNode kept = meetingWith(board, anchorA, supplierIds.get(1));
        assertEquals(free, kept.get("slot").asText());
        assertTrue(kept.get("locked").asBoolean());
        assertEquals(5, board.get("meetings").size());

        // participants only see their agenda once it is published
        String agendaOfS1 = path + "/participants/" + supplierIds.get(0) + "/agenda";
        assertEquals(409, api.get(agendaOfS1, s.get(0)).statusCode());
        rueda = steps.status(path, "PUBLISHED", board);
        HttpResponse<String> own = api.get(agendaOfS1, s.get(0));
        assertEquals(200, own.statusCode(), own.body());
        JsonNode agenda = JSON.readTree(own.body());
        assertEquals(2, agenda.get("meetings").size(), "with anchor A and anchor B: " + agenda);
        assertTrue(agenda.get("calendarUrl").asText().contains("/api/v1/calendar/"), agenda.toString());
        assertEquals(10, agenda.get("checkInCode").asText().length());
        assertTrue(agenda.get("meetings").get(0).get("counterpart").get("name").asText().length() > 0);
        assertEquals(403, api.get(agendaOfS1, s.get(1)).statusCode(), "a firm sees only its own agenda");

        // the agenda people carry: PDF, a calendar subscription without sign-in, table sheets, spreadsheet
        HttpResponse<byte[]> pdf = api.bytes(agendaOfS1 + ".pdf", s.get(0));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String feedPath = agenda.get("calendarUrl").asText().replaceFirst("^https?://[^/]+", "");
        HttpResponse<byte[]> feed = api.bytes(feedPath, null);
        String ics = new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, feed.statusCode(), ics);
        assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("TZID=America/Bogota"), ics);
        assertEquals(404, api.get("/api/v1/calendar/" + "x".repeat(32) + ".ics", null).statusCode());
        assertEquals(200, api.bytes(path + "/tables.pdf", organizer.token()).statusCode());
        HttpResponse<byte[]> csv = api.bytes(path + "/agenda.csv", organizer.token());
        assertEquals(200, csv.statusCode());
        String rows = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(rows.contains(agenda.get("name").asText()), rows);
        assertEquals(403, api.get(path + "/agenda.csv", s.get(0)).statusCode());

        // a cancelled meeting stays on the agenda as cancelled, with a higher calendar sequence
        JsonNode withB = meetingWith(board, anchorB, supplierIds.get(0));
        int sequenceBefore = sequenceIn(agenda, withB.get("id").asText());
        HttpResponse<String> cancelled = api.post(path + "/meetings/" + withB.get("id").asText() + "/cancel", "", organizer.token());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        JsonNode after = JSON.readTree(api.get(agendaOfS1, s.get(0)).body());
        for (JsonNode m : after.get("meetings")) {
            if (m.get("id").asText().equals(withB.get("id").asText())) {
                assertEquals("CANCELLED", m.get("status").asText());
                assertTrue(m.get("sequence").asInt() > sequenceBefore);
            }
        }
        String s1Email = null;
        for (JsonNode p : JSON.readTree(api.get(path + "/participants", organizer.token()).body()).get("items")) {
            if (p.get("organizationId").asText().equals(supplierIds.get(0).toString())) {
                s1Email = p.get("contactEmail").asText();
            }
        }
        jakarta.mail.internet.MimeMessage notice = MailServer.lastTo(s1Email).orElseThrow(() -> new AssertionError("no e-mail"));
        assertTrue(notice.getSubject().startsWith("Cita cancelada"), notice.getSubject());
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        notice.writeTo(raw);
        String sent = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sent.contains("method=CANCEL") && sent.contains("METHOD:CANCEL"), "the calendar is told to drop it: " + sent);
        String updatedFeed = new String(api.bytes(feedPath, null).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(updatedFeed.contains("STATUS:CANCELLED"), "subscribed calendars drop the cancelled meeting: " + updatedFeed);
    }

    private static int sequenceIn(JsonNode agenda, String meetingId) {
        for (JsonNode m : agenda.get("meetings")) {
            if (m.get("id").asText().equals(meetingId)) {
                return m.get("sequence").asInt();
            }
        }
        throw new AssertionError("meeting " + meetingId + " not in " + agenda);
    }

    /** A slot in which neither firm has a meeting. */
    private static String freeSlotOf(JsonNode board, UUID x, UUID y) {
        Set<String> busy = new HashSet<>();
        for (JsonNode m : board.get("meetings")) {
            String a = m.get("a").asText();
            String b = m.get("b").asText();
            if (Set.of(x.toString(), y.toString()).stream().anyMatch(id -> id.equals(a) || id.equals(b))) {
                busy.add(m.get("slot").asText());
            }
        }
        for (JsonNode slot : board.get("slots")) {
            if (!busy.contains(slot.get("code").asText())) {
                return slot.get("code").asText();
            }
        }
        throw new AssertionError("no free slot");
    }

    private String nit(UUID organization) {
        return organizations.findById(organization).orElseThrow().nit();
    }

    private List<UUID[]> query(String sql) {
        return tx.executeRead(s -> {
            List<UUID[]> out = new ArrayList<>();
            try (var ps = s.getConnection().prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UUID[] {(UUID) rs.getObject(1), (UUID) rs.getObject(2)});
                }
            }
            return out;
        });
    }
}
