package co.encadena.api.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An anchor prepares, publishes and closes its requirements; suppliers only ever see open ones; no anchor
 * touches another's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequirementLifecycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    private Api api;
    private TestUsers users;
    private TestUsers.Caller organizer;
    private TestUsers.Caller supplier;

    @BeforeAll
    void callers() {
        api = new Api(server.getPort());
        users = new TestUsers(creatingUser, organizations, api);
        organizer = users.organizer();
        supplier = users.supplier();
    }

    @Test
    void aSupplierNeverSeesADraftAndSeesTheRequirementOnceItIsOpen() throws Exception {
        TestUsers.Caller anchor = users.anchor();
        String externalId = "REQ-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode draft = created(api.post("/api/v1/requirements", requirement(externalId, "Estuches plegadizos"), anchor.token()));
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals(anchor.nit(), draft.get("anchorNit").asText());
        String path = "/api/v1/requirements/" + draft.get("id").asText();
        String lookup = "/api/v1/requirements?externalId=" + externalId + "&anchorNit=" + anchor.nit();

        assertEquals(404, api.get(path, supplier.token()).statusCode());
        assertEquals(0, JSON.readTree(api.get(lookup, supplier.token()).body()).get("total").asInt());
        assertEquals(0, JSON.readTree(api.get("/api/v1/requirements?status=DRAFT&q=" + externalId, supplier.token()).body())
                .get("total").asInt());
        assertEquals(1, JSON.readTree(api.get(lookup, organizer.token()).body()).get("total").asInt());

        HttpResponse<String> opened = api.post(path + "/open", "", anchor.token());
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals("OPEN", JSON.readTree(opened.body()).get("status").asText());
        assertEquals(200, api.get(path, supplier.token()).statusCode());
        JsonNode found = JSON.readTree(api.get(lookup, supplier.token()).body());
        assertEquals(1, found.get("total").asInt());
        assertEquals(draft.get("id").asText(), found.get("items").get(0).get("id").asText());

        assertEquals("CLOSED", JSON.readTree(api.post(path + "/close", "", anchor.token()).body()).get("status").asText());
        assertEquals(404, api.get(path, supplier.token()).statusCode(), "a closed requirement is history, not an offer");
        HttpResponse<String> edit = api.put(path, requirement(externalId, "Cambio tardío"), anchor.token());
        assertEquals(409, edit.statusCode(), edit.body());
    }

    @Test
    void anAnchorCannotEditAnotherAnchorsRequirement() throws Exception {
        TestUsers.Caller owner = users.anchor();
        TestUsers.Caller competitor = users.anchor();
        String externalId = "REQ-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode draft = created(api.post("/api/v1/requirements", requirement(externalId, "Título original"), owner.token()));
        String path = "/api/v1/requirements/" + draft.get("id").asText();

        assertEquals(404, api.get(path, competitor.token()).statusCode(), "another anchor's draft does not exist for it");
        assertEquals(404, api.put(path, requirement(externalId, "Saboteado"), competitor.token()).statusCode());
        assertEquals(404, api.post(path + "/open", "", competitor.token()).statusCode());
        assertEquals(404, api.delete(path, competitor.token()).statusCode());

        assertEquals(200, api.post(path + "/open", "", owner.token()).statusCode());
        assertEquals(200, api.get(path, competitor.token()).statusCode(), "an open requirement is public");
        HttpResponse<String> edit = api.put(path, requirement(externalId, "Saboteado"), competitor.token());
        assertEquals(403, edit.statusCode(), edit.body());
        assertEquals(403, api.post(path + "/close", "", competitor.token()).statusCode());
        JsonNode stored = JSON.readTree(api.get(path, owner.token()).body());
        assertEquals("Título original", stored.get("title").asText());
        assertEquals("OPEN", stored.get("status").asText());
        assertTrue(stored.get("editable").asBoolean());
        assertEquals(false, JSON.readTree(api.get(path, competitor.token()).body()).get("editable").asBoolean());
    }

    @Test
    void theOwnerEditsItsRequirementAndBadFieldsAreNamed() throws Exception {
        TestUsers.Caller anchor = users.anchor();
        String externalId = "REQ-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode draft = created(api.post("/api/v1/requirements", requirement(externalId, "Primero"), anchor.token()));
        String path = "/api/v1/requirements/" + draft.get("id").asText();
        HttpResponse<String> ok = api.put(path, requirement(externalId, "Segundo"), anchor.token());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("Segundo", JSON.readTree(ok.body()).get("title").asText());

        HttpResponse<String> bad = api.put(path, "{\"externalId\": \"" + externalId + "\", \"title\": \"T\", "
                + "\"requiredCertifications\": [\"ISO_0\"], \"deliveryMunicipalities\": [\"05999\"], \"neededBy\": \"mañana\"}",
                anchor.token());
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertEquals("requiredCertifications[0]", errors.get(0).get("field").asText());
        assertEquals("deliveryMunicipalities[0]", errors.get(1).get("field").asText());
        assertEquals("neededBy", errors.get(2).get("field").asText());
        assertTrue(errors.get(2).get("message").asText().contains("AAAA-MM-DD"));
    }

    @Test
    void aRequirementWithoutDeliveryPlaceCannotBePublished() throws Exception {
        TestUsers.Caller anchor = users.anchor();
        JsonNode draft = created(api.post("/api/v1/requirements",
                "{\"title\": \"Sin lugar de entrega todavía\"}", anchor.token()));
        assertTrue(draft.get("externalId").asText().startsWith("REQ-"), "an id is generated when the anchor gives none");
        HttpResponse<String> open = api.post("/api/v1/requirements/" + draft.get("id").asText() + "/open", "", anchor.token());
        assertEquals(409, open.statusCode(), open.body());
        assertTrue(open.body().contains("municipio de entrega"), open.body());
    }

    @Test
    void anOrganizerCreatesARequirementForAnAnchorThatDoesNotExistYet() throws Exception {
        String nit = TestUsers.randomNit();
        String externalId = "ORG-" + UUID.randomUUID().toString().substring(0, 8);
        String body = requirement(externalId, "Cargado por el organizador")
                .replaceFirst("\\{", "{\"anchor\": {\"nit\": \"" + nit + "\", \"name\": \"Nueva Ancla S.A.\", \"type\": \"EXTRANJERA\"}, ");
        JsonNode created = created(api.post("/api/v1/requirements", body, organizer.token()));
        assertEquals(nit, created.get("anchor").get("nit").asText());
        assertEquals("EXTRANJERA", created.get("anchor").get("type").asText());
        JsonNode anchors = JSON.readTree(api.get("/api/v1/anchors?nit=" + nit, organizer.token()).body());
        assertEquals(1, anchors.get("total").asInt());
    }

    @Test
    void onlyDraftsAreDeleted() throws Exception {
        TestUsers.Caller anchor = users.anchor();
        String path = "/api/v1/requirements/" + created(api.post("/api/v1/requirements",
                requirement("DEL-" + UUID.randomUUID().toString().substring(0, 8), "Borrable"), anchor.token())).get("id").asText();
        api.post(path + "/open", "", anchor.token());
        assertEquals(409, api.delete(path, anchor.token()).statusCode());
        String other = "/api/v1/requirements/" + created(api.post("/api/v1/requirements",
                requirement("DEL-" + UUID.randomUUID().toString().substring(0, 8), "Borrable"), anchor.token())).get("id").asText();
        assertEquals(204, api.delete(other, anchor.token()).statusCode());
        assertEquals(404, api.get(other, anchor.token()).statusCode());
    }

    @Test
    void aSupplierCannotCreateRequirements() {
        assertEquals(403, api.post("/api/v1/requirements", requirement("X-1", "No"), supplier.token()).statusCode());
    }

    private static String requirement(String externalId, String title) {
        return "{\"externalId\": \"" + externalId + "\", \"title\": \"" + title + "\", "
                + "\"description\": \"Suministro mensual\", \"valueChain\": \"FARMACEUTICA\", \"link\": \"EMPAQUE\", "
                + "\"ciiu\": [\"1702\"], \"unspsc\": [\"24121500\"], \"requiredCertifications\": [\"ISO_9001\"], "
                + "\"preferredCertifications\": [\"FSC\"], \"deliveryMunicipalities\": [\"05001\", \"05360\"], "
                + "\"maxDistanceKm\": 400, \"quantity\": \"200000 unidades/mes\", \"neededBy\": \"2030-02-01\", "
                + "\"inclusionPreferences\": {\"womenLed\": true, \"pdet\": false, \"popularEconomy\": false}}";
    }

    private static JsonNode created(HttpResponse<String> r) throws Exception {
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
