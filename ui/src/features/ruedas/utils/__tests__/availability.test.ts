import { describe, expect, it } from 'vitest';
import { availabilityChange, validMaxMeetings } from '../availability';

describe('a participant’s availability', () => {
  it('sends the sessions and unavailable slots in a stable order, and leaves the maximum alone when empty', () => {
    expect(availabilityChange(['PM', 'AM'], ['s07', 's02'], '  ')).toEqual({ sessions: ['AM', 'PM'], unavailableSlots: ['s02', 's07'] });
  });

  it('sends an empty session list to mean «all sessions»', () => {
    expect(availabilityChange([], [], '6')).toEqual({ sessions: [], unavailableSlots: [], maxMeetings: 6 });
  });

  it('accepts only a whole number as the maximum of meetings', () => {
    expect(validMaxMeetings('')).toBe(true);
    expect(validMaxMeetings('12')).toBe(true);
    expect(validMaxMeetings('4,5')).toBe(false);
    expect(validMaxMeetings('seis')).toBe(false);
  });
});
