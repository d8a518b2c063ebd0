package co.encadena.api.ruedas;

import static co.encadena.api.support.RuedaSteps.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.RuedaSteps;
import co.encadena.api.support.TestClock;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unanswered request lapses after the rueda's expiry, and stops counting against the requester's cap. */
@IntegrationTest
class RequestExpiryIT {

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    @Inject
    TestClock clock;

    @Test
    void anUnansweredRequestExpiresAndFreesTheCap() throws Exception {
        Api api = new Api(server.getPort());
        TestUsers users = new TestUsers(creatingUser, organizations, api);
        TestUsers.Caller organizer = users.organizer();
        RuedaSteps steps = new RuedaSteps(api, organizer.token());
        TestUsers.Caller anchor = users.anchor();
        TestUsers.Caller otherAnchor = users.anchor();
        TestUsers.Caller supplier = users.supplier();
        JsonNode rueda = ok(api.post("/api/v1/ruedas", """
                {"settings": {"name": "Rueda con vencimientos", "slotMinutes": 30, "tables": 2, "maxOpenRequests": 1,
                 "requestExpiryDays": 2,
                 "sessions": [{"code": "AM", "date": "2027-05-04", "start": "08:00", "end": "10:00"}]}}""", organizer.token()));
        String path = "/api/v1/ruedas/" + rueda.get("id").asText();
        rueda = steps.status(path, "REGISTRATION", rueda);
        ok(api.post(path + "/participants/bulk", RuedaSteps.JSON.writeValueAsString(Map.of(
                "nits", List.of(anchor.nit(), otherAnchor.nit(), supplier.nit()), "approve", true)), organizer.token()), 200);
        rueda = steps.status(path, "REQUESTS", rueda);

        JsonNode asked = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + anchor.organizationId() + "\"}", supplier.token()));
        assertEquals("PENDING", asked.get("status").asText());
        assertEquals(409, api.post(path + "/requests", "{\"counterpartId\": \"" + otherAnchor.organizationId() + "\"}",
                supplier.token()).statusCode(), "one unanswered request at a time in this rueda");

        clock.advance(Duration.ofDays(3));
        String token = users.userOf(Role.SUPPLIER, supplier.organizationId(), supplier.nit()).token();
        JsonNode mine = ok(api.get(path + "/requests", token), 200);
        assertEquals("EXPIRED", mine.get("items").get(0).get("status").asText(), mine.toString());
        assertEquals(409, api.post(path + "/requests/" + asked.get("id").asText() + "/accept", "",
                users.userOf(Role.ANCHOR, anchor.organizationId(), anchor.nit()).token()).statusCode(), "too late to accept");
        JsonNode again = ok(api.post(path + "/requests", "{\"counterpartId\": \"" + otherAnchor.organizationId() + "\"}", token));
        assertEquals("PENDING", again.get("status").asText(), "the lapsed request no longer counts against the cap");
    }
}
