package co.encadena.api.suppliers.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A mipyme's or popular-economy unit's profile as the programme keeps it: validated, codes canonical, lists
 * in the order the supplier gave them (the first CIIU is its main activity). Optional texts are null when
 * absent. {@code coverage} always starts with the home department; {@code nationalCoverage} means "CO".
 */
public record SupplierProfile(
        String nit,
        String legalName,
        String tradeName,
        String size,
        boolean popularEconomy,
        String municipality,
        boolean nationalCoverage,
        List<String> coverage,
        List<String> ciiu,
        List<ChainLink> valueChains,
        List<Offering> offerings,
        List<HeldCertification> certifications,
        Inclusion inclusion,
        String description,
        Contact contact) {

    public static final List<String> SIZES = List.of("MICRO", "PEQUENA", "MEDIANA", "GRANDE");
    public static final List<String> ETHNIC_GROUPS = List.of("INDIGENA", "AFROCOLOMBIANO", "RAIZAL", "PALENQUERO", "RROM");

    public SupplierProfile {
        coverage = List.copyOf(coverage);
        ciiu = List.copyOf(ciiu);
        valueChains = List.copyOf(valueChains);
        offerings = List.copyOf(offerings);
        certifications = List.copyOf(certifications);
    }

    /** The 2-digit DIVIPOLA department of the home municipality. */
    public String department() {
        return municipality.substring(0, 2);
    }

    /** A value chain the supplier works in and its link (eslabón) in it. */
    public record ChainLink(String chain, String link) {
    }

    /** A product or service: name, optional description and optional 8-digit UNSPSC code. */
    public record Offering(String name, String description, String unspsc) {
    }

    /** A certification held, with its expiry (null: none), issuer and certificate number. */
    public record HeldCertification(String code, LocalDate validUntil, String issuer, String number) {
    }

    /** Programme inclusion attributes; {@code ethnicGroup} is null or one of {@link #ETHNIC_GROUPS}. */
    public record Inclusion(boolean womenLed, String ethnicGroup, boolean victims, boolean youthLed) {
        public static final Inclusion NONE = new Inclusion(false, null, false, false);
    }

    /** Who to talk to; every part optional. */
    public record Contact(String name, String email, String phone) {
        public static final Contact NONE = new Contact(null, null, null);
    }
}
