import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import type { AgendaBoard, BoardMeeting } from '../../api/ruedas';
import { meetingAt, moveConflicts } from '../conflicts';
import { parseNits, qualityLabel, scheduledOfBound, webcalUrl } from '../format';
import { emptySession, formErrorsOf, settingsFormOf, settingsOf, validateSettings } from '../settings-form';

const c = messages.ruedas.agenda.conflict;
const v = messages.ruedas.form.validation;

const ANCHOR = 'a0000000-0000-4000-8000-000000000001';
const SUPPLIER = 'b0000000-0000-4000-8000-000000000002';
const OTHER = 'c0000000-0000-4000-8000-000000000003';
const OTHER_ANCHOR = 'd0000000-0000-4000-8000-000000000004';

function meeting(over: Partial<BoardMeeting>): BoardMeeting {
  return {
    id: 'm1', a: ANCHOR, aName: 'Ancla S.A.', b: SUPPLIER, bName: 'Mipyme Uno', slot: 's01', table: 'M01',
    status: 'SCHEDULED', locked: false, sequence: 0, version: 1, ...over,
  };
}

function board(meetings: BoardMeeting[]): AgendaBoard {
  const participant = (id: string, name: string, over: object = {}) => ({
    id, name, role: 'SUPPLIER', maxMeetings: 8, sessions: [], unavailableSlots: [], meetings: 1, ...over,
  });
  return {
    ruedaId: 'r1', status: 'SCHEDULING', version: 4, waitingRequests: 0, unscheduled: [],
    slots: [
      { code: 's01', sessionCode: 'AM', startsAt: '2026-12-03T13:00:00Z', endsAt: '2026-12-03T13:20:00Z' },
      { code: 's02', sessionCode: 'AM', startsAt: '2026-12-03T13:20:00Z', endsAt: '2026-12-03T13:40:00Z' },
      { code: 's10', sessionCode: 'PM', startsAt: '2026-12-03T19:00:00Z', endsAt: '2026-12-03T19:20:00Z' },
    ],
    tables: [
      { code: 'M01', name: 'Mesa 1' },
      { code: 'M02', name: 'Mesa 2' },
      { code: 'M03', name: 'Mesa 3', ownerId: OTHER_ANCHOR, ownerName: 'Gran Ancla' },
    ],
    participants: [
      participant(ANCHOR, 'Ancla S.A.', { role: 'ANCHOR' }),
      participant(SUPPLIER, 'Mipyme Uno', { sessions: ['AM'], unavailableSlots: ['s02'] }),
      participant(OTHER, 'Mipyme Dos'),
      participant(OTHER_ANCHOR, 'Gran Ancla', { role: 'ANCHOR', tableCode: 'M03' }),
    ],
    meetings,
  };
}

describe('moving a meeting on the agenda board', () => {
  it('allows a free cell where both parties are free', () => {
    const m = meeting({});
    const b = board([m, meeting({ id: 'm2', a: OTHER_ANCHOR, aName: 'Gran Ancla', b: OTHER, bName: 'Mipyme Dos', table: 'M03' })]);
    expect(moveConflicts(b, m, 's01', 'M02')).toEqual([]);
  });

  it('says the table is taken and who is already busy in that slot', () => {
    const m = meeting({});
    const busy = meeting({ id: 'm2', a: OTHER, aName: 'Mipyme Dos', b: SUPPLIER, bName: 'Mipyme Uno', slot: 's01', table: 'M02' });
    const b = board([meeting({ ...m, slot: 's10' }), busy]);
    expect(moveConflicts(b, { ...m, slot: 's10' }, 's01', 'M02')).toEqual([
      c.busy('Mipyme Uno', 's01', 'Mipyme Dos', 'M02'),
      c.tableTaken('Mesa 2', 's01'),
    ]);
  });

  it('refuses another anchor’s own table, a session the supplier skips and a slot it marked unavailable', () => {
    const m = meeting({});
    const b = board([m]);
    expect(moveConflicts(b, m, 's01', 'M03')).toEqual([c.ownTable('Mesa 3', 'Gran Ancla')]);
    expect(moveConflicts(b, m, 's10', 'M01')).toEqual([c.session('Mipyme Uno', 'PM')]);
    expect(moveConflicts(b, m, 's02', 'M01')).toEqual([c.unavailable('Mipyme Uno', 's02')]);
  });

  it('keeps an anchor with its own table at that table', () => {
    const m = meeting({ a: OTHER_ANCHOR, aName: 'Gran Ancla', b: OTHER, bName: 'Mipyme Dos', table: 'M03' });
    expect(moveConflicts(board([m]), m, 's02', 'M01')).toEqual([c.mustUseOwnTable('Gran Ancla', 'Mesa 3')]);
    expect(moveConflicts(board([m]), m, 's02', 'M03')).toEqual([]);
  });

  it('ignores cancelled meetings and the meeting being moved', () => {
    const m = meeting({});
    const cancelled = meeting({ id: 'm9', a: OTHER, b: ANCHOR, table: 'M02', status: 'CANCELLED' });
    const b = board([m, cancelled]);
    expect(moveConflicts(b, m, 's01', 'M02')).toEqual([]);
    expect(meetingAt(b, 's01', 'M02')).toBeUndefined();
    expect(meetingAt(b, 's01', 'M01')?.id).toBe('m1');
  });
});

