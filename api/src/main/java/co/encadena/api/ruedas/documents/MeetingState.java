package co.encadena.api.ruedas.documents;

/** Where a meeting stands, as the documents show it. */
public enum MeetingState {
    SCHEDULED, CANCELLED, HELD, NO_SHOW
}
