import { messages } from '@/i18n/es-CO';

/*
 * A calendar date ("2027-01-31", no time) is the same day everywhere: formatting it as an instant would show
 * 30 January in Bogotá (UTC−5). Read its parts and format them in UTC.
 */
const calendarFormat = new Intl.DateTimeFormat(messages.locale, { dateStyle: 'long', timeZone: 'UTC' });

/** "2027-01-31" → "31 de enero de 2027"; anything else is shown as it came. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : calendarFormat.format(date);
}

const kmFormat = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 1 });

/** 12.345 → "12,3" (kilometres, one decimal at most). */
export function formatKm(km: number): string {
  return kmFormat.format(km < 10 ? km : Math.round(km));
}
