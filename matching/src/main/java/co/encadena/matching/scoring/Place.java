package co.encadena.matching.scoring;

import co.encadena.matching.territory.GeoPoint;
import java.util.Objects;

/**
 * A DIVIPOLA municipality as the scoring sees it: its code, its department and the point its distances are
 * measured from.
 *
 * @param municipality 5-digit DIVIPOLA code
 * @param department 2-digit department code
 * @param location the municipality's centroid
 */
public record Place(String municipality, String department, GeoPoint location) {
    public Place {
        Objects.requireNonNull(location, "location");
        if (municipality == null || !municipality.matches("\\d{5}")) {
            throw new IllegalArgumentException("not a DIVIPOLA municipality code: " + municipality);
        }
        if (department == null || !department.matches("\\d{2}")) {
            throw new IllegalArgumentException("not a department code: " + department);
        }
    }
}
