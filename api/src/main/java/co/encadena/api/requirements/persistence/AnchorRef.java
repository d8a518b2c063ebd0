package co.encadena.api.requirements.persistence;

import co.encadena.api.requirements.domain.AnchorProfile;
import java.time.Instant;
import java.util.UUID;

/** An organization row seen as an anchor: kind (it may turn out not to be an anchor), profile and version. */
public record AnchorRef(UUID id, String kind, AnchorProfile profile, long version, Instant updatedAt) {

    public boolean isAnchor() {
        return "ANCHOR".equals(kind);
    }
}
