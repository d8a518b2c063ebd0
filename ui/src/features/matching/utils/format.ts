import { messages } from '@/i18n/es-CO';

const percentFormat = new Intl.NumberFormat(messages.locale, { style: 'percent', maximumFractionDigits: 0 });

/** 0.854 → "85 %" (whole percentages, as es-CO writes them). */
export function formatPercent(fraction: number): string {
  return percentFormat.format(fraction);
}
