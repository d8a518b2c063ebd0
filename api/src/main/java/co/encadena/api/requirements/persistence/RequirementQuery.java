package co.encadena.api.requirements.persistence;

import java.util.List;
import java.util.UUID;

/**
 * List filters (all optional, combined with AND), what the caller may see, sort and page. {@code ownAnchor}
 * and {@code openOnly} express visibility: an anchor sees its own requirements in every state and others' only
 * when open; a supplier sees only open ones; organizers everything.
 */
public record RequirementQuery(String externalId, String anchorNit, UUID anchorId, String status, String chain,
                               String department, String text, UUID ownAnchor, boolean openOnly,
                               String sort, int page, int pageSize) {

    public static final List<String> SORTS = List.of("createdAt", "updatedAt", "neededBy", "title", "externalId");
}
