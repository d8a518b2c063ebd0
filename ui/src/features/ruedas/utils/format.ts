import { messages } from '@/i18n/es-CO';
import type { AgendaFigures } from '../api/ruedas';

const a = messages.ruedas.agenda;

const decimal2 = new Intl.NumberFormat(messages.locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 0 });

/**
 * 0.0196 → "1,96 %": decimal comma and a (non-breaking) space before the sign, as Colombian style guides write
 * it. Built by hand because ICU versions disagree on the space for es-CO.
 */
export function formatGapPercent(fraction: number): string {
  return `${decimal2.format(Math.round(fraction * 10000) / 100)}\u00a0%`;
}

/**
 * How good an agenda is, in the words an organizer reads: proven optimal, or how far it may be from the best
 * possible (the scheduler's gap to its upper bound).
 */
export function qualityLabel(figures: Pick<AgendaFigures, 'optimal' | 'gap'>): string {
  return figures.optimal || figures.gap <= 0 ? a.optimal : a.gap(formatGapPercent(figures.gap));
}

export function scheduledOfBound(figures: Pick<AgendaFigures, 'scheduled' | 'upperBound'>): string {
  return a.ofBound(integer.format(figures.scheduled), integer.format(figures.upperBound));
}

export function formatInt(value: number): string {
  return integer.format(value);
}

const timeFormat = new Intl.DateTimeFormat(messages.locale, {
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'America/Bogota',
});
const dayFormat = new Intl.DateTimeFormat(messages.locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'America/Bogota',
});

/** A slot's or meeting's hour in Bogotá time, whatever the device's zone: "8:20 a. m.". */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/** "jueves, 3 de diciembre". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

/** A secret calendar link, as calendar apps subscribe to it (webcal:// opens the phone's calendar app). */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//, 'webcal://');
}

/** NITs pasted from a spreadsheet or a list: one per line, or separated by commas, semicolons or spaces. */
export function parseNits(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((n) => n.trim()).filter((n) => n !== ''))];
}
