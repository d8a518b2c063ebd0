package co.encadena.api.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.Violation;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.application.SupplierValidator;
import co.encadena.api.suppliers.domain.SupplierProfile;
import co.encadena.api.support.ReferenceFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SupplierValidatorTest {

    private final SupplierValidator validator = new SupplierValidator(ReferenceFixtures.codes(),
            Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC));

    static SupplierDraft example() {
        return new SupplierDraft("900123456-8", "Empaques Andinos S.A.S.", "Empaques Andinos", "PEQUENA", false,
                "05001", List.of("05", "17", "66"), List.of("1702"),
                List.of(new SupplierDraft.ChainLinkDraft("FARMACEUTICA", "EMPAQUE")),
                List.of(new SupplierDraft.OfferingDraft("Plegadizas y estuches para medicamentos",
                        "Cartón plegadizo impreso con barniz, troquelado y pegado", "24121500")),
                List.of(new SupplierDraft.CertificationDraft("ISO_9001", "2027-05-01", "ICONTEC", "SC-1234")),
                new SupplierDraft.InclusionDraft(true, null, false, false),
                "Texto libre de la empresa",
                new SupplierDraft.ContactDraft("Ana Pérez", "ana@example.co", "+57 604 000 0000"));
    }

    @Test
    void acceptsTheExampleOfTheInterchangeFormat() {
        SupplierProfile p = validator.validate(example());
        assertEquals("900123456-8", p.nit());
        assertEquals(List.of("05", "17", "66"), p.coverage());
        assertEquals("ISO_9001", p.certifications().get(0).code());
    }

    @Test
    void alwaysCoversTheHomeDepartmentFirst() {
        SupplierDraft d = example();
        SupplierProfile p = validator.validate(new SupplierDraft(d.nit(), d.legalName(), d.tradeName(), d.size(),
                d.popularEconomy(), "76001", List.of("05", "17"), d.ciiu(), d.valueChains(), d.offerings(),
                d.certifications(), d.inclusion(), d.description(), d.contact()));
        assertEquals(List.of("76", "05", "17"), p.coverage());
    }

    @Test
    void readsCoForNationalCoverage() {
        SupplierDraft d = example();
        SupplierProfile p = validator.validate(new SupplierDraft(d.nit(), d.legalName(), d.tradeName(), d.size(),
                d.popularEconomy(), d.municipality(), List.of("CO"), d.ciiu(), d.valueChains(), d.offerings(),
                d.certifications(), d.inclusion(), d.description(), d.contact()));
        assertTrue(p.nationalCoverage());
        assertEquals(List.of("05"), p.coverage());
    }

    @Test
    void reportsEveryBadFieldOfARecordAtOnce() {
        SupplierDraft bad = new SupplierDraft("900123456-1", "", null, "ENORME", null, "99999",
                List.of("05", "77"), List.of("17"), List.of(new SupplierDraft.ChainLinkDraft("FARMACEUTICA", "NADA")),
                List.of(new SupplierDraft.OfferingDraft("<b>Cajas</b>", null, "99999999")),
                List.of(new SupplierDraft.CertificationDraft("ISO_0000", "01/05/2027", null, null)),
                new SupplierDraft.InclusionDraft(null, "VIKINGO", null, null), null,
                new SupplierDraft.ContactDraft(null, "ana-at-example", "abc"));
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> validator.validate(bad));
        Map<String, String> byField = e.violations().stream()
                .collect(Collectors.toMap(Violation::field, Violation::messageKey, (a, b) -> a));
        assertEquals("field.nit.checkDigit", byField.get("nit"));
        assertEquals("field.required", byField.get("legalName"));
        assertEquals("field.notOneOf", byField.get("size"));
        assertEquals("field.municipality.unknown", byField.get("municipality"));
        assertEquals("field.department.unknown", byField.get("coverage[1]"));
        assertEquals("field.ciiu.unknown", byField.get("ciiu[0]"));
        assertEquals("field.valueChainLink.unknown", byField.get("valueChains[0].link"));
        assertEquals("field.markup", byField.get("offerings[0].name"));
        assertEquals("field.unspsc.unknown", byField.get("offerings[0].unspsc"));
        assertEquals("field.certification.unknown", byField.get("certifications[0].code"));
        assertEquals("field.date", byField.get("certifications[0].validUntil"));
        assertEquals("field.notOneOf", byField.get("inclusion.ethnicGroup"));
        assertEquals("field.email", byField.get("contact.email"));
        assertEquals("field.phone", byField.get("contact.phone"));
    }

    @Test
    void refusesTheSameCertificationTwice() {
        SupplierDraft d = example();
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> validator.validate(
                new SupplierDraft(d.nit(), d.legalName(), d.tradeName(), d.size(), d.popularEconomy(), d.municipality(),
                        d.coverage(), d.ciiu(), d.valueChains(), d.offerings(),
                        List.of(new SupplierDraft.CertificationDraft("ISO_9001", null, null, null),
                                new SupplierDraft.CertificationDraft("iso_9001", "2027-01-01", null, null)),
                        d.inclusion(), d.description(), d.contact())));
        assertEquals(List.of(Violation.of("certifications[1].code", "field.repeated", "ISO_9001")), e.violations());
    }

    @Test
    void keepsAnExpiredCertificateAsAFact() {
        SupplierDraft d = example();
        SupplierProfile p = validator.validate(new SupplierDraft(d.nit(), d.legalName(), d.tradeName(), d.size(),
                d.popularEconomy(), d.municipality(), d.coverage(), d.ciiu(), d.valueChains(), d.offerings(),
                List.of(new SupplierDraft.CertificationDraft("ISO_9001", "2025-01-31", null, null)),
                d.inclusion(), d.description(), d.contact()));
        assertFalse(p.certifications().isEmpty());
    }

    @Test
    void boundsTheNumberOfOfferings() {
        SupplierDraft d = example();
        List<SupplierDraft.OfferingDraft> many = java.util.Collections.nCopies(51,
                new SupplierDraft.OfferingDraft("Cajas", null, null));
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> validator.validate(
                new SupplierDraft(d.nit(), d.legalName(), d.tradeName(), d.size(), d.popularEconomy(), d.municipality(),
                        d.coverage(), d.ciiu(), d.valueChains(), many, d.certifications(), d.inclusion(),
                        d.description(), d.contact())));
        assertEquals(Violation.of("offerings", "field.tooMany", 50, 51), e.violations().get(0));
    }
}
