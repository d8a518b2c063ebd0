package co.encadena.api.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.encadena.api.common.validation.InvalidRecordException;
import co.encadena.api.common.validation.Violation;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.application.RequirementValidator;
import co.encadena.api.requirements.domain.PublishingPolicy;
import co.encadena.api.requirements.domain.RequirementStatus;
import co.encadena.api.support.ReferenceFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequirementValidatorTest {

    private final RequirementValidator validator = new RequirementValidator(ReferenceFixtures.codes(),
            Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC));

    static RequirementDraft example() {
        return new RequirementDraft(new RequirementDraft.AnchorDraft("890900608-9", "Laboratorios Ejemplo S.A.", "NACIONAL"),
                "REQ-2026-014", "Estuches plegadizos impresos para línea de analgésicos",
                "Suministro mensual de 200.000 estuches con barniz UV y código de barras", "FARMACEUTICA", "EMPAQUE",
                List.of("1702"), List.of("24121500"), List.of("ISO_9001"), List.of("FSC"), List.of("05001", "05360"),
                400, "200000 unidades/mes", "2027-02-01",
                new RequirementDraft.InclusionPreferencesDraft(true, false, false), null);
    }

    @Test
    void acceptsTheExampleOfTheInterchangeFormat() {
        RequirementValidator.Valid v = validator.validate(example(), true);
        assertEquals("890900608-9", v.anchor().nit());
        assertEquals(LocalDate.of(2027, 2, 1), v.requirement().neededBy());
        assertEquals(List.of("05001", "05360"), v.requirement().deliveryMunicipalities());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        RequirementDraft bad = new RequirementDraft(new RequirementDraft.AnchorDraft("890900608-1", "", "PRIVADA"),
                "REQ 2026", "", null, "NADA", "EMPAQUE", List.of("0000"), List.of("2412"), List.of("ISO_9001"),
                List.of("ISO_9001"), List.of("05000"), 0, null, "2027-13-01", null, "PUBLICADO");
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> validator.validate(bad, true));
        Map<String, String> byField = e.violations().stream()
                .collect(Collectors.toMap(Violation::field, Violation::messageKey, (a, b) -> a));
        assertEquals("field.nit.checkDigit", byField.get("anchor.nit"));
        assertEquals("field.required", byField.get("anchor.name"));
        assertEquals("field.notOneOf", byField.get("anchor.type"));
        assertEquals("requirement.externalId.format", byField.get("externalId"));
        assertEquals("field.required", byField.get("title"));
        assertEquals("field.valueChain.unknown", byField.get("valueChain"));
        assertEquals("field.ciiu.unknown", byField.get("ciiu[0]"));
        assertEquals("field.unspsc.unknown", byField.get("unspsc[0]"));
        assertEquals("requirement.preferredAlsoRequired", byField.get("preferredCertifications"));
        assertEquals("field.municipality.unknown", byField.get("deliveryMunicipalities[0]"));
        assertEquals("requirement.maxDistance", byField.get("maxDistanceKm"));
        assertEquals("field.date", byField.get("neededBy"));
        assertEquals("field.notOneOf", byField.get("status"));
    }

    @Test
    void theEditorDoesNotNeedTheAnchor() {
        RequirementDraft d = example();
        RequirementDraft withoutAnchor = new RequirementDraft(null, d.externalId(), d.title(), d.description(),
                d.valueChain(), d.link(), d.ciiu(), d.unspsc(), d.requiredCertifications(), d.preferredCertifications(),
                d.deliveryMunicipalities(), d.maxDistanceKm(), d.quantity(), d.neededBy(), d.inclusionPreferences(), null);
        assertEquals(null, validator.validate(withoutAnchor, false).anchor());
        assertThrows(InvalidRecordException.class, () -> validator.validate(withoutAnchor, true));
    }

    @Test
    void aRequirementOnlyMovesForward() {
        assertTrue(RequirementStatus.DRAFT.canMoveTo(RequirementStatus.OPEN));
        assertTrue(RequirementStatus.OPEN.canMoveTo(RequirementStatus.CLOSED));
        assertFalse(RequirementStatus.CLOSED.canMoveTo(RequirementStatus.OPEN));
        assertFalse(RequirementStatus.OPEN.canMoveTo(RequirementStatus.DRAFT));
        assertFalse(RequirementStatus.DRAFT.canMoveTo(RequirementStatus.CLOSED));
    }

    @Test
    void aRequirementWithoutDeliveryPlaceOrWithAPastDateCannotBePublished() {
        var r = validator.validate(example(), true).requirement();
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertTrue(PublishingPolicy.whyNot(r, today).isEmpty());
        assertEquals("requirement.open.neededByPassed", PublishingPolicy.whyNot(r, LocalDate.of(2027, 2, 2)).orElseThrow());
        var nowhere = new co.encadena.api.requirements.domain.Requirement(r.externalId(), r.title(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                co.encadena.api.requirements.domain.Requirement.InclusionPreferences.NONE);
        assertEquals("requirement.open.noDelivery", PublishingPolicy.whyNot(nowhere, today).orElseThrow());
    }
}
