package co.encadena.api.demo;

import co.encadena.api.demo.DemoCatalogue.AnchorSeed;
import co.encadena.api.demo.DemoCatalogue.Chain;
import co.encadena.api.demo.DemoCatalogue.Need;
import co.encadena.api.demo.DemoCatalogue.Offering;
import co.encadena.matching.identity.Nit;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A believable, reproducible demo programme: mipymes spread over departments, chains and sizes, anchors
 * with requirements, and one rueda. Same seed and same day give the same dataset. Pure: it knows only the
 * municipality codes it is given, nothing about storage.
 */
final class DemoDataset {

    record Certificate(String code, LocalDate validUntil, String issuer, String number) {
    }

    record Supplier(UUID id, String nit, String legalName, String tradeName, String size, boolean popularEconomy,
                    String municipality, boolean nationalCoverage, Set<String> coverage, List<String> ciiu,
                    String chain, String link, List<Offering> offerings, List<Certificate> certifications,
                    boolean womenLed, String ethnicGroup, boolean victims, boolean youthLed, String description,
                    String contactName, String contactEmail, String contactPhone) {
    }

    record Anchor(UUID id, String nit, String name, String type, String municipality, String chain) {
    }

    record Requirement(UUID id, UUID anchorId, String externalId, Need need, String chain, String link,
                       List<String> ciiu, List<String> unspsc, List<String> deliveryMunicipalities,
                       Integer maxDistanceKm, LocalDate neededBy, String status, boolean prefersWomenLed,
                       boolean prefersPdet) {
    }

    record Organizer(UUID id, String nit, String name) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<String> municipalities;
    private final Map<String, String> certificationIssuers;
    private final Set<String> usedNits = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();

    final List<Supplier> suppliers = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    final List<Requirement> requirements = new ArrayList<>();
    final List<Organizer> organizers = new ArrayList<>();

    /**
     * @param municipalities every valid DIVIPOLA municipality code (to place mipymes outside the hubs too)
     * @param certificationIssuers certification code → usual issuer, from the reference data
     */
    DemoDataset(long seed, LocalDate today, List<String> municipalities, Map<String, String> certificationIssuers,
                int supplierCount) {
        this.random = new Random(seed);
        this.today = today;
        this.municipalities = List.copyOf(municipalities);
        this.certificationIssuers = Map.copyOf(certificationIssuers);
        organizers.add(new Organizer(uuid(), nit("899"), "Colombia Productiva – Equipo EnCadena"));
        organizers.add(new Organizer(uuid(), nit("891"), "Cámara de Comercio del Pacífico (demo)"));
        for (int i = 0; i < supplierCount; i++) {
            suppliers.add(supplier(DemoCatalogue.CHAINS.get(i % DemoCatalogue.CHAINS.size())));
        }
        for (AnchorSeed seedAnchor : DemoCatalogue.ANCHORS) {
            anchors.add(new Anchor(uuid(), nit("860"), seedAnchor.name(), seedAnchor.type(), seedAnchor.municipality(),
                    seedAnchor.chain()));
        }
        int n = 0;
        for (Anchor anchor : anchors) {
            Chain chain = chain(anchor.chain());
            for (int k = 0; k < 2; k++) {
                n++;
                Need need = chain.needs().get((k + n / 3) % chain.needs().size());
                requirements.add(requirement(anchor, chain, need, n));
            }
        }
    }

