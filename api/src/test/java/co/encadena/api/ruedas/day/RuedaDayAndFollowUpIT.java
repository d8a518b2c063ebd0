package co.encadena.api.ruedas.day;

import static co.encadena.api.support.RuedaSteps.meetingWith;
import static co.encadena.api.support.RuedaSteps.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoDataLoader;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.ruedas.followup.application.FollowingUp;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A small rueda from publication to follow-up through the API: check-ins (two staff at once make one), a
 * no-show whose freed slot goes to a standby request, outcomes from both sides, a next-step reminder that
 * reaches the SMTP server, and a report whose counts are exact.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuedaDayAndFollowUpIT implements TestPropertyProvider {

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

    @Inject
    FollowingUp followingUp;

    private Api api;
    private TestUsers users;
    private TestUsers.Caller organizer;
    private RuedaSteps steps;

    @Override
    public Map<String, String> getProperties() {
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
    }

    @Test
    void aRuedaFromPublicationToFollowUp() throws Exception {
        List<UUID> anchors = ids("""
                SELECT DISTINCT o.id FROM organization o WHERE o.demo AND o.kind = 'ANCHOR' ORDER BY o.id LIMIT 2""");
        List<UUID> suppliers = ids("""
                SELECT o.id FROM organization o JOIN supplier_profile sp ON sp.organization_id = o.id
                WHERE o.demo AND o.kind = 'SUPPLIER' AND sp.contact_email IS NOT NULL ORDER BY o.id LIMIT 4""");
        UUID a = anchors.get(0);
        UUID b = anchors.get(1);
        String settings = """
                {"name": "Rueda del día %s", "municipalityCode": "05001", "venue": "Plaza Mayor", "slotMinutes": 20,
                 "tables": 4, "maxOpenRequests": 10, "defaultMaxMeetings": 6,
                 "sessions": [{"code": "AM", "name": "Mañana", "date": "2026-12-03", "start": "08:00", "end": "10:00"}]}
                """.formatted(UUID.randomUUID());
        JsonNode rueda = ok(api.post("/api/v1/ruedas", "{\"settings\": " + settings + "}", organizer.token()), 201);
        String path = "/api/v1/ruedas/" + rueda.get("id").asText();
        rueda = steps.status(path, "REGISTRATION", rueda);
        List<String> nits = new ArrayList<>();
        for (UUID org : List.of(a, b, suppliers.get(0), suppliers.get(1), suppliers.get(2), suppliers.get(3))) {
            nits.add(nit(org));
        }
        ok(api.post(path + "/participants/bulk", JSON.writeValueAsString(Map.of("nits", nits, "approve", true)),
                organizer.token()), 200, 201);
        // anchor a has time for three meetings only
        ok(api.patch(path + "/participants/" + a, "{\"maxMeetings\": 3}", organizer.token()), 200);
        rueda = steps.status(path, "REQUESTS", rueda);
        // the organizer asks for a with every mipyme (the first three mandatory) and b with the first two
        for (UUID s : suppliers) {
            boolean mandatory = !s.equals(suppliers.get(3));
            ok(api.post(path + "/requests", "{\"requesterId\": \"" + a + "\", \"counterpartId\": \"" + s
                    + "\", \"mandatory\": " + mandatory + "}", organizer.token()), 201);
        }
        for (UUID s : suppliers.subList(0, 2)) {
            ok(api.post(path + "/requests", "{\"requesterId\": \"" + b + "\", \"counterpartId\": \"" + s + "\"}",
                    organizer.token()), 201);
        }
        rueda = steps.status(path, "SCHEDULING", rueda);
        JsonNode board = ok(api.post(path + "/agenda/generate", "{\"timeLimitSeconds\": 5}", organizer.token()), 200);
        assertEquals(5, board.get("meetings").size(), "a's cap leaves a–s4 on standby: " + board);
        assertTrue(board.get("unscheduled").toString().contains(suppliers.get(3).toString()), board.toString());
        rueda = steps.status(path, "PUBLISHED", board);

        // check-in by QR code, twice at once: one check-in
        String code = JSON.readTree(api.get(path + "/participants/" + a + "/agenda", organizer.token()).body())
                .get("checkInCode").asText();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return api.post(path + "/check-ins", "{\"code\": \"" + code + "\"}", organizer.token());
            }));
        }
        Set<Boolean> already = new java.util.HashSet<>();
        for (CompletableFuture<HttpResponse<String>> f : both) {
            JsonNode r = ok(f.get(), 200);
            already.add(r.get("alreadyCheckedIn").asBoolean());
        }
        assertEquals(Set.of(true, false), already, "one created the check-in, the other was told it existed");
        assertEquals(1, count("SELECT count(*) FROM rueda_check_in WHERE rueda_id = '" + rueda.get("id").asText() + "'"));
        // by organization, found by name
        for (UUID org : List.of(b, suppliers.get(0), suppliers.get(1))) {
            ok(api.post(path + "/check-ins", "{\"organizationId\": \"" + org + "\"}", organizer.token()), 200);
        }
        HttpResponse<String> bad = api.post(path + "/check-ins", "{\"code\": \"NO-EXISTE\"}", organizer.token());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("código de llegada"), bad.body());

        rueda = steps.status(path, "IN_PROGRESS", rueda);
        JsonNode live = ok(api.get(path + "/live", organizer.token()), 200);
        assertEquals(4, live.get("checkedIn").asInt(), live.toString());

        // s3 did not come: a marks the meeting a–s3 a no-show; the firm marks its own meetings held
        String supplier1 = users.userOf(Role.SUPPLIER, suppliers.get(0), nit(suppliers.get(0))).token();
        String anchorA = users.userOf(Role.ANCHOR, a, nit(a)).token();
        JsonNode withS3 = meetingWith(board, a, suppliers.get(2));
        JsonNode marked = ok(api.post(path + "/meetings/" + withS3.get("id").asText() + "/attendance",
                "{\"status\": \"NO_SHOW\"}", anchorA), 200);
        assertEquals(suppliers.get(2).toString(), marked.get("absent").asText());
        assertEquals(400, api.post(path + "/meetings/" + withS3.get("id").asText() + "/attendance",
                "{\"status\": \"MAYBE\"}", anchorA).statusCode());
        assertEquals(403, api.post(path + "/meetings/" + meetingWith(board, b, suppliers.get(1)).get("id").asText()
                + "/attendance", "{\"status\": \"HELD\"}", supplier1).statusCode(), "not its meeting");

        // s3's freed slot goes to the standby request a–s4 (s4 can only meet then), and s4 sees it at once
        String freedSlot = withS3.get("slot").asText();
        List<String> otherSlots = new ArrayList<>();
        board.get("slots").forEach(slot -> {
            if (!slot.get("code").asText().equals(freedSlot)) {
                otherSlots.add(slot.get("code").asText());
            }
        });
        ok(api.patch(path + "/participants/" + suppliers.get(3),
                JSON.writeValueAsString(Map.of("unavailableSlots", otherSlots)), organizer.token()), 200);
        JsonNode refill = ok(api.post(path + "/agenda/refill", "{}", organizer.token()), 200);
        assertEquals(1, refill.get("standby").asInt(), refill.toString());
        assertEquals(1, refill.get("placed").size(), refill.toString());
        JsonNode filled = refill.get("placed").get(0);
        assertEquals(Set.of(a.toString(), suppliers.get(3).toString()), Set.of(filled.get("a").asText(), filled.get("b").asText()));
        assertEquals(freedSlot, filled.get("slot").asText(), "the no-show's slot is re-filled");
        JsonNode s4Agenda = ok(api.get(path + "/participants/" + suppliers.get(3) + "/agenda", organizer.token()), 200);
        assertTrue(s4Agenda.get("meetings").toString().contains(freedSlot), s4Agenda.toString());
        String s4Email = text("SELECT contact_email FROM supplier_profile WHERE organization_id = '" + suppliers.get(3) + "'");
        assertTrue(MailServer.lastTo(s4Email).orElseThrow().getSubject().startsWith("Cambio en su cita"),
                "s4 is told of its new meeting, with the calendar event");
        JsonNode after = ok(api.get(path + "/agenda", organizer.token()), 200);

        // s3 arrives late after all: no longer absent (a later re-fill may place it), its cancelled meeting stays so
        JsonNode late = ok(api.post(path + "/check-ins", "{\"organizationId\": \"" + suppliers.get(2) + "\"}",
                organizer.token()), 200);
        assertTrue(late.get("arrivedAfterAbsence").asBoolean(), late.toString());
        assertFalse(late.get("attendee").get("absent").asBoolean(), late.toString());
        JsonNode liveAfterLate = ok(api.get(path + "/live", organizer.token()), 200);
        assertEquals(0, liveAfterLate.get("absent").asInt(), liveAfterLate.toString());
        assertEquals(5, liveAfterLate.get("checkedIn").asInt(), liveAfterLate.toString());
        JsonNode s3Agenda = ok(api.get(path + "/participants/" + suppliers.get(2) + "/agenda", organizer.token()), 200);
        boolean stillMissed = false;
        for (JsonNode m : s3Agenda.get("meetings")) {
            stillMissed |= m.get("slot").asText().equals(freedSlot) && m.get("status").asText().equals("NO_SHOW");
        }
        assertTrue(stillMissed, "the missed meeting stays a no-show on s3's agenda: " + s3Agenda);

        // held meetings and outcomes from both sides
        JsonNode as1 = meetingWith(after, a, suppliers.get(0));
        JsonNode as2 = meetingWith(after, a, suppliers.get(1));
        ok(api.post(path + "/meetings/" + as1.get("id").asText() + "/attendance", "{\"status\": \"HELD\"}", supplier1), 200);
        ok(api.post(path + "/meetings/" + as2.get("id").asText() + "/attendance", "{\"status\": \"HELD\"}", organizer.token()), 200);
        String outcome1 = path + "/meetings/" + as1.get("id").asText() + "/outcome";
        HttpResponse<String> negative = api.put(outcome1, "{\"interest\": \"EXPLORING\", \"expectedValueCop\": -5}", supplier1);
        assertEquals(400, negative.statusCode(), negative.body());
        ok(api.put(outcome1, """
                {"interest": "NEGOTIATION_STARTED", "nextStep": "Enviar muestras", "nextStepDate": "2027-02-15",
                 "expectedValueCop": 80000000}""", supplier1), 200);
        ok(api.put(outcome1, "{\"interest\": \"EXPLORING\", \"expectedValueCop\": 50000000}", anchorA), 200);
        ok(api.put(path + "/meetings/" + as2.get("id").asText() + "/outcome",
                "{\"organizationId\": \"" + a + "\", \"interest\": \"NONE\"}", organizer.token()), 200);
        assertEquals(403, api.put(path + "/meetings/" + as2.get("id").asText() + "/outcome",
                "{\"interest\": \"NONE\"}", supplier1).statusCode(), "a firm records only its own meetings");

        rueda = JSON.readTree(api.get(path, organizer.token()).body());
        rueda = steps.status(path, "CLOSED", rueda);

        // follow-up: the 30-day task and the reminder 15 days before the committed date, each sent once
        String email = text("SELECT contact_email FROM supplier_profile WHERE organization_id = '" + suppliers.get(0) + "'");
        followingUp.run(LocalDate.of(2027, 2, 1));
        followingUp.run(LocalDate.of(2027, 2, 1));
        List<String> followUps = MailServer.subjectsTo(email).stream()
                .filter(subject -> subject.startsWith("¿Cómo van") || subject.startsWith("Recordatorio")).toList();
        assertEquals(2, followUps.size(), "the 30-day question and the next-step reminder, once each: " + followUps);
        assertTrue(followUps.stream().anyMatch(subject -> subject.startsWith("Recordatorio"))
                && followUps.stream().anyMatch(subject -> subject.startsWith("¿Cómo van")), followUps.toString());
        JsonNode followUp = ok(api.get(path + "/follow-up", organizer.token()), 200);
        assertEquals(4, followUp.get("items").size(), followUp.toString());

        // the report, exactly
        JsonNode report = ok(api.get(path + "/report", organizer.token()), 200);
        assertEquals(2, report.get("anchors").asInt(), report.toString());
        assertEquals(4, report.get("suppliers").asInt());
        assertEquals(6, report.get("requests").asInt());
        assertEquals(6, report.get("meetingsScheduled").asInt(),
                "a–s1, a–s2 held, a–s3 no-show, a–s4 re-filled, b–s1 and b–s2 scheduled");
        assertEquals(2, report.get("meetingsHeld").asInt());
        assertEquals(1, report.get("noShows").asInt());
        assertEquals(1, report.get("connections").asInt(), "a–s1: both at least exploring");
        assertEquals(80_000_000L, report.get("businessExpectationsCop").asLong());
        assertEquals(5, report.get("checkedIn").asInt(), "s3 checked in late");
        assertEquals(403, api.get(path + "/report", supplier1).statusCode());
        HttpResponse<byte[]> ruedaCsv = api.bytes(path + "/report.csv", organizer.token());
        assertEquals(200, ruedaCsv.statusCode());
        assertTrue(new String(ruedaCsv.body(), java.nio.charset.StandardCharsets.UTF_8).contains("citas_realizadas;2"),
                "the spreadsheet carries the same figures");
        assertEquals(200, api.bytes(path + "/report.xlsx", organizer.token()).statusCode());

        JsonNode programme = ok(api.put("/api/v1/reports/programme/targets", "{\"mipymes\": 1450, \"anchors\": 80}",
                organizer.token()), 200);
        assertTrue(programme.get("progress").toString().contains("\"target\":1450"), programme.toString());
        assertEquals(400, api.put("/api/v1/reports/programme/targets", "{\"anchors\": -1}", organizer.token()).statusCode());
        HttpResponse<byte[]> csv = api.bytes("/api/v1/reports/programme.csv", organizer.token());
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).contains("department"));
        HttpResponse<byte[]> xlsx = api.bytes("/api/v1/reports/programme.xlsx", organizer.token());
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "an Excel workbook");
    }

    private String nit(UUID organization) {
        return organizations.findById(organization).orElseThrow().nit();
    }

    private List<UUID> ids(String sql) {
        return tx.executeRead(s -> {
            List<UUID> out = new ArrayList<>();
            try (var ps = s.getConnection().prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add((UUID) rs.getObject(1));
                }
            }
            return out;
        });
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        return tx.executeRead(s -> {
            try (var ps = s.getConnection().prepareStatement(sql); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
