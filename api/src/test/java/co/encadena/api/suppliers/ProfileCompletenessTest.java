package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.encadena.api.suppliers.domain.ProfileCompleteness;
import co.encadena.api.suppliers.domain.SupplierProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileCompletenessTest {

    private static SupplierProfile minimal() {
        return new SupplierProfile("900123456-8", "Empaques Andinos S.A.S.", null, "MICRO", false, "05001", false,
                List.of("05"), List.of(), List.of(), List.of(), List.of(), SupplierProfile.Inclusion.NONE, null,
                SupplierProfile.Contact.NONE);
    }

    @Test
    void aProfileWithOnlyTheRequiredFieldsListsEverythingElseAsMissing() {
        ProfileCompleteness.Completeness c = ProfileCompleteness.of(minimal());
        assertEquals(ProfileCompleteness.CHECKED, c.missing());
        assertEquals(28, c.percent());
    }

    @Test
    void aFullProfileIsComplete() {
        SupplierProfile p = new SupplierProfile("900123456-8", "Empaques Andinos S.A.S.", "Empaques Andinos", "MICRO",
                false, "05001", false, List.of("05"), List.of("1702"),
                List.of(new SupplierProfile.ChainLink("FARMACEUTICA", "EMPAQUE")),
                List.of(new SupplierProfile.Offering("Estuches", "Cartón plegadizo", "24121500")),
                List.of(new SupplierProfile.HeldCertification("ISO_9001", null, null, null)),
                SupplierProfile.Inclusion.NONE, "Empaques para farmacéuticas",
                new SupplierProfile.Contact("Ana", "ana@example.co", "+57 604 000 0000"));
        ProfileCompleteness.Completeness c = ProfileCompleteness.of(p);
        assertEquals(100, c.percent());
        assertEquals(List.of(), c.missing());
    }

    @Test
    void anOfferingWithoutDescriptionOrCodeLeavesTheDetailsMissing() {
        SupplierProfile m = minimal();
        SupplierProfile p = new SupplierProfile(m.nit(), m.legalName(), m.tradeName(), m.size(), false, m.municipality(),
                false, m.coverage(), m.ciiu(), m.valueChains(), List.of(new SupplierProfile.Offering("Estuches", null, null)),
                m.certifications(), m.inclusion(), m.description(), m.contact());
        assertEquals(true, ProfileCompleteness.of(p).missing().contains("offerings.details"));
        assertEquals(false, ProfileCompleteness.of(p).missing().contains("offerings"));
    }
}