    private Supplier supplier(Chain chain) {
        String municipality = random.nextDouble() < 0.7 ? pick(DemoCatalogue.HUBS) : pick(municipalities);
        String department = municipality.substring(0, 2);
        String core = pick(chain.nameCores());
        String legalName = uniqueName(core + " " + pick(DemoCatalogue.PLACE_WORDS), pick(DemoCatalogue.LEGAL_FORMS));
        String tradeName = legalName.replaceAll(" (S\\.A\\.S\\.|Ltda\\.|E\\.U\\.)$", "");
        double r = random.nextDouble();
        String size = r < 0.45 ? "MICRO" : r < 0.80 ? "PEQUENA" : r < 0.97 ? "MEDIANA" : "GRANDE";
        boolean popular = "MICRO".equals(size) && random.nextDouble() < 0.35;
        boolean national = random.nextDouble() < 0.1;
        Set<String> coverage = new LinkedHashSet<>();
        coverage.add(department);
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            coverage.add(pick(DemoCatalogue.HUBS).substring(0, 2));
        }
        List<Offering> offerings = new ArrayList<>();
        int offeringCount = 1 + random.nextInt(Math.min(3, chain.offerings().size()));
        int start = random.nextInt(chain.offerings().size());
        for (int i = 0; i < offeringCount; i++) {
            offerings.add(chain.offerings().get((start + i) % chain.offerings().size()));
        }
        List<Certificate> certificates = new ArrayList<>();
        Set<String> held = new HashSet<>();
        int certCount = random.nextInt(4);
        for (int i = 0; i < certCount; i++) {
            String code = pick(chain.certifications());
            if (held.add(code)) {
                // a few expired or about to expire, as in real life
                LocalDate validUntil = random.nextDouble() < 0.1 ? null : today.plusDays(random.nextInt(1200) - 200);
                certificates.add(new Certificate(code, validUntil, certificationIssuers.getOrDefault(code, "ICONTEC"),
                        code.substring(0, Math.min(3, code.length())) + "-" + (10000 + random.nextInt(89999))));
            }
        }
        String ethnic = ethnicGroup(municipality);
        String contact = pick(DemoCatalogue.FIRST_NAMES) + " " + pick(DemoCatalogue.SURNAMES) + " "
                + pick(DemoCatalogue.SURNAMES);
        String slug = slug(tradeName);
        String description = tradeName + ": " + offerings.get(0).description().toLowerCase()
                .replaceAll("\\.$", "") + ". Atendemos " + (national ? "todo el país" : "la región") + ".";
        return new Supplier(uuid(), nit("9"), legalName, tradeName, size, popular, municipality, national, coverage,
                List.of(pick(chain.ciiu())), chain.code(), pick(chain.links()), offerings, certificates,
                random.nextDouble() < 0.42, ethnic, random.nextDouble() < 0.15, random.nextDouble() < 0.1,
                description, contact, "contacto@" + slug + ".example.co",
                "+57 3" + (10 + random.nextInt(40)) + " " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000)));
    }

    private Requirement requirement(Anchor anchor, Chain chain, Need need, int n) {
        List<String> delivery = new ArrayList<>();
        delivery.add(anchor.municipality());
        if (random.nextBoolean()) {
            String other = pick(DemoCatalogue.HUBS);
            if (!delivery.contains(other)) {
                delivery.add(other);
            }
        }
        int[] distances = {150, 300, 500};
        Integer maxDistance = random.nextDouble() < 0.3 ? null : distances[random.nextInt(distances.length)];
        String status = n % 8 == 0 ? "DRAFT" : n % 13 == 0 ? "CLOSED" : "OPEN";
        List<String> unspsc = chain.offerings().stream().map(Offering::unspsc).distinct().limit(2).toList();
        return new Requirement(uuid(), anchor.id(), String.format("DEMO-2026-%03d", n), need, chain.code(),
                chain.links().get(0), List.of(chain.ciiu().get(0)), unspsc, delivery, maxDistance,
                today.plusDays(60 + random.nextInt(180)), status, random.nextDouble() < 0.3,
                random.nextDouble() < 0.25);
    }

    private String ethnicGroup(String municipality) {
        String department = municipality.substring(0, 2);
        if (Set.of("27", "52", "76").contains(department) && random.nextDouble() < 0.35) {
            return "AFROCOLOMBIANO";
        }
        if (Set.of("44", "19", "91", "86").contains(department) && random.nextDouble() < 0.35) {
            return "INDIGENA";
        }
        if ("88".equals(department) && random.nextDouble() < 0.5) {
            return "RAIZAL";
        }
        return random.nextDouble() < 0.03 ? "PALENQUERO" : null;
    }

    private Chain chain(String code) {
        return DemoCatalogue.CHAINS.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo chain without catalogue: " + code));
    }

    private String uniqueName(String base, String legalForm) {
        String name = base + " " + legalForm;
        int suffix = 2;
        while (!usedNames.add(name)) {
            name = base + " " + suffix++ + " " + legalForm;
        }
        return name;
    }

    /** A fresh NIT with a valid check digit, 9 digits starting with the given prefix. */
    private String nit(String prefix) {
        while (true) {
            StringBuilder number = new StringBuilder(prefix);
            while (number.length() < 9) {
                number.append(random.nextInt(10));
            }
            String nit = Nit.ofNumber(number.toString()).toString();
            if (usedNits.add(nit)) {
                return nit;
            }
        }
    }

    private UUID uuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return UUID.nameUUIDFromBytes(bytes);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "").replaceAll("^(.{24}).*", "$1");
    }
}
