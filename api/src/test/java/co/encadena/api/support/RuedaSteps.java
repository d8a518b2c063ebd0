package co.encadena.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** The steps rueda integration tests take through the API, with the checks every one of them makes. */
public final class RuedaSteps {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final String organizerToken;

    public RuedaSteps(Api api, String organizerToken) {
        this.api = api;
        this.organizerToken = organizerToken;
    }

    /** Moves the rueda at {@code path} to {@code to} with the version last seen; answers the rueda after. */
    public JsonNode status(String path, String to, JsonNode current) throws Exception {
        HttpResponse<String> r = api.send("POST", path + "/status", "{\"status\": \"" + to + "\"}", organizerToken,
                "\"" + current.get("version").asText() + "\"");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode now = JSON.readTree(r.body());
        assertEquals(to, now.get("status").asText());
        assertNotEquals(current.get("version").asLong(), now.get("version").asLong());
        return now;
    }

    /** The body of an answer whose status is one of {@code accepted} (201 when none is given). */
    public static JsonNode ok(HttpResponse<String> r, int... accepted) throws Exception {
        int[] expected = accepted.length == 0 ? new int[] {201} : accepted;
        assertTrue(Arrays.stream(expected).anyMatch(c -> c == r.statusCode()), r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /** The meeting between two firms on an agenda board. */
    public static JsonNode meetingWith(JsonNode board, UUID x, UUID y) {
        for (JsonNode m : board.get("meetings")) {
            if (Set.of(m.get("a").asText(), m.get("b").asText()).equals(Set.of(x.toString(), y.toString()))) {
                return m;
            }
        }
        throw new AssertionError("no meeting between " + x + " and " + y + " in " + board);
    }
}
