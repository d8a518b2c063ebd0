import { messages } from '@/i18n/es-CO';

/*
 * Dates in Colombian time whatever the device's time zone: the programme, its ruedas and its audit trail run on
 * Bogotá time, and an organizer travelling abroad should read the same hour as everyone else.
 */
const dateTimeFormat = new Intl.DateTimeFormat(messages.locale, {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'America/Bogota',
});

const dateFormat = new Intl.DateTimeFormat(messages.locale, { dateStyle: 'medium', timeZone: 'America/Bogota' });

/** "2026-11-03T15:04:00Z" → "3/11/2026, 10:04 a. m." (ICU's es-CO medium style). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
