import { messages } from '@/i18n/es-CO';
import { formatTime } from './format';

const integer = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 0 });

/*
 * The rueda day and its follow-up: check-in codes, pesos typed on a phone, the outcome a firm reports and the
 * organizer's follow-up list. Plain functions, so what a user notices is testable without a browser.
 */

/**
 * What a person typed or the camera read, as the API stores check-in codes: the QR holds the bare code, but a
 * typed one may carry spaces, dashes or lower case ("abcd-efgh 23"). A link that carries the code in `?codigo=`
 * or `?code=` is read too, in case a phone's scanner app was used to open it.
 */
export function normaliseCheckInCode(raw: string): string {
  const text = raw.trim();
  const fromLink = /[?&](?:codigo|code)=([^&#\s]+)/i.exec(text);
  const code = fromLink?.[1] ? decodeURIComponent(fromLink[1]) : text;
  return code.replace(/[\s\-_.]+/g, '').toUpperCase();
}

/** 1250000 → "$ 1.250.000" (non-breaking space; built by hand because ICU versions disagree for es-CO). */
export function formatCop(value: number): string {
  return `$\u00a0${integer.format(value)}`;
}

/** Digits typed so far, shown with thousands dots as the person types: "1250000" → "1.250.000"; "" stays "". */
export function formatCopInput(raw: string): string {
  const value = parseCop(raw);
  return value === null ? '' : integer.format(value);
}

/**
 * Pesos as people write them in Colombia: "$ 1.250.000", "1250000", "1.250.000,00" (cents dropped), "COP 3.000".
 * A comma followed by exactly three digits is a thousands separator too ("1,250,000"). Null when there are no
 * digits, so an empty field means "not said".
 */
export function parseCop(raw: string): number | null {
  let text = raw.replace(/cop|\$|\s/gi, '');
  // A trailing decimal part (",5" or ",50"): pesos are whole, drop it.
  text = text.replace(/,\d{1,2}$/, '');
  const digits = text.replace(/\D/g, '');
  if (digits === '') return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

export const INTERESTS = ['NONE', 'EXPLORING', 'NEGOTIATION_STARTED', 'AGREEMENT_REACHED'] as const;
export type Interest = (typeof INTERESTS)[number];

/** The outcome form's values as typed. */
export type OutcomeForm = { interest: Interest | ''; nextStep: string; nextStepDate: string; value: string };

export type OutcomeErrors = Partial<Record<'interest' | 'nextStep' | 'nextStepDate' | 'value', string>>;

/** The API's ceiling on an expected value (a thousand billion pesos would be a typing slip). */
export const MAX_VALUE_COP = 1_000_000_000_000_000;

const v = messages.ruedaDay.outcome.validation;

/** The checks the API makes, said before the round trip: a next step goes with its date, and the reverse. */
export function validateOutcome(form: OutcomeForm): OutcomeErrors {
  const errors: OutcomeErrors = {};
  if (form.interest === '') errors.interest = v.interest;
  const step = form.nextStep.trim();
  if (step.length > 1000) errors.nextStep = v.nextStepTooLong;
  if (step !== '' && form.nextStepDate === '') errors.nextStepDate = v.dateNeeded;
  if (step === '' && form.nextStepDate !== '') errors.nextStep = v.stepNeeded;
  if (form.nextStepDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(form.nextStepDate)) errors.nextStepDate = v.date;
  const value = form.value.trim() === '' ? 0 : parseCop(form.value);
  if (value === null || value < 0 || value > MAX_VALUE_COP) errors.value = v.value;
  return errors;
}

/** The body of PUT …/outcome: blanks become nulls, the value whole pesos (0 when not said). */
export function outcomePayload(form: OutcomeForm) {
  const step = form.nextStep.trim();
  return {
    interest: form.interest === '' ? null : form.interest,
    nextStep: step === '' ? null : step,
    nextStepDate: form.nextStepDate === '' ? null : form.nextStepDate,
    expectedValueCop: parseCop(form.value) ?? 0,
  };
}

/** A stored outcome, back into the form (to correct it). */
export function outcomeFormOf(
  stored: { interest: string; nextStep?: string | null; nextStepDate?: string | null; expectedValueCop: number } | null,
): OutcomeForm {
  if (!stored) return { interest: '', nextStep: '', nextStepDate: '', value: '' };
  return {
    interest: (INTERESTS as readonly string[]).includes(stored.interest) ? (stored.interest as Interest) : '',
    nextStep: stored.nextStep ?? '',
    nextStepDate: stored.nextStepDate ?? '',
    value: stored.expectedValueCop > 0 ? formatCopInput(String(stored.expectedValueCop)) : '',
  };
}

/** A meeting the firm may report on: held, or still "scheduled" once its time is over (it happened, unmarked). */
export function canReportOutcome(meeting: { status: string; endsAt: string }, now: Date = new Date()): boolean {
  if (meeting.status === 'HELD') return true;
  return meeting.status === 'SCHEDULED' && new Date(meeting.endsAt).getTime() <= now.getTime();
}

export const FOLLOW_UP_STATES = ['OVERDUE', 'DUE_SOON', 'AWAITING_OUTCOME', 'ON_TRACK'] as const;

type FollowUpLike = { state: string; daysOverdue: number; name: string };

/** Overdue first (the longest overdue on top), then due soon, awaiting an outcome, on track; by name within. */
export function sortFollowUp<T extends FollowUpLike>(items: readonly T[]): T[] {
  const rank = (s: string) => {
    const i = (FOLLOW_UP_STATES as readonly string[]).indexOf(s);
    return i < 0 ? FOLLOW_UP_STATES.length : i;
  };
  return [...items].sort(
    (a, b) => rank(a.state) - rank(b.state) || b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name, messages.locale),
  );
}

const f = messages.ruedaDay.followUp;

/** "Vencido hace 3 días", "Vence pronto", … as the organizer reads a row. */
export function followUpLabel(item: { state: string; daysOverdue: number }): string {
  if (item.state === 'OVERDUE') return f.overdue(item.daysOverdue);
  return f.state[item.state] ?? item.state;
}

/** The live board's meetings as a phone shows them: one group per slot in time order, tables in order within. */
export function groupBySlot<M extends { slot: string; startsAt: string; table: string }>(meetings: readonly M[]) {
  const bySlot = new Map<string, { slot: string; startsAt: string; meetings: M[] }>();
  for (const m of meetings) {
    const group = bySlot.get(m.slot) ?? { slot: m.slot, startsAt: m.startsAt, meetings: [] };
    group.meetings.push(m);
    bySlot.set(m.slot, group);
  }
  const groups = [...bySlot.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.slot.localeCompare(b.slot));
  groups.forEach((g) => g.meetings.sort((a, b) => a.table.localeCompare(b.table, messages.locale, { numeric: true })));
  return groups;
}

const c = messages.ruedaDay.checkIn;

/**
 * What the desk tells the person after a check-in: welcome, or since when they had already been registered; and,
 * when they had been marked absent, that the meetings their absence cancelled stay cancelled (a re-fill can place
 * them again).
 */
export function checkInMessage(
  result: {
    alreadyCheckedIn: boolean;
    arrivedAfterAbsence?: boolean;
    attendee: { name: string; checkedInAt?: string | null };
  },
  now: Date = new Date(),
): string {
  const { attendee } = result;
  const time = attendee.checkedInAt ? formatTime(attendee.checkedInAt) : null;
  const text = result.alreadyCheckedIn
    ? time
      ? c.already(attendee.name, time)
      : c.alreadyNoTime(attendee.name)
    : c.welcome(attendee.name, time ?? formatTime(now.toISOString()));
  return result.arrivedAfterAbsence ? `${text} ${c.afterAbsence}` : text;
}
