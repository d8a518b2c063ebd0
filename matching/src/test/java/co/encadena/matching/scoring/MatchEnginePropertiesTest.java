package co.encadena.matching.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.matching.certification.SatisfiesRelation;
import co.encadena.matching.territory.GeoPoint;
import co.encadena.matching.text.TextRelevance.CorpusStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomized properties of the scoring. Each run draws a fresh seed (printed on failure); rerun a failure with
 * {@code -Dtests.seed=<seed>}.
 */
class MatchEnginePropertiesTest {

    private static final int ITERATIONS = 300;
    private static final long SEED = Long.getLong("tests.seed", new Random().nextLong());
    private static final List<String> CODES = List.of("ISO_9001", "ISO_14001", "HACCP", "ISO_22000", "FSSC_22000",
            "AS9100", "BASC", "RETIE", "SG_SST", "ISO_45001", "GLOBALGAP", "ISO_13485");
    private static final List<String> WORDS = List.of("empaque", "blíster", "foil", "aluminio", "tabletas",
            "mecanizado", "titanio", "aguacate", "Hass", "pulpa", "fruta", "cacao", "jeans", "denim", "soldadura",
            "naval", "cargadores", "buses", "eléctricos", "hidrolavado", "software", "turismo");
    private static final List<String> CHAINS = List.of("FARMACEUTICA", "AEROPARTES", "MODA", "ASTILLERO");
    private static final List<String> LINKS = List.of("EMPAQUE", "TRANSFORMACION", "INSUMOS", "SERVICIOS_APOYO");
    private static final List<Place> PLACES = List.of(Fixtures.MEDELLIN, Fixtures.ENVIGADO, Fixtures.BARRANQUILLA,
            Fixtures.SOLEDAD, Fixtures.BOGOTA, Fixtures.CARTAGENA, Fixtures.SOACHA, Fixtures.SANTA_MARTA,
            Fixtures.CUCUTA, Fixtures.CALI, Fixtures.YUMBO);

    private final MatchEngine engine = MatchEngine.standard(Fixtures.SATISFIES);

