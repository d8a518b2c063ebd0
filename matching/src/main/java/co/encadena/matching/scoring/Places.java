package co.encadena.matching.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks municipalities up by DIVIPOLA code. The caller builds it from its reference data (the API from its
 * database, the offline evaluation from {@code municipalities.csv}), so that matching reads no files at run time.
 */
@FunctionalInterface
public interface Places {

    /** @return the municipality with that code, if known */
    Optional<Place> find(String municipalityCode);

    /**
     * @return the municipality with that code
     * @throws IllegalArgumentException naming the code when it is unknown
     */
    default Place get(String municipalityCode) {
        return find(municipalityCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown DIVIPOLA municipality: " + municipalityCode));
    }

    /** A lookup over a fixed collection. */
    static Places of(Collection<Place> places) {
        Map<String, Place> byCode = new HashMap<>();
        for (Place place : places) {
            byCode.put(place.municipality(), place);
        }
        Map<String, Place> frozen = Map.copyOf(byCode);
        return code -> Optional.ofNullable(frozen.get(code));
    }
}
