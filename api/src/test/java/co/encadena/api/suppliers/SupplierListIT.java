package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.organizations.persistence.Organizations;
import co.encadena.api.support.Api;
import co.encadena.api.support.IntegrationTest;
import co.encadena.api.support.RawHttp;
import co.encadena.api.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The organizers' supplier list: filters, sort and pages over suppliers imported for the purpose. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierListIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    CreatingUser creatingUser;

    @Inject
    Organizations organizations;

    private Api api;
    private String organizer;
    private final String token = "Filtro" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void suppliers() {
        api = new Api(server.getPort());
        organizer = new TestUsers(creatingUser, organizations, api).organizer().token();
        String file = String.join("\n",
                line("A", "MICRO", "05001", "FARMACEUTICA", "ISO_9001", "2030-01-01", true, null, false),
                line("B", "PEQUENA", "76001", "MODA", "BASC", "2030-01-01", false, "AFROCOLOMBIANO", false),
                line("C", "MEDIANA", "05031", "FARMACEUTICA", "ISO_9001", "2020-01-01", false, null, true),
                line("D", "MICRO", "11001", "CAFE_CACAO", "ORGANICO", "2030-01-01", true, "INDIGENA", true));
        var r = new RawHttp(server.getPort()).post("/api/v1/imports/suppliers", "application/x-ndjson", file, organizer);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"accepted\":4"), r.body());
    }

    @Test
    void filtersByDepartmentChainSizeCertificationAndInclusion() throws Exception {
        assertEquals(List.of("A", "C"), names("&department=05"));
        assertEquals(List.of("A", "C"), names("&chain=FARMACEUTICA"));
        assertEquals(List.of("A", "D"), names("&companySize=MICRO"));
        assertEquals(List.of("A"), names("&certification=ISO_9001"), "C's ISO 9001 has expired");
        assertEquals(List.of("A", "D"), names("&inclusion=WOMEN_LED"));
        assertEquals(List.of("B", "D"), names("&inclusion=ETHNIC"));
        assertEquals(List.of("D"), names("&inclusion=WOMEN_LED,VICTIMS"));
        assertEquals(List.of("C"), names("&inclusion=PDET"));
        assertEquals(List.of("A"), names("&department=05&companySize=MICRO"));
    }

    @Test
    void sortsAndPages() throws Exception {
        assertEquals(List.of("D", "C", "B", "A"), names("&sort=-name"));
        JsonNode page = JSON.readTree(api.get("/api/v1/suppliers?q=" + token + "&sort=name&size=3&page=1", organizer).body());
        assertEquals(4, page.get("total").asInt());
        assertEquals(1, page.get("page").asInt());
        assertEquals(3, page.get("size").asInt());
        assertEquals(1, page.get("items").size());
    }

    @Test
    void everyItemCarriesItsIdAndNit() throws Exception {
        JsonNode page = JSON.readTree(api.get("/api/v1/suppliers?q=" + token, organizer).body());
        page.get("items").forEach(item -> {
            assertTrue(item.hasNonNull("id"));
            assertTrue(item.get("nit").asText().matches("\\d+-\\d"));
        });
    }

    @Test
    void anUnknownFilterValueIsNamed() throws Exception {
        var r = api.get("/api/v1/suppliers?chain=PETROLEO", organizer);
        assertEquals(400, r.statusCode());
        assertEquals("chain", JSON.readTree(r.body()).get("errors").get(0).get("field").asText());
    }

    private List<String> names(String filters) throws Exception {
        var r = api.get("/api/v1/suppliers?q=" + token + filters, organizer);
        assertEquals(200, r.statusCode(), r.body());
        List<String> names = new ArrayList<>();
        JSON.readTree(r.body()).get("items").forEach(i -> names.add(i.get("legalName").asText().replace(token + " ", "")));
        return names;
    }

    private String line(String name, String size, String municipality, String chain, String certification, String until,
                        boolean womenLed, String ethnic, boolean victims) {
        return "{\"nit\": \"" + TestUsers.randomNit() + "\", \"legalName\": \"" + token + " " + name + "\", \"size\": \"" + size
                + "\", \"municipality\": \"" + municipality + "\", \"valueChains\": [{\"chain\": \"" + chain
                + "\", \"link\": \"INSUMOS\"}], \"certifications\": [{\"code\": \"" + certification + "\", \"validUntil\": \""
                + until + "\"}], \"inclusion\": {\"womenLed\": " + womenLed + ", \"ethnicGroup\": "
                + (ethnic == null ? "null" : "\"" + ethnic + "\"") + ", \"victims\": " + victims + ", \"youthLed\": false}}";
    }
}
