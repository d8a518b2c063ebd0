package co.encadena.matching.territory;

/**
 * A WGS84 point (a municipality's cabecera). Distances are great-circle distances on a sphere of the
 * Earth's mean radius: within 0.5 % of the ellipsoidal distance, far finer than "delivers within 400 km"
 * needs, and identical wherever it is computed (API, CLI, benchmarks).
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a WGS84 coordinate: " + latitude + ", " + longitude);
        }
    }

    /** Haversine great-circle distance in km; numerically stable for points a few metres apart. */
    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
