package co.encadena.matching.scheduling.model;

import java.util.List;

/** The scheduler's output, the {@code agenda.json} of {@code spec/FORMATS.md}. */
public record Agenda(List<Meeting> meetings, List<UnscheduledRequest> unscheduled, AgendaStats stats) {
    public Agenda {
        meetings = List.copyOf(meetings);
        unscheduled = List.copyOf(unscheduled);
    }
}
