package co.encadena.api.reference;

import co.encadena.api.reference.persistence.Municipality;
import co.encadena.api.reference.persistence.ReferenceData;
import co.encadena.matching.territory.GeoPoint;
import io.micronaut.context.annotation.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 1,122 DIVIPOLA municipalities held in memory for distance questions. Reference data only changes
 * with a migration, i.e. with a restart, so it is read once.
 */
@Context
public final class Territory {

    private final Map<String, Municipality> municipalities = new LinkedHashMap<>();
    private final Map<String, String> departmentNames = new LinkedHashMap<>();

    Territory(ReferenceData.Municipalities repository, ReferenceData.Departments departments) {
        for (Municipality m : repository.findAllOrderByCode()) {
            municipalities.put(m.code(), m);
        }
        departments.findAllOrderByCode().forEach(d -> departmentNames.put(d.code(), d.displayName()));
    }

    /** The display name of a department ("Valle del Cauca"). */
    public Optional<String> departmentName(String code) {
        return Optional.ofNullable(departmentNames.get(code));
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    public static GeoPoint point(Municipality m) {
        return new GeoPoint(m.latitude(), m.longitude());
    }

    /** A municipality and how far it is, in km rounded to one decimal. */
    public record Distance(Municipality municipality, double km) {
    }

    /** Municipalities within {@code radiusKm} of {@code from} (itself included), nearest first. */
    public List<Distance> within(Municipality from, double radiusKm) {
        GeoPoint origin = point(from);
        List<Distance> out = new ArrayList<>();
        for (Municipality m : municipalities.values()) {
            double km = origin.distanceKm(point(m));
            if (km <= radiusKm) {
                out.add(new Distance(m, round(km)));
            }
        }
        out.sort(Comparator.comparingDouble(Distance::km).thenComparing(d -> d.municipality().code()));
        return out;
    }

    public double distanceKm(Municipality a, Municipality b) {
        return round(point(a).distanceKm(point(b)));
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
