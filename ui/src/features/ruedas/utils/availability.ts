import type { ParticipantChange } from '../api/ruedas';

/** Whether the typed maximum of meetings is acceptable to send: empty (unchanged) or a whole number. */
export function validMaxMeetings(typed: string): boolean {
  return /^\d{0,3}$/.test(typed.trim());
}

/**
 * The change a participant's availability form sends: sessions attended (an empty list means all), slots it
 * cannot meet in, and its maximum of meetings (left empty: unchanged; the server says which range it accepts).
 */
export function availabilityChange(sessions: string[], unavailable: string[], max: string): ParticipantChange {
  const change: ParticipantChange = { sessions: [...sessions].sort(), unavailableSlots: [...unavailable].sort() };
  const typed = max.trim();
  if (typed !== '') {
    change.maxMeetings = Number.parseInt(typed, 10);
  }
  return change;
}