    @Test
    void addingAValidMandatoryCertificationNeverLowersASupplier() {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            Requirement r = requirement(random);
            SupplierProfile before = supplier(random, "900000001-1");
            String code = r.requiredCertifications().get(random.nextInt(r.requiredCertifications().size()));
            LocalDate until = random.nextBoolean() ? null : r.referenceDate(Fixtures.TODAY).plusDays(random.nextInt(900));
            List<HeldCertification> more = new ArrayList<>(before.certifications());
            more.add(new HeldCertification(code, until));
            SupplierProfile after = withCertifications(before, more);
            CorpusStatistics corpus = corpus(before, after);
            SupplierMatch a = engine.assess(r, before, corpus, Fixtures.TODAY);
            SupplierMatch b = engine.assess(r, after, corpus, Fixtures.TODAY);
            String why = "seed " + SEED + ", iteration " + i + ": " + r + "\n" + before + "\n+" + code;
            assertTrue(b.score() >= a.score(), why);
            assertTrue(b.gaps().size() <= a.gaps().size(), why);
            assertTrue(!a.eligible() || b.eligible(), why);
        }
    }

    @Test
    void movingASupplierCloserNeverLowersTerritory() {
        Random random = new Random(SEED);
        TerritoryPolicy territory = new TerritoryPolicy();
        int checked = 0;
        for (int i = 0; i < ITERATIONS * 3 && checked < ITERATIONS; i++) {
            Requirement r = requirement(random);
            SupplierProfile before = supplier(random, "900000001-1");
            Place target = r.deliveryPlaces().get(random.nextInt(r.deliveryPlaces().size()));
            double t = random.nextDouble();
            GeoPoint from = before.home().location();
            GeoPoint moved = new GeoPoint(from.latitude() + t * (target.location().latitude() - from.latitude()),
                    from.longitude() + t * (target.location().longitude() - from.longitude()));
            boolean closerToAll = r.deliveryPlaces().stream()
                    .allMatch(p -> moved.distanceKm(p.location()) <= from.distanceKm(p.location()) + 1e-9);
            if (!closerToAll) {
                continue;
            }
            checked++;
            // Same municipality code and department: only the distance changes, coverage does not.
            SupplierProfile after = withHome(before, new Place(before.home().municipality(),
                    before.home().department(), moved));
            String why = "seed " + SEED + ", iteration " + i + ": " + r + "\n" + before + "\n→ " + moved;
            double a = territory.assess(r, before).value();
            double b = territory.assess(r, after).value();
            assertTrue(b >= a - 1e-12, why + "\n" + a + " > " + b);
            assertTrue(!territory.assess(r, before).eligible() || territory.assess(r, after).eligible(), why);
        }
        assertTrue(checked > ITERATIONS / 3, "too few cases drawn: " + checked);
    }

    @Test
    void aCertificateExpiredOnTheDateNeverCountsAndOneValidOnItAlwaysDoes() {
        Random random = new Random(SEED);
        CertificationPolicy policy = new CertificationPolicy(Fixtures.SATISFIES);
        for (int i = 0; i < ITERATIONS; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            LocalDate neededBy = Fixtures.TODAY.plusDays(random.nextInt(400));
            LocalDate until = neededBy.plusDays(random.nextInt(121) - 60);
            Requirement r = Fixtures.requirement("R").requires(code).neededBy(neededBy).build();
            SupplierProfile s = Fixtures.supplier("900000001-1").holds(code, until).build();
            boolean valid = !until.isBefore(neededBy);
            String why = "seed " + SEED + ": " + code + " until " + until + ", needed by " + neededBy;
            assertEquals(valid, policy.assess(r, s, neededBy).eligible(), why);
            if (!valid) {
                assertEquals("gap.certificationExpired", policy.assess(r, s, neededBy).gaps().get(0).key(), why);
                SupplierMatch m = engine.assess(r, s, corpus(s), Fixtures.TODAY);
                assertFalse(m.eligible(), why);
            }
        }
    }

    @Test
    void satisfiesIsHonouredTransitivelyAndNeverBackwards() {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            int n = 2 + random.nextInt(6);
            List<String> chain = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                chain.add("C" + k);
            }
            SatisfiesRelation.Builder b = SatisfiesRelation.builder();
            for (int k = 0; k + 1 < n; k++) {
                b.add(chain.get(k), chain.get(k + 1));
                if (random.nextInt(3) == 0 && k + 2 < n) {
                    b.add(chain.get(k), chain.get(k + 2 + random.nextInt(n - k - 2)));
                }
            }
            CertificationPolicy policy = new CertificationPolicy(b.build());
            int held = random.nextInt(n);
            int required = random.nextInt(n);
            Requirement r = Fixtures.requirement("R").requires(chain.get(required)).build();
            SupplierProfile s = Fixtures.supplier("900000001-1").holds(chain.get(held)).build();
            String why = "seed " + SEED + ": holds C" + held + ", requires C" + required + " in a chain of " + n;
            assertEquals(held <= required, policy.assess(r, s, Fixtures.TODAY).eligible(), why);
        }
    }

    @Test
    void matchesAreEligibleRankedByScoreWithFactorsInZeroToOne() {
        Random random = new Random(SEED);
        for (int i = 0; i < ITERATIONS / 10; i++) {
            Requirement r = requirement(random);
            List<SupplierProfile> candidates = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                candidates.add(supplier(random, String.format("9%08d-1", k)));
            }
            MatchResult result = engine.match(r, candidates, Fixtures.TODAY, 50);
            String why = "seed " + SEED + ", iteration " + i;
            for (List<SupplierMatch> list : List.of(result.matches(), result.nearMisses())) {
                for (int k = 0; k < list.size(); k++) {
                    SupplierMatch m = list.get(k);
                    assertEquals(k + 1, m.rank(), why);
                    assertTrue(k == 0 || list.get(k - 1).score() >= m.score(), why);
                    assertTrue(m.score() >= 0 && m.score() <= 1, why);
                    m.factors().values().forEach(v -> assertTrue(v >= 0 && v <= 1, why + " " + m.factors()));
                }
            }
            result.matches().forEach(m -> assertTrue(m.eligible() && m.gaps().isEmpty(), why));
            result.nearMisses().forEach(m -> assertTrue(!m.eligible() && !m.gaps().isEmpty(), why));
        }
    }

    private CorpusStatistics corpus(SupplierProfile... suppliers) {
        return CorpusStatistics.of(java.util.Arrays.stream(suppliers).map(engine::document).toList());
    }

    private static Requirement requirement(Random random) {
        Fixtures.RequirementBuilder b = Fixtures.requirement("R-" + random.nextInt(1000))
                .title(words(random, 3 + random.nextInt(4))).description(words(random, 6))
                .chain(pick(random, CHAINS), pick(random, LINKS))
                .neededBy(random.nextBoolean() ? null : Fixtures.TODAY.plusDays(random.nextInt(300)));
        int required = 1 + random.nextInt(3);
        for (int k = 0; k < required; k++) {
            b.requires(pick(random, CODES));
        }
        if (random.nextBoolean()) {
            b.prefers(pick(random, CODES));
        }
        int places = 1 + random.nextInt(3);
        for (int k = 0; k < places; k++) {
            b.deliverTo(pick(random, PLACES));
        }
        if (random.nextBoolean()) {
            b.within(50 + random.nextInt(500));
        }
        return b.build();
    }

    private static SupplierProfile supplier(Random random, String nit) {
        Fixtures.SupplierBuilder b = Fixtures.supplier(nit).home(pick(random, PLACES))
                .chain(pick(random, CHAINS), pick(random, LINKS))
                .offers(words(random, 2 + random.nextInt(4)), words(random, 4), null)
                .inclusion(new InclusionTraits(random.nextBoolean(), null, random.nextBoolean(), false, false,
                        random.nextBoolean(), false));
        if (random.nextInt(4) == 0) {
            b.national();
        } else if (random.nextBoolean()) {
            b.covers(pick(random, PLACES).department());
        }
        int certs = random.nextInt(4);
        for (int k = 0; k < certs; k++) {
            b.holds(pick(random, CODES), random.nextInt(5) == 0 ? null : Fixtures.TODAY.plusDays(random.nextInt(700) - 200));
        }
        return b.build();
    }

    private static SupplierProfile withCertifications(SupplierProfile s, List<HeldCertification> certs) {
        return new SupplierProfile(s.nit(), s.name(), s.tradeName(), s.home(), s.coverage(), s.nationalCoverage(),
                s.chains(), s.offerings(), s.description(), s.ciiu(), certs, s.inclusion());
    }

    private static SupplierProfile withHome(SupplierProfile s, Place home) {
        return new SupplierProfile(s.nit(), s.name(), s.tradeName(), home, s.coverage(), s.nationalCoverage(),
                s.chains(), s.offerings(), s.description(), s.ciiu(), s.certifications(), s.inclusion());
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : " de ").append(pick(random, WORDS));
        }
        return sb.toString();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
