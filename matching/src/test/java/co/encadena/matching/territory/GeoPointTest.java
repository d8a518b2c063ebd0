package co.encadena.matching.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint MEDELLIN = new GeoPoint(6.246631, -75.581775);
    private static final GeoPoint BOGOTA = new GeoPoint(4.649251, -74.106992);
    private static final GeoPoint TUMACO = new GeoPoint(1.798635, -78.815629);

    @Test
    void medellinToBogotaIsAbout240KmAsTheCrowFlies() {
        assertEquals(240, MEDELLIN.distanceKm(BOGOTA), 5);
    }

    @Test
    void aPlaceIsZeroKmFromItself() {
        assertEquals(0, TUMACO.distanceKm(TUMACO), 1e-9);
    }

    @Test
    void distanceIsSymmetricAndObeysTheTriangleInequality() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            GeoPoint a = random(random);
            GeoPoint b = random(random);
            GeoPoint c = random(random);
            assertEquals(a.distanceKm(b), b.distanceKm(a), 1e-6);
            assertTrue(a.distanceKm(c) <= a.distanceKm(b) + b.distanceKm(c) + 1e-6);
        }
    }

    @Test
    void rejectsCoordinatesOutsideTheGlobe() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.NaN));
    }

    private static GeoPoint random(Random random) {
        // Colombia's bounding box
        return new GeoPoint(-4.2 + random.nextDouble() * 17.6, -81.8 + random.nextDouble() * 15);
    }
}
