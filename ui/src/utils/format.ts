import { messages } from '@/i18n/es-CO';

const integerFormat = new Intl.NumberFormat(messages.locale, { maximumFractionDigits: 0 });

/** 12345 → "12.345", as people in Colombia write it. */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}
