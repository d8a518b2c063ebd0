package co.encadena.api.requirements.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A requirement may be published only when suppliers can act on it: it says where to deliver, and its
 * "needed by" date has not already passed (a past date would make every certification check meaningless).
 */
public final class PublishingPolicy {

    private PublishingPolicy() {
    }

    /** @return the catalogue key of the reason it cannot be published, or empty when it can */
    public static Optional<String> whyNot(Requirement r, LocalDate today) {
        if (r.deliveryMunicipalities().isEmpty()) {
            return Optional.of("requirement.open.noDelivery");
        }
        if (r.neededBy() != null && r.neededBy().isBefore(today)) {
            return Optional.of("requirement.open.neededByPassed");
        }
        return Optional.empty();
    }
}
