import { messages } from '@/i18n/es-CO';

const percentFormat = new Intl.NumberFormat(messages.locale, { style: 'percent', maximumFractionDigits: 0 });

/** 0.854 → "85 %" (whole percentages, as es-CO writes them). */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}

const calendarFormat = new Intl.DateTimeFormat(messages.locale, { dateStyle: 'long', timeZone: 'UTC' });

/** "2027-01-31" → "31 de enero de 2027" (a calendar date, not shifted by the time zone). */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return calendarFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
