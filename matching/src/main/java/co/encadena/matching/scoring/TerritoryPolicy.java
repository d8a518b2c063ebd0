package co.encadena.matching.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Territory: a supplier reaches a delivery place when it covers the place's department (its home department
 * always counts, {@code "CO"} covers all) or, when the requirement sets {@code maxDistanceKm}, lies within that
 * great-circle distance of it. Reaching no delivery place makes it ineligible.
 *
 * <p>The factor is the mean over the delivery places of: 0 when not reached, else {@code 0.5 + 0.5 × closeness},
 * with closeness {@code max(0, 1 − km / scale)} and scale the requirement's radius (or {@value #DEFAULT_SCALE_KM}
 * km without one). So reaching every place beats reaching some, and — coverage unchanged — moving closer never
 * lowers it.
 */
public final class TerritoryPolicy {

    /** Distance at which closeness reaches 0 when the requirement sets no radius. */
    public static final double DEFAULT_SCALE_KM = 600;

    /** How a delivery place is reached. */
    public enum Reach {
        /** The supplier's coverage is national. */
        NATIONAL,
        /** The supplier covers the place's department. */
        DEPARTMENT,
        /** Within the requirement's radius. */
        DISTANCE,
        /** Not reached. */
        NONE
    }

    /** One delivery place as seen from the supplier. */
    public record PlaceReach(Place place, double km, Reach reach) {
    }

    /**
     * @param value the factor, in [0, 1]
     * @param places each delivery place with its distance and how it is reached
     * @param gaps when no place is reached: each place not covered, and the nearest distance over the radius
     */
    public record Assessment(double value, List<PlaceReach> places, List<Gap> gaps) {
        public Assessment {
            places = List.copyOf(places);
            gaps = List.copyOf(gaps);
        }

        /** @return true when at least one delivery place is reached */
        public boolean eligible() {
            return gaps.isEmpty();
        }
    }

    /** Assesses how {@code supplier} reaches the delivery places of {@code requirement}. */
    public Assessment assess(Requirement requirement, SupplierProfile supplier) {
        List<PlaceReach> places = new ArrayList<>();
        double sum = 0;
        Double max = requirement.maxDistanceKm();
        double scale = max != null ? max : DEFAULT_SCALE_KM;
        for (Place place : requirement.deliveryPlaces()) {
            double km = supplier.home().location().distanceKm(place.location());
            Reach reach = reach(supplier, place, km, max);
            places.add(new PlaceReach(place, km, reach));
            sum += placeValue(reach, km, scale);
        }
        double value = sum / places.size();
        return new Assessment(value, places, gapsWhenUnreached(places, max));
    }

    // Coverage first (national, then department), then the radius.
    private static Reach reach(SupplierProfile supplier, Place place, double km, Double max) {
        if (supplier.nationalCoverage()) {
            return Reach.NATIONAL;
        }
        if (supplier.covers(place.department())) {
            return Reach.DEPARTMENT;
        }
        if (max != null && km <= max) {
            return Reach.DISTANCE;
        }
        return Reach.NONE;
    }

    // A reached place is worth half for being reached and half for closeness.
    private static double placeValue(Reach reach, double km, double scale) {
        if (reach == Reach.NONE) {
            return 0;
        }
        double closeness = Math.max(0, 1 - km / scale);
        return 0.5 + 0.5 * closeness;
    }

    private static List<Gap> gapsWhenUnreached(List<PlaceReach> places, Double max) {
        List<Gap> gaps = new ArrayList<>();
        if (places.stream().anyMatch(p -> p.reach() != Reach.NONE)) {
            return gaps;
        }
        PlaceReach nearest = places.get(0);
        for (PlaceReach p : places) {
            gaps.add(Gap.of("gap.territoryNotCovered", p.place().municipality(), p.place().department()));
            if (p.km() < nearest.km()) {
                nearest = p;
            }
        }
        if (max != null) {
            gaps.add(Gap.of("gap.tooFar", nearest.km(), max, nearest.place().municipality()));
        }
        return gaps;
    }
}
