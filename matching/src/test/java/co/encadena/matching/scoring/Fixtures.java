package co.encadena.matching.scoring;

import co.encadena.matching.certification.SatisfiesRelation;
import co.encadena.matching.territory.GeoPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small builders for suppliers and requirements; coordinates are DIVIPOLA centroids. */
final class Fixtures {

    static final Place MEDELLIN = new Place("05001", "05", new GeoPoint(6.246631, -75.581775));
    static final Place ENVIGADO = new Place("05266", "05", new GeoPoint(6.166695, -75.582192));
    static final Place BARRANQUILLA = new Place("08001", "08", new GeoPoint(10.977961, -74.815546));
    static final Place SOLEDAD = new Place("08758", "08", new GeoPoint(10.909921, -74.786054));
    static final Place BOGOTA = new Place("11001", "11", new GeoPoint(4.649251, -74.106992));
    static final Place CARTAGENA = new Place("13001", "13", new GeoPoint(10.385126, -75.496269));
    static final Place SOACHA = new Place("25754", "25", new GeoPoint(4.579268, -74.215463));
    static final Place SANTA_MARTA = new Place("47001", "47", new GeoPoint(11.204679, -74.199829));
    static final Place CUCUTA = new Place("54001", "54", new GeoPoint(7.905725, -72.508178));
    static final Place CALI = new Place("76001", "76", new GeoPoint(3.413686, -76.52133));
    static final Place YUMBO = new Place("76892", "76", new GeoPoint(3.540097, -76.499893));

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** The satisfies column of certifications.csv. */
    static final SatisfiesRelation SATISFIES = SatisfiesRelation.builder()
            .add("FSSC_22000", "ISO_22000").add("FSSC_22000", "HACCP").add("ISO_22000", "HACCP")
            .add("AS9100", "ISO_9001").add("IATF_16949", "ISO_9001").add("ISO_45001", "SG_SST")
            .build();

    private Fixtures() {
    }

    static SupplierBuilder supplier(String nit) {
        return new SupplierBuilder(nit);
    }

    static RequirementBuilder requirement(String id) {
        return new RequirementBuilder(id);
    }

    static final class SupplierBuilder {
        private final String nit;
        private String name;
        private Place home = MEDELLIN;
        private final Set<String> coverage = new LinkedHashSet<>();
        private boolean national;
        private final List<ChainPosition> chains = new ArrayList<>();
        private final List<Offering> offerings = new ArrayList<>();
        private String description = "";
        private final List<String> ciiu = new ArrayList<>();
        private final List<HeldCertification> certs = new ArrayList<>();
        private InclusionTraits inclusion = InclusionTraits.NONE;

        SupplierBuilder(String nit) {
            this.nit = nit;
            this.name = "Proveedor " + nit;
        }

        SupplierBuilder name(String n) {
            name = n;
            return this;
        }

        SupplierBuilder home(Place p) {
            home = p;
            return this;
        }

        SupplierBuilder covers(String... departments) {
            coverage.addAll(List.of(departments));
            return this;
        }

        SupplierBuilder national() {
            national = true;
            return this;
        }

        SupplierBuilder chain(String chain, String link) {
            chains.add(new ChainPosition(chain, link));
            return this;
        }

        SupplierBuilder offers(String offeringName, String offeringDescription, String unspsc) {
            offerings.add(new Offering(offeringName, offeringDescription, unspsc));
            return this;
        }

        SupplierBuilder offers(String offeringName) {
            return offers(offeringName, "", null);
        }

        SupplierBuilder description(String d) {
            description = d;
            return this;
        }

        SupplierBuilder ciiu(String... classes) {
            ciiu.addAll(List.of(classes));
            return this;
        }

        SupplierBuilder holds(String code, LocalDate validUntil) {
            certs.add(new HeldCertification(code, validUntil));
            return this;
        }

        SupplierBuilder holds(String code) {
            return holds(code, null);
        }

        SupplierBuilder inclusion(InclusionTraits traits) {
            inclusion = traits;
            return this;
        }

        SupplierProfile build() {
            return new SupplierProfile(nit, name, null, home, coverage, national, chains, offerings, description, ciiu,
                    certs, inclusion);
        }
    }

    static final class RequirementBuilder {
        private final String id;
        private String title = "";
        private String description = "";
        private String chain = "FARMACEUTICA";
        private String link = "EMPAQUE";
        private final List<String> ciiu = new ArrayList<>();
        private final List<String> unspsc = new ArrayList<>();
        private final List<String> required = new ArrayList<>();
        private final List<String> preferred = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private Double max;
        private LocalDate neededBy;
        private InclusionPreferences prefs = InclusionPreferences.NONE;

        RequirementBuilder(String id) {
            this.id = id;
        }

        RequirementBuilder title(String t) {
            title = t;
            return this;
        }

        RequirementBuilder description(String d) {
            description = d;
            return this;
        }

        RequirementBuilder chain(String c, String l) {
            chain = c;
            link = l;
            return this;
        }

        RequirementBuilder ciiu(String... c) {
            ciiu.addAll(List.of(c));
            return this;
        }

        RequirementBuilder unspsc(String... u) {
            unspsc.addAll(List.of(u));
            return this;
        }

        RequirementBuilder requires(String... codes) {
            required.addAll(List.of(codes));
            return this;
        }

        RequirementBuilder prefers(String... codes) {
            preferred.addAll(List.of(codes));
            return this;
        }

        RequirementBuilder deliverTo(Place... p) {
            places.addAll(List.of(p));
            return this;
        }

        RequirementBuilder within(double km) {
            max = km;
            return this;
        }

        RequirementBuilder neededBy(LocalDate d) {
            neededBy = d;
            return this;
        }

        RequirementBuilder favours(InclusionPreferences p) {
            prefs = p;
            return this;
        }

        Requirement build() {
            List<Place> delivery = places.isEmpty() ? List.of(MEDELLIN) : places;
            return new Requirement(id, "890900608-9", title, description, chain, link, ciiu, unspsc, required,
                    preferred, delivery, max, neededBy, prefs);
        }
    }
}
