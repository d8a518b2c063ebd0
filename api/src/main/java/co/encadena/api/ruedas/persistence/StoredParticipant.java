package co.encadena.api.ruedas.persistence;

import java.util.List;
import java.util.UUID;

/**
 * A firm in a rueda, with what the agenda and its documents need to say about it.
 *
 * @param sessions         session codes it attends; empty means all
 * @param tableCode        its own table, when it has one
 */
public record StoredParticipant(UUID organizationId, String name, String nit, String kind, String role, String status,
                                Integer maxMeetings, List<String> sessions, List<String> unavailableSlots,
                                String tableCode, String municipalityName, String departmentCode,
                                String contactName, String contactEmail, String contactPhone,
                                String checkInCode, String calendarToken, long version) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