describe('the agenda’s figures', () => {
  it('reads a proven optimum as such, and otherwise the distance to the bound in es-CO', () => {
    expect(qualityLabel({ optimal: true, gap: 0 })).toBe('Óptima demostrada');
    expect(qualityLabel({ optimal: false, gap: 0.0196 }).replace(/\s/g, ' ')).toBe('a 1,96 % de la cota');
    expect(scheduledOfBound({ scheduled: 1204, upperBound: 1228 }).replace(/\s/g, ' ')).toBe('1.204 de una cota de 1.228');
  });

  it('turns the secret calendar link into one calendar apps subscribe to', () => {
    expect(webcalUrl('https://encadena.example.co/api/v1/calendar/abc.ics')).toBe(
      'webcal://encadena.example.co/api/v1/calendar/abc.ics',
    );
  });

  it('reads pasted NITs one per line or separated by commas, without repeats', () => {
    expect(parseNits('900123456-8\n 800111222-1, 900123456-8;811000111\n\n')).toEqual([
      '900123456-8',
      '800111222-1',
      '811000111',
    ]);
  });
});

describe('the rueda set-up form', () => {
  it('builds the API’s settings with numbers, upper-case session codes and breaks', () => {
    const form = settingsFormOf(null);
    form.name = ' Rueda Antioquia 2026 ';
    form.municipalityCode = '05001';
    form.sessions = [
      { ...emptySession(0), code: 'am', date: '2026-12-03', breaks: [{ start: '10:00', end: '10:20' }] },
      { ...emptySession(1), date: '2026-12-03', start: '14:00', end: '17:00' },
    ];
    expect(validateSettings(form)).toEqual({});
    expect(settingsOf(form)).toEqual({
      name: 'Rueda Antioquia 2026',
      description: null,
      municipalityCode: '05001',
      venue: null,
      slotMinutes: 20,
      tables: 10,
      maxOpenRequests: 10,
      requestExpiryDays: 7,
      defaultMaxMeetings: 8,
      sessions: [
        { code: 'AM', name: null, date: '2026-12-03', start: '08:00', end: '12:00', breaks: [{ start: '10:00', end: '10:20' }] },
        { code: 'PM', name: null, date: '2026-12-03', start: '14:00', end: '17:00', breaks: [] },
      ],
    });
  });

  it('marks each bad field where the server would, so the same place shows either message', () => {
    const form = settingsFormOf(null);
    form.tables = '0';
    form.sessions = [
      { ...emptySession(0), date: '', end: '07:00', breaks: [{ start: '09:00', end: '08:30' }] },
      { ...emptySession(1), code: 'AM', date: '2026-12-03', breaks: [{ start: '07:00', end: '07:30' }] },
    ];
    expect(validateSettings(form)).toEqual({
      name: v.required,
      tables: v.wholeNumber(1, 500),
      'sessions[0].date': v.required,
      'sessions[0].end': v.endBeforeStart,
      'sessions[0].breaks[0].end': v.endBeforeStart,
      'sessions[1].code': v.codeRepeated,
      'sessions[1].breaks[0]': v.breakOutside,
    });
    expect(validateSettings({ ...form, sessions: [] }).sessions).toBe(v.sessionsRequired);
  });

  it('reads the server’s field errors of a creation (settings.…) at the form’s fields', () => {
    expect(formErrorsOf({ 'settings.sessions[0].start': 'Hora inválida', tables: 'Fuera de rango' })).toEqual({
      'sessions[0].start': 'Hora inválida',
      tables: 'Fuera de rango',
    });
  });

  it('shows an existing rueda’s sessions in Bogotá time', () => {
    const form = settingsFormOf({
      name: 'R', slotMinutes: 20, maxOpenRequests: 10, requestExpiryDays: 7, defaultMaxMeetings: 8,
      tables: [{ code: 'M01', name: 'Mesa 1' }],
      sessions: [{ code: 'AM', name: 'Mañana', startsAt: '2026-12-03T13:00:00Z', endsAt: '2026-12-03T17:00:00Z',
        breaks: [{ startsAt: '2026-12-03T15:00:00Z', endsAt: '2026-12-03T15:20:00Z' }] }],
    } as never);
    expect(form.sessions[0]).toEqual({ code: 'AM', name: 'Mañana', date: '2026-12-03', start: '08:00', end: '12:00',
      breaks: [{ start: '10:00', end: '10:20' }] });
    expect(form.tables).toBe('1');
  });
});
