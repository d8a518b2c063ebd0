import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import {
  canReportOutcome, checkInMessage, followUpLabel, formatCop, formatCopInput, groupBySlot, normaliseCheckInCode,
  outcomeFormOf, outcomePayload, parseCop, sortFollowUp, validateOutcome, type OutcomeForm,
} from '../day';

const v = messages.ruedaDay.outcome.validation;
const form = (over: Partial<OutcomeForm> = {}): OutcomeForm => ({
  interest: 'EXPLORING', nextStep: '', nextStepDate: '', value: '', ...over,
});

describe('check-in codes', () => {
  it('reads a typed code with spaces, dashes and lower case as the printed one', () => {
    expect(normaliseCheckInCode('  abcd-efgh 23 ')).toBe('ABCDEFGH23');
  });

  it('takes the code out of a link a scanner app opened', () => {
    expect(normaliseCheckInCode('https://encadena.co/registro?codigo=k7mq9xr2pt&x=1')).toBe('K7MQ9XR2PT');
  });

  it('leaves nothing when nothing was typed', () => {
    expect(normaliseCheckInCode('   ')).toBe('');
  });

  it('tells the desk when a participant had already arrived, with the hour in Bogotá', () => {
    const text = checkInMessage({
      alreadyCheckedIn: true,
      attendee: { name: 'Lácteos del Valle', checkedInAt: '2026-12-03T14:12:00Z' },
    });
    expect(text).toMatch(/^Lácteos del Valle: ya estaba registrado a las 9:12/);
  });

  it('tells the desk that a participant marked absent is no longer, and that its cancelled meetings stay so', () => {
    const text = checkInMessage({
      alreadyCheckedIn: false,
      arrivedAfterAbsence: true,
      attendee: { name: 'Lácteos del Valle', checkedInAt: '2026-12-03T15:40:00Z' },
    });
    expect(text).toMatch(/^Llegada registrada: Lácteos del Valle, a las 10:40 a\. m\. Estaba marcado ausente/);
    expect(text).toContain('siguen canceladas');
    expect(text).not.toContain('..');
  });

  it('welcomes a first arrival', () => {
    const text = checkInMessage({ alreadyCheckedIn: false, attendee: { name: 'Ancla S.A.', checkedInAt: '2026-12-03T13:05:00Z' } });
    expect(text).toMatch(/^Llegada registrada: Ancla S\.A\., a las 8:05/);
    expect(text).not.toContain('..');
  });
});

describe('pesos typed on a phone', () => {
  it('shows thousands with dots as Colombians write them', () => {
    expect(formatCop(1250000)).toBe('$\u00a01.250.000');
    expect(formatCopInput('1250000')).toBe('1.250.000');
  });

  it('keeps formatting as digits are added or removed', () => {
    expect(formatCopInput('1.250.0005')).toBe('12.500.005');
    expect(formatCopInput('1.250.00')).toBe('125.000');
    expect(formatCopInput('')).toBe('');
  });

  it('reads the usual ways of writing an amount', () => {
    expect(parseCop('$ 1.250.000')).toBe(1250000);
    expect(parseCop('COP 3.000')).toBe(3000);
    expect(parseCop('1.250.000,00')).toBe(1250000);
    expect(parseCop('1,250,000')).toBe(1250000);
    expect(parseCop('abc')).toBeNull();
  });
});

describe('the outcome a firm reports', () => {
  it('asks how the interest stands', () => {
    expect(validateOutcome(form({ interest: '' }))).toEqual({ interest: v.interest });
  });

  it('asks for the date of a next step, and for the step of a date', () => {
    expect(validateOutcome(form({ nextStep: 'Enviar cotización' }))).toEqual({ nextStepDate: v.dateNeeded });
    expect(validateOutcome(form({ nextStepDate: '2026-12-15' }))).toEqual({ nextStep: v.stepNeeded });
  });

  it('accepts a complete outcome', () => {
    expect(validateOutcome(form({ nextStep: 'Visita a planta', nextStepDate: '2026-12-15', value: '45.000.000' }))).toEqual({});
  });

  it('sends blanks as nulls and the value as whole pesos', () => {
    expect(outcomePayload(form({ interest: 'AGREEMENT_REACHED', nextStep: '  Firmar pedido ', nextStepDate: '2026-12-20', value: '45.000.000' })))
      .toEqual({ interest: 'AGREEMENT_REACHED', nextStep: 'Firmar pedido', nextStepDate: '2026-12-20', expectedValueCop: 45000000 });
    expect(outcomePayload(form({ interest: 'NONE' })))
      .toEqual({ interest: 'NONE', nextStep: null, nextStepDate: null, expectedValueCop: 0 });
  });

  it('fills the form again from what was stored', () => {
    expect(outcomeFormOf({ interest: 'EXPLORING', nextStep: null, nextStepDate: null, expectedValueCop: 2500000 }))
      .toEqual(form({ interest: 'EXPLORING', value: '2.500.000' }));
  });

  it('offers the form for held meetings and for scheduled ones whose time is over', () => {
    const now = new Date('2026-12-03T15:00:00Z');
    expect(canReportOutcome({ status: 'HELD', endsAt: '2026-12-03T16:00:00Z' }, now)).toBe(true);
    expect(canReportOutcome({ status: 'SCHEDULED', endsAt: '2026-12-03T14:20:00Z' }, now)).toBe(true);
    expect(canReportOutcome({ status: 'SCHEDULED', endsAt: '2026-12-03T16:00:00Z' }, now)).toBe(false);
    expect(canReportOutcome({ status: 'CANCELLED', endsAt: '2026-12-03T14:20:00Z' }, now)).toBe(false);
  });
});

describe('the follow-up board', () => {
  const item = (name: string, state: string, daysOverdue = 0) => ({ name, state, daysOverdue });

  it('puts overdue first, the longest overdue on top, then due soon, awaiting and on track', () => {
    const sorted = sortFollowUp([
      item('Zeta', 'ON_TRACK'), item('Beta', 'OVERDUE', 2), item('Alfa', 'AWAITING_OUTCOME'),
      item('Gamma', 'OVERDUE', 9), item('Delta', 'DUE_SOON'),
    ]);
    expect(sorted.map((i) => i.name)).toEqual(['Gamma', 'Beta', 'Delta', 'Alfa', 'Zeta']);
  });

  it('says how long ago an overdue step fell due', () => {
    expect(followUpLabel(item('A', 'OVERDUE', 1))).toBe('Vencido hace 1 día');
    expect(followUpLabel(item('A', 'OVERDUE', 4))).toBe('Vencido hace 4 días');
    expect(followUpLabel(item('A', 'DUE_SOON'))).toBe('Vence pronto');
  });
});

describe('the live board', () => {
  it('groups meetings by slot in time order, tables in natural order', () => {
    const m = (slot: string, startsAt: string, table: string) => ({ slot, startsAt, table });
    const groups = groupBySlot([
      m('s02', '2026-12-03T13:20:00Z', 'M10'), m('s01', '2026-12-03T13:00:00Z', 'M2'),
      m('s02', '2026-12-03T13:20:00Z', 'M2'), m('s01', '2026-12-03T13:00:00Z', 'M1'),
    ]);
    expect(groups.map((g) => [g.slot, g.meetings.map((x) => x.table)])).toEqual([
      ['s01', ['M1', 'M2']],
      ['s02', ['M2', 'M10']],
    ]);
  });
});
