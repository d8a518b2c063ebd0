package co.encadena.api.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.support.IntegrationTest;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference data migrated from the CSV files, as the API serves it. */
@IntegrationTest
class ReferenceDataIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void servesAll33DepartmentsWithReadableNames() {
        Map<String, Object> page = get("/api/v1/reference/departments");
        assertEquals(33, ((Number) page.get("total")).intValue());
        Map<String, Object> bogota = find(items(page), "11");
        assertEquals("BOGOTÁ, D.C.", bogota.get("name"));
        assertEquals("Bogotá, D.C.", bogota.get("displayName"));
    }

    @Test
    void servesAllDivipolaMunicipalitiesWithPdetAndZomacFlags() {
        Map<String, Object> page = get("/api/v1/reference/municipalities");
        assertEquals(1122, ((Number) page.get("total")).intValue());
        List<Map<String, Object>> items = items(page);
        assertEquals(170, items.stream().filter(m -> Boolean.TRUE.equals(m.get("pdet"))).count());
        assertEquals(344, items.stream().filter(m -> Boolean.TRUE.equals(m.get("zomac"))).count());
        Map<String, Object> tumaco = find(items, "52835");
        assertEquals("San Andrés de Tumaco", tumaco.get("displayName"));
        assertEquals(Boolean.TRUE, tumaco.get("pdet"));
    }

    @Test
    void filtersMunicipalitiesByDepartment() {
        Map<String, Object> page = get("/api/v1/reference/municipalities?department=44");
        assertEquals(15, ((Number) page.get("total")).intValue());
        assertTrue(items(page).stream().allMatch(m -> "44".equals(m.get("departmentCode"))));
    }

    @Test
    void loadsTheWholeCiiuAndUnspscTaxonomies() {
        assertEquals(854, ((Number) get("/api/v1/reference/ciiu").get("total")).intValue());
        assertEquals(499, ((Number) get("/api/v1/reference/ciiu?level=class").get("total")).intValue());
        assertEquals(56, ((Number) get("/api/v1/reference/unspsc?level=segment").get("total")).intValue());
        assertEquals(7, ((Number) get("/api/v1/reference/value-chain-links").get("total")).intValue());
        assertEquals(22, ((Number) get("/api/v1/reference/value-chains").get("total")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void certificationsCarryWhatTheySatisfyTransitively() {
        Map<String, Object> fssc = find(items(get("/api/v1/reference/certifications")), "FSSC_22000");
        assertTrue(((List<String>) fssc.get("satisfiesTransitively")).containsAll(List.of("ISO_22000", "HACCP")));
    }

    @Test
    void nearbyMunicipalitiesAreSortedByDistanceAndWithinTheRadius() {
        List<Map<String, Object>> near = items(get("/api/v1/reference/municipalities/05001/nearby?radiusKm=20"));
        assertEquals("05001", near.get(0).get("code"));
        double previous = -1;
        for (Map<String, Object> m : near) {
            double km = ((Number) m.get("distanceKm")).doubleValue();
            assertTrue(km >= previous && km <= 20, "not sorted or outside the radius: " + near);
            previous = km;
        }
        assertTrue(near.stream().anyMatch(m -> "05088".equals(m.get("code"))), "Bello is next to Medellín");
    }

    @Test
    void departmentBoundariesAreServedAsGeoJson() {
        var response = client.toBlocking().exchange(HttpRequest.GET("/api/v1/reference/department-boundaries"), byte[].class);
        assertEquals("application/geo+json", response.getContentType().orElseThrow().toString());
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{") && body.contains("FeatureCollection"));
    }

    private Map<String, Object> get(String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, String code) {
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no item with code " + code));
    }
}
