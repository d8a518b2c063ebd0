import { messages } from '@/i18n/es-CO';
import type { RuedaDetails, RuedaSettings } from '../api/ruedas';

const v = messages.ruedas.form.validation;

export type BreakForm = { start: string; end: string };
export type SessionForm = { code: string; name: string; date: string; start: string; end: string; breaks: BreakForm[] };
export type SettingsForm = {
  name: string;
  description: string;
  municipalityCode: string;
  venue: string;
  slotMinutes: string;
  tables: string;
  maxOpenRequests: string;
  requestExpiryDays: string;
  defaultMaxMeetings: string;
  sessions: SessionForm[];
};

export const emptySession = (index: number): SessionForm => ({
  code: index === 0 ? 'AM' : index === 1 ? 'PM' : `J${index + 1}`,
  name: '',
  date: '',
  start: '08:00',
  end: '12:00',
  breaks: [],
});

/** Bogotá wall-clock parts of an instant: the API stores sessions as instants, the form edits date and HH:MM. */
const bogota = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Bogota',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(bogota.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The form for a new rueda (one morning session, the API's example numbers) or for an existing one. */
export function settingsFormOf(rueda: RuedaDetails | null): SettingsForm {
  if (rueda === null) {
    return {
      name: '',
      description: '',
      municipalityCode: '',
      venue: '',
      slotMinutes: '20',
      tables: '10',
      maxOpenRequests: '10',
      requestExpiryDays: '7',
      defaultMaxMeetings: '8',
      sessions: [emptySession(0)],
    };
  }
  return {
    name: rueda.name,
    description: rueda.description ?? '',
    municipalityCode: rueda.municipalityCode ?? '',
    venue: rueda.venue ?? '',
    slotMinutes: String(rueda.slotMinutes),
    tables: String(rueda.tables.length),
    maxOpenRequests: String(rueda.maxOpenRequests),
    requestExpiryDays: String(rueda.requestExpiryDays),
    defaultMaxMeetings: String(rueda.defaultMaxMeetings),
    sessions: rueda.sessions.map((s) => ({
      code: s.code,
      name: s.name,
      date: wallClock(s.startsAt).date,
      start: wallClock(s.startsAt).time,
      end: wallClock(s.endsAt).time,
      breaks: s.breaks.map((b) => ({ start: wallClock(b.startsAt).time, end: wallClock(b.endsAt).time })),
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const intOrNull = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number.parseInt(value, 10) : null);

/** The body the API takes: blanks become null (the server names what is missing), numbers are numbers. */
export function settingsOf(form: SettingsForm): RuedaSettings {
  return {
    name: orNull(form.name),
    description: orNull(form.description),
    municipalityCode: orNull(form.municipalityCode),
    venue: orNull(form.venue),
    slotMinutes: intOrNull(form.slotMinutes),
    tables: intOrNull(form.tables),
    maxOpenRequests: intOrNull(form.maxOpenRequests),
    requestExpiryDays: intOrNull(form.requestExpiryDays),
    defaultMaxMeetings: intOrNull(form.defaultMaxMeetings),
    sessions: form.sessions.map((s) => ({
      code: s.code.trim().toUpperCase(),
      name: orNull(s.name),
      date: orNull(s.date),
      start: orNull(s.start),
      end: orNull(s.end),
      breaks: s.breaks.map((b) => ({ start: orNull(b.start), end: orNull(b.end) })),
    })),
  };
}

const minutesOf = (hhmm: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

const NUMBER_RANGES = {
  slotMinutes: [10, 120],
  tables: [1, 500],
  maxOpenRequests: [1, 500],
  requestExpiryDays: [1, 90],
  defaultMaxMeetings: [1, 64],
} as const;

/**
 * The obvious problems, keyed like the server's `errors[].field` (`sessions[0].breaks[1].end`), so the same
 * place shows either. Only what spares a round trip on a slow connection; the server checks everything again.
 */
export function validateSettings(form: SettingsForm): Record<string, string> {
  const out: Record<string, string> = {};
  if (form.name.trim() === '') out.name = v.required;
  if (form.municipalityCode.trim() !== '' && !/^\d{5}$/.test(form.municipalityCode.trim())) {
    out.municipalityCode = v.municipality;
  }
  for (const [field, [min, max]] of Object.entries(NUMBER_RANGES)) {
    const value = intOrNull(form[field as keyof typeof NUMBER_RANGES]);
    if (value === null || value < min || value > max) out[field] = v.wholeNumber(min, max);
  }
  if (form.sessions.length === 0) out.sessions = v.sessionsRequired;
  const codes = new Set<string>();
  form.sessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    const code = s.code.trim().toUpperCase();
    if (!/^[A-Z0-9_-]{1,10}$/.test(code)) out[`${at}.code`] = v.sessionCode;
    else if (codes.has(code)) out[`${at}.code`] = v.codeRepeated;
    codes.add(code);
    if (s.date.trim() === '') out[`${at}.date`] = v.required;
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    if (start === null) out[`${at}.start`] = v.required;
    if (end === null) out[`${at}.end`] = v.required;
    else if (start !== null && end <= start) out[`${at}.end`] = v.endBeforeStart;
    s.breaks.forEach((b, j) => {
      const bat = `${at}.breaks[${j}]`;
      const bs = minutesOf(b.start);
      const be = minutesOf(b.end);
      if (bs === null) out[`${bat}.start`] = v.required;
      if (be === null) out[`${bat}.end`] = v.required;
      else if (bs !== null && be <= bs) out[`${bat}.end`] = v.endBeforeStart;
      else if (bs !== null && start !== null && end !== null && (bs < start || be > end)) out[bat] = v.breakOutside;
    });
  });
  return out;
}

/** Server field names as the form keys them: creation wraps the settings (`settings.name` → `name`). */
export function formErrorsOf(serverErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(serverErrors)) {
    out[field.replace(/^settings\./, '')] ??= message;
  }
  return out;
}
